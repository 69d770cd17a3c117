// Functions whose result the Kusto documentation pins exactly (issue 14), and longs beyond ±2^53.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { Unsupported } from '../../src/engine/refusal.js';
import { toJson } from '../../src/engine/serialize.js';
import { xxh64 } from '../../src/engine/functions/hash.js';
import { result, rows, value } from './helpers.js';

describe('hash() and hash_xxhash64()', () => {
  it('is XXH64 of the UTF-8 bytes of a string (documented examples)', () => {
    expect(rows('print a = hash("World"), b = hash("World", 100), c = hash_xxhash64("World"), d = hash("Hello")')).toEqual([
      [1846988464401551951n, 51, 1846988464401551951n, 753694413698530628n],
    ]);
  });

  it('hashes a datetime by its .NET ticks (documented example)', () => {
    expect(value('hash_xxhash64(datetime("2015-01-01"))')).toBe(1380966698541616202n);
  });

  it('the reference XXH64 vectors hold', () => {
    expect(xxh64(Buffer.from('')).toString(16)).toBe('ef46db3751d8e999');
    expect(xxh64(Buffer.from('abc')).toString(16)).toBe('44bc2cf5ad770999');
    // Longer than one 32-byte stripe.
    expect(xxh64(Buffer.from('Nobody inspects the spammish repetition')).toString(16)).toBe('fbcea83c8a378bf1');
  });

  it('mod gives 0 <= result < mod, also for a negative hash', () => {
    // hash("Kusto") is negative as a signed long.
    const h = value('hash("Kusto")') as bigint;
    const m = 1000n;
    expect(value('hash("Kusto", 1000)')).toBe(Number(((h % m) + m) % m));
    expect(rows('range i from 1 to 20 step 1 | extend s = strcat("k", i) | summarize make_set(hash(s, 7))')[0]![0]).toSatisfy(
      (set: number[]) => set.every((n) => n >= 0 && n < 7),
    );
  });

  it('refuses types whose bytes are not documented, and hash_combine', () => {
    expect(() => value('hash(42)')).toThrow(Unsupported);
    expect(() => value('hash("")')).toThrow(Unsupported);
    expect(() => value('hash_combine(hash("a"), hash("b"))')).toThrow(Unsupported);
    expect(value('hash(datetime(null))')).toBe(null);
  });
});

describe('longs beyond ±2^53 stay exact (bigint)', () => {
  it('literals, arithmetic, comparison, tostring and negation', () => {
    expect(rows('print a = 9007199254740993, b = 9007199254740992 + 1, c = 3000000000 * 3000000000, d = -9007199254740993')).toEqual([
      [9007199254740993n, 9007199254740993n, 9000000000000000000n, -9007199254740993n],
    ]);
    expect(
      rows(
        'print h = hash("World") | extend p = h + 1, q = h / 1000, r = h % 7, s = tostring(h), t = h > 5, u = h == 1846988464401551951, v = h * 1.0',
      ),
    ).toEqual([
      [
        1846988464401551951n,
        1846988464401551952n,
        1846988464401551,
        Number(1846988464401551951n % 7n),
        '1846988464401551951',
        true,
        true,
        Number(1846988464401551951n),
      ],
    ]);
    // Back within ±2^53 it is a number again.
    expect(value('hash("World") - 1846988464401551950')).toBe(1);
  });

  it('sorts and groups exactly, mixed with small longs', () => {
    expect(rows('datatable(x: long) [9007199254740993, 5, 9007199254740992, -9007199254740993] | sort by x asc')).toEqual([
      [-9007199254740993n],
      [5],
      [9007199254740992n],
      [9007199254740993n],
    ]);
    expect(rows('datatable(x: long) [9007199254740993, 9007199254740993, 1] | summarize n = count() by x | sort by n desc')).toEqual([
      [9007199254740993n, 2],
      [1, 1],
    ]);
  });

  it('refuses 64-bit overflow and functions that would misread a bigint', () => {
    expect(() => value('9223372036854775807 + 1')).toThrow(/64 bits/);
    expect(() => value('9223372036854775808')).toThrow(Unsupported);
    expect(() => value('abs(hash("World"))')).toThrow(/abs\(\) of a long beyond/);
    expect(() => rows('print h = hash("World") | summarize sum(h)')).toThrow(/sum\(\) of a long beyond/);
    expect(() => value('pack_array(hash("World"))')).toThrow(Unsupported);
  });

  it('query prints the exact digits in JSON', async () => {
    let out = '';
    const code = await runCli(['query', 'print h = hash("World")', '--format', 'json'], { out: (s) => (out += s), err: () => {} });
    expect(code).toBe(0);
    expect(out).toContain('[1846988464401551951]');
    expect(toJson([1n, 'x'])).toBe('[1,"x"]');
  });
});

describe('convert_*()', () => {
  it('follows the documented examples', () => {
    expect(
      rows(
        "print a = convert_angle(1.2, 'Degree', 'Arcminute'), b = convert_energy(1.2, 'Joule', 'BritishThermalUnit'), c = convert_force(1.2, 'Newton', 'Decanewton'), d = convert_mass(1.2, 'Kilogram', 'Pound'), e = convert_length(1.2, 'Meter', 'Foot')",
      )[0]!.map((v) => Number((v as number).toPrecision(15))),
    ).toEqual([72, 0.00113738054437598, 0.12, 2.64554714621853, 3.93700787401575]);
  });

  it('exact definitions convert both ways; an undocumented name is null; inexact units are refused', () => {
    expect(value("convert_length(1, 'Mile', 'Foot')")).toBeCloseTo(5280, 9);
    expect(value("convert_mass(1, 'Stone', 'Pound')")).toBeCloseTo(14, 12);
    expect(value("convert_length(1, 'Meter', 'Furlong')")).toBe(null);
    expect(value("convert_length(real(null), 'Meter', 'Foot')")).toBe(null);
    expect(() => value("convert_mass(1, 'SolarMass', 'Kilogram')")).toThrow(Unsupported);
    expect(() => value("convert_length(1, 'meter', 'Foot')")).toThrow(Unsupported);
  });
});

describe('convert_speed/temperature/volume()', () => {
  it('follows the documented examples', () => {
    expect(value("convert_speed(1.2, 'MeterPerSecond', 'CentimeterPerHour')")).toBeCloseTo(432000, 6);
    expect(value("convert_temperature(1.2, 'Kelvin', 'DegreeCelsius')")).toBeCloseTo(-271.95, 10);
  });

  it('defined scales and units; undocumented names null; rounded-constant units refused', () => {
    expect(value("convert_temperature(212, 'DegreeFahrenheit', 'DegreeCelsius')")).toBeCloseTo(100, 10);
    expect(value("convert_temperature(0, 'DegreeCelsius', 'DegreeDelisle')")).toBeCloseTo(150, 10);
    expect(value("convert_temperature(100, 'DegreeCelsius', 'DegreeNewton')")).toBeCloseTo(33, 10);
    expect(value("convert_speed(1, 'Knot', 'KilometerPerHour')")).toBeCloseTo(1.852, 12);
    expect(value("convert_speed(1, 'MilePerHour', 'FootPerSecond')")).toBeCloseTo(5280 / 3600, 12);
    expect(value("convert_speed(1, 'DecimeterPerHour', 'MeterPerSecond')")).toBe(null);
    expect(value("convert_volume(1, 'UsGallon', 'UsPint')")).toBeCloseTo(8, 12);
    expect(value("convert_volume(1, 'CubicFoot', 'CubicInch')")).toBeCloseTo(1728, 9);
    expect(() => value("convert_volume(1.2, 'CubicMeter', 'AcreFoot')")).toThrow(Unsupported);
    expect(() => value("convert_temperature(1, 'SolarTemperature', 'Kelvin')")).toThrow(Unsupported);
  });
});

describe('base64 byte arrays and cot()', () => {
  it('decodes to and encodes from arrays of bytes (documented examples)', () => {
    expect(rows('print a = base64_decode_toarray("S3VzdG8="), b = base64_encode_fromarray(base64_decode_toarray("S3VzdG8="))')).toEqual([
      [[75, 117, 115, 116, 111], 'S3VzdG8='],
    ]);
    expect(
      rows(
        'let empty_bytes_array = toscalar(print base64_decode_toarray("U3RyaW5n0KHR0tGA0L7Rh9C60LA"));\nprint empty_string = base64_encode_fromarray(empty_bytes_array)',
      ),
    ).toEqual([['']]);
    expect(() => value('base64_encode_fromarray(dynamic([256]))')).toThrow(Unsupported);
    expect(() => value('base64_decode_toarray("ab$=")')).toThrow(Unsupported);
  });

  it('cot is 1 / tan', () => {
    expect(value('cot(1)')).toBe(1 / Math.tan(1));
  });
});

describe('documented forms the language service is stricter about', () => {
  it('make_timespan takes fractional seconds (documented example)', () => {
    expect(rows('print t = make_timespan(1, 12, 30, 55.123)')).toEqual([['1.12:30:55.1230000']]);
    expect(() => rows('print t = make_timespan(1, 2.5)')).toThrow(Unsupported);
  });

  it('covariance*(x, y) is named <function>_x_y when the summarize ends the query', () => {
    const q = 'range x from 1 to 100 step 1\n| extend y = iff(x % 2 == 0, x * 2, x * 3)\n| summarize covariancepif(x, y, x % 3 == 0)';
    expect(result(q).columns).toEqual([{ name: 'covariancepif_x_y', type: 'real' }]);
    expect(() => rows('range x from 1 to 10 step 1 | extend y = x | summarize covariance(x, y) | project covariance_x')).toThrow(
      Unsupported,
    );
  });
});
