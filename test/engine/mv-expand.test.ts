// mv-expand and mv-apply, from the Kusto docs (mv-expand-operator, mv-apply-operator).
import { describe, expect, it } from 'vitest';
import { QueryError, Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const bags = `datatable (a: int, b: dynamic) [1, dynamic({"prop1": "a1", "prop2": "b1"}), 2, dynamic({"prop1": "a2", "prop2": "b2"})]`;

describe('mv-expand', () => {
  it('expands arrays one row per element, other columns repeated', () => {
    expect(rows(`datatable (a: int, b: dynamic) [1, dynamic([10, 20]), 2, dynamic(['a', 'b'])] | mv-expand b`)).toEqual([
      [1, 10],
      [1, 20],
      [2, 'a'],
      [2, 'b'],
    ]);
  });

  it('expands bags into single-entry bags, or [key, value] pairs with kind=array / bagexpansion=array', () => {
    expect(rows(`${bags} | mv-expand b`)).toEqual([
      [1, { prop1: 'a1' }],
      [1, { prop2: 'b1' }],
      [2, { prop1: 'a2' }],
      [2, { prop2: 'b2' }],
    ]);
    expect(rows(`${bags} | mv-expand kind=array b | extend key = b[0], val = b[1] | project key, val`)).toEqual([
      ['prop1', 'a1'],
      ['prop2', 'b1'],
      ['prop1', 'a2'],
      ['prop2', 'b2'],
    ]);
    expect(rows(`${bags} | mv-expand bagexpansion=array b | take 1`)).toEqual([[1, ['prop1', 'a1']]]);
  });

  it('null gives one row with null; an empty array or bag gives no row', () => {
    expect(
      rows(`datatable (a: int, b: dynamic) [1, dynamic(null), 2, dynamic([]), 3, dynamic({}), 4, dynamic("s")] | mv-expand b`),
    ).toEqual([
      [1, null],
      [4, 's'],
    ]);
  });

  it('expands several columns in parallel, padding with null', () => {
    expect(rows(`print x = dynamic([1, 2, 3]), y = dynamic(["a", "b"]) | mv-expand x, y`)).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, null],
    ]);
  });

  it('with_itemindex, named expressions, to typeof() and limit', () => {
    const r = result(`print d = dynamic([7, 8, 9]) | mv-expand with_itemindex=I v = d to typeof(long) limit 2`);
    expect(r.columns).toEqual([
      { name: 'd', type: 'dynamic' },
      { name: 'v', type: 'long' },
      { name: 'I', type: 'long' },
    ]);
    expect(r.rows).toEqual([
      [[7, 8, 9], 7, 0],
      [[7, 8, 9], 8, 1],
    ]);
  });

  it('to typeof(): a cast, non-conforming elements become null', () => {
    expect(rows(`print d = dynamic(["a", null]) | mv-expand d to typeof(string)`)).toEqual([['a'], ['']]);
    expect(rows(`print d = dynamic([1, "x", null]) | mv-expand d to typeof(long)`)).toEqual([[1], [null], [null]]);
    expect(rows(`print d = dynamic([datetime(2020-01-01)]) | mv-expand d to typeof(datetime)`)).toEqual([['2020-01-01T00:00:00Z']]);
  });

  it('refuses casts it cannot do exactly', () => {
    expect(() => rows(`print d = dynamic([1]) | mv-expand d to typeof(string)`)).toThrow(Unsupported);
    expect(() => rows(`print d = dynamic(["12"]) | mv-expand d to typeof(long)`)).toThrow(Unsupported);
  });

  it('respects the row budget', () => {
    expect(() => rows(`print d = range(1, 100) | mv-expand d`, { maxRows: 50 })).toThrow(QueryError);
  });

  it('expands a computed array when named; unnamed, it takes the name of its column and replaces it', () => {
    expect(rows(`print a = "x,y" | mv-expand p = split(a, ",")`)).toEqual([
      ['x,y', 'x'],
      ['x,y', 'y'],
    ]);
    // The docs: an expression whose name equals an input column replaces that column;
    // the language names split(a, ",") `a` (its result columns show one column a).
    expect(result(`print a = "x,y", b = 1 | mv-expand split(a, ",")`)).toEqual({
      columns: [
        { name: 'a', type: 'dynamic' },
        { name: 'b', type: 'long' },
      ],
      rows: [
        ['x', 1],
        ['y', 1],
      ],
    });
  });
});

describe('mv-apply', () => {
  it('runs the subquery per input row over the expanded items', () => {
    expect(
      rows(
        `datatable (index: int, Arr: dynamic) [0, dynamic([7]), 1, dynamic([6, 11, 7])] | mv-apply Arr2 = Arr to typeof(long) on (take 100)`,
      ),
    ).toEqual([
      [0, [7], 7],
      [1, [6, 11, 7], 6],
      [1, [6, 11, 7], 11],
      [1, [6, 11, 7], 7],
    ]);
  });

  it('aggregates per row, keeping the input columns', () => {
    expect(
      rows(`datatable (Val: int, Arr1: dynamic, Arr2: dynamic)
[1, dynamic(['A1', 'A2']), dynamic(['B1', 'B2', 'B3']), 5, dynamic(['C1', 'C2']), dynamic(['D1'])]
| mv-apply T1 = Arr1, T2 = Arr2 on (extend Out = strcat(T1, "_", T2) | summarize Out = make_list(Out))`),
    ).toEqual([
      [1, ['A1', 'A2'], ['B1', 'B2', 'B3'], ['A1_B1', 'A2_B2', '_B3']],
      [5, ['C1', 'C2'], ['D1'], ['C1_D1', 'C2_']],
    ]);
  });

  it('top-N per row with with_itemindex, and rows dropped by the subquery', () => {
    expect(
      rows(`datatable (k: string, xs: dynamic) ["a", dynamic([3, 9, 4]), "b", dynamic([])]
| mv-apply with_itemindex = i x = xs to typeof(long) on (where x > 3 | project x, i)`),
    ).toEqual([
      ['a', [3, 9, 4], 9, 1],
      ['a', [3, 9, 4], 4, 2],
    ]);
  });
});

describe('mv-apply edge cases', () => {
  it('a typed expansion column dropped by the subquery keeps its declared type', () => {
    expect(rows(`print x = dynamic([1, 2]) | mv-apply y = x to typeof(long) on (summarize s = sum(y))`)).toEqual([[[1, 2], 3]]);
  });

  it('an empty array gives no rows when the subquery makes none, and is refused when it would (summarize)', () => {
    expect(rows(`print x = dynamic([]) | mv-apply y = x on (where isnotnull(y))`)).toEqual([]);
    expect(() => rows(`print x = dynamic([]) | mv-apply y = x on (summarize c = count())`)).toThrow(Unsupported);
  });

  it('refuses property bags (mv-apply has no bag expansion mode)', () => {
    expect(() => rows(`print x = dynamic({"a": 1}) | mv-apply x on (take 1)`)).toThrow(Unsupported);
  });
});
