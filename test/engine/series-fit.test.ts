// series_magnitude, series_cosine_similarity, series_fit_line(_dynamic) and series_iir, from the Kusto docs.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows, value } from './helpers.js';

const refuses = (query: string) => expect(() => rows(query)).toThrow(Unsupported);

describe('series_magnitude', () => {
  it('is the square root of the dot product with itself (the docs example)', () => {
    expect(rows('print arr=dynamic([1,2,3,4]) | extend series_magnitude=series_magnitude(arr)')[0]).toEqual([[1, 2, 3, 4], Math.sqrt(30)]);
    expect(value('series_magnitude(dynamic([3, 4]))')).toBe(5);
  });
  it('ignores non-numeric elements and is null for an empty array, like series_dot_product', () => {
    expect(value('series_magnitude(dynamic([1, "a", 2]))')).toBe(Math.sqrt(5));
    expect(value('series_magnitude(dynamic([]))')).toBeNull();
  });
  it('refuses rounded squares (summation order undocumented) and arrays without numbers', () => {
    refuses('print series_magnitude(dynamic([0.1, 0.2]))');
    refuses('print series_magnitude(dynamic(["a"]))');
    refuses('print series_magnitude(dynamic(null))');
  });
});

describe('series_cosine_similarity', () => {
  it('divides the dot product by both magnitudes', () => {
    expect(value('series_cosine_similarity(dynamic([1, 2, 3]), dynamic([4, 5, 6]))')).toBe(32 / Math.sqrt(14 * 77));
    expect(value('series_cosine_similarity(dynamic([3, 4]), dynamic([4, 3]))')).toBe(0.96);
    expect(value('series_cosine_similarity(dynamic([1, 0]), dynamic([0, 1]))')).toBe(0);
    expect(value('series_cosine_similarity(dynamic([3, 4]), dynamic([-6, -8]))')).toBe(-1);
  });
  it('takes given magnitudes; with both given, the longer series is truncated and non-numbers ignored', () => {
    expect(value('series_cosine_similarity(dynamic([3, 4]), dynamic([6, 8]), 5.0)')).toBe(1);
    expect(value('series_cosine_similarity(dynamic([3, 4, 9]), dynamic([3, 4]), 5.0, 5.0)')).toBe(1);
    expect(value('series_cosine_similarity(dynamic([3, "a", 4]), dynamic([3, 1, 4]), 5.0, 5.0)')).toBe(1);
  });
  it('is null when a series is empty (documented)', () => {
    expect(value('series_cosine_similarity(dynamic([]), dynamic([1, 2]))')).toBeNull();
    expect(value('series_cosine_similarity(dynamic([1]), dynamic([]), 1.0, 1.0)')).toBeNull();
  });
  it('refuses the docs example: the products are rounded, so the evaluation order decides the last bits', () => {
    refuses(`datatable(s1:dynamic, s2:dynamic)
      [dynamic([0.1,0.2,0.1,0.2]), dynamic([0.11,0.2,0.11,0.21]), dynamic([0.1,0.2,0.1,0.2]), dynamic([1,2,3,4])]
      | extend cosine_similarity=series_cosine_similarity(s1, s2)`);
  });
  it('refuses where the plausible forms disagree or the magnitude is not documented', () => {
    // 4 / (√5·√5) and 4 / √25 differ in the last bit.
    refuses('print series_cosine_similarity(dynamic([1, 2]), dynamic([2, 1]))');
    // Whether a computed magnitude covers the truncated or ignored elements is not documented.
    refuses('print series_cosine_similarity(dynamic([3, 4, 1]), dynamic([3, 4]))');
    refuses('print series_cosine_similarity(dynamic([3, "a", 4]), dynamic([3, 1, 4]))');
    refuses('print series_cosine_similarity(dynamic([3, 4]), dynamic([3, 4]), real(null))');
    // A zero vector divides by zero.
    refuses('print series_cosine_similarity(dynamic([0, 0]), dynamic([6, 8]))');
  });
});

describe('series_fit_line', () => {
  const names = ['RSquare', 'Slope', 'Variance', 'RVariance', 'Interception', 'LineFit'];
  it('fits y = a·x + b with x = 1, 2, … (the docs example has line_fit[0] = slope + interception)', () => {
    const r = result(`print y=dynamic([1, 3, 5, 7]) | extend (${names.join(', ')}) = series_fit_line(y)`);
    expect(r.columns.map((c) => [c.name, c.type])).toEqual([
      ['y', 'dynamic'],
      ['RSquare', 'real'],
      ['Slope', 'real'],
      ['Variance', 'real'],
      ['RVariance', 'real'],
      ['Interception', 'real'],
      ['LineFit', 'dynamic'],
    ]);
    // Both variances divide by n - 1 (the docs example: variance 98.628, rvariance 1.686).
    expect(r.rows[0]).toEqual([[1, 3, 5, 7], 1, 2, 20 / 3, 0, -1, [1, 3, 5, 7]]);
    expect(rows('print series_fit_line(dynamic([5, 3]))')[0]).toEqual([1, -2, 2, 0, 7, [5, 3]]);
  });
  it('projects the generated column names', () => {
    expect(result('print y=dynamic([2, 4, 6]) | project series_fit_line(y)').columns.map((c) => c.name)).toEqual([
      'series_fit_line_y_rsquare',
      'series_fit_line_y_slope',
      'series_fit_line_y_variance',
      'series_fit_line_y_rvariance',
      'series_fit_line_y_interception',
      'series_fit_line_y_line_fit',
    ]);
  });
  it('returns a bag from series_fit_line_dynamic', () => {
    expect(rows('print y=dynamic([1, 3, 5, 7]) | extend fit=series_fit_line_dynamic(y) | project fit.slope, fit.line_fit')[0]).toEqual([
      2,
      [1, 3, 5, 7],
    ]);
    expect(value('series_fit_line_dynamic(dynamic([2, 4, 6]))')).toEqual({
      rsquare: 1,
      slope: 2,
      variance: 4,
      rvariance: 0,
      interception: 0,
      line_fit: [2, 4, 6],
    });
  });
  it('refuses the docs example: the candidate evaluation orders disagree in the last bits', () => {
    refuses(`print y=dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30])
      | extend (RSquare, Slope, Variance, RVariance, Interception, LineFit)=series_fit_line(y)`);
    refuses('print series_fit_line_dynamic(dynamic([2, 5, 6, 8, 11, 15, 17, 18, 25, 26, 30, 30]))');
  });
  it('refuses undocumented inputs: nulls, non-numbers, fewer than two elements, a constant series', () => {
    refuses('print series_fit_line(dynamic([1, null, 3]))');
    refuses('print series_fit_line(dynamic([1, "a", 3]))');
    refuses('print series_fit_line(dynamic([1]))');
    refuses('print series_fit_line(dynamic([]))');
    refuses('print series_fit_line_dynamic(dynamic([4, 4, 4]))');
    refuses('print series_fit_line(dynamic(null))');
  });
  it('refuses fewer names than parts, as for series_stats', () => {
    refuses('print y=dynamic([1, 3, 5]) | extend (rsquare, slope) = series_fit_line(y)');
  });
});

describe('series_fit_2lines', () => {
  it('stays refused: the split convention, the segments’ x and the total r-square are not documented', () => {
    refuses('print series_fit_2lines(dynamic([1, 2, 3, 10, 20, 30]))');
    refuses('print series_fit_2lines_dynamic(dynamic([1, 2, 3, 10, 20, 30]))');
  });
});

describe('series_iir', () => {
  it('computes a cumulative sum (the docs examples)', () => {
    expect(
      rows('let x = range(1.0, 10, 1); print x=x, y = series_iir(x, dynamic([1]), dynamic([1,-1])) | mv-expand x, y').slice(0, 4),
    ).toEqual([
      [1, 1],
      [2, 3],
      [3, 6],
      [4, 10],
    ]);
    expect(
      rows(`let vector_sum=(x: dynamic) {
          let y=array_length(x) - 1;
          todouble(series_iir(x, dynamic([1]), dynamic([1, -1]))[y])
        };
        print d=dynamic([0, 1, 2, 3, 4])
        | extend dd=vector_sum(d)`)[0],
    ).toEqual([[0, 1, 2, 3, 4], 10]);
  });
  it('applies numerators to past inputs and denominators to past outputs, divided by a[0]', () => {
    expect(value('series_iir(dynamic([1, 2, 3, 4]), dynamic([0.5, 0.5]), dynamic([1]))')).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(value('series_iir(dynamic([1, 2, 3, 4]), dynamic([1]), dynamic([2, -1]))')).toEqual([0.5, 1.25, 2.125, 3.0625]);
    expect(value('series_iir(dynamic([]), dynamic([1]), dynamic([1]))')).toEqual([]);
  });
  it('refuses a zero a[0] (documented as forbidden), bad coefficients and undocumented elements', () => {
    refuses('print series_iir(dynamic([1, 2]), dynamic([1]), dynamic([0, 1]))');
    refuses('print series_iir(dynamic([1, 2]), dynamic([]), dynamic([1]))');
    refuses('print series_iir(dynamic([1, 2]), dynamic([1]), dynamic(["a"]))');
    refuses('print series_iir(dynamic([1, null]), dynamic([1]), dynamic([1, -1]))');
  });
  it('refuses where the summation order changes the result', () => {
    // (0.1 + 0.2) + 0.3 and (0.3 + 0.2) + 0.1 differ.
    refuses('print series_iir(dynamic([0.1, 0.2, 0.3]), dynamic([1, 1, 1]), dynamic([1]))');
    // An unstable filter overflows.
    refuses('print series_iir(range(1, 2000, 1), dynamic([1]), dynamic([1, -10]))');
  });
});
