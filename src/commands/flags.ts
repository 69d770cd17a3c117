/**
 * Flags several commands share, and one reader that turns parsed values into
 * typed settings with messages that name the flag (CLI) or the input (action).
 */
import { UsageError } from '../model/errors.js';
import type { FailOn } from '../model/result.js';
import type { FlagSpec, FlagValues, PositionalSpec, Surface } from './command.js';

export const FAIL_LEVELS: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

/** The flags of a shared group, marked with its help heading. */
function group(heading: string, flags: FlagSpec[]): readonly FlagSpec[] {
  return flags.map((f) => ({ ...f, group: heading }));
}

/** `lakeguard.yaml` to use. */
export const CONFIG_FLAGS: readonly FlagSpec[] = group('Configuration', [
  { name: 'config', type: 'string', value: 'FILE', default: './lakeguard.yaml if present', help: 'repository configuration to use' },
  { name: 'no-config', type: 'boolean', help: 'ignore lakeguard.yaml', input: false },
]);

/** Report files and what the run prints. */
export const REPORT_FLAGS: readonly FlagSpec[] = group('Reports', [
  { name: 'sarif', type: 'string', value: 'FILE', help: 'write SARIF 2.1.0 (for code scanning)', input: 'sarif-file' },
  { name: 'junit', type: 'string', value: 'FILE', help: 'write JUnit XML', input: 'junit-file' },
  {
    name: 'json',
    type: 'string',
    value: 'FILE',
    help: 'write the JSON report (action default: $RUNNER_TEMP/lakeguard-report.json)',
    input: 'json-file',
  },
  { name: 'summary', type: 'string', value: 'FILE', help: 'write the Markdown summary', input: false },
  { name: 'format', type: 'string', value: 'console|json|none', default: 'console', help: 'what to print on stdout', input: false },
  {
    name: 'fail-on',
    type: 'string',
    value: 'LEVEL',
    default: 'error',
    help: 'lowest level that fails the run: error, warning, note or never',
  },
  { name: 'color', type: 'boolean', help: 'force colour (default: on a TTY, unless NO_COLOR)', input: false },
  { name: 'no-color', type: 'boolean', help: 'disable colour', input: false },
  { name: 'debug', type: 'boolean', help: 'stack traces for internal errors' },
]);

/** Which detections to check, and how. */
export const SELECTION_FLAGS: readonly FlagSpec[] = group('Selection', [
  { name: 'no-cache', type: 'boolean', help: 'do not use or update the content-hash cache of per-file results', input: false },
  { name: 'cache', type: 'boolean', default: 'false', help: 'reuse results for unchanged files from .lakeguard-cache/', actionOnly: true },
  { name: 'cache-dir', type: 'string', value: 'DIR', default: '.lakeguard-cache', help: 'cache folder', input: false },
  {
    name: 'jobs',
    type: 'string',
    value: 'N',
    default: 'none below 300 files or on 2 cores or fewer, else one per spare core and 150 files',
    help: 'worker threads that check files',
  },
  { name: 'max-file-size', type: 'string', value: 'BYTES', default: '1048576', help: 'largest detection file accepted', input: false },
  { name: 'shard', type: 'string', value: 'I/N', help: 'check only shard I of N (matrix jobs; stable by detection id; see merge)' },
  {
    name: 'changed-since',
    type: 'string',
    value: 'REF',
    help: 'check only detections whose file or fixtures changed since REF (git)',
    input: false,
  },
  {
    name: 'changed-only',
    type: 'string',
    value: 'auto|true|false',
    default: 'auto',
    help: 'on pull requests, check only detections whose file or fixtures changed',
    actionOnly: true,
  },
  { name: 'github-token', type: 'string', value: 'TOKEN', help: "lists the pull request's files through the API", actionOnly: true },
]);

/** Action-only switches for what the step publishes. */
export const PUBLISH_FLAGS: readonly FlagSpec[] = group('Action publishing', [
  { name: 'job-summary', type: 'boolean', default: 'true', help: 'write the Markdown job summary', actionOnly: true },
  { name: 'annotations', type: 'boolean', default: 'true', help: 'annotate findings', actionOnly: true },
]);

/** The verdict comment on the pull request (validate, test, run, backtest in the action). */
export const PR_COMMENT_FLAGS: readonly FlagSpec[] = group('Action publishing', [
  {
    name: 'pr-comment',
    type: 'boolean',
    default: 'false',
    help: 'keep one verdict comment on the pull request, edited in place on each push (needs pull-requests: write)',
    actionOnly: true,
  },
]);

/** Entra sign-in for commands that call Azure (GitHub OIDC in Actions; locally a secret, a token file or a ready token). */
export const SIGN_IN_FLAGS: readonly FlagSpec[] = group(
  'Sign-in (GitHub OIDC in Actions; locally AZURE_CLIENT_SECRET, AZURE_FEDERATED_TOKEN_FILE or a ready token)',
  [
    { name: 'tenant-id', type: 'string', value: 'ID', help: 'Entra tenant of the app registration' },
    { name: 'client-id', type: 'string', value: 'ID', help: 'client (application) id of the app registration' },
    { name: 'audience', type: 'string', value: 'AUD', default: 'api://AzureADTokenExchange', help: 'audience of the GitHub OIDC token' },
    { name: 'scope', type: 'string', value: 'SCOPE', help: 'token scope (default: the data lake)' },
    {
      name: 'authority-host',
      type: 'string',
      value: 'URL',
      default: 'https://login.microsoftonline.com',
      help: 'Entra authority host (sovereign clouds differ)',
    },
  ],
);

/** `PATH...`: detection files or folders (action input `path`). */
export const PATHS: PositionalSpec = { name: 'PATH', variadic: true, input: 'path' };

/** Reads parsed values with messages that name the flag on the CLI and the input in the action. */
export class FlagReader {
  constructor(
    private readonly values: FlagValues,
    private readonly surface: Surface,
    private readonly flags: readonly FlagSpec[],
  ) {}

  /** `--jobs` on the CLI, `Input 'jobs'` in the action. */
  label(name: string): string {
    if (this.surface.kind === 'cli') return `--${name}`;
    const flag = this.flags.find((f) => f.name === name);
    const input = flag?.input === undefined || flag.input === false ? name : flag.input;
    return `Input '${input}'`;
  }

  string(name: string): string | undefined {
    const v = this.values[name];
    return typeof v === 'string' ? v : undefined;
  }

  bool(name: string): boolean {
    return this.values[name] === true;
  }

  /** A switch that may be absent: undefined when not given. */
  maybeBool(name: string): boolean | undefined {
    const v = this.values[name];
    return typeof v === 'boolean' ? v : undefined;
  }

  list(name: string): string[] | undefined {
    const v = this.values[name];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : undefined;
  }

  /** A whole number from 1 (to `max`), undefined when absent. */
  positiveInt(name: string, max?: number): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n) || n < 1 || (max !== undefined && n > max))
      throw new UsageError(
        max === undefined
          ? `${this.label(name)} needs a positive whole number, not '${text}'.`
          : `${this.label(name)} needs a whole number from 1 to ${max}, not '${text}'.`,
      );
    return n;
  }

  /** A positive number (whole when `whole`), undefined when absent. */
  positiveNumber(name: string, whole: boolean): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const n = Number(text);
    if (text.trim() === '' || !(n > 0) || !Number.isFinite(n) || (whole && !Number.isInteger(n)))
      throw new UsageError(`${this.label(name)} must be a positive ${whole ? 'whole ' : ''}number, not '${text}'.`);
    return n;
  }

  /** One of `allowed`, or `fallback` when absent. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined;
  choice<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const text = this.string(name);
    if (text === undefined) return fallback;
    if (!allowed.includes(text as T)) throw new UsageError(`${this.label(name)} must be one of ${allowed.join(', ')}, not '${text}'.`);
    return text as T;
  }

  /** Colour: `--no-color` wins, then `--color`, else a TTY without NO_COLOR (never in the action). */
  color(): boolean {
    if (this.surface.kind === 'action') return false;
    if (this.bool('no-color')) return false;
    if (this.bool('color')) return true;
    return this.surface.isTty && !this.surface.env.NO_COLOR;
  }

  /** `lakeguard.yaml`: a path, undefined to look for it, or false to ignore it. */
  configFile(): string | false | undefined {
    return this.bool('no-config') ? false : this.string('config');
  }
}
