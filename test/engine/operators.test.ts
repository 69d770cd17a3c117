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
    expect(() => rows('range x from 1 to 3 step 1 | summarize count()')).toThrow(/not supported offline: operator summarize at 1:30/);
  });

  it('reports a query the language service rejects as a query error', () => {
    expect(() => rows('print x = nosuchname')).toThrow(QueryError);
  });
});
