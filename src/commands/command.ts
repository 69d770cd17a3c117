/**
 * What a command is: its flags (the one source of CLI parsing, `--help`, the
 * README's CLI reference and the action's inputs) and its handler. Every
 * command lives in `src/commands/<name>.ts` and exports one {@link Command};
 * `src/commands/index.ts` lists them, and the entry points only look one up.
 */
import type { FailOn } from '../model/result.js';
import type { RunResult } from '../model/result.js';

/** Where output goes: the CLI writes to stdout/stderr, the action to the log. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

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
  /** The run result, when the command produced one (the entry point renders it). */
  result?: RunResult;
  /** A usage or configuration problem, printed once (exit 2). */
  error?: string;
  /** `run` found no credentials: the action falls back to `test`. */
  noCredentials?: boolean;
  /** Effective fail level (for the action's failure message). */
  failOn?: FailOn;
  /** Action outputs this command sets besides the result's counts. */
  outputs?: Record<string, string | number>;
  /** The command printed its own report: the entry point must not print the result again. */
  printed?: boolean;
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
  /** Check and convert parsed values into settings, or return a usage error. */
  settings(values: FlagValues, positionals: readonly string[], surface: Surface): S | { error: string };
  /** Run the command. Heavy stages are imported inside, so `--help` stays fast. */
  run(settings: S, io: Io): Promise<CommandOutcome>;
}
