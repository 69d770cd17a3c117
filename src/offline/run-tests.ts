/**
 * Runs a detection's offline tests: load each test's data, apply the rule's
 * query period the way Sentinel does, run the query in the embedded engine, and
 * compare with the expectation. Every test gets an outcome; one test's bad
 * fixture or unsupported construct never stops the others.
 */
import { externalDataSchemas, runQuery } from '../engine/evaluate.js';
import { QueryError, Unsupported } from '../engine/refusal.js';
import { filterRows, type Table } from '../engine/table.js';
import { parseDatetime, TICKS_PER_MS } from '../engine/values.js';
import type { Catalog } from '../kql/catalog.js';
import type { Detection } from '../load/load-detection.js';
import { externalDataUriOf } from '../load/fixture-paths.js';
import type { TestOutcome } from '../model/result.js';
import { formatDuration, parseDuration } from '../util/duration.js';
import { compareWithExpectation } from './expectations.js';
import { loadTestData } from './fixture-data.js';
import { testSpecsOf, type TestSpec } from './test-spec.js';

export interface OfflineTestOptions {
  /** Repository root: fixtures must stay inside it. */
  root: string;
  catalog: Catalog;
  /** Row budget of each query. */
  maxRows?: number;
  maxFixtureBytes?: number;
  debug?: boolean;
}

/**
 * Sentinel runs a scheduled rule over the rows of its query period only (the
 * time range ends at the run's now), so rows outside it are left out here too.
 */
function applyQueryPeriod(tables: Map<string, Table>, now: bigint, periodMs: number): number {
  const start = now - BigInt(periodMs) * TICKS_PER_MS;
  let dropped = 0;
  for (const [name, table] of tables) {
    // Rows from outside the workspace (externaldata) are not bounded by the rule's period.
    if (externalDataUriOf(name) !== undefined) continue;
    const c = table.columns.findIndex((col) => col.name === 'TimeGenerated' && col.type === 'datetime');
    if (c < 0) continue;
    const values = table.data[c]!;
    const kept = filterRows(table, (r) => {
      const t = values[r] as bigint | null;
      return t === null || (t >= start && t <= now);
    });
    dropped += table.rowCount - kept.rowCount;
    tables.set(name, kept);
  }
  return dropped;
}

/** A refusal names the construct and where it is in the detection file. */
function messageOf(error: unknown, detection: Detection, debug: boolean): string {
  if (error instanceof Unsupported) {
    if (typeof error.offset !== 'number') return error.message;
    const at = detection.source.locateInScalar(['query'], error.offset, 0);
    return `not supported offline: ${error.construct} at ${detection.file}:${at.line}:${at.column}`;
  }
  if (error instanceof QueryError) {
    // Binder errors carry an offset into the query: point at the detection file instead.
    const offset = /\(at offset (\d+)\)$/.exec(error.message);
    if (!offset) return error.message;
    const at = detection.source.locateInScalar(['query'], Number(offset[1]), 0);
    return `${error.message.slice(0, offset.index).trimEnd()} at ${detection.file}:${at.line}:${at.column}`;
  }
  const detail = debug ? `\n${(error as Error)?.stack ?? ''}` : '';
  return `internal error: ${String((error as Error)?.message ?? error)}${detail}`;
}

/**
 * The place a message names (`path/file.jsonl:12: …`, or `… at detections/x.yaml:5:9`), so
 * annotations and SARIF point at the fixture line or the refused construct.
 */
function locationOf(message: string): TestOutcome['location'] {
  const at = / at ([^\s:]+\.ya?ml):(\d+):(\d+)$/.exec(message);
  if (at) return { file: at[1]!, line: Number(at[2]), column: Number(at[3]) };
  const lead = /^(?:fixture )?([^\s:]+\.(?:jsonl|ndjson|json|csv|ya?ml)):(\d+):/.exec(message);
  return lead ? { file: lead[1]!, line: Number(lead[2]) } : undefined;
}

async function runOne(spec: TestSpec, detection: Detection, query: string, options: OfflineTestOptions): Promise<TestOutcome> {
  const started = performance.now();
  const outcome = (status: TestOutcome['status'], message?: string): TestOutcome => ({
    name: spec.name,
    status,
    ...(message ? { message } : {}),
    line: spec.line,
    durationMs: Math.round(performance.now() - started),
  });
  if (spec.problem) return outcome('error', spec.problem);
  const now = spec.now === undefined ? BigInt(Date.now()) * TICKS_PER_MS : parseDatetime(spec.now);
  if (now === null) return outcome('error', `now '${spec.now}' is not a date-time such as 2025-06-01T12:00:00Z`);
  try {
    const tables = await loadTestData(
      spec.data,
      {
        root: options.root,
        detectionPath: detection.absPath,
        catalog: options.catalog,
        maxFixtureBytes: options.maxFixtureBytes,
        externalData: externalDataSchemas(query, options.catalog),
      },
      detection.file,
    );
    const period = parseDuration(detection.data.queryPeriod);
    const dropped = period === undefined ? 0 : applyQueryPeriod(tables, now, period);
    const result = runQuery(query, { tables, now, catalog: options.catalog, maxRows: options.maxRows });
    const problems = compareWithExpectation(spec.expect, detection.data, result);
    if (problems.length === 0) return outcome('passed');
    const notes: string[] = [];
    if (dropped > 0 && period !== undefined)
      notes.push(
        `note: ${dropped} fixture row(s) fall outside the rule's ${formatDuration(period)} query period ending at now and were left out`,
      );
    if (spec.now === undefined && (period !== undefined || /\b(ago|now)\s*\(/.test(query)))
      notes.push('note: the test sets no `now`, so now() and ago() used the current time');
    return outcome('failed', [...problems, ...notes].join('\n'));
  } catch (error) {
    const message = messageOf(error, detection, Boolean(options.debug));
    const failed = outcome('error', message);
    const location = locationOf(message);
    return location ? { ...failed, location } : failed;
  }
}

/** Outcomes of every test of a detection, in order. */
export async function runDetectionTests(detection: Detection, options: OfflineTestOptions): Promise<TestOutcome[]> {
  const specs = testSpecsOf(detection);
  if (specs.length === 0) return [];
  const query = detection.data.query;
  if (typeof query !== 'string' || !query.trim()) {
    return specs.map((s) => ({ name: s.name, status: 'error' as const, message: 'the detection has no query to test', line: s.line }));
  }
  const outcomes: TestOutcome[] = [];
  for (const spec of specs) outcomes.push(await runOne(spec, detection, query, options));
  return outcomes;
}
