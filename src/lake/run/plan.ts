/**
 * What one live run of a detection asks the lake for: the window it looks at
 * (its query period ending at the run's now), and the limits that bound its
 * answer (the detection's `limits`, else the run's defaults).
 */
import { parseDuration } from '../../util/duration.js';
import { isRecord } from '../../util/records.js';

export const DEFAULT_LOOKBACK_MS = 86_400_000;
export const DEFAULT_TIMEOUT_MS = 4 * 60_000;
export const DEFAULT_MAX_ROWS = 500_000;
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface Limits {
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

export interface LivePlan {
  /** The run's now, for query_now and the end of the window. */
  now: Date;
  /** Start of the window: now minus the query period (or --lookback). */
  from: Date;
  periodMs: number;
  limits: Limits;
  /** Problems with the detection's own settings, reported before anything runs. */
  problems: string[];
}

const UNITS: Readonly<Record<string, number>> = { b: 1, kb: 1000, mb: 1000 ** 2, gb: 1000 ** 3, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** Bytes of `8MB`, `512KiB`, `1048576`; undefined when it is not a size. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$/i.exec(value);
  if (!match) return undefined;
  const bytes = Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? NaN);
  return Number.isFinite(bytes) && bytes > 0 ? Math.floor(bytes) : undefined;
}

/** The plan of one detection's run. */
export function planRun(data: Record<string, unknown>, now: Date, defaults: Partial<Limits> & { lookbackMs?: number }): LivePlan {
  const problems: string[] = [];
  const period = defaults.lookbackMs ?? parseDuration(data.queryPeriod) ?? DEFAULT_LOOKBACK_MS;
  const limits: Limits = {
    timeoutMs: defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRows: defaults.maxRows ?? DEFAULT_MAX_ROWS,
    maxBytes: defaults.maxBytes ?? DEFAULT_MAX_BYTES,
  };
  const given = data.limits;
  if (isRecord(given)) {
    const { timeout, maxRows, maxBytes } = given;
    if (timeout !== undefined) {
      const ms =
        parseDuration(timeout) ?? (typeof timeout === 'string' && /^\d+s$/.test(timeout) ? Number(timeout.slice(0, -1)) * 1000 : undefined);
      if (ms === undefined || ms <= 0) problems.push(`limits.timeout '${String(timeout)}' is not a duration such as 4m`);
      else limits.timeoutMs = ms;
    }
    if (maxRows !== undefined) {
      if (!Number.isInteger(maxRows) || (maxRows as number) < 0) problems.push('limits.maxRows must be a whole number');
      else limits.maxRows = maxRows as number;
    }
    if (maxBytes !== undefined) {
      const bytes = parseSize(maxBytes);
      if (bytes === undefined) problems.push(`limits.maxBytes '${String(maxBytes)}' is not a size such as 8MB`);
      else limits.maxBytes = bytes;
    }
  }
  return { now, from: new Date(now.getTime() - period), periodMs: period, limits, problems };
}
