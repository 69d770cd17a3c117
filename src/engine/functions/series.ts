/** Element-wise series_* functions over numeric dynamic arrays (only the exact ones). */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import { arrayArg, dynamicArg } from './arrays.js';
import type { ScalarFunction } from './function.js';

/** A finite result, or a refusal (non-finite reals have no dynamic form here). */
export function finite(n: number, fn: string): number {
  if (!Number.isFinite(n)) throw new Unsupported(`${fn}() producing a non-finite value`);
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) throw new Unsupported(`${fn}() beyond ±2^53`);
  return Object.is(n, -0) ? 0 : n;
}

/** Non-numeric elements yield null (documented for each of these). */
export function unary(name: string, f: (n: number) => number): ScalarFunction {
  return {
    name,
    evaluate: ([s]) => arrayArg(s, name).map((v) => (typeof v === 'number' ? finite(f(v), name) : null)),
  };
}

/** Non-numeric or missing elements (arrays of different lengths) yield null. */
export function binary(name: string, f: (a: number, b: number) => Dynamic): ScalarFunction {
  return {
    name,
    evaluate: ([s1, s2]) => {
      const a = arrayArg(s1, name);
      const b = arrayArg(s2, name);
      return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => {
        const x = a[i];
        const y = b[i];
        if (typeof x !== 'number' || typeof y !== 'number') return null;
        const r = f(x, y);
        return typeof r === 'number' ? finite(r, name) : r;
      });
    },
  };
}

function allNumbers(s: Value | undefined, fn: string): number[] {
  const array = arrayArg(s, fn);
  if (array.length === 0 || array.some((v) => typeof v !== 'number'))
    throw new Unsupported(`${fn}() of an empty array or one with non-numeric elements`);
  return array as number[];
}

/** Fill placeholder elements with the nearest earlier (forward) or later (backward) real value. */
function fill(name: string, forward: boolean): ScalarFunction {
  return {
    name,
    evaluate: (args, context) => {
      const placeholder = args.length > 1 ? dynamicArg(args, 1, context) : null;
      const series = [...arrayArg(args[0], name)];
      const order = series.map((_, i) => (forward ? i : series.length - 1 - i));
      let last: Dynamic | undefined;
      for (const i of order) {
        if (series[i] === placeholder) {
          if (last !== undefined) series[i] = last;
        } else last = series[i] as Dynamic;
      }
      return series;
    },
  };
}

export const SERIES_FUNCTIONS: readonly ScalarFunction[] = [
  unary('series_abs', Math.abs),
  unary('series_sign', Math.sign),
  unary('series_floor', Math.floor),
  unary('series_ceiling', Math.ceil),
  binary('series_add', (a, b) => a + b),
  binary('series_subtract', (a, b) => a - b),
  binary('series_multiply', (a, b) => a * b),
  binary('series_greater', (a, b) => a > b),
  binary('series_greater_equals', (a, b) => a >= b),
  binary('series_less', (a, b) => a < b),
  binary('series_less_equals', (a, b) => a <= b),
  binary('series_equals', (a, b) => a === b),
  binary('series_not_equals', (a, b) => a !== b),
  {
    name: 'series_sum',
    evaluate: ([s]) =>
      finite(
        allNumbers(s, 'series_sum').reduce((t, v) => t + v, 0),
        'series_sum',
      ),
  },
  {
    name: 'series_product',
    evaluate: ([s]) =>
      finite(
        allNumbers(s, 'series_product').reduce((t, v) => t * v, 1),
        'series_product',
      ),
  },
  fill('series_fill_forward', true),
  fill('series_fill_backward', false),
  {
    name: 'series_fill_const',
    evaluate: (args, context) => {
      const fill = dynamicArg(args, 1, context);
      const placeholder = args.length > 2 ? dynamicArg(args, 2, context) : null;
      const series = arrayArg(args[0], 'series_fill_const');
      // The array keeps its element type: a fractional fill into whole numbers would be converted.
      if (typeof fill === 'number' && !Number.isInteger(fill) && series.some((v) => typeof v === 'number' && Number.isInteger(v)))
        throw new Unsupported('series_fill_const() of a fractional value into whole numbers');
      return series.map((v) => (v === placeholder ? fill : v));
    },
  },
];
