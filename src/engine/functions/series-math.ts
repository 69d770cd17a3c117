/**
 * More series_* functions: trigonometry, exp/log/pow/divide, linear fill, dot
 * product, Pearson correlation and statistics. Where Kusto's floating-point
 * evaluation order is not documented, every plausible order is computed and
 * a result is given only when they all agree (exact-or-refuse).
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import { arrayArg } from './arrays.js';
import type { CallContext, ScalarFunction } from './function.js';
import { binary, finite, unary } from './series.js';

/** One value, or a refusal when the candidate computations disagree. */
export function agreed(candidates: number[], fn: string): number {
  const first = candidates[0]!;
  if (candidates.some((c) => !Object.is(c, first) && !(c === 0 && first === 0)))
    throw new Unsupported(`${fn}() whose result depends on the floating-point evaluation order`);
  return finite(first, fn);
}

/** Is a + b exact in doubles (so summation order cannot matter)? */
function sumIsExact(a: number, b: number): boolean {
  const s = a + b;
  const bb = s - a;
  return Number.isFinite(s) && s - bb === a && b === bb;
}

/** Dekker's split: is a * b exact in doubles? */
export function productIsExact(a: number, b: number): boolean {
  const p = a * b;
  if (!Number.isFinite(p)) return false;
  const split = (x: number): [number, number] => {
    const c = 134217729 * x;
    const hi = c - (c - x);
    return [hi, x - hi];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return ah * bh - p + ah * bl + al * bh + al * bl === 0;
}

/** A sum whose every partial sum is exact, so any order gives it. */
export function exactSum(values: number[], fn: string): number {
  let s = 0;
  for (const v of values) {
    if (!sumIsExact(s, v)) throw new Unsupported(`${fn}() of values whose sum is rounded (evaluation order undocumented)`);
    s += v;
  }
  return s;
}

/** The array's elements when all are numbers, else undefined. */
export function numbersOnly(s: Value | undefined, fn: string): number[] | undefined {
  const array = arrayArg(s, fn);
  return array.every((v) => typeof v === 'number') ? (array as number[]) : undefined;
}

// ---- series_fill_linear ----------------------------------------------------

function interpolations(a: number, b: number, k: number, n: number): number[] {
  const step = (b - a) / n;
  let walked = a;
  for (let i = 0; i < k; i++) walked += step;
  return [a + ((b - a) * k) / n, a + (b - a) * (k / n), a + k * step, (a * (n - k) + b * k) / n, walked];
}

function fillLinear(args: Value[], context: CallContext): Value {
  const fn = 'series_fill_linear';
  const series = arrayArg(args[0], fn);
  const placeholder = args.length > 1 ? args[1] : null;
  if (placeholder !== null && typeof placeholder !== 'number')
    throw new Unsupported(`${fn}() with a non-numeric missing_value_placeholder`);
  const edges = args.length > 2 ? args[2] : true;
  if (typeof edges !== 'boolean') throw new Unsupported(`${fn}() with a null fill_edges`);
  const constant = args.length > 3 ? args[3] : 0;
  if (constant !== null && typeof constant !== 'number') throw new Unsupported(`${fn}() with a non-numeric constant_value`);
  if (context.argTypes.slice(1).some((t) => t === 'dynamic')) throw new Unsupported(`${fn}() with dynamic parameters`);
  for (const v of series) {
    if (v !== null && typeof v !== 'number') throw new Unsupported(`${fn}() of an array with non-numeric elements`);
    if (v === null && placeholder !== null) throw new Unsupported(`${fn}() of nulls with a non-null placeholder`);
  }
  const missing = (v: Dynamic | undefined) => v === placeholder;
  const known = series.map((v, i) => (missing(v) ? -1 : i)).filter((i) => i >= 0);
  if (known.length === 0) return series.map(() => constant as Dynamic);
  // Whole-number elements may be longs, whose interpolations Kusto rounds: only whole results are certain.
  const fractional = known.some((i) => !Number.isInteger(series[i]));
  const out = [...series] as Dynamic[];
  const first = known[0]!;
  const last = known.at(-1)!;
  for (let i = 0; i < series.length; i++) {
    if (!missing(series[i])) continue;
    if (i < first || i > last) {
      if (edges) out[i] = series[i < first ? first : last] as Dynamic;
      continue;
    }
    const from = known.filter((k) => k < i).at(-1)!;
    const to = known.find((k) => k > i)!;
    const v = agreed(interpolations(series[from] as number, series[to] as number, i - from, to - from), fn);
    if (!fractional && !Number.isInteger(v))
      throw new Unsupported(`${fn}() interpolating a fraction between whole numbers (int or real array)`);
    out[i] = v;
  }
  return out;
}

// ---- series_dot_product / series_pearson_correlation -------------------------

function seriesOrScalar(args: Value[], i: number, context: CallContext, fn: string): Dynamic[] | number {
  if (context.argTypes[i] === 'dynamic') return arrayArg(args[i], fn);
  const v = args[i];
  if (typeof v !== 'number') throw new Unsupported(`${fn}() with a null or non-numeric scalar`);
  return v;
}

function dotProduct(args: Value[], context: CallContext): Value {
  const fn = 'series_dot_product';
  let a = seriesOrScalar(args, 0, context, fn);
  let b = seriesOrScalar(args, 1, context, fn);
  if (typeof a === 'number' && typeof b === 'number') throw new Unsupported(`${fn}() of two scalars`);
  if (typeof a === 'number') a = (b as Dynamic[]).map(() => a as number);
  if (typeof b === 'number') b = a.map(() => b as number);
  if (a.length === 0 || b.length === 0) return null;
  const sum = exactDot(a, b, fn);
  if (sum === undefined) throw new Unsupported(`${fn}() without numeric pairs`);
  return finite(sum, fn);
}

/**
 * Σ x[i]·y[i] over the shorter length, pairs with a non-numeric element skipped; every
 * product and partial sum must be exact (any order gives it). Undefined without numeric pairs.
 */
export function exactDot(x: readonly Dynamic[], y: readonly Dynamic[], fn: string): number | undefined {
  const products: number[] = [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i];
    const q = y[i];
    if (typeof p !== 'number' || typeof q !== 'number') continue;
    if (!productIsExact(p, q)) throw new Unsupported(`${fn}() with a rounded product (evaluation order undocumented)`);
    products.push(p * q);
  }
  return products.length === 0 ? undefined : exactSum(products, fn);
}

function pearson(args: Value[]): Value {
  const fn = 'series_pearson_correlation';
  const x = arrayArg(args[0], fn);
  const y = arrayArg(args[1], fn);
  if (x.length !== y.length || x.some((v) => typeof v !== 'number') || y.some((v) => typeof v !== 'number')) return null;
  const n = x.length;
  if (n < 2) throw new Unsupported(`${fn}() of fewer than two elements`);
  const xs = x as number[];
  const ys = y as number[];
  const sx = exactSum(xs, fn);
  const sy = exactSum(ys, fn);
  const product = (a: number, b: number) => {
    if (!productIsExact(a, b)) throw new Unsupported(`${fn}() with a rounded product (evaluation order undocumented)`);
    return a * b;
  };
  const sxy = exactSum(
    xs.map((v, i) => product(v, ys[i]!)),
    fn,
  );
  const sxx = exactSum(
    xs.map((v) => product(v, v)),
    fn,
  );
  const syy = exactSum(
    ys.map((v) => product(v, v)),
    fn,
  );
  const mx = sx / n;
  const my = sy / n;
  const cxy = xs.reduce((t, v, i) => t + (v - mx) * (ys[i]! - my), 0);
  const cxx = xs.reduce((t, v) => t + (v - mx) ** 2, 0);
  const cyy = ys.reduce((t, v) => t + (v - my) ** 2, 0);
  const rxy = n * sxy - sx * sy;
  const rxx = n * sxx - sx * sx;
  const ryy = n * syy - sy * sy;
  // The documented example (exactly 1) rules out the forms with two square roots.
  return agreed([cxy / Math.sqrt(cxx * cyy), rxy / Math.sqrt(rxx * ryy)], fn);
}

// ---- series_stats / series_stats_dynamic ------------------------------------

interface Stats {
  min: number;
  min_idx: number;
  max: number;
  max_idx: number;
  avg: number;
  stdev: number;
  variance: number;
  sum: number;
  len: number;
}

function stats(args: Value[], fn: string): Stats {
  if (args.length > 1 && args[1] !== false) throw new Unsupported(`${fn}() with ignore_nonfinite`);
  const values = numbersOnly(args[0], fn);
  // With non-finite elements the documented result is null, but not which statistics.
  if (!values) throw new Unsupported(`${fn}() of an array with null or non-numeric elements`);
  const n = values.length;
  if (n < 2) throw new Unsupported(`${fn}() of fewer than two elements`);
  let minIdx = 0;
  let maxIdx = 0;
  values.forEach((v, i) => {
    if (v < values[minIdx]!) minIdx = i;
    if (v > values[maxIdx]!) maxIdx = i;
  });
  const sum = exactSum(values, fn);
  const squares = exactSum(
    values.map((v) => {
      if (!productIsExact(v, v)) throw new Unsupported(`${fn}() with a rounded square (evaluation order undocumented)`);
      return v * v;
    }),
    fn,
  );
  const avg = sum / n;
  // Welford's running mean and squared deviations, a common one-pass form.
  let mean = 0;
  let m2 = 0;
  values.forEach((v, i) => {
    const d = v - mean;
    mean += d / (i + 1);
    m2 += d * (v - mean);
  });
  // The documented example's variance matches these two forms (not the two-pass centered one).
  const variance = agreed([(n * squares - sum * sum) / (n * (n - 1)), m2 / (n - 1)], fn);
  return {
    min: values[minIdx]!,
    min_idx: minIdx,
    max: values[maxIdx]!,
    max_idx: maxIdx,
    // The documented avg (32.8) is sum / n, not the running mean.
    avg,
    stdev: finite(Math.sqrt(variance), fn),
    variance,
    sum,
    len: n,
  };
}

export const SERIES_MATH_FUNCTIONS: readonly ScalarFunction[] = [
  unary('series_sin', Math.sin),
  unary('series_cos', Math.cos),
  unary('series_tan', Math.tan),
  unary('series_asin', Math.asin),
  unary('series_acos', Math.acos),
  unary('series_atan', Math.atan),
  unary('series_exp', Math.exp),
  unary('series_log', Math.log),
  binary('series_pow', (a, b) => a ** b),
  binary('series_divide', (a, b) => a / b),
  { name: 'series_fill_linear', evaluate: fillLinear },
  { name: 'series_dot_product', evaluate: dotProduct },
  { name: 'series_pearson_correlation', evaluate: pearson },
  {
    // A tuple: its parts in the binder's order (min, min_idx, max, max_idx, avg, stdev, variance).
    name: 'series_stats',
    evaluate: (args) => {
      const s = stats(args, 'series_stats');
      return [s.min, s.min_idx, s.max, s.max_idx, s.avg, s.stdev, s.variance];
    },
  },
  {
    name: 'series_stats_dynamic',
    evaluate: (args) => {
      const s = stats(args, 'series_stats_dynamic');
      return {
        min: s.min,
        min_idx: s.min_idx,
        max: s.max,
        max_idx: s.max_idx,
        avg: s.avg,
        stdev: s.stdev,
        variance: s.variance,
        sum: s.sum,
        len: s.len,
      };
    },
  },
];
