/**
 * Command lines and action inputs → a command and its settings, both read
 * through the command's own flag declarations.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../model/errors.js';
import type { Command, FlagValues, Surface } from './command.js';
import { COMMANDS } from './index.js';

/** What the command line asks for. */
export type ParsedCommandLine =
  { overview: true } | { version: true } | { help: Command } | { command: Command; settings: unknown } | { error: string };

/** The commands other than `except` that declare a flag, for "--x is for 'lakeguard y'". */
function ownersOf(flag: string, except: Command): string[] {
  return [...COMMANDS.values()].filter((c) => c !== except && c.flags.some((f) => f.name === flag && !f.actionOnly)).map((c) => c.name);
}

/** Parse `argv` (without node and script) for one command's flags. */
export function parseCommandArgs(command: Command, argv: readonly string[]): { values: FlagValues; positionals: string[]; help: boolean } {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const flag of command.flags) {
    if (flag.actionOnly) continue;
    options[flag.name] = { type: flag.type === 'boolean' ? 'boolean' : 'string', ...(flag.type === 'list' ? { multiple: true } : {}) };
    if (flag.short) options[flag.name]!.short = flag.short;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
    return { values: values as FlagValues, positionals, help: values.help === true };
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '--([\w-]+)'/.exec(message)?.[1];
    const owners = unknown ? ownersOf(unknown, command) : [];
    if (owners.length > 0) throw new UsageError(`--${unknown} is for ${owners.map((o) => `'lakeguard ${o}'`).join(' and ')}.`);
    throw new UsageError(message);
  }
}

/** The command line: a command with its settings, help, the version, or a usage error. */
export function parseCommandLine(argv: readonly string[], surface: Surface): ParsedCommandLine {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') return { overview: true };
  if (name === '--version' || name === '-v') return { version: true };
  if (!name) return { error: 'No command given.' };
  const command = COMMANDS.get(name);
  if (!command) return { error: name.startsWith('-') ? `Give a command before options ('${name}').` : `Unknown command '${name}'.` };
  try {
    const { values, positionals, help } = parseCommandArgs(command, rest);
    if (help) return { help: command };
    return { command, settings: command.settings(values, positionals, surface) };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
}

const TRUE = ['true', 'yes', '1', 'on'];
const FALSE = ['false', 'no', '0', 'off'];

/**
 * The action's inputs for one command, read by the names its flags declare:
 * the same values the command line would give. Empty inputs are absent.
 */
export function valuesFromInputs(command: Command, getInput: (name: string) => string): { values: FlagValues; positionals: string[] } {
  const values: FlagValues = {};
  for (const flag of command.flags) {
    if (flag.input === false) continue;
    const input = flag.input ?? flag.name;
    const raw = getInput(input).trim();
    if (!raw) continue;
    if (flag.type === 'boolean') {
      const lower = raw.toLowerCase();
      if (TRUE.includes(lower)) values[flag.name] = true;
      else if (FALSE.includes(lower)) values[flag.name] = false;
      else throw new UsageError(`Input '${input}' must be true or false, not '${raw}'.`);
    } else if (flag.type === 'list') {
      values[flag.name] = splitList(raw);
    } else {
      values[flag.name] = raw;
    }
  }
  const positionals: string[] = [];
  for (const positional of command.positionals) {
    if (!positional.input) continue;
    const raw = getInput(positional.input).trim();
    if (!raw) {
      // A later positional must not slide into this one's place.
      if (positional.required || !positional.variadic)
        throw new UsageError(`Input '${positional.input}' is required with command: ${command.name}.`);
      continue;
    }
    if (positional.variadic) positionals.push(...splitList(raw));
    else positionals.push(raw);
  }
  return { values, positionals };
}

/** An input of several values: one per line or comma-separated. */
function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
}
