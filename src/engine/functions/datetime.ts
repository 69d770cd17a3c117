/** Time functions; now() is fixed per query (the test's or the request's now). */
import { Unsupported } from '../refusal.js';
import type { ScalarFunction } from './function.js';

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
    evaluate: ([value, size], { argTypes }) => {
      if (value === null || size === null) return null;
      if (typeof value === 'bigint' && typeof size === 'bigint') {
        if (size <= 0n) return null;
        const r = value % size;
        return value - (r < 0n ? r + size : r);
      }
      if (
        typeof value === 'number' &&
        typeof size === 'number' &&
        (argTypes[0] === 'long' || argTypes[0] === 'int') &&
        Number.isInteger(size)
      ) {
        if (size <= 0) return null;
        return Math.floor(value / size) * size;
      }
      throw new Unsupported(`bin() on ${argTypes.join(', ')}`);
    },
  },
];
