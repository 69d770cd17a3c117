/**
 * Every command, in the order `lakeguard --help` lists them. The entry points
 * look a command up here and nothing else.
 */
import { backtestCommand } from './backtest.js';
import type { Command } from './command.js';
import { emulatorCommand } from './emulator.js';
import { exportCommand } from './export.js';
import { initCommand } from './init.js';
import { mergeCommand } from './merge.js';
import { queryCommand } from './query.js';
import { runCommand } from './run.js';
import { testCommand } from './test.js';
import { validateCommand } from './validate.js';

const ALL = [
  validateCommand,
  testCommand,
  runCommand,
  backtestCommand,
  queryCommand,
  exportCommand,
  initCommand,
  mergeCommand,
  emulatorCommand,
] as Command[];

/** Commands by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(ALL.map((c) => [c.name, c]));
