/**
 * series_seasonal(series, period): the documented seasonal component — for each bin, the
 * median of the values at the same position in every period (an even count takes the
 * mean of the two middle values). Refused: the default period (-1 detects it with
 * series_periods_detect(), whose algorithm is not documented), other non-positive
 * periods, fewer than two whole periods, and null or non-numeric elements.
 */
import { Unsupported } from '../refusal.js';
import { arrayArg } from './arrays.js';
import type { ScalarFunction } from './function.js';

/** The mean of two doubles, where the usual forms of it agree (else refused). */
function midpoint(a: number, b: number): number {
  const candidates = [(a + b) / 2, a + (b - a) / 2, a / 2 + b / 2];
  if (candidates.some((c) => c !== candidates[0])) throw new Unsupported('series_seasonal() of a median that depends on rounding');
  return candidates[0]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : midpoint(sorted[mid - 1]!, sorted[mid]!);
}

export const SERIES_SEASONAL_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'series_seasonal',
    evaluate: ([s, p]) => {
      const fn = 'series_seasonal';
      if (s === null) return null;
      const series = arrayArg(s, fn);
      if (p === undefined || p === null || p === -1)
        throw new Unsupported(`${fn}() with a detected period (series_periods_detect is not documented exactly)`);
      if (typeof p !== 'number' || !Number.isInteger(p) || p <= 0) throw new Unsupported(`${fn}() with period ${String(p)}`);
      if (!series.every((v) => typeof v === 'number' && Number.isFinite(v)))
        throw new Unsupported(`${fn}() of null or non-numeric elements`);
      if (series.length < 2 * p) throw new Unsupported(`${fn}() of fewer than two whole periods`);
      const values = series as number[];
      const medians = Array.from({ length: p }, (_, k) => median(values.filter((_, i) => i % p === k)));
      return values.map((_, i) => medians[i % p]!);
    },
  },
];
