/**
 * series_magnitude, series_cosine_similarity, series_fit_line(_dynamic) and series_iir.
 * Kusto does not document its floating-point evaluation order, so every plausible
 * textbook order is computed and a result is given only when they all agree
 * (exact-or-refuse, as in series-math.ts).
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import { arrayArg } from './arrays.js';
import type { ScalarFunction } from './function.js';
import { finite } from './series.js';
import { agreed, exactDot, numbersOnly } from './series-math.js';

// ---- series_magnitude / series_cosine_similarity ----------------------------

/** √(series · series): the docs define it as the square root of the dot product with itself. */
function magnitude(args: Value[]): Value {
  const fn = 'series_magnitude';
  const series = arrayArg(args[0], fn);
  // series_dot_product of an empty array is null (documented), and so its square root.
  if (series.length === 0) return null;
  const squares = exactDot(series, series, fn);
  if (squares === undefined) throw new Unsupported(`${fn}() without numeric elements`);
  return finite(Math.sqrt(squares), fn);
}

/** A given magnitude (a real), or undefined when the argument is absent. */
function givenMagnitude(args: Value[], i: number, fn: string): number | undefined {
  if (args.length <= i) return undefined;
  const v = args[i];
  if (typeof v !== 'number') throw new Unsupported(`${fn}() with a null or non-numeric magnitude`);
  return v;
}

function cosineSimilarity(args: Value[]): Value {
  const fn = 'series_cosine_similarity';
  const x = arrayArg(args[0], fn);
  const y = arrayArg(args[1], fn);
  if (x.length === 0 || y.length === 0) return null;
  const m1 = givenMagnitude(args, 2, fn);
  const m2 = givenMagnitude(args, 3, fn);
  const dot = exactDot(x, y, fn);
  if (dot === undefined) throw new Unsupported(`${fn}() without numeric pairs`);
  // Whether a computed magnitude covers the truncated or ignored elements is not documented.
  const ownSquares = (s: Dynamic[], given: number | undefined): number | undefined => {
    if (given !== undefined) return undefined;
    if (x.length !== y.length || s.some((v) => typeof v !== 'number'))
      throw new Unsupported(`${fn}() computing the magnitude of series of different lengths or with non-numeric elements`);
    return exactDot(s, s, fn)!;
  };
  const s1 = ownSquares(x, m1);
  const s2 = ownSquares(y, m2);
  const l1 = m1 ?? Math.sqrt(s1!);
  const l2 = m2 ?? Math.sqrt(s2!);
  const candidates = [dot / (l1 * l2), dot / l1 / l2, dot / l2 / l1];
  if (s1 !== undefined && s2 !== undefined) candidates.push(dot / Math.sqrt(s1 * s2));
  return agreed(candidates, fn);
}

// ---- series_fit_line / series_fit_line_dynamic ------------------------------

interface Line {
  rsquare: number;
  slope: number;
  variance: number;
  rvariance: number;
  interception: number;
  line_fit: number[];
}

const forward = (v: readonly number[]) => v.reduce((t, a) => t + a, 0);
const pairwise = (v: readonly number[]): number =>
  v.length <= 2 ? forward(v) : pairwise(v.slice(0, v.length >> 1)) + pairwise(v.slice(v.length >> 1));

/** The candidate values of one output, over the plausible formulas and summation orders. */
function lineCandidates(y: readonly number[], sum: (v: readonly number[]) => number) {
  const n = y.length;
  // The docs' example (line_fit[0] = slope + interception) puts the first element at x = 1.
  const x = y.map((_, i) => i + 1);
  const sx = sum(x);
  const sy = sum(y);
  const sxx = sum(x.map((v) => v * v));
  const sxy = sum(x.map((v, i) => v * y[i]!));
  const syy = sum(y.map((v) => v * v));
  const mx = sx / n;
  const my = sy / n;
  const cxx = sum(x.map((v) => (v - mx) * (v - mx)));
  const cxy = sum(x.map((v, i) => (v - mx) * (y[i]! - my)));
  const sst = sum(y.map((v) => (v - my) * (v - my)));
  let mean = 0;
  let m2 = 0;
  y.forEach((v, i) => {
    const d = v - mean;
    mean += d / (i + 1);
    m2 += d * (v - mean);
  });
  const slopes = [(n * sxy - sx * sy) / (n * sxx - sx * sx), cxy / cxx, (sxy / n - mx * my) / (sxx / n - mx * mx)];
  const lines = slopes.flatMap((a) => [
    { a, b: (sy - a * sx) / n },
    { a, b: my - a * mx },
  ]);
  const intercepts = [...lines.map((l) => l.b), (sxx * sy - sx * sxy) / (n * sxx - sx * sx)];
  const fits = lines.flatMap(({ a, b }) => [x.map((v) => a * v + b), x.map((v) => my + a * (v - mx))]);
  // The docs' example (variance 98.628, rvariance 1.686) divides both sums of squares by n - 1.
  const totals = [sst, syy - (sy * sy) / n, syy - n * my * my, m2];
  const variances = [...totals.map((t) => t / (n - 1)), (n * syy - sy * sy) / (n * (n - 1))];
  const residuals = [
    ...fits.map((f) => sum(y.map((v, i) => (v - f[i]!) * (v - f[i]!)))),
    ...slopes.flatMap((a) => [sst - a * cxy, sst - a * a * cxx]),
  ];
  const rvariances = residuals.map((r) => r / (n - 1));
  const rsquares = [
    ...residuals.flatMap((r) => totals.map((t) => 1 - r / t)),
    ...rvariances.flatMap((r) => variances.map((v) => 1 - r / v)),
    (cxy * cxy) / (cxx * sst),
    ...slopes.map((a) => (a * cxy) / sst),
  ];
  return { slopes, intercepts, fits, variances, rvariances, rsquares };
}

function fitLine(series: Value | undefined, fn: string): Line {
  const y = numbersOnly(series, fn);
  if (!y) throw new Unsupported(`${fn}() of an array with null or non-numeric elements`);
  if (y.length < 2) throw new Unsupported(`${fn}() of fewer than two elements`);
  // A constant series has no r-square (0 / 0): what Kusto returns then is not documented.
  if (y.every((v) => v === y[0])) throw new Unsupported(`${fn}() of a constant series`);
  const orders = [lineCandidates(y, forward), lineCandidates(y, pairwise)];
  const all = (k: 'slopes' | 'intercepts' | 'variances' | 'rvariances' | 'rsquares') =>
    agreed(
      orders.flatMap((o) => o[k]),
      fn,
    );
  const fits = orders.flatMap((o) => o.fits);
  return {
    rsquare: all('rsquares'),
    slope: all('slopes'),
    variance: all('variances'),
    rvariance: all('rvariances'),
    interception: all('intercepts'),
    line_fit: y.map((_, i) =>
      agreed(
        fits.map((f) => f[i]!),
        fn,
      ),
    ),
  };
}

// ---- series_iir --------------------------------------------------------------

function coefficients(v: Value | undefined, what: string, fn: string): number[] {
  const c = numbersOnly(v, fn);
  if (!c || c.length === 0) throw new Unsupported(`${fn}() with empty, null or non-numeric ${what}`);
  return c;
}

/** Direct form, y[i] = (Σ b[k]·x[i-k] − Σ a[k]·y[i-k]) / a[0], x and y zero before the series. */
function directForm(x: number[], b: number[], a: number[], order: 'forward' | 'reverse' | 'running'): number[] {
  const y: number[] = [];
  const at = (s: number[], j: number) => (j >= 0 ? s[j]! : 0);
  const ks = (len: number, from: number) => {
    const k = Array.from({ length: Math.max(0, len - from) }, (_, i) => i + from);
    return order === 'reverse' ? k.reverse() : k;
  };
  for (let i = 0; i < x.length; i++) {
    let acc = 0;
    for (const k of ks(b.length, 0)) acc += b[k]! * at(x, i - k);
    if (order === 'running') for (const k of ks(a.length, 1)) acc -= a[k]! * at(y, i - k);
    else acc -= ks(a.length, 1).reduce((t, k) => t + a[k]! * at(y, i - k), 0);
    y.push(acc / a[0]!);
  }
  return y;
}

/** Coefficients divided by a[0] first: direct form and transposed direct form II. */
function normalizedForms(x: number[], b0: number[], a0: number[]): number[][] {
  const b = b0.map((v) => v / a0[0]!);
  const a = a0.map((v) => v / a0[0]!);
  const direct = directForm(x, b, a, 'running');
  const m = Math.max(a.length, b.length);
  const coef = (c: number[], k: number) => (k < c.length ? c[k]! : 0);
  const z = new Array<number>(m).fill(0);
  const transposed = x.map((v) => {
    const out = coef(b, 0) * v + z[0]!;
    for (let k = 1; k < m; k++) z[k - 1] = coef(b, k) * v + z[k]! - coef(a, k) * out;
    return out;
  });
  return [direct, transposed];
}

function iir(args: Value[]): Value {
  const fn = 'series_iir';
  const x = numbersOnly(args[0], fn);
  // What the filter does with a null or non-numeric element is not documented.
  if (!x) throw new Unsupported(`${fn}() of an array with null or non-numeric elements`);
  const b = coefficients(args[1], 'numerators', fn);
  const a = coefficients(args[2], 'denominators', fn);
  // The docs: a[0] mustn't be zero.
  if (a[0] === 0) throw new Unsupported(`${fn}() with a zero first denominator`);
  const paths = [
    directForm(x, b, a, 'forward'),
    directForm(x, b, a, 'reverse'),
    directForm(x, b, a, 'running'),
    ...normalizedForms(x, b, a),
  ];
  return x.map((_, i) =>
    agreed(
      paths.map((p) => p[i]!),
      fn,
    ),
  );
}

export const SERIES_FIT_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'series_magnitude', evaluate: magnitude },
  { name: 'series_cosine_similarity', evaluate: cosineSimilarity },
  {
    // A tuple: its parts in the binder's order (rsquare, slope, variance, rvariance, interception, line_fit).
    name: 'series_fit_line',
    evaluate: ([s]) => {
      const l = fitLine(s, 'series_fit_line');
      return [l.rsquare, l.slope, l.variance, l.rvariance, l.interception, l.line_fit];
    },
  },
  {
    name: 'series_fit_line_dynamic',
    evaluate: ([s]) => {
      const l = fitLine(s, 'series_fit_line_dynamic');
      return { ...l };
    },
  },
  { name: 'series_iir', evaluate: iir },
];
