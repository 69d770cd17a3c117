/**
 * decimal functions: todecimal() and parse_version() (Kusto docs). Decimal values are
 * canonical text (decimal.ts).
 */
import {
  compareDecimals,
  decimalArithmetic,
  decimalFromInteger,
  decimalFromReal,
  decimalText,
  parseDecimal,
  partsOf,
  type DecimalParts,
} from '../decimal.js';
import { Unsupported } from '../refusal.js';
import type { KustoType, Value } from '../values.js';
import type { BinaryOperator, ScalarFunction } from './function.js';

const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const VERSION = /^\d{1,8}(?:\.\d{1,8}){0,3}$/;

export const DECIMAL_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'todecimal',
    evaluate: ([v], { argTypes }) => {
      if (v === null || v === undefined) return null;
      const type = argTypes[0];
      if (type === 'decimal') return v;
      if ((type === 'int' || type === 'long') && (typeof v === 'number' || typeof v === 'bigint')) return decimalFromInteger(v);
      if (type === 'real' && typeof v === 'number') return decimalFromReal(v);
      if (type === 'string' && typeof v === 'string') {
        if (PLAIN_NUMBER.test(v)) {
          const parts = parseDecimal(v)!;
          return decimalText(parts.m, parts.scale, 'todecimal()');
        }
        // No digits: the conversion fails (null); any other layout is not documented.
        if (!/\d/.test(v)) return null;
        throw new Unsupported('todecimal() of text that is not a plain decimal number');
      }
      throw new Unsupported(`todecimal() of a ${type} value`);
    },
    bigLongs: 'handle',
  },
  {
    // One to four dot-separated parts of up to 8 digits; missing parts are trailing zeros:
    // the parts are the 8-digit groups of one number (1.2.3.4 = 1 00000002 00000003 00000004).
    name: 'parse_version',
    evaluate: ([v]) => {
      if (typeof v !== 'string') return null;
      if (!VERSION.test(v)) {
        if (/\s/.test(v) && /\d/.test(v)) throw new Unsupported('parse_version() of a version with white space');
        return null;
      }
      const parts = v.split('.');
      let n = 0n;
      for (let i = 0; i < 4; i++) n = n * 100_000_000n + BigInt(parts[i] ?? '0');
      return decimalText(n, 0, 'parse_version()');
    },
  },
];

/** Functions that take or return decimals as such; the rest would read a decimal's text as a string. */
const DECIMAL_AWARE: ReadonlySet<string> = new Set(['todecimal', 'parse_version', 'iff', 'iif', 'case', 'coalesce', 'isnull', 'isnotnull']);

/** Why a call of `name` with these types is refused, or undefined when it may run. */
export function decimalRefusal(name: string, argTypes: readonly string[], resultType: string): string | undefined {
  if (DECIMAL_AWARE.has(name) || !(argTypes.includes('decimal') || resultType === 'decimal')) return undefined;
  return `${name}() of a decimal value`;
}

const ORDERING: Readonly<Record<string, (c: number) => boolean>> = {
  LessThan: (c) => c < 0,
  LessThanOrEqual: (c) => c <= 0,
  GreaterThan: (c) => c > 0,
  GreaterThanOrEqual: (c) => c >= 0,
};

/** A decimal operand (decimal, int or long) as parts. */
function operand(v: Value, type: KustoType): DecimalParts {
  if (type === 'decimal' && typeof v === 'string') return partsOf(v);
  if ((type === 'int' || type === 'long') && (typeof v === 'number' || typeof v === 'bigint')) return partsOf(decimalFromInteger(v));
  throw new Unsupported(`a ${type} operand of a decimal operator`);
}

/**
 * A binary operator with a decimal operand: exact + - * and comparisons of decimals with
 * decimals, ints and longs (null semantics as for other numbers); anything else (division,
 * modulo, reals, strings) is refused.
 */
export function decimalOperator(name: string): BinaryOperator {
  return (resultType, [a, bLazy], [ta, tb]) => {
    const b = bLazy as Value;
    const exact = (ta === 'decimal' || ta === 'int' || ta === 'long') && (tb === 'decimal' || tb === 'int' || tb === 'long');
    if (!exact) throw new Unsupported(`operator ${name} on ${ta} and ${tb}`);
    if (name === 'Add' || name === 'Subtract' || name === 'Multiply') {
      if (resultType !== 'decimal') throw new Unsupported(`operator ${name} on ${ta} and ${tb} giving ${resultType}`);
      if (a === null || b === null) return null;
      return decimalArithmetic(name, operand(a, ta), operand(b, tb));
    }
    if (name === 'Equal' || name === 'NotEqual') {
      const negate = name === 'NotEqual';
      if (a === null && b === null) return null;
      if (a === null || b === null) return negate;
      return (compareDecimals(operand(a, ta), operand(b, tb)) === 0) !== negate;
    }
    const test = ORDERING[name];
    if (!test) throw new Unsupported(`operator ${name} on decimal values`);
    if (a === null || b === null) return null;
    return test(compareDecimals(operand(a, ta), operand(b, tb)));
  };
}

/** A datatable value for a decimal column: decimals as they are, ints, longs and exact reals converted. */
export function decimalCell(value: Value, type: KustoType): Value {
  if (value === null || type === 'decimal') return value;
  if ((type === 'int' || type === 'long') && (typeof value === 'number' || typeof value === 'bigint')) return decimalFromInteger(value);
  if (type === 'real' && typeof value === 'number') return decimalFromReal(value);
  throw new Unsupported(`a ${type} value in a decimal column`);
}
