/**
 * `lakeguard backtest`: replays each scheduled rule's own schedule over a past
 * range on the lake — every queryFrequency ending at `to`, each evaluation
 * with its now at that time over its queryPeriod — and counts the alerts each
 * evaluation would have raised. Beyond the budget of evaluations an even sample
 * is run and scaled up; every query waits for the run's shared rate limit.
 */
import path from 'node:path';
import { createLakeClient, LakeError, type LakeClient, type RetryPolicy, type TokenProvider } from '../lake/client/index.js';
import { LIVE_ALERT_BUDGET, LIVE_QUERY_ERROR } from '../lake/run/live-rules.js';
import { DEFAULT_MAX_FILE_BYTES, loadDetectionFile, parseDetection, type Detection } from '../load/load-detection.js';
import type { RepoConfig } from '../load/config.js';
import {
  compareFindings,
  statusOf,
  totalsOf,
  type BacktestFigures,
  type DetectionResult,
  type Finding,
  type RunResult,
} from '../model/result.js';
import { parseDuration } from '../util/duration.js';
import { isRecord } from '../util/records.js';
import { alertsOf } from './alerts.js';
import { createRateLimiter, LAKE_QUERIES_PER_MINUTE, type RateLimiter } from './rate-limit.js';
import { DAY_MS, dayOf, evaluationsPerDay, scheduleOf } from './schedule.js';

export const DEFAULT_MAX_RUNS = 48;
export const DEFAULT_BACKTEST_DAYS = 30;
const DEFAULT_FREQUENCY_MS = 3_600_000;
const DEFAULT_PERIOD_MS = 3_600_000;

export interface BacktestOptions {
  root: string;
  config: RepoConfig;
  endpoint?: string;
  database: string;
  token: TokenProvider;
  from: Date;
  to: Date;
  maxRuns?: number;
  /** Breaches of expect.alertsPerDay fail (error) instead of warn. */
  gate: boolean;
  concurrency?: number;
  /** Queries per minute for the whole run (default the lake's 45). */
  perMinute?: number;
  /** Length of the rate window, ms (tests shorten it). */
  rateWindowMs?: number;
  retry?: Partial<RetryPolicy>;
  /** With --compare: the text of changed detection files at `compareRef`, by report path. */
  previous?: ReadonlyMap<string, string>;
  compareRef?: string;
  onProgress?: (line: string) => void;
}

/** Is this a scheduled rule (NRT rules and hunting queries have no schedule to replay)? */
export function isScheduled(data: Record<string, unknown>): boolean {
  const kind = typeof data.kind === 'string' ? data.kind.toLowerCase() : undefined;
  return kind === 'scheduled' || (kind === undefined && data.queryFrequency !== undefined);
}

/** Round an estimate to what the sample supports: exact counts stay exact, scaled ones keep two significant digits. */
function estimate(value: number, exact: boolean): number {
  if (exact || value === 0) return Math.round(value * 100) / 100;
  const digits = Math.max(0, 1 - Math.floor(Math.log10(Math.abs(value))));
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

interface Replay {
  figures: BacktestFigures;
  error?: string;
}

/** Run one version of a detection at the given evaluation times. */
async function replay(
  data: Record<string, unknown>,
  times: readonly Date[],
  all: number,
  perDayAll: ReadonlyMap<string, number>,
  options: BacktestOptions,
  client: LakeClient,
  limiter: RateLimiter,
): Promise<Replay> {
  const period = parseDuration(data.queryPeriod) ?? DEFAULT_PERIOD_MS;
  const alertsByDay = new Map<string, number>();
  const sampledByDay = new Map<string, number>();
  let alerts = 0;
  let failed = 0;
  let error: string | undefined;
  for (const t of times) {
    await limiter.acquire();
    const day = dayOf(t);
    try {
      const result = await client.query(
        {
          query: data.query as string,
          database: options.database,
          now: t,
          timeScope: { column: 'TimeGenerated', from: new Date(t.getTime() - period), to: t },
          retain: { maxRows: 0 },
        },
        {},
      );
      const raised = alertsOf(data, result.rowCount);
      alerts += raised;
      alertsByDay.set(day, (alertsByDay.get(day) ?? 0) + raised);
      sampledByDay.set(day, (sampledByDay.get(day) ?? 0) + 1);
    } catch (e) {
      if (!(e instanceof LakeError)) throw e;
      failed += 1;
      error ??= e.message;
    }
  }
  const exact = times.length === all;
  const perDay = [...perDayAll.keys()].sort().flatMap((day) => {
    const seen = sampledByDay.get(day);
    if (!seen) return [];
    const scaled = ((alertsByDay.get(day) ?? 0) * perDayAll.get(day)!) / seen;
    return [{ day, alerts: exact ? scaled : Math.round(scaled) }];
  });
  const days = (options.to.getTime() - options.from.getTime()) / DAY_MS;
  const ran = times.length - failed;
  const total = ran > 0 ? (alerts * all) / ran : 0;
  const counts = perDay.map((d) => d.alerts);
  return {
    figures: {
      from: options.from.toISOString(),
      to: options.to.toISOString(),
      evaluations: all,
      sampled: times.length,
      alerts,
      alertsPerDay: days > 0 ? estimate(total / days, exact && failed === 0) : 0,
      min: counts.length ? Math.min(...counts) : 0,
      max: counts.length ? Math.max(...counts) : 0,
      perDay,
      ...(failed ? { failed } : {}),
    },
    ...(error ? { error } : {}),
  };
}

function findingAt(
  detection: Detection,
  file: string,
  ruleId: string,
  where: (string | number)[],
  message: string,
  level: Finding['level'],
): Finding {
  const span = detection.source.locate(where);
  return { ruleId, level, message, file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** The budget of `expect.alertsPerDay.max`, when the detection sets one. */
function alertBudget(data: Record<string, unknown>): number | undefined {
  const expect = isRecord(data.expect) ? data.expect : undefined;
  const budget = expect && isRecord(expect.alertsPerDay) ? expect.alertsPerDay.max : undefined;
  return typeof budget === 'number' ? budget : undefined;
}

async function backtestOne(entry: DetectionResult, options: BacktestOptions, client: LakeClient, limiter: RateLimiter): Promise<string> {
  const maxFileBytes = options.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { detection } = await loadDetectionFile(path.resolve(options.root, entry.file), entry.file, { maxFileBytes });
  if (!detection || typeof detection.data.query !== 'string') return `- ${entry.file}: not run`;
  const data = detection.data;
  if (!isScheduled(data)) return `- ${entry.file}: not a scheduled rule, nothing to replay`;
  const frequency = parseDuration(data.queryFrequency) ?? DEFAULT_FREQUENCY_MS;
  const schedule = scheduleOf(options.from, options.to, frequency, options.maxRuns ?? DEFAULT_MAX_RUNS);
  const perDayAll = evaluationsPerDay(options.from, options.to, frequency);
  const now = await replay(data, schedule.times, schedule.all, perDayAll, options, client, limiter);
  entry.backtest = { ...now.figures };
  if (now.error)
    entry.findings.push(
      findingAt(
        detection,
        entry.file,
        LIVE_QUERY_ERROR,
        ['query'],
        `${now.figures.failed} of ${schedule.times.length} evaluation(s) failed: ${now.error}`,
        'error',
      ),
    );
  const previousText = options.previous?.get(entry.file);
  if (previousText !== undefined && options.compareRef) {
    const before = parseDetection(Buffer.from(previousText), entry.file, detection.absPath, { maxFileBytes }).detection;
    if (before && typeof before.data.query === 'string' && isScheduled(before.data)) {
      const then = await replay(before.data, schedule.times, schedule.all, perDayAll, options, client, limiter);
      entry.backtest.before = { ...then.figures, ref: options.compareRef };
    }
  }
  const budget = alertBudget(data);
  if (budget !== undefined && !now.error && now.figures.alertsPerDay > budget)
    entry.findings.push(
      findingAt(
        detection,
        entry.file,
        LIVE_ALERT_BUDGET,
        ['expect', 'alertsPerDay', 'max'],
        `About ${now.figures.alertsPerDay} alerts per day over ${options.from.toISOString()} to ${options.to.toISOString()} (${schedule.times.length} of ${schedule.all} evaluations run), above the budget of ${budget}.`,
        options.gate ? 'error' : 'warning',
      ),
    );
  const b = entry.backtest;
  const sampled = b.sampled < b.evaluations ? `${b.sampled} of ${b.evaluations} evaluations` : `${b.evaluations} evaluations`;
  const change = b.before ? ` (before ${b.before.alertsPerDay}/day)` : '';
  return `${now.error ? '✗' : '●'} ${entry.file}: ${b.alertsPerDay} alerts/day${change}, ${sampled}`;
}

/** Backtest every sound detection of a validated run; the others keep their findings. */
export async function backtestDetections(result: RunResult, options: BacktestOptions): Promise<RunResult> {
  const started = performance.now();
  const limiter = createRateLimiter({ perMinute: options.perMinute ?? LAKE_QUERIES_PER_MINUTE, windowMs: options.rateWindowMs });
  const client = createLakeClient({
    endpoint: options.endpoint,
    token: options.token,
    concurrency: options.concurrency ?? 4,
    retry: options.retry,
  });
  try {
    await Promise.all(
      result.results.map(async (entry) => {
        const line = entry.findings.some((f) => f.level === 'error')
          ? `- ${entry.file}: not run (static errors)`
          : await backtestOne(entry, options, client, limiter);
        entry.findings.sort(compareFindings);
        entry.status = statusOf(entry.findings, entry.tests);
        options.onProgress?.(line);
      }),
    );
  } finally {
    await client.close();
  }
  result.command = 'backtest';
  result.totals = totalsOf(result.results);
  result.durationMs += Math.round(performance.now() - started);
  return result;
}
