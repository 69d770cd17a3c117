/**
 * Combines the reports of sharded runs into one: JSON reports into one run
 * result (which every reporter can then render), SARIF logs run by run. The
 * output is deterministic: the same inputs in any order give the same bytes.
 */
import { compareFindings, totalsOf, type DetectionResult, type RunResult } from '../model/result.js';

/** A report that cannot be merged, with the reason. */
export class MergeError extends Error {
  override name = 'MergeError';
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function isRunResult(value: unknown): value is RunResult {
  const v = value as RunResult;
  return typeof v === 'object' && v !== null && v.tool === 'lakeguard' && Array.isArray(v.results) && typeof v.command === 'string';
}

/** One run result from several shards of the same command. */
export function mergeRunResults(reports: readonly RunResult[]): RunResult {
  if (reports.length === 0) throw new MergeError('nothing to merge');
  const commands = new Set(reports.map((r) => r.command));
  if (commands.size > 1) throw new MergeError(`the reports come from different commands (${[...commands].sort().join(', ')})`);
  const seen = new Map<string, DetectionResult>();
  for (const report of reports) {
    for (const result of report.results) {
      if (seen.has(result.file)) throw new MergeError(`${result.file} appears in more than one report: were the shards overlapping?`);
      seen.set(result.file, { ...result, findings: [...result.findings].sort(compareFindings) });
    }
  }
  const results = [...seen.values()].sort(byFile);
  const startedAt = reports.map((r) => r.startedAt).sort()[0]!;
  return {
    tool: 'lakeguard',
    version: reports.map((r) => r.version).sort()[0]!,
    command: reports[0]!.command,
    startedAt,
    // Shards run side by side: the merged run took as long as the slowest.
    durationMs: Math.max(...reports.map((r) => r.durationMs)),
    results,
    totals: totalsOf(results),
  };
}

type SarifLog = { version: string; $schema?: string; runs: SarifRun[] };
type SarifRun = {
  tool: { driver: { name: string; rules?: { id: string }[]; [k: string]: unknown } };
  automationDetails?: { id?: string };
  results?: { ruleId?: string; ruleIndex?: number; [k: string]: unknown }[];
  [k: string]: unknown;
};

export function isSarifLog(value: unknown): value is SarifLog {
  const v = value as SarifLog;
  return typeof v === 'object' && v !== null && v.version === '2.1.0' && Array.isArray(v.runs);
}

const resultKey = (r: Record<string, unknown>): string => JSON.stringify([r.locations, r.ruleId, r.message, r.partialFingerprints]);

/** One SARIF log: runs of the same tool and category become one run, with rules united and indexes renumbered. */
export function mergeSarifLogs(logs: readonly SarifLog[]): SarifLog {
  if (logs.length === 0) throw new MergeError('nothing to merge');
  const groups = new Map<string, SarifRun[]>();
  for (const log of logs) {
    for (const run of log.runs) {
      const key = `${run.tool?.driver?.name ?? ''}|${run.automationDetails?.id ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), run]);
    }
  }
  const runs = [...groups.keys()].sort().map((key) => {
    const group = groups.get(key)!;
    const rules = new Map<string, { id: string }>();
    for (const run of group) for (const rule of run.tool.driver.rules ?? []) if (!rules.has(rule.id)) rules.set(rule.id, rule);
    const ruleList = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const results = group
      .flatMap((run) => run.results ?? [])
      .map((r) => (r.ruleId !== undefined && index.has(r.ruleId) ? { ...r, ruleIndex: index.get(r.ruleId) } : r))
      .sort((a, b) => (resultKey(a) < resultKey(b) ? -1 : resultKey(a) > resultKey(b) ? 1 : 0));
    const first = group[0]!;
    return { ...first, tool: { ...first.tool, driver: { ...first.tool.driver, rules: ruleList } }, results };
  });
  return { $schema: logs[0]!.$schema, version: '2.1.0', runs };
}
