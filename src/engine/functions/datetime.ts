/** Time functions; now() is fixed per query (the test's or the request's now). */
import { Unsupported } from '../refusal.js';
import type { ScalarFunction } from './function.js';

/** The start of the bin of a positive size that holds value: ticks, or whole numbers (bin()'s exact cases). */
export function binStart(value: bigint, size: bigint): bigint;
export function binStart(value: number, size: number): number;
export function binStart(value: bigint | number, size: bigint | number): bigint | number {
  if (typeof value === 'bigint' && typeof size === 'bigint') {
    const r = value % size;
    return value - (r < 0n ? r + size : r);
  }
  return Math.floor((value as number) / (size as number)) * (size as number);
}

export const DATETIME_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'now',
    evaluate: (args, { now }) => {
      if (args.length > 0) {
        const offset = args[0];
        return typeof offset === 'bigint' ? now + offset : null;
      }
      return now;
    },
  },
  { name: 'ago', evaluate: ([span], { now }) => (typeof span === 'bigint' ? now - span : null) },
  {
    name: 'bin',
    evaluate: ([value, size], { argTypes, resultType }) => {
      if (value === null || size === null) return null;
      if (typeof value === 'bigint' && typeof size === 'bigint') {
        if (size <= 0n) return null;
        return binStart(value, size);
      }
      if (
        typeof value === 'number' &&
        typeof size === 'number' &&
        (argTypes[0] === 'long' || argTypes[0] === 'int') &&
        Number.isInteger(size)
      ) {
        if (size <= 0) return null;
        return binStart(value, size);
      }
      // A real value or bin size: floor(value / size) * size in double arithmetic.
      if (typeof value === 'number' && typeof size === 'number' && argTypes.every((t) => t === 'real' || t === 'int' || t === 'long')) {
        if (!Number.isFinite(value) || !Number.isFinite(size)) throw new Unsupported('bin() of a non-finite value');
        if (size < 0) return null;
        if (size === 0) throw new Unsupported('bin() with a bin size of 0');
        const r = Math.floor(value / size) * size;
        if (resultType !== 'real' && !Number.isSafeInteger(r)) throw new Unsupported(`bin() on ${argTypes.join(', ')} giving a fraction`);
        return r;
      }
      throw new Unsupported(`bin() on ${argTypes.join(', ')}`);
    },
  },
];
