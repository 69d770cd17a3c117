/** Conditionals, null tests and assert(). */
import { QueryError, Unsupported } from '../refusal.js';
import type { ScalarFunction } from './function.js';

const iff: ScalarFunction['evaluate'] = ([cond, then, otherwise]) => (cond === true ? then : otherwise) ?? null;

export const LOGIC_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'iff', evaluate: iff, bigLongs: 'pass' },
  { name: 'iif', evaluate: iff, bigLongs: 'pass' },
  {
    // true, or the query fails with the message (Kusto raises it as a semantic error).
    name: 'assert',
    evaluate: ([condition, message]) => {
      if (condition === true) return true;
      if (condition === false) throw new QueryError(`assert() failed: ${String(message ?? '')}`);
      throw new Unsupported('assert() of a null condition');
    },
  },
  {
    name: 'case',
    bigLongs: 'pass',
    evaluate: (args) => {
      for (let i = 0; i + 1 < args.length; i += 2) if (args[i] === true) return args[i + 1] ?? null;
      return args[args.length - 1] ?? null;
    },
  },
  { name: 'isnull', evaluate: ([v]) => v === null, bigLongs: 'handle' },
  { name: 'isnotnull', evaluate: ([v]) => v !== null, bigLongs: 'handle' },
  { name: 'not', evaluate: ([v]) => (v === null ? null : !v) },
  {
    name: 'coalesce',
    bigLongs: 'pass',
    evaluate: (args, { resultType }) => {
      for (const a of args) if (a !== null && !(resultType === 'string' && a === '')) return a;
      return resultType === 'string' ? '' : null;
    },
  },
];
