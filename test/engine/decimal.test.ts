// The decimal type (Kusto docs: scalar-data-types/decimal.md, todecimal(), parse_version()).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { decimalText, parseDecimal } from '../../src/engine/decimal.js';
import { result, rows, value } from './helpers.js';

describe('decimal', () => {
  it('todecimal("123.45678") == decimal(123.45678) (documented example)', () => {
    expect(rows('print todecimal("123.45678") == decimal(123.45678)')).toEqual([[true]]);
  });

  it('parse_version() (documented example): 8-digit groups, missing parts trailing', () => {
    const query = [
      'let dt = datatable(v: string)',
      '["0.0.0.5", "0.0.7.0", "0.0.3", "0.2", "0.1.2.0", "1.2.3.4", "1"];',
      'dt | extend parsedVersion = parse_version(v)',
    ].join('\n');
    const table = result(query);
    expect(table.columns[1]).toEqual({ name: 'parsedVersion', type: 'decimal' });
    expect(table.rows.map((r) => r[1])).toEqual([
      '5',
      '700000000',
      '300000000',
      '20000000000000000',
      '10000000200000000',
      '1000000020000000300000004',
      '1000000000000000000000000',
    ]);
  });

  it('parse_version() values compare as numbers (documented example 2)', () => {
    const query = [
      'datatable(lab: string, v: string) ["Lab A", "0.0.0.5", "Lab B", "0.0.7.0", "Lab D", "0.0.3", "Lab C", "0.2",',
      '"Lab G", "0.1.2.0", "Lab F", "1.2.3.4", "Lab E", "1"]',
      '| extend parsed_version = parse_version(v)',
      '| extend needs_update = iff(parsed_version < parse_version("1.0.0.0"), "Yes", "No")',
      '| project lab, v, needs_update | sort by lab asc, v, needs_update',
    ].join('\n');
    expect(rows(query).map((r) => r[2])).toEqual(['Yes', 'Yes', 'Yes', 'Yes', 'No', 'No', 'Yes']);
  });

  it('parse_version() of text that is not 1-4 parts of up to 8 digits is null', () => {
    expect(rows('print parse_version("1.2.3.4.5"), parse_version("123456789"), parse_version("a.b"), parse_version("")')).toEqual([
      [null, null, null, null],
    ]);
    expect(value('parse_version("99999999.99999999.99999999.99999999")')).toBe('99999999999999999999999999999999');
  });

  it('literals and exact + - * keep every digit; the canonical text has no trailing zeros', () => {
    expect(
      rows('print a = decimal(1.50) + 2, b = decimal(0.1) * decimal(0.2), c = decimal(1e5), d = decimal(-0.5) - 1, e = decimal(null)'),
    ).toEqual([['3.5', '0.02', '100000', '-1.5', null]]);
    expect(value('decimal(12345678901234567890.123456789) + decimal(0.000000001)')).toBe('12345678901234567890.12345679');
    expect(value('todecimal(5) == 5')).toBe(true);
    expect(value('-decimal(1.25)')).toBe('-1.25');
  });

  it('todecimal(): ints, exact reals and plain decimal text; text without digits is null', () => {
    expect(rows('print todecimal(5), todecimal(1.5), todecimal("-0.250"), todecimal("abc")')).toEqual([['5', '1.5', '-0.25', null]]);
    expect(() => value('todecimal(0.1)')).toThrow(/rounded/);
    expect(() => value('todecimal("1,000")')).toThrow(Unsupported);
  });

  it('sorts by value, groups by value; datatable cells become decimals', () => {
    expect(rows('datatable(x: decimal)[1, 2, 10] | top 1 by x')).toEqual([['10']]);
    expect(rows('datatable(x: decimal)[1, 2] | serialize | extend c = prev(x)')).toEqual([
      ['1', null],
      ['2', '1'],
    ]);
    expect(rows('datatable(x: decimal) [1.5, 10, decimal(2.25), decimal(1.50)] | sort by x desc')).toEqual([
      ['10'],
      ['2.25'],
      ['1.5'],
      ['1.5'],
    ]);
    expect(rows('datatable(x: decimal) [1.5, decimal(1.50), 2] | summarize count() by x')).toEqual([
      ['1.5', 2],
      ['2', 1],
    ]);
  });

  it('refuses what it cannot compute exactly: division, functions and aggregates that would read the text', () => {
    expect(() => value('decimal(1) / 3')).toThrow(/Divide/);
    expect(() => value('tostring(decimal(1))')).toThrow(/tostring\(\) of a decimal/);
    expect(() => rows('datatable(x: decimal) [1.5, 10] | summarize max(x)')).toThrow(/max\(\) of a decimal/);
    expect(() => value('decimal(1) in (1, 2)')).toThrow(Unsupported);
    expect(() => value('decimal(1) + 1.5')).toThrow(Unsupported);
    expect(() => value('pack("a", decimal(1))')).toThrow(Unsupported);
    expect(() => rows('datatable(x: decimal)[1, 2] | serialize | extend c = row_cumsum(x)')).toThrow(/row_cumsum\(\) of a decimal/);
    expect(() => rows('datatable(x: decimal)[1, 2] | summarize arg_max(x, *)')).toThrow(/arg_max\(\) of a decimal/);
    expect(() => value('decimal(99999999999999999999999999999999999999) + 1')).toThrow(/38 digits/);
  });

  it('decimal text: canonical form', () => {
    const canonical = (s: string) => {
      const p = parseDecimal(s)!;
      return decimalText(p.m, p.scale, 'x');
    };
    expect(['0.0', '-0', '1.2500', '1e3', '12.5e-1', '-0.010'].map(canonical)).toEqual(['0', '0', '1.25', '1000', '1.25', '-0.01']);
  });
});
