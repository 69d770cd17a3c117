// Numeric and bitwise functions, written from the Kusto documentation (pow, sqrt, log,
// log2, log10, exp*, trig, degrees/radians, round, ceiling, floor, sign, isnan/isinf/
// isfinite, gamma, loggamma, max_of/min_of, around, binary_*, bitset_count_ones).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('powers and logarithms', () => {
  it('computes the documented examples', () => {
    expect(rows('print a = pow(2, 3), b = exp2(3), c = exp10(2), d = log(5), e = log2(5), f = log10(5), g = sqrt(16)')).toEqual([
      [8, 8, 100, 1.6094379124341003, 2.321928094887362, 0.6989700043360189, 4],
    ]);
  });

  it('negative input to sqrt and log is null; null stays null', () => {
    expect(rows('print a = sqrt(-1), b = log(-1), c = log10(real(null)), d = pow(int(null), 2)')).toEqual([[null, null, null, null]]);
  });

  it('refuses log(0), whose result is not documented', () => {
    expect(() => value('log(0)')).toThrow(Unsupported);
  });
});

describe('trigonometry', () => {
  it('computes angles and conversions', () => {
    const r = rows('print a = atan2(1, 1), b = cos(0), c = degrees(pi() / 4), d = radians(180), e = asin(2), f = acos(1)');
    expect(r[0]![0]).toBeCloseTo(Math.PI / 4, 15);
    expect(r[0]!.slice(1)).toEqual([1, 45, Math.PI, null, 0]);
  });
});

describe('rounding', () => {
  it('round to a precision, negative precision rounds left of the point', () => {
    expect(
      rows(
        'print a = round(2.98765, 3), b = round(2.15, 1), c = round(2.15), d = round(-50.55, -2), e = round(21.5, -1), f = round(1234, -2)',
      ),
    ).toEqual([[2.988, 2.2, 2, -100, 20, 1200]]);
  });

  it('refuses exact ties (the tie rule is not documented)', () => {
    expect(() => value('round(2.5)')).toThrow(Unsupported);
    expect(() => value('round(-1.5)')).toThrow(Unsupported);
    expect(value('round(1.5)')).toBe(2);
  });

  it('ceiling, floor and sign', () => {
    expect(
      rows('print a = ceiling(-1.1), b = ceiling(0.9), c = floor(-1.1, 1), d = floor(17, 5), e = sign(-42), f = sign(0), g = sign(11.2)'),
    ).toEqual([[-1, 1, -2, 15, -1, 0, 1]]);
  });
});

describe('classification and gamma', () => {
  it('isnan / isinf / isfinite', () => {
    expect(rows('print a = isnan(0.0/0), b = isinf(-1.0/0), c = isfinite(1.0/0), d = isfinite(2.5), e = isnan(real(null))')).toEqual([
      [true, true, false, true, null],
    ]);
  });

  it('gamma and loggamma at small integers; refused elsewhere', () => {
    expect(rows('print a = gamma(5), b = loggamma(5), c = gamma(1)')).toEqual([[24, 3.1780538303479458, 1]]);
    expect(() => value('gamma(0.5)')).toThrow(Unsupported);
  });
});

describe('max_of / min_of / around', () => {
  it('ignores nulls unless all are null', () => {
    expect(
      rows('datatable(A:int, B:int)[1, 6, int(null), 2, int(null), int(null)] | project mx = max_of(A, B), mn = min_of(A, B)'),
    ).toEqual([
      [6, 1],
      [2, 2],
      [null, null],
    ]);
    expect(value('max_of(datetime(2024-12-15 07:15:22), datetime(2024-12-15 07:15:24))')).toBe('2024-12-15T07:15:24Z');
    expect(value('min_of(10, 1, -3, 17)')).toBe(-3);
  });

  it('around tests the closed range center ± delta', () => {
    expect(
      rows(
        'print a = around(1.5, 1, 0.5), b = around(100, 10, 5), c = around(datetime(2021-01-01 01:31), datetime(2021-01-01 01:30), 1min), d = around(int(null), 1, 1)',
      ),
    ).toEqual([[true, false, true, null]]);
  });
});

describe('bitwise', () => {
  it('and, or, xor, not, shifts and set bits', () => {
    expect(
      rows(
        'print a = binary_and(6, 3), b = binary_or(5, 3), c = binary_xor(5, 3), d = binary_not(100), e = binary_shift_left(1, 2), f = binary_shift_right(8, 2), g = binary_shift_left(1, 66), h = binary_shift_left(1, -1), i = bitset_count_ones(42), j = bitset_count_ones(-1)',
      ),
    ).toEqual([[2, 7, 6, -101, 4, 2, 4, null, 3, 64]]);
  });

  it('refuses results beyond ±2^53', () => {
    expect(() => value('binary_shift_left(1, 60)')).toThrow(Unsupported);
  });
});
