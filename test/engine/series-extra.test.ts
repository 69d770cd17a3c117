// series_* math, fill_linear, dot product, Pearson, stats and tuple columns, from the Kusto docs.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows, value } from './helpers.js';

const refuses = (query: string) => expect(() => rows(query)).toThrow(Unsupported);
const x15 = 'dynamic([23, 46, 23, 87, 4, 8, 3, 75, 2, 56, 13, 75, 32, 16, 29])';

describe('element-wise series math', () => {
  it('applies trigonometry, exp and log per element; non-numeric elements give null', () => {
    expect(value('series_sin(dynamic([-1, 0, 1]))')).toEqual([-Math.sin(1), 0, Math.sin(1)]);
    expect(value('series_atan(dynamic([1, "a", null]))')).toEqual([Math.atan(1), null, null]);
    expect(value('series_log(dynamic([1, 2]))')).toEqual([0, Math.log(2)]);
    expect(value('series_exp(dynamic([0]))')).toEqual([1]);
  });
  it('refuses non-finite results (no dynamic form)', () => {
    refuses('print series_log(dynamic([0]))');
    refuses('print series_asin(dynamic([2]))');
    refuses('print series_divide(dynamic([2]), dynamic([0]))');
  });
  it('divides and raises element-wise; missing elements give null', () => {
    expect(value('series_divide(dynamic([1, 2, 4]), dynamic([4, 2]))')).toEqual([0.25, 1, null]);
    expect(value('series_pow(dynamic([1, 2, 3, 4]), dynamic([1, 2, 3, 0.5]))')).toEqual([1, 4, 27, 2]);
  });
});

describe('series_fill_linear', () => {
  it('interpolates inner gaps and fills edges by default', () => {
    expect(value('series_fill_linear(dynamic([null, 1.5, null, 3.5, null]))')).toEqual([1.5, 1.5, 2.5, 3.5, 3.5]);
  });
  it('keeps edges with fill_edges=false', () => {
    expect(value('series_fill_linear(dynamic([null, 1.5, null, 3.5, null]), double(null), false)')).toEqual([null, 1.5, 2.5, 3.5, null]);
  });
  it('fills an all-missing array with constant_value (0 by default)', () => {
    expect(value('series_fill_linear(dynamic([null, null]))')).toEqual([0, 0]);
    expect(value('series_fill_linear(dynamic([null, null]), double(null), false, 3.14159)')).toEqual([3.14159, 3.14159]);
  });
  it('uses a numeric missing_value_placeholder', () => {
    expect(value('series_fill_linear(dynamic([-1, 2, -1, 6]), -1)')).toEqual([2, 2, 4, 6]);
  });
  it('refuses what it cannot know exactly', () => {
    // Whole numbers may be longs (rounded by Kusto) or reals: a fractional interpolation is ambiguous.
    refuses('print series_fill_linear(dynamic([1, null, 2]))');
    // Evaluation order changes the last bit of thirds.
    refuses('print series_fill_linear(dynamic([0.1, null, null, 1.0]))');
    expect(value('series_fill_linear(dynamic([41.5, null, null, 16.0]))')).toEqual([41.5, 33, 24.5, 16]);
    refuses('print series_fill_linear(dynamic([1, "a", null]))');
  });
});

describe('series_dot_product and series_pearson_correlation', () => {
  it('sums products over the shorter length, ignoring non-numeric elements', () => {
    expect(value('series_dot_product(dynamic([1, 2, 4]), dynamic([4, 2, 1, 9]))')).toBe(12);
    expect(value('series_dot_product(dynamic([1, "a", 4]), dynamic([4, 2, 1]))')).toBe(8);
  });
  it('broadcasts a numeric scalar', () => {
    expect(value('series_dot_product(dynamic([1, 2, 4]), 2)')).toBe(14);
    expect(value('series_dot_product(3, dynamic([1, 2]))')).toBe(9);
  });
  it('is null for an empty array', () => {
    expect(value('series_dot_product(dynamic([]), dynamic([1]))')).toBeNull();
  });
  it('correlates two series; different lengths or non-numeric elements give null', () => {
    expect(value('series_pearson_correlation(dynamic([1, 2, 3, 4, 5]), dynamic([2, 4, 6, 8, 10]))')).toBe(1);
    expect(value('series_pearson_correlation(dynamic([1, 2, 3]), dynamic([3, 2, 1]))')).toBe(-1);
    expect(value('series_pearson_correlation(dynamic([1, 2]), dynamic([1, 2, 3]))')).toBeNull();
    expect(value('series_pearson_correlation(dynamic([1, "a"]), dynamic([1, 2]))')).toBeNull();
  });
});

describe('series_stats and tuple columns', () => {
  it('projects one column per statistic with the generated names', () => {
    const r = result(`print x=${x15} | project series_stats(x)`);
    expect(r.columns.map((c) => c.name)).toEqual([
      'series_stats_x_min',
      'series_stats_x_min_idx',
      'series_stats_x_max',
      'series_stats_x_max_idx',
      'series_stats_x_avg',
      'series_stats_x_stdev',
      'series_stats_x_variance',
    ]);
    expect(r.rows[0]).toEqual([2, 8, 87, 3, 32.8, Math.sqrt(812.4571428571429), 812.4571428571429]);
  });
  it('names the parts with extend (a, b, …) = …', () => {
    const r = result(`print x=${x15} | extend (lo, lo_at, hi, hi_at, mean, sd, var) = series_stats(x), y = 1`);
    expect(r.columns.map((c) => c.name)).toEqual(['x', 'lo', 'lo_at', 'hi', 'hi_at', 'mean', 'sd', 'var', 'y']);
    expect(r.rows[0]!.slice(1, 5)).toEqual([2, 8, 87, 3]);
  });
  it('gives a named single expression the first part, the rest generated', () => {
    const r = result(`print x=${x15} | extend s = series_stats(x)`);
    expect(r.columns.map((c) => c.name).slice(0, 3)).toEqual(['x', 's', 'series_stats_x_min_idx']);
    expect(r.rows[0]!.slice(1, 3)).toEqual([2, 8]);
  });
  it('refuses fewer tuple names than parts (the docs and the binder disagree on the columns)', () => {
    refuses(`print x=${x15} | extend (lo, lo_at) = series_stats(x)`);
  });
  it('returns a bag from series_stats_dynamic', () => {
    expect(value(`series_stats_dynamic(${x15})`)).toMatchObject({ min: 2, min_idx: 8, max: 87, max_idx: 3, avg: 32.8, sum: 492, len: 15 });
  });
  it('refuses nulls, ignore_nonfinite and too-short arrays', () => {
    refuses('print x=dynamic([1, null, 3]) | project series_stats(x)');
    refuses('print x=dynamic([1, 2, 3]) | project series_stats(x, true)');
    refuses('print x=dynamic([1]) | project series_stats(x)');
  });
  it('splits array_sort_desc of several arrays into columns (print and extend)', () => {
    const r = result('let a1 = dynamic([1,3,2]); let a2 = dynamic(["a","b","c"]); print array_sort_desc(a1, a2)');
    expect(r.columns.map((c) => c.name)).toEqual(['a1_sorted', 'a2_sorted']);
    expect(r.rows[0]).toEqual([
      [3, 2, 1],
      ['b', 'c', 'a'],
    ]);
    expect(rows('print x=dynamic([2,1]), y=dynamic([5,6]) | extend (s, t) = array_sort_asc(x, y) | project s, t')[0]).toEqual([
      [1, 2],
      [6, 5],
    ]);
  });
});

describe('tohex', () => {
  it("formats ints and longs, negatives in two's complement of their size", () => {
    expect(value('tohex(256)')).toBe('100');
    expect(value('tohex(-256)')).toBe('ffffffffffffff00');
    expect(value('tohex(toint(-256), 8)')).toBe('ffffff00');
    expect(value('tohex(toint(-1))')).toBe('ffffffff');
    expect(value('tohex(256, 8)')).toBe('00000100');
    expect(value('tohex(256, 2)')).toBe('100');
    expect(value('tohex(1, 20)')).toBe('0000000000000001');
  });
  it('gives an empty string for null', () => {
    expect(value('tohex(long(null))')).toBe('');
  });
});
