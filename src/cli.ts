/**
 * The `lakeguard` command line: argv → settings → run() → exit code.
 */
import { parseArgs } from 'node:util';
import { EXIT_USAGE, reportContext, run } from './main.js';
import { parseShard } from './pipeline/shard.js';
import { exportCommand, type ExportSettings } from './export/export-command.js';
import { emulatorCommand, parseEmulatorArgs } from './lake/emulator/command.js';
import { queryCommand, type QuerySettings } from './query/query-command.js';
import { mergeCommand, type MergeSettings } from './report/merge-command.js';
import { DEFAULT_ACTION_REF, initCommand, type InitSettings } from './init/init-command.js';
import { REPORTERS } from './report/reporters/index.js';
import type { FailOn, LakeguardSettings } from './settings.js';
import { TOOL_VERSION } from './version.js';

export const USAGE = `lakeguard ${TOOL_VERSION} — detection-as-code for Microsoft Sentinel

Usage:
  lakeguard validate [PATH...] [options]   static checks (schema, KQL, entities, ATT&CK, ids)
  lakeguard test [PATH...] [options]       static checks, then each detection's offline tests
  lakeguard run [PATH...] --database DB [--endpoint URL] [--gate] [--concurrency N]
                [--lookback D] [--show-results counts|entities|rows]
                                           run each detection on the Sentinel data lake (hunt or gate)
  lakeguard query [--data DIR|FILE ...] [--now ISO] [--format table|json] (QUERY | --file F | --batch F.jsonl)
                  [--max-rows N] [--max-fixture-mb N]
                                           run KQL in the embedded engine (no cluster)
  lakeguard export --format arm OUT_DIR [PATH...]
                                           one ARM template per analytic rule without errors
  lakeguard init [DIR] [--force] [--action OWNER/REPO@REF]
                                           scaffold detections/, lakeguard.yaml and three workflows
  lakeguard merge REPORT... [--json F] [--sarif F] [--junit F] [--summary F]
                                           combine the JSON reports / SARIF logs of shards
  lakeguard emulator [--data DIR|FILE ...] [--host 127.0.0.1] [--port N] [--now ISO]
                                           a local lake on loopback over fixture tables

PATH defaults to the config's paths, else detections/. A folder means every
*.yaml / *.yml below it.

Options:
  --sarif FILE          write SARIF 2.1.0 (for code scanning)
  --junit FILE          write JUnit XML
  --json FILE           write the JSON report
  --summary FILE        write a Markdown summary
  --format FORMAT       stdout: console (default), json, none
  --fail-on LEVEL       error (default), warning, note or never
  --config FILE         lakeguard.yaml to use (default: ./lakeguard.yaml if present)
  --no-config           ignore lakeguard.yaml
  --no-cache            do not use or update the content-hash cache
  --cache-dir DIR       cache folder (default .lakeguard-cache)
  --jobs N              worker threads (default: number of cores)
  --max-file-size N     largest detection file in bytes (default 1048576)
  --shard I/N           check only shard I of N (matrix jobs; stable by detection id)
  --changed-since REF   check only detections whose file or fixtures changed since REF (git)

Options of run (defaults from lakeguard.yaml's lake: section):
  --database DB         the lake database: workspaceName-workspaceId (ADX: the database name)
  --endpoint URL        query endpoint (default the Sentinel data lake; an ADX cluster URL works)
  --gate                fail on any breach of limits or expectations (release gate); default: hunt
  --concurrency N       queries in flight (default 4)
  --lookback D          window for every detection instead of its queryPeriod (e.g. 1d)
  --show-results L      what reports reveal: counts (default), entities or rows
  --timeout D           query timeout of detections without limits.timeout (default 4m)
  --now ISO             the run's now (default the clock), e.g. to rehearse against the emulator's fixtures
  --tenant-id, --client-id, --audience, --scope, --authority-host
                        Entra sign-in (GitHub OIDC in Actions; locally AZURE_CLIENT_SECRET,
                        AZURE_FEDERATED_TOKEN_FILE or a ready LAKEGUARD_TOKEN)
  --color / --no-color  force or disable colour
  --debug               show stack traces for internal errors
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 nothing at or above the fail level, 1 findings or failures,
2 usage or configuration error.`;

const COMMANDS = new Set(['validate', 'test', 'run']);

/** What the CLI should do, or a usage error. */
export type ParsedArgs = { help: true } | { version: true } | { settings: LakeguardSettings } | { error: string };

function positiveInt(value: string | undefined, flag: string): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : `${flag} needs a positive whole number, not '${value}'.`;
}

/** Parse argv (without node and script) into settings. */
export function parseCliArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  isTty = Boolean(process.stdout.isTTY),
): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sarif: { type: 'string' },
        junit: { type: 'string' },
        json: { type: 'string' },
        summary: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        jobs: { type: 'string' },
        'max-file-size': { type: 'string' },
        shard: { type: 'string' },
        'changed-since': { type: 'string' },
        endpoint: { type: 'string' },
        database: { type: 'string' },
        gate: { type: 'boolean' },
        concurrency: { type: 'string' },
        lookback: { type: 'string' },
        now: { type: 'string' },
        timeout: { type: 'string' },
        'show-results': { type: 'string' },
        'tenant-id': { type: 'string' },
        'client-id': { type: 'string' },
        audience: { type: 'string' },
        scope: { type: 'string' },
        'authority-host': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.version) return { version: true };
  const [command, ...paths] = positionals;
  if (!command) return { error: 'No command given.' };
  if (!COMMANDS.has(command)) return { error: `Unknown command '${command}'.` };
  const failOn = values['fail-on'] ?? undefined;
  if (failOn !== undefined && !['error', 'warning', 'note', 'never'].includes(failOn))
    return { error: `--fail-on must be error, warning, note or never, not '${failOn}'.` };
  const format = values.format ?? 'console';
  if (!['console', 'json', 'none'].includes(format)) return { error: `--format must be console, json or none, not '${format}'.` };
  const jobs = positiveInt(values.jobs, '--jobs');
  if (typeof jobs === 'string') return { error: jobs };
  const maxFileBytes = positiveInt(values['max-file-size'], '--max-file-size');
  if (typeof maxFileBytes === 'string') return { error: maxFileBytes };
  const concurrency = positiveInt(values.concurrency, '--concurrency');
  if (typeof concurrency === 'string') return { error: concurrency };
  const showResults = values['show-results'] ?? 'counts';
  if (!['counts', 'entities', 'rows'].includes(showResults))
    return { error: `--show-results must be counts, entities or rows, not '${showResults}'.` };
  const liveOnly = [
    'endpoint',
    'database',
    'gate',
    'concurrency',
    'lookback',
    'now',
    'timeout',
    'show-results',
    'tenant-id',
    'client-id',
    'audience',
    'scope',
    'authority-host',
  ];
  const misplaced = liveOnly.find((flag) => values[flag as keyof typeof values] !== undefined);
  if (command !== 'run' && misplaced) return { error: `--${misplaced} is for 'lakeguard run'.` };
  const live =
    command === 'run'
      ? {
          endpoint: values.endpoint,
          database: values.database,
          gate: Boolean(values.gate),
          concurrency,
          lookback: values.lookback,
          now: values.now,
          timeout: values.timeout,
          showResults: showResults as 'counts' | 'entities' | 'rows',
          tenantId: values['tenant-id'],
          clientId: values['client-id'],
          audience: values.audience,
          scope: values.scope,
          authorityHost: values['authority-host'],
        }
      : undefined;
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (typeof shard === 'string') return { error: `--${shard}` };
  const color = values['no-color'] ? false : values.color ? true : isTty && !env.NO_COLOR;
  return {
    settings: {
      command: command as LakeguardSettings['command'],
      live,
      paths,
      root: process.cwd(),
      configFile: values['no-config'] ? false : values.config,
      failOn: failOn as FailOn | undefined,
      sarifFile: values.sarif,
      junitFile: values.junit,
      jsonFile: values.json,
      summaryFile: values.summary,
      cache: !values['no-cache'],
      cacheDir: values['cache-dir'],
      jobs,
      maxFileBytes,
      shard,
      changedSince: values['changed-since'],
      color,
      debug: Boolean(values.debug),
      format: format as LakeguardSettings['format'],
    },
  };
}

/** A positive number option (a whole number when `whole`), undefined when absent, or an error message. */
function positiveNumber(text: string | undefined, flag: string, whole: boolean): number | undefined | string {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !(n > 0) || !Number.isFinite(n) || (whole && !Number.isInteger(n)))
    return `${flag} must be a positive ${whole ? 'whole ' : ''}number, not '${text}'.`;
  return n;
}

/** Parse `lakeguard query …`. */
export function parseQueryArgs(argv: readonly string[]): { settings: QuerySettings } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        now: { type: 'string' },
        format: { type: 'string' },
        file: { type: 'string' },
        batch: { type: 'string' },
        data: { type: 'string', multiple: true },
        'max-rows': { type: 'string' },
        'max-fixture-mb': { type: 'string' },
      },
    });
    const format = values.format ?? 'table';
    const maxRows = positiveNumber(values['max-rows'], '--max-rows', true);
    if (typeof maxRows === 'string') return { error: maxRows };
    const maxFixtureMb = positiveNumber(values['max-fixture-mb'], '--max-fixture-mb', false);
    if (typeof maxFixtureMb === 'string') return { error: maxFixtureMb };
    if (format !== 'table' && format !== 'json') return { error: `--format must be table or json, not '${format}'.` };
    if (positionals.length > 1) return { error: 'Give the query as one argument (quote it).' };
    return {
      settings: {
        data: values.data,
        query: positionals[0],
        file: values.file,
        batch: values.batch,
        now: values.now,
        format,
        maxRows,
        maxFixtureBytes: maxFixtureMb === undefined ? undefined : Math.floor(maxFixtureMb * 1024 * 1024),
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Parse `lakeguard export --format arm OUT_DIR [PATH...]`. */
export function parseExportArgs(argv: readonly string[]): { settings: ExportSettings } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, config: { type: 'string' }, 'no-config': { type: 'boolean' } },
    });
    if (values.format !== 'arm') return { error: `export needs --format arm${values.format ? `, not '${values.format}'` : ''}.` };
    const [outDir, ...paths] = positionals;
    if (!outDir) return { error: 'export needs an output folder: lakeguard export --format arm OUT_DIR [PATH...]' };
    return {
      settings: { format: 'arm', outDir, paths, root: process.cwd(), configFile: values['no-config'] ? false : values.config },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Parse `lakeguard merge REPORT... [report flags]`. */
export function parseMergeArgs(
  argv: readonly string[],
  isTty = Boolean(process.stdout.isTTY),
): { settings: MergeSettings } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'string' },
        sarif: { type: 'string' },
        junit: { type: 'string' },
        summary: { type: 'string' },
        'fail-on': { type: 'string' },
        'no-color': { type: 'boolean' },
      },
    });
    if (positionals.length === 0) return { error: 'merge needs the reports to combine: lakeguard merge REPORT... --json OUT' };
    const failOn = values['fail-on'] ?? 'error';
    if (!['error', 'warning', 'note', 'never'].includes(failOn))
      return { error: `--fail-on must be error, warning, note or never, not '${failOn}'.` };
    return {
      settings: {
        inputs: positionals,
        root: process.cwd(),
        jsonFile: values.json,
        sarifFile: values.sarif,
        junitFile: values.junit,
        summaryFile: values.summary,
        failOn: failOn as FailOn,
        color: !values['no-color'] && isTty && !process.env.NO_COLOR,
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Parse `lakeguard init [DIR] [--force] [--action REF]`. */
export function parseInitArgs(argv: readonly string[]): { settings: InitSettings } | { error: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { force: { type: 'boolean' }, action: { type: 'string' } },
    });
    if (positionals.length > 1) return { error: 'init takes at most one folder.' };
    const action = values.action ?? DEFAULT_ACTION_REF;
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(action))
      return { error: `--action must look like OWNER/REPO@REF, not '${action}'.` };
    return { settings: { dir: positionals[0] ?? '.', force: Boolean(values.force), action } };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

type Io = { out: (s: string) => void; err: (s: string) => void };

function usageError(io: Io, message: string): number {
  io.err(`lakeguard: ${message}\nRun 'lakeguard --help' for usage.\n`);
  return EXIT_USAGE;
}

/** Parse a command's own arguments, then run it: usage errors exit 2, `--help` prints and exits 0. */
function command<S>(
  parse: (argv: readonly string[]) => { settings: S } | { error: string } | { help: string },
  execute: (settings: S, io: Io) => Promise<number>,
): (argv: readonly string[], io: Io) => Promise<number> {
  return async (argv, io) => {
    const parsed = parse(argv);
    if ('help' in parsed) {
      io.out(`${parsed.help}\n`);
      return 0;
    }
    if ('error' in parsed) return usageError(io, parsed.error);
    return execute(parsed.settings, io);
  };
}

/** Commands with their own arguments (the others share parseCliArgs and run()). */
const SUBCOMMANDS: ReadonlyMap<string, (argv: readonly string[], io: Io) => Promise<number>> = new Map([
  ['query', command(parseQueryArgs, queryCommand)],
  ['init', command(parseInitArgs, initCommand)],
  ['merge', command((argv) => parseMergeArgs(argv), mergeCommand)],
  ['export', command(parseExportArgs, exportCommand)],
  ['emulator', command(parseEmulatorArgs, emulatorCommand)],
]);

/** Run the CLI; returns the exit code (the bin sets process.exitCode). */
export async function runCli(
  argv: readonly string[],
  io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const subcommand = SUBCOMMANDS.get(argv[0] ?? '');
  if (subcommand) return subcommand(argv.slice(1), io);
  const parsed = parseCliArgs(argv);
  if ('help' in parsed) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if ('version' in parsed) {
    io.out(`${TOOL_VERSION}\n`);
    return 0;
  }
  if ('error' in parsed) return usageError(io, parsed.error);
  const settings = parsed.settings;
  if (settings.debug) process.env.LAKEGUARD_DEBUG = '1';
  if (settings.command === 'run') settings.onProgress = (line) => io.err(`${line}\n`);
  const outcome = await run(settings);
  if (outcome.error) {
    io.err(`lakeguard: ${outcome.error}\n`);
    return outcome.exitCode;
  }
  if (outcome.result && settings.format !== 'none') {
    const reporter = REPORTERS.get(settings.format === 'json' ? 'json' : 'console');
    io.out(`${reporter!(outcome.result, reportContext(settings))}\n`);
  }
  return outcome.exitCode;
}
