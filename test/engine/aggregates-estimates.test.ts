// percentile/percentiles_array, hll and tdigest where the estimate is exact; avg of no values.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

describe('estimating aggregates, where exact', () => {
  it('gives the summarize page example: defaults of the aggregates on an empty table', () => {
    const r = result(`datatable(x:long)[]
      | summarize any_x=take_any(x), arg_max_x=arg_max(x, *), arg_min_x=arg_min(x, *), avg(x), buildschema(todynamic(tostring(x))),
        max(x), min(x), percentile(x, 55), hll(x), stdev(x), sum(x), sumif(x, x > 0), tdigest(x), variance(x)`);
    expect(r.columns.map((c) => c.name)).toEqual([
      'any_x',
      'arg_max_x',
      'arg_min_x',
      'avg_x',
      'schema_x',
      'max_x',
      'min_x',
      'percentile_x_55',
      'hll_x',
      'stdev_x',
      'sum_x',
      'sumif_x',
      'tdigest_x',
      'variance_x',
    ]);
    const row = r.rows[0]!;
    expect(row[3]).toBe('NaN');
    expect([row[7], row[8], row[12]]).toEqual([null, null, null]);
    expect([row[9], row[10], row[11], row[13]]).toEqual([0, 0, 0, 0]);
  });
  it('percentile 0 and 100 are the minimum and maximum; equal values are every percentile', () => {
    const t = 'datatable(k:string, v:long) ["a", 5, "a", 1, "a", 9, "b", 7, "b", 7, "c", long(null)]';
    expect(rows(`${t} | summarize lo = percentile(v, 0), hi = percentile(v, 100) by k`)).toEqual([
      ['a', 1, 9],
      ['b', 7, 7],
      ['c', null, null],
    ]);
    expect(rows(`${t} | where k != "a" | summarize p = percentile(v, 95) by k`)).toEqual([
      ['b', 7],
      ['c', null],
    ]);
    expect(rows(`${t} | where k == "a" | summarize percentiles_array(v, 0, 100)`)).toEqual([[[1, 9]]]);
  });
  it('refuses a percentile between different values, and hll/tdigest of values', () => {
    const t = 'datatable(v:long) [1, 2, 3]';
    expect(() => rows(`${t} | summarize percentile(v, 50)`)).toThrow(Unsupported);
    expect(() => rows(`${t} | summarize percentiles_array(v, 0, 50)`)).toThrow(Unsupported);
    expect(() => rows(`${t} | summarize hll(v)`)).toThrow(Unsupported);
    expect(() => rows(`${t} | summarize tdigest(v)`)).toThrow(Unsupported);
  });
  it('avg of a group with only nulls is NaN, as of no rows', () => {
    expect(rows('datatable(k:long, v:real) [1, real(null)] | summarize avg(v) by k')).toEqual([[1, 'NaN']]);
  });
});
