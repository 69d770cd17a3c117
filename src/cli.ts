/**
 * The `lakeguard` command line: argv → a command and its settings → its run → exit code.
 * Every command and its flags are declared in src/commands/.
 */
import { EXIT_USAGE, type Io } from './commands/command.js';
import { commandHelp, overviewHelp } from './commands/help.js';
import { parseCommandLine } from './commands/parse.js';
import { TOOL_VERSION } from './version.js';

const STDIO: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** Parse argv (without node and script): a command's settings, or a usage error (for tests and tools). */
export function parseCliArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  isTty = Boolean(process.stdout.isTTY),
): { settings: unknown } | { error: string } | { help: true } | { version: true } {
  const parsed = parseCommandLine(argv, { kind: 'cli', root: process.cwd(), env, isTty });
  if ('error' in parsed) return { error: parsed.error };
  if ('settings' in parsed) return { settings: parsed.settings };
  return 'version' in parsed ? { version: true } : { help: true };
}

/** Run the CLI; returns the exit code (the bin sets process.exitCode). */
export async function runCli(argv: readonly string[], io: Io = STDIO): Promise<number> {
  const parsed = parseCommandLine(argv, { kind: 'cli', root: process.cwd(), env: process.env, isTty: Boolean(process.stdout.isTTY) });
  if ('overview' in parsed) {
    io.out(`${overviewHelp()}\n`);
    return 0;
  }
  if ('version' in parsed) {
    io.out(`${TOOL_VERSION}\n`);
    return 0;
  }
  if ('help' in parsed) {
    io.out(`${commandHelp(parsed.help)}\n`);
    return 0;
  }
  if ('error' in parsed) {
    io.err(`lakeguard: ${parsed.error}\nRun 'lakeguard --help' for usage.\n`);
    return EXIT_USAGE;
  }
  const outcome = await parsed.command.run(parsed.settings, io);
  if (outcome.error) io.err(`lakeguard: ${outcome.error}\n`);
  return outcome.exitCode;
}
