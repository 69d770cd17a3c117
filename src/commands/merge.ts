/**
 * `lakeguard merge REPORT... [--json F] [--sarif F] [--junit F] [--summary F]`:
 * combine the JSON reports and SARIF logs of sharded runs. JSON reports merge
 * into one run result that every reporter renders; SARIF logs given as inputs
 * merge run by run. The exit code is the merged run's, as if it had been one run.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import type { FailOn, RunResult } from '../model/result.js';
import { failsAt, reportContext } from '../report/context.js';
import { isRunResult, isSarifLog, mergeRunResults, mergeSarifLogs, MergeError } from '../report/merge.js';
import { REPORTERS } from '../report/reporters/index.js';
import type { Command, FlagSpec, Io } from './command.js';
import { FAIL_LEVELS, FlagReader } from './flags.js';

export interface MergeSettings {
  inputs: string[];
  root: string;
  jsonFile?: string;
  sarifFile?: string;
  junitFile?: string;
  summaryFile?: string;
  failOn: FailOn;
  color: boolean;
}

const FLAGS: readonly FlagSpec[] = [
  { name: 'json', type: 'string', value: 'F', help: 'write the merged JSON report' },
  { name: 'sarif', type: 'string', value: 'F', help: 'write the merged SARIF log (needed when the inputs are SARIF)' },
  { name: 'junit', type: 'string', value: 'F', help: 'write JUnit XML of the merged run' },
  { name: 'summary', type: 'string', value: 'F', help: 'write the Markdown summary of the merged run' },
  { name: 'fail-on', type: 'string', value: 'LEVEL', default: 'error', help: 'lowest level that fails the merged run' },
  { name: 'no-color', type: 'boolean', help: 'disable colour' },
].map((f) => ({ ...f, input: false }) as FlagSpec);

async function write(root: string, file: string, text: string): Promise<void> {
  const target = path.resolve(root, file);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, text);
}

async function execute(settings: MergeSettings, io: Io): Promise<number> {
  const runs: RunResult[] = [];
  const logs: Parameters<typeof mergeSarifLogs>[0][number][] = [];
  for (const input of settings.inputs) {
    let value: unknown;
    try {
      value = JSON.parse(await fs.readFile(path.resolve(settings.root, input), 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`lakeguard: ${input}: ${code ? `cannot read (${code})` : `not valid JSON (${(error as Error).message})`}\n`);
      return 2;
    }
    if (isRunResult(value)) runs.push(value);
    else if (isSarifLog(value)) logs.push(value);
    else {
      io.err(`lakeguard: ${input}: neither a lakeguard JSON report nor a SARIF 2.1.0 log\n`);
      return 2;
    }
  }
  if (logs.length > 0 && !settings.sarifFile) {
    io.err('lakeguard: SARIF inputs need --sarif FILE for the merged log\n');
    return 2;
  }
  try {
    const merged = runs.length > 0 ? mergeRunResults(runs) : undefined;
    const context = reportContext({ root: settings.root, color: settings.color });
    if (settings.sarifFile) {
      const text = logs.length > 0 ? `${JSON.stringify(mergeSarifLogs(logs), null, 2)}\n` : REPORTERS.get('sarif')!(merged!, context);
      await write(settings.root, settings.sarifFile, text);
    }
    if (!merged) return 0;
    if (settings.jsonFile) await write(settings.root, settings.jsonFile, REPORTERS.get('json')!(merged, context));
    if (settings.junitFile) await write(settings.root, settings.junitFile, REPORTERS.get('junit')!(merged, context));
    if (settings.summaryFile) await write(settings.root, settings.summaryFile, REPORTERS.get('markdown')!(merged, context));
    io.out(`${REPORTERS.get('console')!(merged, context)}\n`);
    return failsAt(merged, settings.failOn) ? 1 : 0;
  } catch (error) {
    if (error instanceof MergeError) {
      io.err(`lakeguard: cannot merge: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export const mergeCommand: Command<MergeSettings> = {
  name: 'merge',
  summary: 'combine the JSON reports or SARIF logs of shards into one',
  description:
    "Combines the shards' JSON reports into one run result (and renders SARIF, JUnit and the summary from it), or their " +
    "SARIF logs run by run. The output does not depend on the order of the inputs; the exit code is the merged run's.",
  flags: FLAGS,
  positionals: [{ name: 'REPORT', variadic: true, required: true }],
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    if (positionals.length === 0) throw new UsageError('merge needs the reports to combine: lakeguard merge REPORT... --json OUT');
    return {
      inputs: [...positionals],
      root: surface.root,
      jsonFile: reader.string('json'),
      sarifFile: reader.string('sarif'),
      junitFile: reader.string('junit'),
      summaryFile: reader.string('summary'),
      failOn: reader.choice('fail-on', FAIL_LEVELS, 'error'),
      color: reader.color(),
    };
  },
  run: async (settings, io) => ({ exitCode: await execute(settings, io) }),
};
