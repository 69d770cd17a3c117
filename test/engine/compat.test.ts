import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/kql/catalog.js';
import { result, rows } from './helpers.js';

const catalog = new Catalog();
const signin = { columns: [{ name: 'ResultType', type: 'string' as const }], data: [['0', '50126']], rowCount: 2 };

describe('forms public detections use', () => {
  it('deprecated aggregate names compute what their current names do', () => {
    expect(result('datatable(a:long)[2, 1, 2] | summarize any(a), makeset(a), makelist(a)')).toEqual({
      columns: [
        { name: 'any_a', type: 'long' },
        { name: 'set_a', type: 'dynamic' },
        { name: 'list_a', type: 'dynamic' },
      ],
      rows: [[2, [2, 1], [2, 1, 2]]],
    });
  });

  it('adjacent string literals are one string', () => {
    expect(rows('print x = "ab" \'cd\' "e"')).toEqual([['abcde']]);
  });

  it("table('Name') reads the named table, supplied or empty", () => {
    const tables = new Map([['SigninLogs', signin]]);
    expect(rows("table('SigninLogs') | where ResultType != '0' | count", { catalog, tables })).toEqual([[1]]);
    expect(rows("table('AuditLogs') | count", { catalog })).toEqual([[0]]);
  });

  it('a workspace function without supplied rows returns no rows of its result columns', () => {
    expect(rows('_Im_NetworkSession | count', { catalog })).toEqual([[0]]);
    expect(rows('_Im_Dns(starttime=ago(1h)) | summarize count() by SrcIpAddr', { catalog })).toEqual([]);
    expect(rows("_GetWatchlist('VIP') | count", { catalog })).toEqual([[0]]);
  });

  it('union isfuzzy takes true or false in any case', () => {
    expect(rows('union isfuzzy=True (print x = 1), (print x = 2) | count')).toEqual([[2]]);
  });
});

describe('make_list and make_set of arrays', () => {
  it('make_set flattens arrays (documented); make_list of arrays is refused (undocumented)', () => {
    const arrays = "datatable(a:dynamic)[dynamic(['x', 'y']), dynamic(['y', 'z'])]";
    expect(rows(`${arrays} | summarize s = make_set(a)`)).toEqual([[['x', 'y', 'z']]]);
    expect(() => rows(`${arrays} | summarize l = make_list(a)`)).toThrow(/make_list\(\) of array values/);
  });
});

describe('numbers as text', () => {
  it('writes the shortest round-trip digits where .NET and JavaScript agree', () => {
    expect(rows('print tostring(1.0), tostring(0.1 + 0.2), strcat("n=", 123456.75), tostring(0.001)')).toEqual([
      ['1', '0.30000000000000004', 'n=123456.75', '0.001'],
    ]);
  });

  it('refuses the ranges .NET writes in exponent form, and negative zero', () => {
    for (const expr of ['1e20', '1e15', '0.00001', '-0.0'])
      expect(() => rows(`print tostring(${expr})`), expr).toThrow(/not supported offline: tostring\(\)/);
  });
});

describe('make_list and make_set of datetimes', () => {
  it('hold datetimes and timespans as their dynamic text', () => {
    expect(
      rows('datatable(t:datetime, s:timespan)[datetime(2021-01-02), 1h, datetime(2021-01-01), 1h] | summarize make_list(t), make_set(s)'),
    ).toEqual([[['2021-01-02T00:00:00.0000000Z', '2021-01-01T00:00:00.0000000Z'], ['01:00:00']]]);
  });
});

describe('column_names_of', () => {
  it("lists a table's columns as the binder types them, without running it", () => {
    expect(rows('let T = datatable(A:string, B:int)[]; print c = column_names_of(T)')).toEqual([[['A', 'B']]]);
    expect(rows('print c = column_names_of((datatable(x:long)[1] | extend y = x * 2 | project-away x))')).toEqual([[['y']]]);
  });
});
