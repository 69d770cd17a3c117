/**
 * What `validate`, `test` and `run` share: their settings, read from the same
 * flags, and the run behind them — configuration, selection, the stage that
 * does the work, report files and the exit code.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { changedFilesFromGit, changedFilesOfPullRequest } from '../github/changed-files.js';
import { ConfigError, configPathFor, loadConfig, type RepoConfig } from '../load/config.js';
import { NoCredentialsError, UsageError } from '../model/errors.js';
import type { FailOn } from '../model/result.js';
import { MissingPathError } from '../pipeline/discover.js';
import { parseShard } from '../pipeline/shard.js';
import type { ValidateOptions } from '../pipeline/validate.js';
import { failsAt, reportContext } from '../report/context.js';
import { REPORTERS } from '../report/reporters/index.js';
import type { DetectionSettings } from './detection-settings.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command, type CommandOutcome, type FlagSpec, type Io } from './command.js';
import { CONFIG_FLAGS, FAIL_LEVELS, FlagReader, PATHS, PR_COMMENT_FLAGS, PUBLISH_FLAGS, REPORT_FLAGS, SELECTION_FLAGS } from './flags.js';

export type { DetectionSettings, LiveSettings } from './detection-settings.js';

/** The flags of `validate` and `test`; `run` adds its own. */
export const DETECTION_FLAGS: readonly FlagSpec[] = [
  ...CONFIG_FLAGS,
  ...REPORT_FLAGS,
  ...SELECTION_FLAGS,
  ...PUBLISH_FLAGS,
  ...PR_COMMENT_FLAGS,
];

/** Settings common to the three commands; `live` is read by `run`. */
export function detectionSettings(
  command: DetectionSettings['command'],
  reader: FlagReader,
  positionals: readonly string[],
  surface: { kind: 'cli' | 'action'; root: string; env: NodeJS.ProcessEnv },
): DetectionSettings {
  const shardText = reader.string('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (typeof shard === 'string') throw new UsageError(surface.kind === 'cli' ? `--${shard}` : `Input 'shard': ${shard}.`);
  const action = surface.kind === 'action';
  const githubToken = reader.string('github-token');
  return {
    command,
    paths: [...positionals],
    root: surface.root,
    configFile: reader.configFile(),
    failOn: reader.choice('fail-on', FAIL_LEVELS),
    sarifFile: reader.string('sarif'),
    junitFile: reader.string('junit'),
    jsonFile: reader.string('json') ?? (action ? path.join(surface.env.RUNNER_TEMP || surface.root, 'lakeguard-report.json') : undefined),
    summaryFile: reader.string('summary'),
    cache: action ? reader.bool('cache') : !reader.bool('no-cache'),
    cacheDir: reader.string('cache-dir'),
    jobs: reader.positiveInt('jobs'),
    maxFileBytes: reader.positiveInt('max-file-size'),
    shard,
    changedSince: reader.string('changed-since'),
    color: reader.color(),
    debug: reader.bool('debug') || (action && surface.env.RUNNER_DEBUG === '1'),
    format: reader.choice('format', ['console', 'json', 'none'] as const, 'console'),
    ...(action
      ? {
          changedOnly: reader.choice('changed-only', ['auto', 'true', 'false'] as const, 'auto'),
          ...(githubToken ? { githubToken } : {}),
          jobSummary: reader.maybeBool('job-summary') ?? true,
          annotations: reader.maybeBool('annotations') ?? true,
          prComment: reader.bool('pr-comment'),
        }
      : {}),
  };
}

async function resolveConfig(settings: DetectionSettings): Promise<RepoConfig> {
  if (settings.configFile === false) return loadConfig(undefined);
  const file = await configPathFor(settings.root, settings.configFile);
  if (settings.configFile && !file) throw new UsageError(`Configuration not found: ${settings.configFile}`);
  return loadConfig(file, settings.root);
}

/** In the action on a pull request (or when forced), the files the pull request changed. */
async function pullRequestFiles(settings: DetectionSettings, io: Io): Promise<string[] | undefined> {
  const onPullRequest = /^pull_request(_target)?$/.test(process.env.GITHUB_EVENT_NAME ?? '');
  if (!settings.changedOnly || settings.changedOnly === 'false' || (settings.changedOnly === 'auto' && !onPullRequest)) return undefined;
  const changed = await changedFilesOfPullRequest(settings.root, settings.githubToken);
  if (changed.files) {
    io.out(
      `Checking detections this pull request changes (${changed.files.length} changed file(s), from ${changed.source === 'api' ? 'the GitHub API' : 'git'}).\n`,
    );
    return changed.files;
  }
  (io.notice ?? io.out)(`Checking every detection: ${changed.reason}.`);
  return undefined;
}

/**
 * The changed files that select detections, or undefined to check everything:
 * a change to lakeguard.yaml can change any detection's outcome.
 */
async function changedSelection(settings: DetectionSettings): Promise<Set<string> | undefined> {
  let files = settings.changedFiles;
  if (!files && settings.changedSince) {
    files = await changedFilesFromGit(settings.root, settings.changedSince);
    if (!files) throw new UsageError(`git cannot compare with '${settings.changedSince}' (is it a commit of this clone?)`);
  }
  if (!files) return undefined;
  const changed = new Set(files.map((f) => f.replace(/\\/g, '/').replace(/^\.\//, '')));
  const configFile = await configPathFor(settings.root, settings.configFile);
  const configRel = configFile ? path.relative(settings.root, configFile).split(path.sep).join('/') : undefined;
  if (configRel && changed.has(configRel)) return undefined;
  return changed;
}

/** Write a report file, creating its folder. */
export async function writeReport(root: string, file: string, content: string): Promise<void> {
  const target = path.resolve(root, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, content);
}

/** The message of an error that escaped a command: one line, or the stack with --debug. */
export function internalErrorMessage(error: unknown, debug: boolean): string {
  return debug
    ? String((error as Error)?.stack ?? error)
    : `Internal error: ${String((error as Error)?.message ?? error)} (run with --debug for details)`;
}

/** Run validate, test or run; never throws for bad input or configuration. */
export async function runDetections(settings: DetectionSettings, io?: Io): Promise<CommandOutcome> {
  let failOn: FailOn = settings.failOn ?? 'error';
  try {
    const config = await resolveConfig(settings);
    failOn = settings.failOn ?? config.failOn ?? 'error';
    if (settings.maxFileBytes) config.maxFileBytes = settings.maxFileBytes;
    const paths = settings.paths.length ? settings.paths : (config.paths ?? ['detections']);
    const cacheFile = settings.cache ? path.resolve(settings.root, settings.cacheDir ?? '.lakeguard-cache', 'validate.json') : undefined;
    if (io && !settings.changedFiles) settings.changedFiles = await pullRequestFiles(settings, io);
    const selection = { shard: settings.shard, changed: await changedSelection(settings) };
    const options: ValidateOptions = {
      paths,
      root: settings.root,
      config,
      cacheFile,
      jobs: settings.jobs,
      debug: settings.debug,
      log: settings.debug && io ? (line) => io.err(`lakeguard: ${line}\n`) : undefined,
      selection,
    };
    const result =
      settings.command === 'run'
        ? await (await import('./run-on-lake.js')).runOnLake(settings, config, options)
        : settings.command === 'backtest'
          ? await (await import('./backtest-on-lake.js')).backtestOnLake(settings, config, options)
          : settings.command === 'test'
            ? (await (await import('../pipeline/test.js')).testDetections(options)).result
            : (await (await import('../pipeline/validate.js')).validateDetections(options)).result;
    const context = reportContext(settings);
    const writes: Promise<void>[] = [];
    if (settings.sarifFile) writes.push(writeReport(settings.root, settings.sarifFile, REPORTERS.get('sarif')!(result, context)));
    if (settings.junitFile) writes.push(writeReport(settings.root, settings.junitFile, REPORTERS.get('junit')!(result, context)));
    if (settings.jsonFile) writes.push(writeReport(settings.root, settings.jsonFile, REPORTERS.get('json')!(result, context)));
    if (settings.summaryFile) writes.push(writeReport(settings.root, settings.summaryFile, REPORTERS.get('markdown')!(result, context)));
    await Promise.all(writes);
    const outputs: Record<string, string> = {};
    if (settings.sarifFile) outputs['sarif-file'] = path.resolve(settings.root, settings.sarifFile);
    if (settings.jsonFile) outputs['report-file'] = path.resolve(settings.root, settings.jsonFile);
    // Hunt records that did not reach the table fail the run, whatever the detections did.
    const lost = result.ingestion ? result.ingestion.records - result.ingestion.sent : 0;
    const failure =
      lost > 0 ? `${lost} of ${result.ingestion!.records} hunt record(s) did not reach ${result.ingestion!.stream}.` : undefined;
    if (failure) io?.err(`lakeguard: ${failure}\n`);
    return {
      exitCode: failsAt(result, failOn) || failure ? EXIT_FAILED : EXIT_OK,
      result,
      failOn,
      outputs,
      ...(failure ? { failure } : {}),
    };
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof MissingPathError) {
      return { exitCode: EXIT_USAGE, error: error.message, failOn, noCredentials: error instanceof NoCredentialsError };
    }
    return { exitCode: EXIT_USAGE, error: internalErrorMessage(error, settings.debug), failOn };
  }
}

/** Run one of the three and print its result as `--format` says. */
export async function runAndPrint(settings: DetectionSettings, io: Io): Promise<CommandOutcome> {
  if (settings.debug) process.env.LAKEGUARD_DEBUG = '1';
  if (settings.command === 'run' || settings.command === 'backtest') settings.onProgress ??= (line) => (io.progress ?? io.err)(`${line}\n`);
  const outcome = await runDetections(settings, io);
  if (outcome.result && settings.format !== 'none') {
    const reporter = REPORTERS.get(settings.format === 'json' ? 'json' : 'console')!;
    io.out(`${reporter(outcome.result, reportContext(settings))}\n`);
  }
  return outcome;
}

/** `validate` or `test`: the same flags, a different stage. */
export function detectionCommand(name: 'validate' | 'test', summary: string, description: string): Command<DetectionSettings> {
  return {
    name,
    summary,
    description,
    flags: DETECTION_FLAGS,
    positionals: [PATHS],
    inAction: true,
    settings: (values, positionals, surface) =>
      detectionSettings(name, new FlagReader(values, surface, DETECTION_FLAGS), positionals, surface),
    run: runAndPrint,
  };
}
