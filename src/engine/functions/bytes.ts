/**
 * Data sizes: format_bytes() and estimate_data_size().
 *
 * format_bytes(size [, precision [, units]]): size in the given unit (Bytes, KB … EB,
 * powers of 1024 as the documented 20010332 → "19 MB" shows) or, without one, the
 * largest unit the size reaches, rounded to `precision` decimals (default 0), then
 * " " and the unit. Refused where the documentation leaves the text open: a rounding
 * tie or near-tie (which way it goes), a result with trailing zeros after the point
 * (kept or dropped), an automatic unit whose value is 1000 or more (whether 1000 KB
 * moves up is not shown), negative or non-finite sizes, unit names not listed.
 *
 * estimate_data_size(columns): the documented sizes only — a long is 8 bytes, a string
 * its length (ASCII text, where characters and bytes agree); other types refused.
 */
import { Unsupported } from '../refusal.js';
import type { KustoType, Value } from '../values.js';
import type { ScalarFunction } from './function.js';

const UNITS = ['Bytes', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];

/** `value` rounded to `digits` decimals as text, or refused where the rounding or text is open. */
function decimals(value: number, digits: number): string {
  const scaled = value * 10 ** digits;
  if (!Number.isFinite(scaled) || scaled >= 2 ** 52) throw new Unsupported('format_bytes() at this precision');
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (Math.abs(fraction - 0.5) < 1e-6) throw new Unsupported('format_bytes() of a value halfway between two results');
  const n = fraction < 0.5 ? floor : floor + 1;
  if (digits === 0) return String(n);
  const text = String(n).padStart(digits + 1, '0');
  if (text.endsWith('0')) throw new Unsupported('format_bytes() of a result with trailing zeros');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export function formatBytes(size: number, precision: number, units: string): string {
  if (!Number.isFinite(size) || size < 0) throw new Unsupported('format_bytes() of a negative or non-finite size');
  if (!Number.isInteger(precision) || precision < 0 || precision > 15) throw new Unsupported('format_bytes() with this precision');
  let unit: number;
  if (units === '') {
    unit = 0;
    while (unit < UNITS.length - 1 && size >= 1024 ** (unit + 1)) unit++;
  } else {
    unit = UNITS.indexOf(units);
    if (unit < 0) throw new Unsupported(`format_bytes() in units ${JSON.stringify(units)}`);
  }
  const value = size / 1024 ** unit;
  const text = decimals(value, precision);
  if (units === '' && Number(text) >= 1000) throw new Unsupported('format_bytes() of a value of 1000 or more in the chosen unit');
  if (Number(text) >= 1e15) throw new Unsupported('format_bytes() of a value this large');
  return `${text} ${UNITS[unit]}`;
}

function dataSize(value: Value, type: KustoType | undefined): number {
  if (type === 'long' && value !== null) return 8;
  if (type === 'string' && typeof value === 'string' && value !== '' && /^[\x20-\x7e]*$/.test(value)) return value.length;
  throw new Unsupported(`estimate_data_size() of a ${type ?? 'null'} value (its size is not documented)`);
}

export const BYTE_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'format_bytes',
    evaluate: ([size, precision, units]) => {
      if (size === null || size === undefined) return null;
      if (typeof size !== 'number') throw new Unsupported('format_bytes() of a long beyond ±2^53');
      if (precision === null) throw new Unsupported('format_bytes() with a null precision');
      const digits = precision === undefined ? 0 : precision;
      if (typeof digits !== 'number') throw new Unsupported('format_bytes() with this precision');
      return formatBytes(size, digits, typeof units === 'string' ? units : '');
    },
  },
  {
    name: 'estimate_data_size',
    star: true,
    evaluate: (args, { argTypes }) => args.reduce<number>((total, v, i) => total + dataSize(v, argTypes[i]), 0),
  },
];
