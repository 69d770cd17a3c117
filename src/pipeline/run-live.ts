/**
 * `lakeguard run`: the static checks, then each sound detection's query on the
 * Sentinel data lake over its window, judged against its trigger, limits and
 * expectations. A hunt reports; a gate (`gate: true`) fails on any breach.
 * Queries run concurrently through one client; one detection's failure never
 * stops the others.
 */
import path from 'node:path';
import { serializeValue } from '../engine/serialize.js';
import type { Value } from '../engine/values.js';
import { DEFAULT_MAX_FILE_BYTES, loadDetectionFile } from '../load/load-detection.js';
import { validateDetections, type ValidateOptions } from './validate.js';
import {
  compareFindings,
  statusOf,
  totalsOf,
  type DetectionResult,
  type Finding,
  type LiveOutcome,
  type RunResult,
} from '../model/result.js';
import { createLakeClient, LakeError, type LakeClient, type LakeResult, type RetryPolicy } from '../lake/client/index.js';
import { judge, tableOfResult } from '../lake/run/judge.js';
import { entityColumnsOf } from '../load/entity-mappings.js';
import { analyze } from '../kql/language-service.js';
import type { Catalog } from '../kql/catalog.js';
import { catalogFromConfig } from '../kql/catalog-from-config.js';
import { LIVE_QUERY_ERROR, LIVE_RESULT_LIMIT } from '../lake/run/live-rules.js';
import { planRun, type Limits } from '../lake/run/plan.js';

export type ShowResults = 'counts' | 'entities' | 'rows';

export interface LiveRunOptions extends ValidateOptions {
  endpoint?: string;
  database: string;
  /** Fail detections on any breach (release gate) instead of reporting them (hunt). */
  gate: boolean;
  concurrency: number;
  /** Overrides every detection's queryPeriod. */
  lookbackMs?: number;
  showResults: ShowResults;
  token: () => Promise<string>;
  /** The run's now (default: the wall clock at the start, to the second). */
  now?: Date;
  limits?: Partial<Limits>;
  retry?: Partial<RetryPolicy>;
  /** Added to each query's timeout for our own deadline (default: the client's). */
  timeoutGraceMs?: number;
  /** One line per detection as it completes (CI logs, progress). */
  onProgress?: (line: string) => void;
}

/** Rows kept in the report at `show-results: rows`. */
export const SAMPLE_ROWS = 20;

function sampleRows(result: LakeResult): Record<string, unknown>[] {
  const table = tableOfResult(result);
  const rows: Record<string, unknown>[] = [];
  for (let r = 0; r < Math.min(SAMPLE_ROWS, table.rowCount); r++) {
    const row: Record<string, unknown> = {};
    table.columns.forEach((c, i) => {
      const v = table.data[i]![r] as Value;
      row[c.name] = typeof v === 'bigint' && c.type !== 'datetime' && c.type !== 'timespan' ? v.toString() : serializeValue(v, c.type);
    });
    rows.push(row);
  }
  return rows;
}

/** Bin widths a timeline may use, in minutes. */
const NICE_BINS = [1, 5, 10, 15, 30, 60, 120, 180, 360, 480, 720, 1440];

/** The narrowest bin that gives at most 48 bars over the window (5 minutes for 1h, 30 for 1d, 8 hours for 14d). */
export function binMinutesFor(periodMs: number): number {
  const minutes = periodMs / 60_000 / 48;
  return NICE_BINS.find((b) => b >= minutes) ?? Math.ceil(minutes / 1440) * 1440;
}

/** Rows per bin of the window by a datetime column of the answer; rows outside the window are not counted. */
function timelineOf(result: LakeResult, column: string, from: Date, to: Date): LiveOutcome['timeline'] {
  const c = result.columns.findIndex((col) => col.name === column && col.type === 'datetime');
  if (c < 0) return undefined;
  const binMinutes = binMinutesFor(to.getTime() - from.getTime());
  const binTicks = BigInt(binMinutes) * 600_000_000n;
  const start = BigInt(from.getTime()) * 10_000n;
  const end = BigInt(to.getTime()) * 10_000n;
  const counts = new Array<number>(Math.max(1, Math.ceil((to.getTime() - from.getTime()) / (binMinutes * 60_000)))).fill(0);
  for (const row of result.rows) {
    const t = row[c];
    if (typeof t !== 'bigint' || t < start || t > end) continue;
    const i = Math.min(counts.length - 1, Number((t - start) / binTicks));
    counts[i]! += 1;
  }
  return { start: from.toISOString(), binMinutes, counts, column };
}

/** The first datetime column of the query's output (TimeGenerated preferred), from the binder. */
function timeColumnOf(query: string, catalog: Catalog): string | undefined {
  const columns = analyze(query, catalog.globalsFor(query)).columns ?? [];
  const times = columns.filter((c) => c.type === 'datetime').map((c) => c.name);
  return times.includes('TimeGenerated') ? 'TimeGenerated' : times[0];
}

async function runOne(entry: DetectionResult, options: LiveRunOptions, client: LakeClient, now: Date, catalog: Catalog): Promise<void> {
  const started = performance.now();
  const { detection } = await loadDetectionFile(path.resolve(options.root, entry.file), entry.file, {
    maxFileBytes: options.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  });
  if (!detection || typeof detection.data.query !== 'string') return;
  const at = (ruleId: string, where: (string | number)[], message: string, level: Finding['level'] = 'error'): Finding => {
    const span = detection.source.locate(where);
    return {
      ruleId,
      level,
      message,
      file: entry.file,
      line: span.line,
      column: span.column,
      endLine: span.endLine,
      endColumn: span.endColumn,
    };
  };
  const plan = planRun(detection.data, now, { ...options.limits, lookbackMs: options.lookbackMs });
  if (plan.problems.length > 0) {
    entry.findings.push(...plan.problems.map((p) => at(LIVE_RESULT_LIMIT, ['limits'], `${p}.`)));
    return;
  }
  let live: LiveOutcome;
  const timeColumn = timeColumnOf(detection.data.query, catalog);
  try {
    const result = await client.query(
      {
        query: detection.data.query,
        database: options.database,
        serverTimeoutMs: plan.limits.timeoutMs,
        // One more record than allowed, so "exactly at the limit" and "over it" differ.
        maxRecords: plan.limits.maxRows + 1,
        maxSize: plan.limits.maxBytes,
        now: plan.now,
        timeScope: { column: 'TimeGenerated', from: plan.from, to: plan.now },
        // Keep only what the report needs: entity columns (every row is still counted and checked).
        ...(options.showResults === 'rows'
          ? {}
          : { retain: { columns: [...entityColumnsOf(detection.data), ...(timeColumn ? [timeColumn] : [])] } }),
      },
      {},
    );
    const judgement = judge(detection.data, result, plan.limits);
    const level = options.gate ? 'error' : 'warning';
    entry.findings.push(...judgement.breaches.map((b) => at(b.ruleId, b.path, b.message, level)));
    live = {
      fired: judgement.fired,
      rows: result.rowCount,
      bytes: result.bytes,
      durationMs: result.durationMs,
      clientRequestId: result.requestId,
      attempts: result.attempts,
      window: { from: plan.from.toISOString(), to: plan.now.toISOString() },
    };
    if (options.showResults !== 'counts') live.entities = judgement.entities;
    if (options.showResults === 'rows') live.sampleRows = sampleRows(result);
    if (judgement.fired && timeColumn) live.timeline = timelineOf(result, timeColumn, plan.from, plan.now);
  } catch (error) {
    if (!(error instanceof LakeError)) throw error;
    // A result-size refusal by the lake is a breach of the limits; every other failure means "could not run".
    const truncated = error.kind === 'truncated' || error.kind === 'too-large';
    entry.findings.push(
      truncated
        ? at(LIVE_RESULT_LIMIT, ['limits'], error.message, options.gate ? 'error' : 'warning')
        : at(LIVE_QUERY_ERROR, ['query'], error.message),
    );
    live = {
      fired: false,
      rows: 0,
      bytes: error.details.bytes ?? 0,
      durationMs: Math.round(performance.now() - started),
      clientRequestId: error.requestId,
      attempts: error.attempts,
      error: error.kind,
      window: { from: plan.from.toISOString(), to: plan.now.toISOString() },
    };
  }
  entry.live = live;
}

/** A live outcome that could not be judged is an error, whatever the level of its finding. */
function liveStatus(entry: DetectionResult): DetectionResult['status'] {
  if (entry.live?.error && entry.live.error !== 'truncated' && entry.live.error !== 'too-large') return 'error';
  // Breaches are warnings in a hunt and errors in a gate, so the usual rule decides.
  return statusOf(entry.findings, entry.tests);
}

function progressLine(entry: DetectionResult): string {
  const live = entry.live;
  if (!live) return `- ${entry.file}: not run (${entry.findings.filter((f) => f.level === 'error').length} static error(s))`;
  if (live.error)
    return `✗ ${entry.file}: ${entry.findings.find((f) => f.ruleId === LIVE_QUERY_ERROR || f.ruleId === LIVE_RESULT_LIMIT)?.message ?? live.error}`;
  return `${live.fired ? '●' : '○'} ${entry.file}: ${live.fired ? 'fired' : 'quiet'}, ${live.rows} row(s), ${live.durationMs} ms${live.attempts && live.attempts > 1 ? `, ${live.attempts} attempts` : ''}`;
}

export async function runLive(options: LiveRunOptions): Promise<{ result: RunResult }> {
  const started = performance.now();
  const { result } = await validateDetections(options);
  const now = options.now ?? new Date(Math.floor(Date.now() / 1000) * 1000);
  const catalog = catalogFromConfig(options.config);
  const client = createLakeClient({
    endpoint: options.endpoint,
    token: options.token,
    concurrency: options.concurrency,
    retry: options.retry,
    ...(options.timeoutGraceMs !== undefined ? { timeoutGraceMs: options.timeoutGraceMs } : {}),
  });
  try {
    await Promise.all(
      result.results.map(async (entry) => {
        // A detection with static errors is never sent: it would fail or, worse, answer something else.
        if (!entry.findings.some((f) => f.level === 'error')) await runOne(entry, options, client, now, catalog);
        entry.findings.sort(compareFindings);
        entry.status = liveStatus(entry);
        options.onProgress?.(progressLine(entry));
      }),
    );
  } finally {
    await client.close();
  }
  result.command = 'run';
  result.totals = totalsOf(result.results);
  result.durationMs = Math.round(performance.now() - started);
  return { result };
}
