// Scalar semantics, written from the Kusto documentation (learn.microsoft.com/kusto/query):
// scalar-data-types/null-values, arithmetic operators, datetime/timespan arithmetic.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('null semantics (scalar-data-types/null-values)', () => {
  it('ordering comparisons with null are null; == and != follow the documented table', () => {
    const r = rows(
      'datatable(val:int)[5, int(null)] | extend gt = val > 3, eq = val == int(null), ne = val != int(null), either = val > 3 or isnull(val)',
    );
    expect(r).toEqual([
      [5, true, false, true, true],
      [null, null, null, null, true],
    ]);
  });

  it('where keeps only rows whose predicate is true', () => {
    expect(rows('datatable(i:int, s:string)[5, "a", int(null), "b"] | where i != 5')).toEqual([[null, 'b']]);
    expect(rows('datatable(i:int)[5, int(null)] | where i > 1')).toEqual([[5]]);
  });

  it('strings are never null', () => {
    expect(value('isempty("")')).toBe(true);
    expect(value('isnull("")')).toBe(false);
    expect(rows('print s = tostring(int(null))')).toEqual([['']]);
  });

  it('and/or are three-valued', () => {
    expect(rows('print a = bool(null) and false, b = bool(null) and true, c = bool(null) or true, d = bool(null) or false')).toEqual([
      [false, null, true, null],
    ]);
  });
});

describe('numbers', () => {
  it('long arithmetic stays long; integer division truncates; by zero is null', () => {
    expect(rows('print a = 7 / 2, b = -7 / 2, c = -7 % 3, d = 7 / 0, e = 7 % 0')).toEqual([[3, -3, 2, null, null]]);
  });

  it('modulo is always non-negative: 0 <= N % D < abs(D) (numerical-operators example)', () => {
    expect(rows('print plusPlus = 14 % 12, minusPlus = -14 % 12, plusMinus = 14 % -12, minusMinus = -14 % -12')).toEqual([[2, 10, 2, 10]]);
    expect(rows('print a = -12 % 12, b = -7.5 % 2, c = 7.5 % -2, d = -0.0 % 5')).toEqual([[0, 0.5, 1.5, 0]]);
    expect(rows('range x from -3 to 3 step 1 | summarize make_list(x % 3)')).toEqual([[[0, 1, 2, 0, 1, 2, 0]]]);
  });

  it('mixing long and real gives real, real division by zero gives infinity', () => {
    expect(rows('print a = 1 + 2.5, b = 1.0 / 0, c = -1.0 / 0')).toEqual([[3.5, 'Infinity', '-Infinity']]);
  });

  it('a long result beyond 2^53 is exact (a bigint), never rounded; past 64 bits it is refused', () => {
    expect(rows('print 9007199254740991 + 2')).toEqual([[9007199254740993n]]);
    expect(() => rows('print 9223372036854775807 + 1')).toThrow(Unsupported);
  });
});

describe('datetime and timespan', () => {
  it('adds and subtracts in 100-ns ticks', () => {
    expect(
      rows(
        'print a = datetime(2021-01-01) + 1d, b = datetime(2021-01-02) - datetime(2021-01-01 12:00), c = datetime(2021-01-01 00:00:00.1234567)',
      ),
    ).toEqual([['2021-01-02T00:00:00Z', '12:00:00', '2021-01-01T00:00:00.1234567Z']]);
  });

  it('now() is one fixed value per query and ago() subtracts from it', () => {
    const now = 16094592000000000n; // 2021-01-01T00:00:00Z in ticks since the Unix epoch
    expect(rows('print n = now(), a = ago(1h), same = now() == now()', { now })).toEqual([
      ['2021-01-01T00:00:00Z', '2020-12-31T23:00:00Z', true],
    ]);
  });

  it('bin floors to the bucket', () => {
    expect(rows('print a = bin(datetime(2021-01-01 10:47), 1h), b = bin(17, 5), c = bin(-1, 5)')).toEqual([
      ['2021-01-01T10:00:00Z', 15, -5],
    ]);
  });

  it('formats timespans as [-][d.]hh:mm:ss[.fffffff]', () => {
    expect(rows('print a = 1d + 2h, b = -90m, c = 1500ms')).toEqual([['1.02:00:00', '-01:30:00', '00:00:01.5000000']]);
  });
});

describe('strings and conversions', () => {
  it('compares with and without case as documented', () => {
    expect(
      rows(
        'print a = "ABC" == "abc", b = "ABC" =~ "abc", c = "Hello" contains "ELL", d = "Hello" contains_cs "ELL", e = "Hello" startswith "he", f = "Hello" !endswith "LO"',
      ),
    ).toEqual([[false, true, true, false, true, false]]);
  });

  it('converts with tostring/tolong/todouble', () => {
    expect(
      rows(
        'print a = tostring(12), b = tostring(2.5), c = tostring(true), d = tostring(1h), e = tolong("42"), f = tolong("x"), g = todouble("2.5"), h = tostring(dynamic({"a":[1,2]}))',
      ),
    ).toEqual([['12', '2.5', 'true', '01:00:00', 42, null, 2.5, '{"a":[1,2]}']]);
  });

  it('iff, case and coalesce pick the documented branch', () => {
    expect(
      rows(
        'print a = iff(1 > 2, "y", "n"), b = iff(bool(null), 1, 2), c = case(false, "a", true, "b", "c"), d = coalesce(int(null), 5), e = coalesce("", "x")',
      ),
    ).toEqual([['n', 2, 'b', 5, 'x']]);
  });

  it('refuses what it cannot compute exactly, naming construct and position', () => {
    expect(() => rows('print\n  x = hash_combine(1, 2)')).toThrow(/not supported offline: function hash_combine\(\) at 2:7/);
  });
});

describe('literals', () => {
  it('parses every literal form exactly', () => {
    expect(
      rows(
        'print a = 1.5e3, b = 0x10, c = 123456789012, d = real(null), e = int(7), f = long(-3), g = real(nan), h = real(-inf), i = true, j = false, k = datetime("2021-01-01T10:00:00Z"), l = 1.5d, m = guid(74BE27DE-1E4E-49D9-B579-FE0B331D3642)',
      ),
    ).toEqual([
      [
        1500,
        16,
        123456789012,
        null,
        7,
        -3,
        'NaN',
        '-Infinity',
        true,
        false,
        '2021-01-01T10:00:00Z',
        '1.12:00:00',
        '74be27de-1e4e-49d9-b579-fe0b331d3642',
      ],
    ]);
  });

  it('refuses literals it cannot represent exactly', () => {
    expect(() => rows('print 1e400')).toThrow(Unsupported);
    expect(rows('print 12345678901234567')).toEqual([[12345678901234567n]]);
    expect(() => rows('print 92233720368547758070')).toThrow(Unsupported);
    expect(() => rows('print dynamic(12345678901234567890)')).toThrow(Unsupported);
  });
});

describe('has family (datatypes-string-operators: terms are maximal ASCII alphanumeric runs)', () => {
  it('matches whole terms, not substrings', () => {
    expect(
      rows(
        'print a = "North America" has "america", b = "North America" has "amer", c = "Kusto: ad67d136-c1db;KustoExplorerQueryRun" has "c1db", d = "abc" has_cs "ABC", e = "North America" !has "south"',
      ),
    ).toEqual([[true, false, true, false, true]]);
  });

  it('hasprefix/hassuffix look at term starts and ends', () => {
    expect(
      rows(
        'print a = "North America" hasprefix "amer", b = "North America" hasprefix "rica", c = "xAmerica" hassuffix "rica", d = "North America" hassuffix_cs "RICA"',
      ),
    ).toEqual([[true, false, true, false]]);
  });

  it('has_any and has_all take lists and dynamic arrays of terms', () => {
    expect(
      rows(
        'print a = "North America" has_any ("x", "north"), b = "a b" has_all ("a", "c"), c = "run mimikatz now" has_any (dynamic(["procdump", "mimikatz"]))',
      ),
    ).toEqual([[true, false, true]]);
  });

  it('refuses needles that are not one term and text outside ASCII', () => {
    expect(() => rows('print "a-b c" has "a-b"')).toThrow(Unsupported);
    expect(() => rows('print "Zoë x" has "x"')).toThrow(Unsupported);
  });
});
