/**
 * Numeric functions: powers, logarithms, trigonometry, rounding, classification,
 * gamma at small integers, max_of/min_of and around. Null in, null out. Results
 * are IEEE doubles (as Kusto's are); integer results follow the binder's result
 * type and stay within ±2^53 or are refused.
 */
import { Unsupported } from '../refusal.js';
import { exactInteger, type KustoType, type Value } from '../values.js';
import { DATETIME_FUNCTIONS } from './datetime.js';
import type { CallContext, ScalarFunction } from './function.js';

function num(v: Value | undefined, what: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number') throw new Unsupported(`${what} of a non-numeric value`);
  return v;
}

/** A one-argument real function; `domain` false means the documented null. */
function real1(name: string, f: (x: number) => number | boolean, domain: (x: number) => boolean = () => true): ScalarFunction {
  return {
    name,
    evaluate: ([v]) => {
      const x = num(v, `${name}()`);
      if (x === null) return null;
      return domain(x) ? f(x) : null;
    },
  };
}

/** log/log2/log10: null for negative input (documented); log of 0 is not documented. */
function logarithm(name: string, f: (x: number) => number): ScalarFunction {
  return real1(
    name,
    (x) => {
      if (x === 0) throw new Unsupported(`${name}(0)`);
      return f(x);
    },
    (x) => !(x < 0),
  );
}

const isInteger = (t: KustoType) => t === 'int' || t === 'long';

/** (n-1)! for the integers where it is exact in a double (gamma(24) = 23! is not). */
function smallGamma(x: number, what: string): number {
  if (!Number.isInteger(x) || x < 1 || x > 23) throw new Unsupported(`${what} of ${x} (only exact at integers 1..23)`);
  let product = 1;
  for (let k = 2; k < x; k++) product *= k;
  return product;
}

/** round(x, digits): ties are refused, as the documentation does not say which way they go. */
function round(x: number, digits: number, integer: boolean, what: string): number {
  if (!Number.isFinite(x)) return x;
  if (integer && digits >= 0) return x;
  const scale = 10 ** Math.abs(digits);
  const scaled = digits >= 0 ? x * scale : x / scale;
  // Past 2^52 every double is whole: scaling back may not return x itself.
  if (!Number.isFinite(scaled) || Math.abs(scaled) >= 2 ** 52) throw new Unsupported(`${what} at this precision`);
  const floor = Math.floor(scaled);
  // A tie (after scaling, as round(2.15, 1) = 2.2 shows) is taken only where half-up,
  // half-away-from-zero and half-to-even agree: positive, with an odd floor.
  if (scaled - floor === 0.5 && !(scaled > 0 && floor % 2 === 1)) throw new Unsupported(`${what} of a value halfway between two results`);
  const r = scaled - floor < 0.5 ? floor : floor + 1;
  const result = digits >= 0 ? r / scale : r * scale;
  return integer ? exactInteger(result, what) : result;
}

/** The ordering key of max_of/min_of arguments: numbers and datetimes/timespans. */
function extreme(name: string, pick: (a: number | bigint, b: number | bigint) => boolean): ScalarFunction {
  return {
    name,
    evaluate: (args, { argTypes, resultType }) => {
      if (!['int', 'long', 'real', 'datetime', 'timespan'].includes(resultType)) throw new Unsupported(`${name}() of ${resultType} values`);
      let best: number | bigint | null = null;
      args.forEach((a, i) => {
        if (a === null) return;
        if (typeof a !== 'number' && typeof a !== 'bigint') throw new Unsupported(`${name}() of ${argTypes[i]} values`);
        if (typeof a === 'number' && Number.isNaN(a)) throw new Unsupported(`${name}() with NaN`);
        if (best === null || pick(a, best)) best = a;
      });
      return best;
    },
  };
}

const bin = DATETIME_FUNCTIONS.find((f) => f.name === 'bin')!;

export const MATH_FUNCTIONS_MORE: readonly ScalarFunction[] = [
  { name: 'pi', evaluate: () => Math.PI },
  real1('sqrt', Math.sqrt, (x) => x >= 0),
  real1('exp', Math.exp),
  real1('exp2', (x) => 2 ** x),
  real1('exp10', (x) => 10 ** x),
  logarithm('log', Math.log),
  logarithm('log2', Math.log2),
  logarithm('log10', Math.log10),
  real1('sin', Math.sin),
  real1('cos', Math.cos),
  real1('tan', Math.tan),
  real1('asin', Math.asin, (x) => x >= -1 && x <= 1),
  real1('acos', Math.acos, (x) => x >= -1 && x <= 1),
  real1('atan', Math.atan),
  // cot(x) = 1 / tan(x) (documented definition).
  real1('cot', (x) => 1 / Math.tan(x)),
  // The documented formulas: degrees = (180 / pi) * radians; radians = (pi / 180) * degrees.
  real1('degrees', (x) => (180 / Math.PI) * x),
  real1('radians', (x) => (Math.PI / 180) * x),
  real1('isnan', Number.isNaN),
  real1('isinf', (x) => x === Infinity || x === -Infinity),
  real1('isfinite', Number.isFinite),
  real1('gamma', (x) => smallGamma(x, 'gamma()')),
  real1('loggamma', (x) => Math.log(smallGamma(x, 'loggamma()'))),
  real1('sign', (x) => {
    if (Number.isNaN(x)) throw new Unsupported('sign(NaN)');
    return x > 0 ? 1 : x < 0 ? -1 : 0;
  }),
  {
    name: 'atan2',
    evaluate: ([y, x]) => {
      const a = num(y, 'atan2()');
      const b = num(x, 'atan2()');
      return a === null || b === null ? null : Math.atan2(a, b);
    },
  },
  {
    name: 'pow',
    evaluate: ([b, e], { resultType }) => {
      const x = num(b, 'pow()');
      const y = num(e, 'pow()');
      if (x === null || y === null) return null;
      const r = x ** y;
      return isInteger(resultType) ? exactInteger(r, 'pow()') : r;
    },
  },
  {
    name: 'ceiling',
    evaluate: ([v], { resultType }) => {
      const x = num(v, 'ceiling()');
      if (x === null) return null;
      return isInteger(resultType) ? x : Math.ceil(x);
    },
  },
  {
    // floor() is bin(); floor(x, 1) of a real is its integer floor.
    name: 'floor',
    evaluate: (args, context: CallContext) => {
      const [v, size] = args;
      if (typeof v === 'number' && size === 1 && context.argTypes[0] === 'real') return Math.floor(v);
      return bin.evaluate(args, context);
    },
  },
  {
    name: 'round',
    evaluate: ([v, p], { argTypes }) => {
      const x = num(v, 'round()');
      if (x === null || p === null) return null;
      const digits = p === undefined ? 0 : p;
      if (typeof digits !== 'number' || !Number.isInteger(digits)) throw new Unsupported('round() with this precision');
      return round(x, digits, isInteger(argTypes[0] as KustoType), 'round()');
    },
  },
  extreme('max_of', (a, b) => a > b),
  extreme('min_of', (a, b) => a < b),
  {
    name: 'around',
    evaluate: ([v, c, d]) => {
      if (v === null || c === null || d === null) return null;
      if (typeof v === 'bigint' && typeof c === 'bigint' && typeof d === 'bigint') return v >= c - d && v <= c + d;
      if (typeof v === 'number' && typeof c === 'number' && typeof d === 'number') return v >= c - d && v <= c + d;
      throw new Unsupported('around() of mixed types');
    },
  },
];
