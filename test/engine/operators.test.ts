// Tabular operators, from the Kusto documentation (print, datatable, range, where,
// extend, project, take, count, sort operators).
import { describe, expect, it } from 'vitest';
import { QueryError } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

describe('sources', () => {
  it('print names unnamed columns print_N', () => {
    expect(result('print 1, x = "a", strlen("abc")')).toEqual({
      columns: [
        { name: 'print_0', type: 'long' },
        { name: 'x', type: 'string' },
        { name: 'print_2', type: 'long' },
      ],
      rows: [[1, 'a', 3]],
    });
  });

  it('datatable fills rows from values and keeps nulls', () => {
    expect(rows('datatable(a:long, b:string, c:datetime)[1, "x", datetime(2021-01-01), long(null), "", datetime(null)]')).toEqual([
      [1, 'x', '2021-01-01T00:00:00Z'],
      [null, '', null],
    ]);
  });

  it('range counts inclusively, up or down, over numbers and datetimes', () => {
    expect(rows('range x from 1 to 7 step 3')).toEqual([[1], [4], [7]]);
    expect(rows('range x from 5 to 1 step -2')).toEqual([[5], [3], [1]]);
    expect(rows('range t from datetime(2021-01-01) to datetime(2021-01-01 01:00) step 30m | count')).toEqual([[3]]);
  });

  it('stops a runaway range with a clear error', () => {
    expect(() => rows('range x from 1 to 100000000 step 1', { maxRows: 1000 })).toThrow(QueryError);
  });
});

describe('row and column operators', () => {
  const t = 'let t = datatable(name:string, n:long)["b", 2, "a", 1, "c", long(null), "d", 3];';

  it('where, extend (replacing in place), project with renames', () => {
    expect(result(`${t} t | where n > 1 | extend n = n * 10, m = strcat(name, "!") | project m, n`)).toEqual({
      columns: [
        { name: 'm', type: 'string' },
        { name: 'n', type: 'long' },
      ],
      rows: [
        ['b!', 20],
        ['d!', 30],
      ],
    });
    expect(result(`${t} t | extend n = n + 1`).columns.map((c) => c.name)).toEqual(['name', 'n']);
  });

  it('sort is descending by default with nulls last; ascending puts nulls first', () => {
    expect(rows(`${t} t | sort by n | project n`)).toEqual([[3], [2], [1], [null]]);
    expect(rows(`${t} t | order by n asc | project n`)).toEqual([[null], [1], [2], [3]]);
    expect(rows(`${t} t | sort by n asc nulls last | project n`)).toEqual([[1], [2], [3], [null]]);
    expect(rows(`${t} t | sort by name asc | take 2 | project name`)).toEqual([['a'], ['b']]);
  });

  it('count gives one long column named Count', () => {
    expect(result(`${t} t | count`)).toEqual({ columns: [{ name: 'Count', type: 'long' }], rows: [[4]] });
  });

  it('let binds scalars and tables for later statements', () => {
    expect(rows('let k = 2; let t = range x from 1 to 4 step 1; t | where x > k | count')).toEqual([[2]]);
  });

  it('refuses an operator it does not implement', () => {
    // sample picks random rows: never exact, so it stays refused.
    expect(() => rows('print x = dynamic([1, 2]) | sample 1')).toThrow(/not supported offline: operator sample at 1:29/);
  });

  it('reports a query the language service rejects as a query error', () => {
    expect(() => rows('print x = nosuchname')).toThrow(QueryError);
  });
});

describe('summarize (summarize-operator docs)', () => {
  it('groups by expressions and aggregates each group', () => {
    const r = rows(
      'range x from 1 to 5 step 1 | summarize n = count(), s = sum(x), a = avg(x), mn = min(x), mx = max(x), c = countif(x > 2), l = make_list(x) by k = x % 2 | sort by k asc',
    );
    expect(r).toEqual([
      [0, 2, 6, 3, 2, 4, 1, [2, 4]],
      [1, 3, 9, 3, 1, 5, 2, [1, 3, 5]],
    ]);
  });

  it('without by, an empty input gives the documented default values', () => {
    expect(result('datatable(x:long)[] | summarize count(), sum(x), min(x), avg(x), make_set(x)')).toEqual({
      columns: [
        { name: 'count_', type: 'long' },
        { name: 'sum_x', type: 'long' },
        { name: 'min_x', type: 'long' },
        { name: 'avg_x', type: 'real' },
        { name: 'set_x', type: 'dynamic' },
      ],
      // avg of no values is NaN: the summarize page's example prints it so and says why.
      rows: [[0, 0, null, 'NaN', []]],
    });
    expect(rows('datatable(x:long)[] | summarize count() by x')).toEqual([]);
  });

  it('skips nulls in sum/avg/make_set and groups by bin()', () => {
    expect(
      rows('range x from 1 to 4 step 1 | extend y = iff(x == 1, real(null), real(5)) | summarize sum(y), avg(y), make_set(y)'),
    ).toEqual([[15, 5, [5]]]);
    expect(
      rows(
        'range t from datetime(2021-01-01 00:10) to datetime(2021-01-01 02:50) step 40m | summarize n = count() by bin(t, 1h) | sort by t asc',
      ),
    ).toEqual([
      ['2021-01-01T00:00:00Z', 2],
      ['2021-01-01T01:00:00Z', 1],
      ['2021-01-01T02:00:00Z', 2],
    ]);
  });

  it('refuses aggregates it does not implement', () => {
    expect(() => rows('range x from 1 to 3 step 1 | summarize percentilew(x, 1, 50)')).toThrow(
      /not supported offline: aggregate percentilew\(\)/,
    );
    // percentile() is there, but answers only where its T-Digest estimate is exact.
    expect(() => rows('range x from 1 to 3 step 1 | summarize percentile(x, 50)')).toThrow(/percentile\(\) between different values/);
  });
});

describe('summarize arg_max / arg_min (arg-max-aggregation-function docs)', () => {
  const t = 'datatable(u:string, t:long, x:string)["a", 1, "p", "a", 3, "q", "b", 2, "r"]';
  it('keeps the row with the largest value per group, with * or named columns', () => {
    expect(result(`${t} | summarize arg_max(t, *) by u | sort by u asc`)).toEqual({
      columns: [
        { name: 'u', type: 'string' },
        { name: 't', type: 'long' },
        { name: 'x', type: 'string' },
      ],
      rows: [
        ['a', 3, 'q'],
        ['b', 2, 'r'],
      ],
    });
    expect(result(`${t} | summarize arg_min(t * 2, x, u)`).rows).toEqual([[2, 'p', 'a']]);
  });

  it('gives one row of nulls on an empty input without by', () => {
    expect(rows('datatable(u:string, t:long)[] | summarize arg_max(t, *)')).toEqual([[null, '']]);
  });
});
