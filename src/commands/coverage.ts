/**
 * `lakeguard coverage [PATH...] [--navigator FILE] [--compare REF]`: which ATT&CK
 * techniques the detections cover and which tables they read; an ATT&CK Navigator
 * layer; techniques gained and lost against another commit (on pull requests: the base).
 */
import path from 'node:path';
import { pullRequestOf } from '../github/changed-files.js';
import { ConfigError, configPathFor, loadConfig } from '../load/config.js';
import { UsageError } from '../model/errors.js';
import type { FailOn } from '../model/result.js';
import { discoverDetections, MissingPathError } from '../pipeline/discover.js';
import { failsAt, reportContext } from '../report/context.js';
import { REPORTERS } from '../report/reporters/index.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command, type CommandOutcome, type FlagSpec, type Io } from './command.js';
import { internalErrorMessage, writeReport } from './detections.js';
import { CONFIG_FLAGS, FAIL_LEVELS, FlagReader, PATHS, PUBLISH_FLAGS, REPORT_FLAGS } from './flags.js';

export interface CoverageSettings {
  paths: string[];
  root: string;
  configFile?: string | false;
  navigatorFile?: string;
  compare?: string;
  /** Compare with a pull request's base when no --compare is given (the action). */
  compareWithBase: boolean;
  failOn?: FailOn;
  sarifFile?: string;
  junitFile?: string;
  jsonFile?: string;
  summaryFile?: string;
  format: 'console' | 'json' | 'none';
  color: boolean;
  debug: boolean;
  jobSummary?: boolean;
  annotations?: boolean;
  env: NodeJS.ProcessEnv;
}

const FLAGS: readonly FlagSpec[] = [
  {
    name: 'navigator',
    type: 'string',
    value: 'FILE',
    help: 'write an ATT&CK Navigator layer (format 4.5, Enterprise)',
    input: 'navigator-file',
  },
  {
    name: 'compare',
    type: 'string',
    value: 'REF',
    help: 'techniques gained and lost against this git ref (action default on pull requests: the base)',
  },
  ...CONFIG_FLAGS,
  ...REPORT_FLAGS,
  ...PUBLISH_FLAGS,
];

async function execute(settings: CoverageSettings, io: Io): Promise<CommandOutcome> {
  let failOn: FailOn = settings.failOn ?? 'error';
  try {
    const file = await configPathFor(settings.root, settings.configFile);
    if (settings.configFile && !file) throw new UsageError(`Configuration not found: ${settings.configFile}`);
    const config = await loadConfig(file, settings.root);
    failOn = settings.failOn ?? config.failOn ?? 'error';
    const paths = settings.paths.length ? settings.paths : (config.paths ?? ['detections']);
    const files = await discoverDetections(paths, settings.root);
    let compare = settings.compare;
    if (!compare && settings.compareWithBase) {
      const pr = await pullRequestOf(settings.env);
      if (pr?.baseSha) compare = pr.baseSha;
    }
    const { runCoverage } = await import('../coverage/run.js');
    const { UnknownRefError } = await import('../coverage/git.js');
    let result;
    try {
      result = await runCoverage({ files, paths, root: settings.root, config, compare });
    } catch (error) {
      if (!(error instanceof UnknownRefError)) throw error;
      if (settings.compare) throw new UsageError(`--compare: ${error.message}`);
      // The pull request's base is not in a shallow clone: coverage without the change.
      (io.notice ?? io.out)(`Coverage without the change: ${error.message}; fetch-depth: 0 lets git read the base.`);
      result = await runCoverage({ files, paths, root: settings.root, config });
    }
    const context = reportContext(settings);
    const writes: Promise<void>[] = [];
    if (settings.navigatorFile) {
      const { navigatorLayer } = await import('../coverage/navigator.js');
      writes.push(writeReport(settings.root, settings.navigatorFile, `${JSON.stringify(navigatorLayer(result.coverage!), null, 2)}\n`));
    }
    if (settings.sarifFile) writes.push(writeReport(settings.root, settings.sarifFile, REPORTERS.get('sarif')!(result, context)));
    if (settings.junitFile) writes.push(writeReport(settings.root, settings.junitFile, REPORTERS.get('junit')!(result, context)));
    if (settings.jsonFile) writes.push(writeReport(settings.root, settings.jsonFile, REPORTERS.get('json')!(result, context)));
    if (settings.summaryFile) writes.push(writeReport(settings.root, settings.summaryFile, REPORTERS.get('markdown')!(result, context)));
    await Promise.all(writes);
    const outputs: Record<string, string | number> = {
      techniques: result.coverage!.techniques.filter((t) => t.detections.length > 0).length,
    };
    if (settings.navigatorFile) outputs['navigator-file'] = path.resolve(settings.root, settings.navigatorFile);
    if (settings.jsonFile) outputs['report-file'] = path.resolve(settings.root, settings.jsonFile);
    if (result.coverage!.change) outputs['techniques-lost'] = result.coverage!.change.lost.join(',');
    return { exitCode: failsAt(result, failOn) ? EXIT_FAILED : EXIT_OK, result, failOn, outputs };
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof MissingPathError)
      return { exitCode: EXIT_USAGE, error: error.message, failOn };
    return { exitCode: EXIT_USAGE, error: internalErrorMessage(error, settings.debug), failOn };
  }
}

export const coverageCommand: Command<CoverageSettings> = {
  name: 'coverage',
  summary: 'ATT&CK techniques and data sources the detections cover; Navigator layer; gained and lost',
  description:
    'Lists the ATT&CK techniques the detections cover (score: enabled detections per technique, tactic-scoped where the ' +
    'detection lists tactics) and the tables, functions and watchlists their queries read, with how many detections read ' +
    'each. --navigator writes an ATT&CK Navigator layer (format 4.5, Enterprise); --compare REF (in the action on pull ' +
    'requests: the base) reports the techniques the change gains and loses. Deprecated or revoked techniques are warnings ' +
    'naming the replacement when ATT&CK gives one.',
  flags: FLAGS,
  positionals: [PATHS],
  inAction: true,
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    const action = surface.kind === 'action';
    return {
      paths: [...positionals],
      root: surface.root,
      configFile: reader.configFile(),
      navigatorFile: reader.string('navigator'),
      compare: reader.string('compare'),
      compareWithBase: action,
      failOn: reader.choice('fail-on', FAIL_LEVELS),
      sarifFile: reader.string('sarif'),
      junitFile: reader.string('junit'),
      jsonFile: reader.string('json') ?? (action ? path.join(surface.env.RUNNER_TEMP || surface.root, 'lakeguard-report.json') : undefined),
      summaryFile: reader.string('summary'),
      format: reader.choice('format', ['console', 'json', 'none'] as const, 'console'),
      color: reader.color(),
      debug: reader.bool('debug') || (action && surface.env.RUNNER_DEBUG === '1'),
      env: surface.env,
      ...(action ? { jobSummary: reader.maybeBool('job-summary') ?? true, annotations: reader.maybeBool('annotations') ?? true } : {}),
    };
  },
  async run(settings, io) {
    const outcome = await execute(settings, io);
    if (outcome.result && settings.format !== 'none') {
      const reporter = REPORTERS.get(settings.format === 'json' ? 'json' : 'console')!;
      io.out(`${reporter(outcome.result, reportContext(settings))}\n`);
    }
    return outcome;
  },
};
