// Functions whose result the Kusto documentation defines exactly (issue 14, item 5):
// the documented examples, plus edge cases the pages pin, plus the refusals where they do not.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { betaCdf, betaInv, erf, erfc, incompleteBeta } from '../../src/engine/functions/special.js';
import { rows, value } from './helpers.js';

describe('format_bytes()', () => {
  it('gives the documented example texts', () => {
    expect(
      rows(
        'print v1 = format_bytes(564), v2 = format_bytes(10332, 1), v3 = format_bytes(20010332), v4 = format_bytes(20010332, 2), v5 = format_bytes(20010332, 0, "KB")',
      ),
    ).toEqual([['564 Bytes', '10.1 KB', '19 MB', '19.08 MB', '19541 KB']]);
  });

  it('picks the largest unit the size reaches, in powers of 1024', () => {
    expect(value('format_bytes(1024)')).toBe('1 KB');
    expect(value('format_bytes(999)')).toBe('999 Bytes');
    expect(value('format_bytes(3.5 * 1024 * 1024 * 1024, 1)')).toBe('3.5 GB');
    expect(value('format_bytes(0)')).toBe('0 Bytes');
    expect(value('format_bytes(2048, 0, "Bytes")')).toBe('2048 Bytes');
    expect(value('format_bytes(real(null))')).toBe('');
  });

  it('refuses what the page leaves open', () => {
    for (const e of [
      'format_bytes(-5)',
      'format_bytes(1536)',
      'format_bytes(1024, 2)',
      'format_bytes(1000 * 1024)',
      'format_bytes(1023)',
      'format_bytes(5, 0, "kb")',
    ])
      expect(() => value(e), e).toThrow(Unsupported);
  });
});

describe('erf() and erfc()', () => {
  it('give the documented tables', () => {
    expect(
      rows('range x from -3 to 3 step 1 | extend e = erf(x), c = erfc(x) | project e, c').map((r) =>
        r.map((v) => Number((v as number).toPrecision(15))),
      ),
    ).toEqual([
      [-0.999977909503001, 1.999977909503],
      [-0.995322265018953, 1.99532226501895],
      [-0.842700792949715, 1.84270079294971],
      [0, 1],
      [0.842700792949715, 0.157299207050285],
      [0.995322265018953, 0.00467773498104727],
      [0.999977909503001, 2.20904969985854e-5],
    ]);
  });

  it('agree with 30-digit references to about an ulp', () => {
    // mpmath erf/erfc at 30 digits.
    const reference: [number, number, number][] = [
      [0.3, Number('0.32862675945912742'), Number('0.67137324054087258')],
      [1, Number('0.84270079294971487'), Number('0.15729920705028513')],
      [2, Number('0.99532226501895273'), Number('0.0046777349810472658')],
      [3, Number('0.99997790950300141'), Number('2.2090496998585441e-5')],
      [5, Number('0.99999999999846254'), Number('1.5374597944280349e-12')],
    ];
    for (const [x, e, c] of reference) {
      expect(Math.abs(erf(x) - e) / e).toBeLessThan(4e-16);
      expect(Math.abs(erfc(x) - c) / c).toBeLessThan(4e-16);
    }
    expect(erf(-0.3)).toBe(-erf(0.3));
    expect(Number.isNaN(erf(NaN))).toBe(true);
  });
});

describe('beta_cdf() and beta_inv()', () => {
  it('give the documented example rows', () => {
    const cdf =
      rows(`datatable(x:double, alpha:double, beta:double)[0.9, 10.0, 20.0, 1.5, 10.0, 20.0, double(-10), 10.0, 20.0, 0.1, double(-1.0), 20.0]
      | extend b = beta_cdf(x, alpha, beta) | project b`);
    expect(Number((cdf[0]![0] as number).toPrecision(15))).toBe(0.999999999999959);
    expect(cdf.slice(1).map((r) => r[0])).toEqual(['NaN', 'NaN', 'NaN']);
    const inv = rows(`datatable(p:double, alpha:double, beta:double)[0.1, 10.0, 20.0, 1.5, 10.0, 20.0, 0.1, double(-1.0), 20.0]
      | extend b = beta_inv(p, alpha, beta) | project b`);
    expect(Number((inv[0]![0] as number).toPrecision(15))).toBe(0.226415022388749);
    expect(inv.slice(1).map((r) => r[0])).toEqual([null, 'NaN']);
  });

  it('agree with 40-digit references', () => {
    // mpmath betainc(a, b, 0, x, regularized=True).
    const reference: [number, number, number, number][] = [
      [0.3, 2.5, 3.7, 0.3190031752843087],
      [0.7, 0.5, 0.5, Number('0.63098988043445459')],
      [1e-5, 0.3, 4000, Number('0.42034426266127759')],
      [0.2, 1, 1, 0.2],
      [0.6, 200.5, 150.25, Number('0.85872452867110355')],
    ];
    for (const [x, a, b, want] of reference) expect(Math.abs(incompleteBeta(x, a, b) - want) / want).toBeLessThan(2e-15);
    expect(betaCdf(0, 2, 3)).toBe(0);
    expect(Number.isNaN(betaCdf(0.5, 10001, 3))).toBe(true);
    expect(Math.abs(betaCdf(betaInv(0.3, 2.5, 3.7)!, 2.5, 3.7) - 0.3)).toBeLessThan(1e-15);
    expect(() => betaInv(0, 2, 3)).toThrow(Unsupported);
  });
});

describe('bin(), floor() and bin_at() on reals', () => {
  it('floor(value / size) * size (documented examples)', () => {
    expect(value('bin(4.5, 1)')).toBe(4);
    expect(value('bin_at(6.5, 2.5, 7)')).toBe(4.5);
    expect(value('floor(7.3, 2.5)')).toBe(5);
    expect(value('bin(-0.5, 0.25)')).toBe(-0.5);
    expect(value('bin(-0.6, 0.25)')).toBe(-0.75);
    expect(value('bin(3.7, -1.0)')).toBe(null);
    expect(() => value('bin(3.7, 0.0)')).toThrow(Unsupported);
  });
});

describe('estimate_data_size()', () => {
  it('counts 8 bytes a long and a string its length (documented example)', () => {
    expect(rows("range x from 1 to 10 step 1 | extend Text = '1234567890' | summarize Total = sum(estimate_data_size(*))")).toEqual([
      [180],
    ]);
    expect(rows("print a = 'abc', b = 5 | project s = estimate_data_size(a, b)")).toEqual([[11]]);
  });

  it('refuses types whose size is not documented', () => {
    expect(() => rows('print a = 1.5 | project estimate_data_size(a)')).toThrow(Unsupported);
  });
});
