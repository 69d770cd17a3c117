/**
 * What a command is: its flags (the one source of CLI parsing, `--help`, the
 * README's CLI reference and the action's inputs) and its handler. Every
 * command lives in `src/commands/<name>.ts` and exports one {@link Command};
 * `src/commands/index.ts` lists them, and the entry points only look one up.
 */
import type { FailOn, RunResult } from '../model/result.js';
export { UsageError } from '../model/errors.js';

/** Where output goes: the CLI writes to stdout/stderr, the action to the log. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Progress lines of long runs (default: `err`, so stdout stays the report). */
  progress?: (line: string) => void;
  /** A line worth a notice (the action annotates it; default: `out`). */
  notice?: (line: string) => void;
}

/** Exit codes: nothing at or above the fail level; findings or failures; usage, configuration or internal error. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One flag of a command. */
export interface FlagSpec {
  /** Long name without the dashes (`sarif` is `--sarif`). */
  name: string;
  /** `string` takes a value, `boolean` is a switch, `list` takes a value and may repeat. */
  type: 'string' | 'boolean' | 'list';
  /** Placeholder of the value in help: FILE, N, URL. */
  value?: string;
  /** The default, as help shows it (text). */
  default?: string;
  /** One help line. */
  help: string;
  /** One-letter alias (`-h`). */
  short?: string;
  /** Action input of the same meaning: its name (default: the flag's name), or false for CLI only. */
  input?: string | false;
  /** An action input without a CLI flag (`job-summary`). Default false. */
  actionOnly?: boolean;
  /** Heading of a shared group in help (`Report options`); a command's own flags have none. */
  group?: string;
}

/** A positional argument. */
export interface PositionalSpec {
  name: string;
  /** Takes any number of values (`PATH...`). Default false. */
  variadic?: boolean;
  required?: boolean;
  /** Action input that supplies it (a list input for a variadic one), or false. */
  input?: string | false;
}

/** Parsed flag values by flag name: strings, booleans or lists of strings. */
export type FlagValues = Record<string, string | boolean | string[] | undefined>;

/** Where a command runs, for settings that depend on it. */
export interface Surface {
  kind: 'cli' | 'action';
  /** Repository root: the working directory (CLI) or GITHUB_WORKSPACE (action). */
  root: string;
  env: NodeJS.ProcessEnv;
  /** stdout is a terminal (CLI colour default). */
  isTty: boolean;
}

/** What a handler returns to the entry point. */
export interface CommandOutcome {
  exitCode: number;
  /** The run result, when the command produced one (the command prints it; the action publishes it). */
  result?: RunResult;
  /** Why the command failed (exit 1) when it has no result to tell it. */
  failure?: string;
  /** A usage or configuration problem, printed once (exit 2). */
  error?: string;
  /** `run` found no credentials: the action falls back to `test`. */
  noCredentials?: boolean;
  /** Effective fail level (for the action's failure message). */
  failOn?: FailOn;
  /** Action outputs this command sets besides the result's counts. */
  outputs?: Record<string, string | number>;
}

/** One command: declaration plus handler. `S` is its settings type. */
export interface Command<S = unknown> {
  name: string;
  /** One line for the overview of `lakeguard --help`. */
  summary: string;
  /** A paragraph for `lakeguard <name> --help` and the README. */
  description: string;
  flags: readonly FlagSpec[];
  positionals: readonly PositionalSpec[];
  /** The action can run it (`command: <name>`). Default false. */
  inAction?: boolean;
  /** Check and convert parsed values into settings; throws {@link UsageError} for a bad value. */
  settings(values: FlagValues, positionals: readonly string[], surface: Surface): S;
  /** Run the command. Heavy stages are imported inside, so `--help` stays fast. */
  run(settings: S, io: Io): Promise<CommandOutcome>;
}
