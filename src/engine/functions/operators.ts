/**
 * Binary operators keyed by the language service's operator symbol names.
 * Ordering comparisons with null are null; arithmetic with null is null; integer
 * division truncates and integer division by zero is null.
 */
import { QueryError, Unsupported } from '../refusal.js';
import { exactInteger, longValue, toInt32, type Dynamic, type KustoType, type Value } from '../values.js';
import type { BinaryOperator } from './function.js';
import { compileRegex, firstMatch } from './regex.js';
import { asText } from './text.js';

const isInteger = (t: KustoType) => t === 'int' || t === 'long';
const isNumber = (t: KustoType) => t === 'int' || t === 'long' || t === 'real';

function integerResult(resultType: KustoType, n: number, what: string): number {
  // Overflow behaviour of int is not documented: refuse rather than guess.
  if (resultType === 'int' && toInt32(n) !== n) throw new Unsupported(`int overflow in ${what}`);
  return exactInteger(n, what);
}

/** Exact 64-bit integer arithmetic (for longs beyond ±2^53): null for division by zero. */
const BIG: Readonly<Record<string, (a: bigint, b: bigint) => bigint | null>> = {
  Add: (a, b) => a + b,
  Subtract: (a, b) => a - b,
  Multiply: (a, b) => a * b,
  Divide: (a, b) => (b === 0n ? null : a / b),
  Modulo: (a, b) => {
    if (b === 0n) return null;
    const r = a % b;
    return r < 0n ? r + (b < 0n ? -b : b) : r;
  },
};

function bigIntegerResult(resultType: KustoType, name: string, a: number | bigint, b: number | bigint): Value {
  const op = BIG[name];
  if (!op || (typeof a === 'number' && !Number.isSafeInteger(a)) || (typeof b === 'number' && !Number.isSafeInteger(b)))
    throw new Unsupported(`operator ${name} on longs beyond ±2^53`);
  const r = op(BigInt(a), BigInt(b));
  if (r === null) return null;
  const value = longValue(r, `${name} result`);
  if (resultType === 'int') throw new Unsupported(`int overflow in ${name} result`);
  return value;
}

function arithmetic(name: string, ints: (a: number, b: number) => number | null, reals: (a: number, b: number) => number): BinaryOperator {
  return (resultType, [a, b], [ta, tb]) => {
    const right = b as Value;
    if (a === null || right === null) return null;
    if (typeof a === 'bigint' || typeof right === 'bigint') {
      // A long beyond ±2^53 (a bigint) with another integer: exact; with a real: the long as a double.
      if (
        isInteger(ta) &&
        isInteger(tb) &&
        (typeof a === 'number' || typeof a === 'bigint') &&
        (typeof right === 'number' || typeof right === 'bigint')
      )
        return bigIntegerResult(resultType, name, a, right);
      if (
        resultType === 'real' &&
        isNumber(ta) &&
        isNumber(tb) &&
        (typeof a === 'number' || typeof a === 'bigint') &&
        (typeof right === 'number' || typeof right === 'bigint')
      )
        return reals(Number(a), Number(right));
      return ticksArithmetic(name, a, right, ta, tb);
    }
    if (typeof a !== 'number' || typeof right !== 'number') throw new Unsupported(`operator ${name} on ${ta} and ${tb}`);
    if (isInteger(resultType)) {
      const r = ints(a, right);
      if (r === null) return null;
      // Past ±2^53 a double has rounded: redo it in 64-bit integers.
      if (!Number.isSafeInteger(r) && Number.isSafeInteger(a) && Number.isSafeInteger(right) && resultType === 'long')
        return bigIntegerResult(resultType, name, a, right);
      return integerResult(resultType, r, `${name} result`);
    }
    return reals(a, right);
  };
}

/** datetime/timespan arithmetic in ticks. */
function ticksArithmetic(name: string, a: Value, b: Value, ta: KustoType, tb: KustoType): Value {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    if (name === 'Add' && !(ta === 'datetime' && tb === 'datetime')) return a + b;
    if (name === 'Subtract') return a - b;
    if (name === 'Divide' && ta === 'timespan' && tb === 'timespan') {
      if (b === 0n) return null;
      return Number(a) / Number(b);
    }
  }
  if (typeof a === 'bigint' && typeof b === 'number' && ta === 'timespan' && isNumber(tb)) {
    if (name === 'Multiply' && Number.isInteger(b)) return a * BigInt(b);
    if (name === 'Divide' && Number.isInteger(b) && b !== 0 && a % BigInt(b) === 0n) return a / BigInt(b);
  }
  if (typeof b === 'bigint' && typeof a === 'number' && tb === 'timespan' && name === 'Multiply' && Number.isInteger(a))
    return b * BigInt(a);
  throw new Unsupported(`operator ${name} on ${ta} and ${tb}`);
}

/** Kusto's ordering for comparisons: numbers, ticks, strings (ordinal), bools. */
function compare(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return null;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  // A long beyond ±2^53 (bigint) against a number: JS compares the two exactly.
  if ((typeof a === 'bigint' && typeof b === 'number') || (typeof a === 'number' && typeof b === 'bigint')) {
    if (Number.isNaN(a) || Number.isNaN(b)) return null;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined as unknown as null;
}

/** Ordering comparisons: null when either side is null (documented null semantics). */
function comparison(name: string, test: (c: number) => boolean): BinaryOperator {
  return (_r, [a, b], [ta, tb]) => {
    if (ta === 'dynamic' || tb === 'dynamic') throw new Unsupported(`operator ${name} on dynamic values`);
    const c = compare(a, b as Value);
    if (c === undefined) throw new Unsupported(`operator ${name} on ${ta} and ${tb}`);
    return c === null ? null : test(c);
  };
}

/**
 * == and !=: null when both sides are null; when only one side is null, == is
 * false and != is true (as the documentation's null-values examples show).
 */
function equality(negate: boolean): BinaryOperator {
  return (_r, [a, b], [ta, tb]) => {
    if (ta === 'dynamic' || tb === 'dynamic') throw new Unsupported('== on dynamic values');
    const right = b as Value;
    if (a === null && right === null) return null;
    if (a === null || right === null) return negate;
    if (typeof a === 'number' && typeof right === 'number' && (Number.isNaN(a) || Number.isNaN(right)))
      throw new Unsupported('== with NaN');
    const c = compare(a, right);
    if (c === undefined) throw new Unsupported(`== on ${ta} and ${tb}`);
    return negate ? c !== 0 : c === 0;
  };
}

function stringOp(name: string, test: (a: string, b: string) => boolean): BinaryOperator {
  return (_r, [a, b], [ta, tb]) => {
    if (ta !== 'string' || tb !== 'string') throw new Unsupported(`${name} on ${ta} and ${tb}`);
    return test(String(a ?? ''), String(b ?? ''));
  };
}

const lower = (s: string) => s.toLowerCase();

/** `matches regex`: RE2, the right side a pattern (a constant in practice). */
const matchesRegex: BinaryOperator = (_r, [a, b], [ta, tb]) => {
  if (tb !== 'string' || typeof b !== 'string') throw new Unsupported('matches regex with a non-string pattern');
  return firstMatch(compileRegex(b), asText(a as Value, ta)) !== null;
};

/**
 * Terms of a string: maximal runs of ASCII alphanumeric characters (datatypes-string-operators,
 * "What is a term?"). Text outside ASCII, or a needle that is not one term, is refused:
 * how Kusto splits those is not documented precisely enough to reproduce.
 */
export function termsOf(text: string, what: string): string[] {
  if (/[^\x00-\x7f]/.test(text)) throw new Unsupported(`${what} on text outside ASCII`);
  return text.match(/[A-Za-z0-9]+/g) ?? [];
}

function singleTerm(needle: string, what: string): string {
  if (!/^[A-Za-z0-9]+$/.test(needle)) throw new Unsupported(`${what} with a needle that is not a single alphanumeric term`);
  return needle;
}

/** has-family operator: some term of the left side relates to the right side. */
function termOp(name: string, caseSensitive: boolean, relation: (term: string, needle: string) => boolean, negate = false): BinaryOperator {
  return stringOp(name, (a, b) => {
    const needle = singleTerm(caseSensitive ? b : lower(b), name);
    const found = termsOf(caseSensitive ? a : lower(a), name).some((term) => relation(term, needle));
    return negate ? !found : found;
  });
}

const equals = (t: string, n: string) => t === n;
const prefix = (t: string, n: string) => t.startsWith(n);
const suffix = (t: string, n: string) => t.endsWith(n);

/**
 * Kusto's `%` is always a small non-negative number: 0 <= N % D < abs(D)
 * (numerical-operators, "Comment about the modulo operator": -14 % 12 == 10,
 * 14 % -12 == 2, -14 % -12 == 10). Integer modulo by zero is null.
 */
function modulo(a: number, b: number): number | null {
  if (b === 0) return null;
  const r = a % b;
  return r < 0 ? r + Math.abs(b) : r === 0 ? 0 : r;
}

/** The same rule on reals; a tiny negative remainder that rounds up to abs(D) is refused. */
function realModulo(a: number, b: number): number {
  const r = a % b;
  if (!(r < 0)) return r === 0 ? 0 : r;
  const up = r + Math.abs(b);
  if (up >= Math.abs(b)) throw new Unsupported('operator % whose non-negative remainder rounds to the divisor');
  return up;
}

export const BINARY_OPERATORS: ReadonlyMap<string, BinaryOperator> = new Map<string, BinaryOperator>([
  [
    'Add',
    arithmetic(
      'Add',
      (a, b) => a + b,
      (a, b) => a + b,
    ),
  ],
  [
    'Subtract',
    arithmetic(
      'Subtract',
      (a, b) => a - b,
      (a, b) => a - b,
    ),
  ],
  [
    'Multiply',
    arithmetic(
      'Multiply',
      (a, b) => a * b,
      (a, b) => a * b,
    ),
  ],
  [
    'Divide',
    arithmetic(
      'Divide',
      (a, b) => (b === 0 ? null : Math.trunc(a / b)),
      (a, b) => a / b,
    ),
  ],
  ['Modulo', arithmetic('Modulo', modulo, realModulo)],
  ['LessThan', comparison('<', (c) => c < 0)],
  ['LessThanOrEqual', comparison('<=', (c) => c <= 0)],
  ['GreaterThan', comparison('>', (c) => c > 0)],
  ['GreaterThanOrEqual', comparison('>=', (c) => c >= 0)],
  ['Equal', equality(false)],
  ['NotEqual', equality(true)],
  ['EqualTilde', stringOp('=~', (a, b) => lower(a) === lower(b))],
  ['BangTilde', stringOp('!~', (a, b) => lower(a) !== lower(b))],
  ['Contains', stringOp('contains', (a, b) => lower(a).includes(lower(b)))],
  ['NotContains', stringOp('!contains', (a, b) => !lower(a).includes(lower(b)))],
  ['ContainsCs', stringOp('contains_cs', (a, b) => a.includes(b))],
  ['NotContainsCs', stringOp('!contains_cs', (a, b) => !a.includes(b))],
  ['StartsWith', stringOp('startswith', (a, b) => lower(a).startsWith(lower(b)))],
  ['NotStartsWith', stringOp('!startswith', (a, b) => !lower(a).startsWith(lower(b)))],
  ['StartsWithCs', stringOp('startswith_cs', (a, b) => a.startsWith(b))],
  ['NotStartsWithCs', stringOp('!startswith_cs', (a, b) => !a.startsWith(b))],
  ['EndsWith', stringOp('endswith', (a, b) => lower(a).endsWith(lower(b)))],
  ['NotEndsWith', stringOp('!endswith', (a, b) => !lower(a).endsWith(lower(b)))],
  ['EndsWithCs', stringOp('endswith_cs', (a, b) => a.endsWith(b))],
  ['NotEndsWithCs', stringOp('!endswith_cs', (a, b) => !a.endsWith(b))],
  ['MatchRegex', matchesRegex],
  ['Has', termOp('has', false, equals)],
  ['NotHas', termOp('!has', false, equals, true)],
  ['HasCs', termOp('has_cs', true, equals)],
  ['NotHasCs', termOp('!has_cs', true, equals, true)],
  ['HasPrefix', termOp('hasprefix', false, prefix)],
  ['NotHasPrefix', termOp('!hasprefix', false, prefix, true)],
  ['HasPrefixCs', termOp('hasprefix_cs', true, prefix)],
  ['NotHasPrefixCs', termOp('!hasprefix_cs', true, prefix, true)],
  ['HasSuffix', termOp('hassuffix', false, suffix)],
  ['NotHasSuffix', termOp('!hassuffix', false, suffix, true)],
  ['HasSuffixCs', termOp('hassuffix_cs', true, suffix)],
  ['NotHasSuffixCs', termOp('!hassuffix_cs', true, suffix, true)],
  [
    'And',
    (_r, [a, b]) => {
      if (a === false) return false;
      const right = (b as () => Value)();
      if (right === false) return false;
      return a === null || right === null ? null : true;
    },
  ],
  [
    'Or',
    (_r, [a, b]) => {
      if (a === true) return true;
      const right = (b as () => Value)();
      if (right === true) return true;
      return a === null || right === null ? null : false;
    },
  ],
]);

/** Raised for dynamic values that an operator cannot take. */
export function requireScalar(value: Value, what: string): Exclude<Value, Dynamic[] | { [key: string]: Dynamic }> {
  if (typeof value === 'object' && value !== null) throw new QueryError(`${what} expects a scalar value`);
  return value as Exclude<Value, Dynamic[] | { [key: string]: Dynamic }>;
}
