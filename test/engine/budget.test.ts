import { describe, expect, it } from 'vitest';
import { createBudget, DEFAULT_MAX_ROWS } from '../../src/engine/budget.js';
import { runQuery } from '../../src/engine/evaluate.js';
import { QueryError } from '../../src/engine/refusal.js';
import type { Table } from '../../src/engine/table.js';
import { rows } from './helpers.js';

/** A table of `n` rows that all share one key. */
function sameKey(n: number): Table {
  return {
    columns: [
      { name: 'k', type: 'string' },
      { name: 'v', type: 'long' },
    ],
    data: [Array.from({ length: n }, () => 'a'), Array.from({ length: n }, (_, i) => i)],
    rowCount: n,
  };
}

function failure(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the query to fail');
}

describe('row budget', () => {
  it('stops a join whose output would be 10^10 rows before building it', () => {
    const tables = new Map([
      ['L', sameKey(100_000)],
      ['R', sameKey(100_000)],
    ]);
    const t0 = performance.now();
    const error = failure(() => runQuery('L\n| join kind=inner (R) on k', { tables }));
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(QueryError);
    expect(error.message).toBe(`query exceeded the row budget of ${DEFAULT_MAX_ROWS} rows at 2:3 (join)`);
  });

  it('stops a range beyond the budget without allocating it', () => {
    const error = failure(() => runQuery('range x from 1 to 1000000000000 step 1'));
    expect(error.message).toBe(`query exceeded the row budget of ${DEFAULT_MAX_ROWS} rows at 1:1 (range)`);
    expect(() => rows('range x from 1 to 100 step 1', { maxRows: 99 })).toThrow(/row budget of 99 rows at 1:1 \(range\)/);
    expect(() => rows('range x from 1 to real(+inf) step 1')).toThrow(/row budget/);
    expect(() => rows('range t from datetime(2000-01-01) to datetime(2030-01-01) step 1s')).toThrow(/row budget/);
  });

  it('counts union legs and where results against the budget', () => {
    expect(() => rows('union (range x from 1 to 60 step 1), (range x from 1 to 60 step 1)', { maxRows: 100 })).toThrow(
      /row budget of 100 rows at 1:1 \(union\)/,
    );
    expect(rows('union (range x from 1 to 50 step 1), (range x from 1 to 50 step 1) | count', { maxRows: 100 })).toEqual([[100]]);
  });

  it('leaves queries within the budget unaffected', () => {
    expect(rows('range x from 1 to 100 step 1', { maxRows: 100 })).toHaveLength(100);
    const tables = new Map([
      ['L', sameKey(1_000)],
      ['R', sameKey(1_000)],
    ]);
    expect(rows('L | join kind=inner (R) on k | count', { tables })).toEqual([[1_000_000]]);
    expect(rows('range x from 5 to 1 step -2')).toEqual([[5], [3], [1]]);
    expect(rows('range x from 5 to 1 step 1')).toEqual([]);
  });

  it('stops a step whose computed strings exceed the memory budget', () => {
    expect(() =>
      rows('range x from 1 to 1000 step 1 | extend s = strcat("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", x)', { maxBytes: 50_000 }),
    ).toThrow(/^query exceeded the memory budget of 50000 bytes \(about \d+ bytes estimated\) at 1:44 \(expression\)$/);
  });

  it('rejects a budget that is not positive', () => {
    expect(() => createBudget('', 0)).toThrow(/row budget must be a positive number/);
    expect(() => runQuery('print 1', { maxRows: Number.NaN })).toThrow(QueryError);
  });
});
