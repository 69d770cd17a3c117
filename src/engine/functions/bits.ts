/**
 * Bitwise functions on 64-bit two's-complement longs (binary_and, binary_or,
 * binary_xor, binary_not, binary_shift_left/right, bitset_count_ones). A result
 * beyond ±2^53 is refused rather than rounded.
 */
import { Unsupported } from '../refusal.js';
import type { Value } from '../values.js';
import type { ScalarFunction } from './function.js';

function long(v: Value | undefined, what: string): bigint | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Unsupported(`${what} of a non-integer value`);
  return BigInt(v);
}

function result(n: bigint, what: string): number {
  const wrapped = BigInt.asIntN(64, n);
  if (wrapped > BigInt(Number.MAX_SAFE_INTEGER) || wrapped < -BigInt(Number.MAX_SAFE_INTEGER))
    throw new Unsupported(`${what} result beyond ±2^53`);
  return Number(wrapped);
}

function binary(name: string, op: (a: bigint, b: bigint) => bigint | null): ScalarFunction {
  const what = `${name}()`;
  return {
    name,
    evaluate: ([x, y]) => {
      const a = long(x, what);
      const b = long(y, what);
      if (a === null || b === null) return null;
      const r = op(a, b);
      return r === null ? null : result(r, what);
    },
  };
}

export const BIT_FUNCTIONS: readonly ScalarFunction[] = [
  binary('binary_and', (a, b) => a & b),
  binary('binary_or', (a, b) => a | b),
  binary('binary_xor', (a, b) => a ^ b),
  // value << (shift % 64); a negative shift gives null (documented).
  binary('binary_shift_left', (a, s) => (s < 0n ? null : BigInt.asIntN(64, a << (s % 64n)))),
  binary('binary_shift_right', (a, s) => {
    // Whether a negative value shifts in sign bits or zeros is not documented.
    if (a < 0n) throw new Unsupported('binary_shift_right() of a negative value');
    return s < 0n ? null : a >> (s % 64n);
  }),
  {
    name: 'binary_not',
    evaluate: ([x]) => {
      const a = long(x, 'binary_not()');
      return a === null ? null : result(~a, 'binary_not()');
    },
  },
  {
    name: 'bitset_count_ones',
    evaluate: ([x], { argTypes }) => {
      const a = long(x, 'bitset_count_ones()');
      if (a === null) return null;
      // A negative int: 32 or 64 set sign bits is not documented.
      if (a < 0n && argTypes[0] !== 'long') throw new Unsupported('bitset_count_ones() of a negative int');
      return [...BigInt.asUintN(64, a).toString(2)].filter((c) => c === '1').length;
    },
  },
];
