// Aggregates from the Kusto documentation: arg_max/arg_min beside other
// aggregates, variance/stdev, covariance, dcount (exact within its documented
// exact range), count_distinct, make_bag, make_list_with_nulls, count(expr).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const t = 'datatable(g:string, x:long, s:string)["a", 1, "p", "a", 3, "q", "b", 2, "r", "b", long(null), "s", "a", 3, "t"]';

describe('arg_max and arg_min with other aggregates', () => {
  it('fills several columns beside other aggregates, ties keep the first row', () => {
    const r = result(`${t} | summarize arg_max(x, s), n = count(), arg_min(x, *) by g`);
    expect(r.columns.map((c) => c.name)).toEqual(['g', 'x', 's', 'n', 'x1', 's1']);
    expect(r.rows).toEqual([
      ['a', 3, 'q', 3, 1, 'p'],
      ['b', 2, 'r', 2, 2, 'r'],
    ]);
  });

  it('returns computed expressions at the chosen row', () => {
    expect(rows(`${t} | summarize arg_max(x, u = toupper(s)), c = dcount(s)`)).toEqual([[3, 'Q', 5]]);
  });

  it('gives nulls on empty input without by; an all-null group gives null and its first row (docs)', () => {
    expect(rows(`${t} | where x > 10 | summarize arg_max(x, s), count()`)).toEqual([[null, '', 0]]);
    expect(rows(`${t} | where isnull(x) | summarize arg_max(x, s) by g`)).toEqual([['b', null, 's']]);
  });
});

describe('variance, stdev and covariance', () => {
  it('sample and population forms over 1..5 (docs: stdev 1.58113883008419, variancep 2)', () => {
    const [stdev, stdevp, variance, variancep] = rows(
      'range x from 1 to 5 step 1 | summarize stdev(x), stdevp(x), variance(x), variancep(x)',
    )[0] as number[];
    expect(stdev).toBeCloseTo(1.58113883008419, 12);
    expect(stdevp).toBeCloseTo(Math.sqrt(2), 12);
    expect(variance).toBe(2.5);
    expect(variancep).toBe(2);
  });

  it('conditional forms and nulls skipped', () => {
    expect(rows('range x from 1 to 100 step 1 | summarize varianceif(x, x % 2 == 0), variancepif(x, x % 2 == 0)')).toEqual([[850, 833]]);
    // 1, 3, 2, 3 (the null skipped): mean 2.25, squared deviations 2.75, over n - 1.
    expect((rows(`${t} | summarize variance(x)`) as number[][])[0]![0]).toBeCloseTo(2.75 / 3, 12);
  });

  it('empty input gives 0 (documented default); a single-value sample is refused', () => {
    expect(rows(`${t} | where x > 10 | summarize stdev(x), variance(x)`)).toEqual([[0, 0]]);
    expect(() => rows(`${t} | where x == 1 | summarize stdev(x)`)).toThrow(Unsupported);
  });

  it('covariance and covariancep (docs example: 20.5)', () => {
    const t = 'datatable(x:real, y:real)[1.0, 14.0, 2.0, 10.0, 3.0, 17.0, 4.0, 20.0, 5.0, 50.0]';
    expect(rows(`${t} | summarize c = covariance(x, y), p = covariancep(x, y)`)).toEqual([[20.5, 16.4]]);
    const q = 'range x from 1 to 100 step 1 | extend y = iff(x % 2 == 0, x * 2, x * 3)';
    expect(rows(`${q} | summarize c = covarianceif(x, y, x % 3 == 0)`)).toEqual([[2142]]);
    // Unnamed, Kusto's column name (covariance_x_y) differs from the binder's: given where the
    // summarize ends the query, refused where a later operator binds to the binder's name.
    expect(result(`${t} | summarize covariance(x, y)`).columns.map((c) => c.name)).toEqual(['covariance_x_y']);
    expect(() => rows(`${t} | summarize covariance(x, y) | extend k = 1`)).toThrow(Unsupported);
  });
});

describe('distinct counts', () => {
  it('dcount and count_distinct count distinct non-null values, empty strings included', () => {
    expect(rows(`${t} | summarize dcount(x), count_distinct(x), dcountif(s, x > 1), dcount(g) by g`)).toEqual([
      ['a', 2, 2, 2, 1],
      ['b', 1, 1, 1, 1],
    ]);
    expect(rows('datatable(s:string)["", "a", ""] | summarize dcount(s)')).toEqual([[2]]);
  });

  it('dcount is exact below its documented exact range and refused beyond it', () => {
    expect(rows('range x from 1 to 999 step 1 | summarize dcount(x)')).toEqual([[999]]);
    expect(() => rows('range x from 1 to 1000 step 1 | summarize dcount(x)')).toThrow(Unsupported);
    expect(rows('range x from 1 to 5000 step 1 | summarize dcount(x, 2)')).toEqual([[5000]]);
    expect(() => rows('range x from 1 to 5 step 1 | summarize dcount(x, 0)')).toThrow(Unsupported);
    expect(rows('range x from 1 to 5000 step 1 | summarize count_distinct(x)')).toEqual([[5000]]);
  });

  it('is 0 on empty input, as count(expr) counts rows including nulls', () => {
    expect(rows('datatable(x:long)[] | summarize count(x), countif(x > 0), dcount(x), dcountif(x, x > 0)')).toEqual([[0, 0, 0, 0]]);
    expect(result('range x from 1 to 2 step 1 | extend y = iff(x == 1, real(null), real(5)) | summarize count(y)')).toEqual({
      columns: [{ name: 'count_y', type: 'long' }],
      rows: [[2]],
    });
  });
});

describe('bags and lists', () => {
  it('make_bag merges property bags and skips other values', () => {
    expect(rows(`${t} | where isnotnull(x) | summarize make_bag(bag_pack(s, x)), make_bag_if(bag_pack(s, 1), x > 2)`)).toEqual([
      [
        { p: 1, q: 3, r: 2, t: 3 },
        { q: 1, t: 1 },
      ],
    ]);
    expect(rows('print b = dynamic({"a": 1}) | union (print b = dynamic([1])) | summarize make_bag(b)')).toEqual([[{ a: 1 }]]);
  });

  it('make_bag refuses a key holding different values (Kusto picks arbitrarily)', () => {
    expect(() => rows(`${t} | summarize make_bag(bag_pack(g, x))`)).toThrow(Unsupported);
  });

  it('make_list_with_nulls keeps nulls in order', () => {
    expect(rows(`${t} | summarize make_list_with_nulls(x)`)).toEqual([[[1, 3, 2, null, 3]]]);
  });
});

describe('summarize hints', () => {
  it('ignores shuffle hints, which do not change results', () => {
    expect(rows(`${t} | summarize hint.strategy=shuffle hint.shufflekey=g n = count() by g`)).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(rows(`${t} | distinct hint.strategy=shuffle g`)).toEqual([['a'], ['b']]);
  });
});

describe('take_any with several columns', () => {
  it('takes all values from one row of the group (the first), beside other aggregates', () => {
    expect(result(`${t} | summarize take_any(*), n = count() by g`)).toEqual({
      columns: [
        { name: 'g', type: 'string' },
        { name: 'x', type: 'long' },
        { name: 's', type: 'string' },
        { name: 'n', type: 'long' },
      ],
      rows: [
        ['a', 1, 'p', 3],
        ['b', 2, 'r', 2],
      ],
    });
    expect(rows(`${t} | summarize take_any(s, x) by g`)).toEqual([
      ['a', 'p', 1],
      ['b', 'r', 2],
    ]);
  });

  it('gives the type nulls on empty input without by', () => {
    expect(rows(`${t} | where x > 10 | summarize take_any(x, s)`)).toEqual([[null, '']]);
  });
});

describe('binary_all_and, binary_all_or, binary_all_xor', () => {
  it('combine the longs of the group bitwise, skipping nulls (docs: xor gives 0xCAFEF00D)', () => {
    const q = 'datatable(n:long)[0x44404440, 0x1E1E1E1E, 0x90ABBA09, 0x000B105A, long(null)]';
    expect(rows(`${q} | summarize binary_all_xor(n), binary_all_and(n), binary_all_or(n)`)).toEqual([[0xcafef00d, 0, 0xdefffe5f]]);
    expect(rows(`${q} | where isnull(n) | summarize binary_all_or(n)`)).toEqual([[null]]);
  });
});

describe('expressions over aggregates', () => {
  it('computes scalar expressions of one or more aggregates per group', () => {
    const q =
      'range x from 1 to 10 step 1 | summarize r = avg(x) * 3, p = countif(x > 5) * 100.0 / count(), s = strcat("n=", count()) by g = x % 2';
    expect(rows(q)).toEqual([
      [1, 15, 40, 'n=5'],
      [0, 18, 60, 'n=5'],
    ]);
    expect(result('range x from 1 to 4 step 1 | summarize dcount(x) + 1').columns.map((c) => c.name)).toEqual(['Column1']);
  });

  it('refuses arg_max inside an expression', () => {
    expect(() => rows('range x from 1 to 4 step 1 | summarize tostring(arg_max(x, *))')).toThrow();
  });
});

describe('summarize (a, b) = arg_max(…)', () => {
  it('names the columns of the call in order (using-hll-tdigest page form)', () => {
    const t = 'datatable(k:string, day:long, pages:long) ["x", 1, 10, "x", 2, 30, "x", 3, 20, "y", 1, 5]';
    expect(result(`${t} | summarize (d1, p1) = arg_min(day, pages), (d2, p2) = arg_max(pages, day) by k | sort by k asc`)).toEqual({
      columns: [
        { name: 'k', type: 'string' },
        { name: 'd1', type: 'long' },
        { name: 'p1', type: 'long' },
        { name: 'd2', type: 'long' },
        { name: 'p2', type: 'long' },
      ],
      rows: [
        ['x', 1, 10, 30, 2],
        ['y', 1, 5, 5, 1],
      ],
    });
  });
});
