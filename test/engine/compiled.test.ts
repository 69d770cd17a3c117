/** Compiled scalar evaluation and map-based grouping keep the interpreter's semantics. */
import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/engine/evaluate.js';
import { serializeTable } from '../../src/engine/serialize.js';
import { rows } from './helpers.js';

// rand() is refused for good: its result cannot be reproduced.
const NOT_IMPLEMENTED = 'pack_array(rand())';

describe('compiled scalar evaluation', () => {
  it('does not reach the right side of and/or when the left decides', () => {
    expect(rows(`print x = false and array_length(${NOT_IMPLEMENTED}) == 1`)).toEqual([[false]]);
    expect(rows(`print x = true or array_length(${NOT_IMPLEMENTED}) == 1`)).toEqual([[true]]);
    expect(() => rows(`print x = true and array_length(${NOT_IMPLEMENTED}) == 1`)).toThrow(/rand/);
  });

  it('evaluates nothing over no rows', () => {
    expect(rows(`datatable(a:long)[] | extend y = ${NOT_IMPLEMENTED} | where isnotnull(y)`)).toEqual([]);
  });

  it('computes ago() once per query, from that query’s now', () => {
    const query = 'range x from 1 to 3 step 1 | extend t = ago(1d) | summarize count() by t';
    const day = 864_000_000_000n;
    const a = serializeTable(runQuery(query, { now: 20n * day })).rows;
    const b = serializeTable(runQuery(query, { now: 30n * day })).rows;
    expect(a).toEqual([['1970-01-20T00:00:00Z', 3]]);
    expect(b).toEqual([['1970-01-30T00:00:00Z', 3]]);
  });

  it('in / !in / in~ over let-bound and literal arrays, row by row', () => {
    expect(rows('let a = dynamic([1, 3]); range x from 1 to 4 step 1 | where x in (a)')).toEqual([[1], [3]]);
    expect(rows('range x from 1 to 4 step 1 | where x !in (dynamic([1, 3]), 4)')).toEqual([[2]]);
    expect(rows('datatable(s:string)["ABC", "abd", "x"] | where s in~ (dynamic(["abc", "ABD"]))')).toEqual([['ABC'], ['abd']]);
    expect(rows('datatable(s:string)["ABC", "abc"] | where s in (dynamic(["abc"]))')).toEqual([['abc']]);
    // A number in the list never equals a string.
    expect(rows('datatable(s:string)["1"] | where s in (dynamic([1]))')).toEqual([]);
  });

  it('resolves columns by name in every table a step sees', () => {
    expect(rows('union (datatable(a:long)[1]), (datatable(b:long, a:long)[2, 3]) | project a')).toEqual([[1], [3]]);
  });
});

describe('summarize grouping', () => {
  it('groups by several keys of different types, in first-seen order', () => {
    const query = `datatable(s:string, n:long, b:bool, t:datetime)[
      "x", 1, true, datetime(2024-01-01),
      "y", 1, true, datetime(2024-01-01),
      "x", 1, true, datetime(2024-01-01),
      "x", 2, false, datetime(2024-01-02),
      "", long(null), bool(null), datetime(null),
      "", long(null), bool(null), datetime(null)]
      | summarize c = count() by s, n, b, t`;
    expect(rows(query)).toEqual([
      ['x', 1, true, '2024-01-01T00:00:00Z', 2],
      ['y', 1, true, '2024-01-01T00:00:00Z', 1],
      ['x', 2, false, '2024-01-02T00:00:00Z', 1],
      ['', null, null, null, 2],
    ]);
  });

  it('keeps strings that only differ across key boundaries apart', () => {
    expect(rows('datatable(a:string, b:string)["a", "bc", "ab", "c", "a", "bc"] | summarize count() by a, b')).toEqual([
      ['a', 'bc', 2],
      ['ab', 'c', 1],
    ]);
  });

  it('gives one row without by, also over no rows', () => {
    expect(rows('range x from 1 to 5 step 1 | summarize count(), sum(x)')).toEqual([[5, 15]]);
    expect(rows('range x from 1 to 0 step 1 | summarize count()')).toEqual([[0]]);
  });
});

describe('datetime orderings', () => {
  it('compare ticks, and give null with a null side', () => {
    const query = `datatable(t:datetime)[datetime(2024-01-01), datetime(null), datetime(2024-01-03)]
      | extend gt = t > datetime(2024-01-02), le = t <= datetime(2024-01-01), ge = t >= datetime(null), lt = timespan(1h) < 2h`;
    expect(rows(query)).toEqual([
      ['2024-01-01T00:00:00Z', false, true, null, true],
      [null, null, null, null, true],
      ['2024-01-03T00:00:00Z', true, false, null, true],
    ]);
  });
});
