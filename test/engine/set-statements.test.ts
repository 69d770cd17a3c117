// `set` statements: request properties the Kusto docs define (set-options.ts).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

describe('set statements', () => {
  it('bin_auto() bins by query_bin_auto_size from query_bin_auto_at (documented example)', () => {
    const query = [
      'set query_bin_auto_size=1h;',
      'set query_bin_auto_at=datetime(2017-01-01 00:05);',
      'range Timestamp from datetime(2017-01-01 00:05) to datetime(2017-01-01 02:00) step 1m',
      '| summarize count() by bin_auto(Timestamp)',
    ].join('\n');
    expect(result(query)).toEqual({
      columns: [
        { name: 'Timestamp', type: 'datetime' },
        { name: 'count_', type: 'long' },
      ],
      rows: [
        ['2017-01-01T00:05:00Z', 60],
        ['2017-01-01T01:05:00Z', 56],
      ],
    });
  });

  it('bin_auto() of numbers: the fixed point defaults to 0 and maps to itself', () => {
    expect(rows('set query_bin_auto_size=10; range x from 1 to 25 step 7 | extend b = bin_auto(x)')).toEqual([
      [1, 0],
      [8, 0],
      [15, 10],
      [22, 20],
    ]);
    expect(rows('set query_bin_auto_size=10; set query_bin_auto_at=3; range x from 1 to 25 step 7 | project bin_auto(x)')).toEqual([
      [-7],
      [3],
      [13],
      [13],
    ]);
  });

  it('bin_auto() without query_bin_auto_size is refused', () => {
    expect(() => rows('print bin_auto(3)')).toThrow(/bin_auto\(\) without set query_bin_auto_size/);
  });

  it('query_now is what now() and ago() count from', () => {
    expect(rows('set query_now = datetime(2021-01-01); print now(), ago(1d)', { now: 0n })).toEqual([
      ['2021-01-01T00:00:00Z', '2020-12-31T00:00:00Z'],
    ]);
  });

  it('query_take_max_records keeps that many records; options without effect on rows are accepted', () => {
    expect(rows('set notruncation; set querytrace; set query_take_max_records=2; range x from 1 to 5 step 1')).toEqual([[1], [2]]);
    expect(rows('set maxmemoryconsumptionperiterator=68719476736; set request_description="x"; print 1')).toEqual([[1]]);
  });

  it('a result beyond truncation_max_records or maxoutputcolumns is refused, within them it runs', () => {
    expect(() => rows('set truncationmaxrecords=2; range x from 1 to 5 step 1')).toThrow(Unsupported);
    expect(rows('set truncation_max_records=5; range x from 1 to 5 step 1')).toHaveLength(5);
    expect(() => rows('set maxoutputcolumns=1; print a=1, b=2')).toThrow(/2 columns/);
  });

  it('refuses unknown options and those whose effect the engine does not reproduce, by name', () => {
    expect(() => rows('set no_such_option=1; print 1')).toThrow(/set option no_such_option .* at 1:1/);
    expect(() => rows('set query_datetimescope_to=datetime(2020-01-01); print 1')).toThrow(/query_datetimescope_to/);
    expect(() => rows('set query_datascope="hotcache"; print 1')).toThrow(/hotcache/);
    expect(() => rows('print 1; set query_now = datetime(2021-01-01); print now()')).toThrow(/after a let or query statement/);
  });

  it('a value of the wrong type is a query error', () => {
    expect(() => rows('set query_now = 5; print 1')).toThrow(/datetime/);
  });
});
