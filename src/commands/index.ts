/**
 * Every command, in the order `lakeguard --help` lists them. The entry points
 * look a command up here and nothing else.
 */
import { backtestCommand } from './backtest.js';
import type { Command } from './command.js';
import { coverageCommand } from './coverage.js';
import { deployCommand } from './deploy.js';
import { driftCommand } from './drift.js';
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
  coverageCommand,
  deployCommand,
  driftCommand,
  initCommand,
  mergeCommand,
  emulatorCommand,
] as Command[];

/** Commands by name. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map(ALL.map((c) => [c.name, c]));
