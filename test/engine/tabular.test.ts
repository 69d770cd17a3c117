// let lambdas, toscalar, materialize, invoke, window functions and the reshaping
// operators (project-away/keep/reorder/rename, serialize, as, distinct, top, lookup),
// from the Kusto documentation.
import { describe, expect, it } from 'vitest';
import { QueryError, Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

describe('let with functions', () => {
  it('calls a scalar lambda per row, with defaults and named arguments', () => {
    expect(rows('let f = (v:long, n:long = 5) { v * n }; range x from 1 to 3 step 1 | extend y = f(x), z = f(x, 2)')).toEqual([
      [1, 5, 2],
      [2, 10, 4],
      [3, 15, 6],
    ]);
    expect(rows('let f = (a:long, b:string = "d", c:long = 0) { strcat(a, "-", b, "-", c) }; print f(c=7, a=12), f(1, "x")')).toEqual([
      ['12-d-7', '1-x-0'],
    ]);
  });

  it('fills a parameter from an unnamed argument at its place after named ones (the assert() page)', () => {
    const q = `let checkLength = (len:long, s:string) { assert(len > 0, "Length must be greater than zero") and strlen(s) > len };
      datatable(input:string) ['123', '4567'] | where checkLength(len=3, input)`;
    expect(rows(q)).toEqual([['4567']]);
    expect(rows('let f = (a:long, b:string = "d", c:long = 0) { strcat(a, "-", b, "-", c) }; print f(12, c=7)')).toEqual([['12-d-7']]);
  });

  it('assert() is true, or fails the query with its message', () => {
    const f = 'let checkLength = (len:long, s:string) { assert(len > 0, "Length must be greater than zero") and strlen(s) > len };';
    expect(() => rows(`${f} datatable(input:string) ['123'] | where checkLength(len=0, input)`)).toThrow(
      /Length must be greater than zero/,
    );
  });

  it('runs let statements inside the body and sees outer lets from its declaration', () => {
    expect(rows('let k = 10; let f = (x:long) { let y = x + 1; y * k }; print f(1)')).toEqual([[20]]);
  });

  it('calls tabular functions with tabular parameters, and invoke passes the input first', () => {
    const f = 'let F = (T:(x:long), v:long) { T | where x >= v };';
    expect(rows(`${f} F((range x from 1 to 10 step 1), 9)`)).toEqual([[9], [10]]);
    expect(rows(`${f} range x from 1 to 5 step 1 | invoke F(4)`)).toEqual([[4], [5]]);
    expect(rows('let V = view () { print a = 1 }; V()')).toEqual([[1]]);
    expect(rows('let V = view () { print a = 1 }; union V, (V | extend a = 2)')).toEqual([[1], [2]]);
  });

  it('binds open-schema (T:(*)) parameters per call, rejecting a call whose table lacks a column', () => {
    const g = 'let G = (T:(*), k:long) { T | where a > k };';
    expect(rows(`${g} G((range a from 1 to 3 step 1), 1)`)).toEqual([[2], [3]]);
    expect(() => rows(`${g} G((print z = 1), 1)`)).toThrow(QueryError);
  });

  it('refuses a parameter without a value', () => {
    expect(() => rows('let f = (T:(x:long)) { T }; print 1 | invoke f()')).toThrow();
  });
});

describe('toscalar and materialize', () => {
  it('takes the first column of the first row, once', () => {
    const q = 'let m = toscalar(range x from 1 to 9 step 1 | summarize max(x)); range z from 1 to 2 step 1 | extend m = m';
    expect(rows(q)).toEqual([
      [1, 9],
      [2, 9],
    ]);
    expect(rows('range z from 1 to 2 step 1 | where z == toscalar(print 2)')).toEqual([[2]]);
  });

  it('refuses an empty table (undocumented) and a toscalar evaluated per row', () => {
    expect(() => rows('print x = toscalar(range x from 1 to 3 step 1 | where x > 5)')).toThrow(Unsupported);
    const q = 'let d = datatable(x:long, y:long)[1, 2]; let tg = (v:long) { toscalar(d | where x == v | project y) };';
    expect(() => rows(`${q} range x from 1 to 2 step 1 | extend y = tg(x)`)).toThrow(/toscalar\(\) inside a function called per row/);
    expect(rows(`${q} print tg(1)`)).toEqual([[2]]);
  });

  it('evaluates a tabular let only when used', () => {
    expect(rows('let unused = range x from 1 to 3 step 1 | where toscalar(print 1) > 0 | sample 1; print a = 1')).toEqual([[1]]);
  });

  it('materialize returns the same rows', () => {
    expect(rows('let M = materialize(range x from 1 to 3 step 1); M | union M | count')).toEqual([[6]]);
  });
});

describe('window functions', () => {
  const t = 'datatable(g:string, v:long)["a", 1, "a", 1, "a", 3, "b", 2, "b", 5]';

  it('row_number restarts where the condition holds; row_cumsum accumulates', () => {
    expect(
      rows(`${t} | sort by g asc, v asc | extend n = row_number(1, prev(g) != g), s = row_cumsum(v, g != prev(g)) | project n, s`),
    ).toEqual([
      [1, 1],
      [2, 2],
      [3, 5],
      [1, 2],
      [2, 7],
    ]);
    expect(rows(`${t} | serialize n = row_number(10) | project n`)).toEqual([[10], [11], [12], [13], [14]]);
  });

  it('prev and next with offsets and defaults; nulls out of range', () => {
    expect(rows('range x from 1 to 3 step 1 | extend p = prev(x), q = next(x, 2), r = prev(x, 1, -1)')).toEqual([
      [1, null, 3, -1],
      [2, 1, null, 1],
      [3, 2, null, 2],
    ]);
  });

  it('row_window_session gives each row its session start (documented example)', () => {
    const q = `datatable (ID:string, Timestamp:datetime) [
      "1", datetime(2024-04-11 10:00:00), "2", datetime(2024-04-11 10:18:00), "1", datetime(2024-04-11 11:00:00),
      "3", datetime(2024-04-11 11:30:00), "2", datetime(2024-04-11 13:30:00), "2", datetime(2024-04-11 10:16:00)]
      | sort by ID asc, Timestamp asc
      | extend SessionStarted = row_window_session(Timestamp, 1h, 5m, ID != prev(ID)) | project ID, SessionStarted`;
    expect(rows(q)).toEqual([
      ['1', '2024-04-11T10:00:00Z'],
      ['1', '2024-04-11T11:00:00Z'],
      ['2', '2024-04-11T10:16:00Z'],
      ['2', '2024-04-11T10:16:00Z'],
      ['2', '2024-04-11T13:30:00Z'],
      ['3', '2024-04-11T11:30:00Z'],
    ]);
    // the session start, not the previous value; a new session at start + MaxDistanceFromFirst
    const chain = `range t from datetime(2024-01-01 00:00) to datetime(2024-01-01 00:20) step 4m
      | extend s = row_window_session(t, 10m, 5m) | project s`;
    expect(rows(chain).map((r) => r[0])).toEqual([
      '2024-01-01T00:00:00Z',
      '2024-01-01T00:00:00Z',
      '2024-01-01T00:00:00Z',
      '2024-01-01T00:12:00Z',
      '2024-01-01T00:12:00Z',
      '2024-01-01T00:12:00Z',
    ]);
    expect(() => rows('datatable(t:datetime)[datetime(null)] | serialize | extend s = row_window_session(t, 1h, 5m)')).toThrow(Unsupported);
  });

  it('row_rank_min and row_rank_dense rank equal terms together', () => {
    expect(rows(`${t} | sort by v asc | extend m = row_rank_min(v), d = row_rank_dense(v) | project v, m, d`)).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [2, 3, 2],
      [3, 4, 3],
      [5, 5, 4],
    ]);
  });

  it('refuses rows that are not serialized', () => {
    expect(() => rows(`${t} | summarize c = count() by g | extend n = row_number()`)).toThrow(Unsupported);
  });
});

describe('reshaping operators', () => {
  const t = 'datatable(a:long, b:string, c:real)[1, "x", 1.5, 2, "y", 2.5, 1, "x", 1.5, 3, "z", real(null)]';

  it('project-away, project-keep, project-reorder, project-rename', () => {
    expect(result(`${t} | project-away b`).columns.map((c) => c.name)).toEqual(['a', 'c']);
    expect(result(`${t} | project-away b*, c`).columns.map((c) => c.name)).toEqual(['a']);
    expect(result(`${t} | project-keep c, a`).columns.map((c) => c.name)).toEqual(['a', 'c']);
    expect(result(`${t} | project-reorder c, a`).columns.map((c) => c.name)).toEqual(['c', 'a', 'b']);
    const renamed = result(`${t} | project-rename n = a | take 1`);
    expect(renamed.columns.map((c) => c.name)).toEqual(['n', 'b', 'c']);
    expect(renamed.rows).toEqual([[1, 'x', 1.5]]);
  });

  it('project-by-names: names, patterns, arrays, column_names_of; unknown names ignored', () => {
    expect(result(`${t} | project-by-names "c", "a", "zz"`).columns.map((x) => x.name)).toEqual(['c', 'a']);
    expect(result(`${t} | extend a2 = 1 | project-by-names "a*"`).columns.map((x) => x.name)).toEqual(['a', 'a2']);
    expect(result(`${t} | project-by-names dynamic(["b", "nope"])`).rows[0]).toEqual(['x']);
    const f = 'let F = (S:(a:long), more:dynamic) { S | extend z = 1 | project-by-names column_names_of(S), more };';
    expect(result(`${f} ${t} | invoke F(dynamic(["z"]))`).columns.map((x) => x.name)).toEqual(['a', 'b', 'c', 'z']);
    expect(() => rows(`${t} | project-by-names "a", "a"`)).toThrow(Unsupported);
  });

  it('distinct over columns and over *', () => {
    expect(rows(`${t} | distinct a, b`)).toEqual([
      [1, 'x'],
      [2, 'y'],
      [3, 'z'],
    ]);
    expect(rows(`${t} | distinct *`)).toHaveLength(3);
  });

  it('top sorts descending by default with nulls last, and ascending with nulls first', () => {
    expect(rows(`${t} | top 2 by c | project a`)).toEqual([[2], [1]]);
    expect(rows(`${t} | top 1 by c asc | project a`)).toEqual([[3]]);
    expect(rows(`${t} | top 1 by c asc nulls last | project a`)).toEqual([[1]]);
    expect(rows(`${t} | top 0 by a`)).toEqual([]);
  });

  it('getschema lists columns with their documented .NET type names', () => {
    expect(rows('datatable(a:int, b:string, t:datetime, d:dynamic, r:real)[] | getschema')).toEqual([
      ['a', 0, 'System.Int32', 'int'],
      ['b', 1, 'System.String', 'string'],
      ['t', 2, 'System.DateTime', 'datetime'],
      ['d', 3, 'System.Object', 'dynamic'],
      ['r', 4, 'System.Double', 'real'],
    ]);
    expect(() => rows('print a = 1 | getschema')).toThrow(Unsupported);
  });

  it('serialize and as pass rows through', () => {
    expect(rows(`${t} | serialize | as T2 | count`)).toEqual([[4]]);
  });

  it('lookup keeps unmatched left rows by default and does not repeat the key', () => {
    const dim = 'let D = datatable(b:string, name:string)["x", "ex", "y", "why"];';
    expect(result(`${dim} ${t} | lookup D on b | project a, b, name`).rows).toEqual([
      [1, 'x', 'ex'],
      [2, 'y', 'why'],
      [1, 'x', 'ex'],
      [3, 'z', ''],
    ]);
    expect(result(`${dim} ${t} | lookup D on b`).columns.map((c) => c.name)).toEqual(['a', 'b', 'c', 'name']);
    expect(rows(`${dim} ${t} | lookup kind=inner D on b | count`)).toEqual([[3]]);
  });
});

describe('union parameters', () => {
  const tables = new Map([
    ['A', { columns: [{ name: 'x', type: 'long' as const }], data: [[1, 2]], rowCount: 2 }],
    ['B', { columns: [{ name: 'x', type: 'long' as const }], data: [[3]], rowCount: 1 }],
  ]);

  it('withsource names the table or `as` name each row came from', () => {
    expect(result('union withsource=S A, B', { tables })).toEqual({
      columns: [
        { name: 'S', type: 'string' },
        { name: 'x', type: 'long' },
      ],
      rows: [
        ['A', 1],
        ['A', 2],
        ['B', 3],
      ],
    });
    expect(rows('A | union withsource=S (print x = 9 | as P)', { tables })).toEqual([
      ['A', 1],
      ['A', 2],
      ['P', 9],
    ]);
    expect(rows('union isfuzzy=true A, B | count', { tables })).toEqual([[3]]);
  });

  it('withsource names let-bound views; columns typed differently split as x_long, x_int (union docs)', () => {
    const views = 'let View_1 = view () { print x=1 }; let View_2 = view () { print x=toint(2) };';
    expect(result(`${views} union withsource=TableName View_1, View_2`)).toEqual({
      columns: [
        { name: 'TableName', type: 'string' },
        { name: 'x_long', type: 'long' },
        { name: 'x_int', type: 'int' },
      ],
      rows: [
        ['View_1', 1, null],
        ['View_2', null, 2],
      ],
    });
    // a leg's own x_long column beside a split x: the binder numbers one of them (x_long1)
    expect(() => rows(`${views} let View_3 = view () { print x_long=3 }; union View_1, View_2, View_3`)).toThrow(Unsupported);
  });

  it('refuses withsource over a leg without a known name', () => {
    expect(() => rows('union withsource=S A, (print x = 1)', { tables })).toThrow(Unsupported);
  });
});

describe('top-nested', () => {
  const t = 'datatable(s:string, e:string, d:long)["A", "x", 5, "A", "y", 1, "A", "x", 2, "B", "x", 4, "C", "z", 1]';

  it('keeps the top N groups per level by the aggregate (descending by default)', () => {
    expect(result(`${t} | top-nested 2 of s by sum(d), top-nested 1 of e by sum(d)`)).toEqual({
      columns: [
        { name: 's', type: 'string' },
        { name: 'aggregated_s', type: 'long' },
        { name: 'e', type: 'string' },
        { name: 'aggregated_e', type: 'long' },
      ],
      rows: [
        ['A', 8, 'x', 7],
        ['B', 4, 'x', 4],
      ],
    });
  });

  it('without N keeps every group; asc ranks upwards; names come from the clauses', () => {
    expect(rows(`${t} | top-nested of s by n = count() | project s, n`)).toEqual([
      ['A', 3],
      ['B', 1],
      ['C', 1],
    ]);
    expect(rows(`${t} | top-nested 1 of k = s by m = max(d) asc`)).toEqual([['C', 1]]);
  });

  it('refuses a tie at the cutoff and with others', () => {
    expect(() => rows(`${t} | top-nested 2 of s by count()`)).toThrow(/tie/);
    expect(() => rows(`${t} | top-nested 1 of s with others = "o" by count()`)).toThrow(Unsupported);
  });
});
