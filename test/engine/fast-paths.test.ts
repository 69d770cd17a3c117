/**
 * The column-at-a-time paths (where filters, summarize states, union of one filled
 * leg) give the results of the general row-by-row paths, edge cases included: the
 * same query is run once in the fast shape and once in a shape the fast paths decline.
 */
import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/engine/evaluate.js';
import type { Table } from '../../src/engine/table.js';
import { rows } from './helpers.js';

const T0 = 639_000_000_000_000_000n;
const HOUR = 36_000_000_000n;
const table: Table = {
  columns: [
    { name: 'T', type: 'datetime' },
    { name: 'U', type: 'string' },
    { name: 'R', type: 'string' },
    { name: 'N', type: 'long' },
  ],
  data: [
    [T0, T0 + HOUR, null, T0 + 3n * HOUR, T0 + 2n * HOUR, T0 - HOUR],
    ['a', 'a', 'b', '', 'b', 'a'],
    ['0', '50126', '50126', '0', '', '53003'],
    [1, null, 3, 4, 5, 6],
  ],
  rowCount: 6,
};
const tables = new Map([['Events', table]]);
const run = (q: string) => rows(q, { tables, now: T0 + 3n * HOUR });

describe('fast paths', () => {
  it('where: datetime orderings, string equality and emptiness agree with the row-by-row path', () => {
    const pairs: [string, string][] = [
      ['T > ago(2h)', 'T > ago(2h) or false'],
      ['ago(2h) <= T', 'ago(2h) <= T or false'],
      ['R == "50126"', 'R == "50126" or false'],
      ['R != "0"', 'R != "0" or false'],
      ['"0" == R', '"0" == R or false'],
      ['isnotempty(U) and T < ago(1h)', '(isnotempty(U) and T < ago(1h)) or false'],
      ['isempty(R)', 'isempty(R) or false'],
    ];
    for (const [fast, general] of pairs) {
      expect(run(`Events | where ${fast}`), fast).toEqual(run(`Events | where ${general}`));
    }
    expect(run('Events | where R != "0" | count')).toEqual([[4]]);
  });

  it('summarize: count(if), min/max(if), make_set(_if) with a limit, dcount agree with the general states', () => {
    const fast =
      'summarize c = count(), f = countif(R != "0"), lo = min(T), hi = maxif(T, R != "0"), n = min(N), s = make_set_if(R, R != "", 1), a = make_set(R), d = dcount(R)';
    // Inside an expression (computedSlot), the same aggregates use the general states.
    const general =
      'summarize c = count() + 0, f = countif(R != "0") + 0, lo = min(T) + 0s, hi = maxif(T, R != "0") + 0s, n = min(N) + 0, s = make_set_if(R, R != "", 1), a = make_set(R), d = dcount(R) + 0';
    for (const by of ['', ' by U']) {
      const a = run(`Events | ${fast}${by}`);
      const b = run(`Events | ${general}${by}`);
      expect(a).toEqual(b);
    }
    expect(run('Events | summarize lo = min(T), s = make_set(R, 2) by U | order by U asc')).toEqual([
      ['', expect.any(String), ['0']],
      ['a', expect.any(String), ['0', '50126']],
      ['b', expect.any(String), ['50126', '']],
    ]);
  });

  it('dcount of 1000 or more distinct strings is refused, as an estimate, below it exact', () => {
    const many = (n: number) => `range i from 1 to ${n} step 1 | extend s = tostring(i)`;
    expect(rows(`${many(999)} | summarize d = dcount(s)`)).toEqual([[999]]);
    expect(() => runQuery(`${many(1000)} | summarize d = dcount(s)`)).toThrow(/dcount\(\) of 1000 or more distinct values/);
    expect(rows(`${many(1000)} | summarize d = count_distinct(s)`)).toEqual([[1000]]);
  });

  it('union of one filled leg gives its rows, and copies when both legs have rows', () => {
    expect(run('union (Events | where T > ago(1h)), (Events | where false) | project U, R')).toEqual(
      run('Events | where T > ago(1h) | project U, R'),
    );
    expect(run('union Events, Events | count')).toEqual([[12]]);
  });
});
