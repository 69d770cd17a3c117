/** Conversions between types, with Kusto's text forms. */
import { Unsupported } from '../refusal.js';
import { dynamicDatetimeText, dynamicText, formatTimespan, type Dynamic, type Value } from '../values.js';
import type { ScalarFunction } from './function.js';

/**
 * Kusto's text of a number. .NET writes the shortest round-trip digits, as JS does,
 * but in exponent form from 1E+15 up and 1E-05 down (JS: from 1e21 and 1e-7), and
 * `-0` for negative zero: those ranges are refused rather than written the JS way.
 */
function numberText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  const size = Math.abs(n);
  if (Object.is(n, -0)) throw new Unsupported('tostring() of negative zero');
  if (size >= 1e15 || (size !== 0 && size < 1e-4)) throw new Unsupported('tostring() of a number written in exponent form');
  return String(n);
}

/** tostring(): empty for null, compact JSON for dynamic. */
export function toKustoString(v: Value | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'bigint') throw new Unsupported('tostring() of datetime/timespan without its type');
  return dynamicText(v as Dynamic);
}

function toNumber(v: Value | undefined, integer: boolean): number | null {
  if (v === undefined) return null;
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return integer ? (Number.isFinite(v) ? Math.trunc(v) : null) : v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    if (integer && !/^[+-]?\d+$/.test(t)) {
      if (/^[+-]?\d+\.\d*$/.test(t)) throw new Unsupported('toint()/tolong() of a decimal string');
      return null;
    }
    const n = Number(t);
    return Number.isNaN(n) && !/^nan$/i.test(t) ? null : n;
  }
  throw new Unsupported('numeric conversion of this type');
}

export const CONVERSION_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'tostring',
    bigLongs: 'handle',
    evaluate: ([v], { argTypes }) => {
      if (typeof v === 'bigint') {
        if (argTypes[0] === 'long' || argTypes[0] === 'int') return v.toString();
        return argTypes[0] === 'datetime' ? dynamicDatetimeText(v) : formatTimespan(v);
      }
      return toKustoString(v);
    },
  },
  {
    name: 'tolong',
    bigLongs: 'handle',
    evaluate: ([v], { argTypes }) => {
      if (typeof v === 'bigint' && argTypes[0] === 'long') return v;
      const n = toNumber(v, true);
      if (n !== null && !Number.isSafeInteger(n)) throw new Unsupported('tolong() beyond ±2^53');
      return n;
    },
  },
  {
    name: 'toint',
    evaluate: ([v]) => {
      const n = toNumber(v, true);
      if (n !== null && (n | 0) !== n) throw new Unsupported('toint() overflow');
      return n;
    },
  },
  // A long beyond ±2^53 becomes the nearest double, as .NET's conversion gives.
  {
    name: 'todouble',
    bigLongs: 'handle',
    evaluate: ([v], { argTypes }) => (typeof v === 'bigint' && argTypes[0] === 'long' ? Number(v) : toNumber(v, false)),
  },
  {
    name: 'toreal',
    bigLongs: 'handle',
    evaluate: ([v], { argTypes }) => (typeof v === 'bigint' && argTypes[0] === 'long' ? Number(v) : toNumber(v, false)),
  },
  {
    name: 'tobool',
    evaluate: ([v]) => {
      if (v === null || typeof v === 'boolean') return v;
      if (typeof v === 'number') return v !== 0;
      if (typeof v === 'string') return /^true$/i.test(v.trim()) ? true : /^false$/i.test(v.trim()) ? false : null;
      throw new Unsupported('tobool() of this type');
    },
  },
];
