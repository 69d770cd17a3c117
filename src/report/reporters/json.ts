/**
 * JSON reporter: the {@link RunResult} as is, in a deterministic order (results by
 * file, findings by {@link compareFindings}), so two runs over the same files give
 * byte-identical reports. Also exports that ordering for the other reporters.
 */
import type { ReportContext } from '../context.js';
import { compareFindings, type DetectionResult, type RunResult } from '../../model/result.js';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order detections by file, then id and name (for the rare same-file case). */
export function compareDetections(a: DetectionResult, b: DetectionResult): number {
  return compareText(a.file, b.file) || compareText(a.id, b.id) || compareText(a.name, b.name);
}

/**
 * A copy of `result` with results sorted by file and each detection's findings
 * sorted; tests keep their order (the order they are declared in). The input is
 * not modified.
 */
export function sortedResult(result: RunResult): RunResult {
  return {
    ...result,
    results: result.results.map((r) => ({ ...r, findings: [...r.findings].sort(compareFindings) })).sort(compareDetections),
  };
}

/** Render the run result as pretty-printed JSON (two-space indent, trailing newline). */
export function jsonReporter(result: RunResult, _ctx: ReportContext): string {
  // Live sample rows may hold longs beyond 2^53 (bigint): written as their exact digits.
  return `${JSON.stringify(sortedResult(result), (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2)}\n`;
}
