/**
 * The pipeline behind both entry points: settings in, a RunResult, report files
 * and an exit code out. Entry points only translate flags or inputs.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { RULES } from './checks/index.js';
import { ConfigError, findConfig, loadConfig, type RepoConfig } from './load/config.js';
import { MissingPathError } from './pipeline/discover.js';
import { changedFilesFromGit } from './github/changed-files.js';
import { testDetections } from './pipeline/test.js';
import { validateDetections, type ValidateOptions } from './pipeline/validate.js';
import { AuthError, createTokenProvider } from './lake/auth/index.js';
import { runLive } from './lake/run/run-live.js';
import { parseDuration } from './util/duration.js';
import type { ReportContext } from './report/context.js';
import { LEVEL_RANK, type RuleMeta, type RunResult } from './model/result.js';
import { REPORTERS } from './report/reporters/index.js';
import { TEST_RULES } from './report/reporters/test-rules.js';
import { LIVE_RULES } from './lake/run/live-rules.js';
import type { FailOn, LakeguardSettings } from './settings.js';
import { TOOL_VERSION } from './version.js';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A problem with how lakeguard was called or configured (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `run` without any credentials: the action falls back to `test`, the CLI explains. */
export class NoCredentialsError extends UsageError {
  override name = 'NoCredentialsError';
}

/** `run`: settings from flags or inputs over lakeguard.yaml's `lake:`, a token, then the live run. */
async function runOnLake(settings: LakeguardSettings, config: RepoConfig, options: ValidateOptions): Promise<RunResult> {
  const live = settings.live ?? { gate: false, concurrency: 4, showResults: 'counts' };
  const lake = config.lake ?? {};
  const database = live.database ?? lake.database;
  if (!database)
    throw new UsageError(
      "run needs the database to query: --database NAME (the lake's workspaceName-workspaceId), or lake.database in lakeguard.yaml",
    );
  const now = live.now === undefined ? undefined : new Date(live.now);
  if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO 8601 date-time, not '${live.now}'`);
  const timeoutMs = live.timeout === undefined ? undefined : parseDuration(live.timeout);
  if (live.timeout !== undefined && !timeoutMs)
    throw new UsageError(`--timeout must be a duration such as 2m or 30s, not '${live.timeout}'`);
  const lookbackMs = live.lookback === undefined ? undefined : parseDuration(live.lookback);
  if (live.lookback !== undefined && !lookbackMs) throw new UsageError(`--lookback must be a duration such as 1d, not '${live.lookback}'`);
  const provider = createTokenProvider(
    {
      tenantId: live.tenantId ?? lake.tenantId,
      clientId: live.clientId ?? lake.clientId,
      audience: live.audience ?? lake.audience,
      scope: live.scope ?? lake.scope,
      authorityHost: live.authorityHost ?? lake.authorityHost,
    },
    process.env,
  );
  if (provider.kind === 'none') throw new NoCredentialsError(provider.message);
  try {
    // One token up front: a sign-in problem is explained once, not once per detection.
    await provider.getToken();
  } catch (error) {
    if (error instanceof AuthError) throw new UsageError(error.message);
    throw error;
  }
  const { result } = await runLive({
    ...options,
    endpoint: live.endpoint ?? lake.endpoint,
    database,
    gate: live.gate,
    concurrency: live.concurrency ?? lake.concurrency ?? 4,
    lookbackMs,
    showResults: live.showResults,
    now,
    ...(timeoutMs ? { limits: { timeoutMs } } : {}),
    token: () => provider.getToken(),
    onProgress: settings.onProgress,
  });
  return result;
}

export interface RunOutcome {
  exitCode: number;
  /** `run` found no credentials (e.g. a pull request from a fork): the message says why. */
  noCredentials?: boolean;
  result?: RunResult;
  /** Message for a usage/configuration error (exit 2). */
  error?: string;
  /** Effective fail level. */
  failOn: FailOn;
}

/** Every rule reporters may see: check rules, offline-test rules and live-run rules. */
export function allRules(): ReadonlyMap<string, RuleMeta> {
  return new Map<string, RuleMeta>([...RULES, ...TEST_RULES, ...LIVE_RULES]);
}

export function reportContext(settings: Pick<LakeguardSettings, 'root' | 'color'>, extra: Partial<ReportContext> = {}): ReportContext {
  return { rules: allRules(), toolVersion: TOOL_VERSION, root: settings.root, color: settings.color, ...extra };
}

/** True when the result has something at or above the fail level, or a failed/errored detection. */
export function failsAt(result: RunResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = LEVEL_RANK[failOn];
  const findingFails = result.results.some((r) => r.findings.some((f) => LEVEL_RANK[f.level] <= limit));
  const testFails = result.results.some((r) => r.tests.some((t) => t.status !== 'passed'));
  return findingFails || testFails;
}

async function resolveConfig(settings: LakeguardSettings): Promise<RepoConfig> {
  if (settings.configFile === false) return loadConfig(undefined);
  const file = settings.configFile ? path.resolve(settings.root, settings.configFile) : await findConfig(settings.root);
  if (settings.configFile && !file) throw new UsageError(`Configuration not found: ${settings.configFile}`);
  return loadConfig(file, settings.root);
}

/**
 * The changed files that select detections, or undefined to check everything:
 * a change to lakeguard.yaml can change any detection's outcome.
 */
async function changedSelection(settings: LakeguardSettings): Promise<Set<string> | undefined> {
  let files = settings.changedFiles;
  if (!files && settings.changedSince) {
    files = await changedFilesFromGit(settings.root, settings.changedSince);
    if (!files) throw new UsageError(`git cannot compare with '${settings.changedSince}' (is it a commit of this clone?)`);
  }
  if (!files) return undefined;
  const changed = new Set(files.map((f) => f.replace(/\\/g, '/').replace(/^\.\//, '')));
  const configFile =
    settings.configFile === false
      ? undefined
      : settings.configFile
        ? path.resolve(settings.root, settings.configFile)
        : await findConfig(settings.root);
  const configRel = configFile ? path.relative(settings.root, configFile).split(path.sep).join('/') : undefined;
  if (configRel && changed.has(configRel)) return undefined;
  return changed;
}

/** Write a report file, creating its folder. */
async function writeReport(root: string, file: string, content: string): Promise<void> {
  const target = path.resolve(root, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, content);
}

/** Run a command; never throws for bad input or configuration. */
export async function run(settings: LakeguardSettings): Promise<RunOutcome> {
  let failOn: FailOn = settings.failOn ?? 'error';
  try {
    const config = await resolveConfig(settings);
    failOn = settings.failOn ?? config.failOn ?? 'error';
    if (settings.maxFileBytes) config.maxFileBytes = settings.maxFileBytes;
    const paths = settings.paths.length ? settings.paths : (config.paths ?? ['detections']);
    const cacheFile = settings.cache ? path.resolve(settings.root, settings.cacheDir ?? '.lakeguard-cache', 'validate.json') : undefined;
    const selection = { shard: settings.shard, changed: await changedSelection(settings) };
    const options = { paths, root: settings.root, config, cacheFile, jobs: settings.jobs, debug: settings.debug, selection };
    const result =
      settings.command === 'run'
        ? await runOnLake(settings, config, options)
        : settings.command === 'test'
          ? (await testDetections(options)).result
          : (await validateDetections(options)).result;
    const context = reportContext(settings);
    const writes: Promise<void>[] = [];
    if (settings.sarifFile) writes.push(writeReport(settings.root, settings.sarifFile, REPORTERS.get('sarif')!(result, context)));
    if (settings.junitFile) writes.push(writeReport(settings.root, settings.junitFile, REPORTERS.get('junit')!(result, context)));
    if (settings.jsonFile) writes.push(writeReport(settings.root, settings.jsonFile, REPORTERS.get('json')!(result, context)));
    if (settings.summaryFile) writes.push(writeReport(settings.root, settings.summaryFile, REPORTERS.get('markdown')!(result, context)));
    await Promise.all(writes);
    return { exitCode: failsAt(result, failOn) ? EXIT_FAILED : EXIT_OK, result, failOn };
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof MissingPathError) {
      return { exitCode: EXIT_USAGE, error: error.message, failOn, noCredentials: error instanceof NoCredentialsError };
    }
    const message = settings.debug
      ? String((error as Error)?.stack ?? error)
      : `Internal error: ${String((error as Error)?.message ?? error)} (run with --debug for details)`;
    return { exitCode: EXIT_USAGE, error: message, failOn };
  }
}
