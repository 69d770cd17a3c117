/**
 * format_datetime and format_timespan with the documented format elements and
 * delimiters only; any other character or element is refused.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_DAY, TICKS_PER_SECOND } from '../values.js';
import { civilOf, timeOfDay, TICKS_PER_HOUR, TICKS_PER_MINUTE } from './calendar.js';
import type { ScalarFunction } from './function.js';

const DELIMITERS = new Set([' ', '/', '-', ':', ',', '.', '_', '[', ']']);

/** Split a format into runs of one letter and single delimiters. */
function tokens(format: string, what: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < format.length;) {
    const ch = format[i] as string;
    if (DELIMITERS.has(ch)) {
      out.push(ch);
      i++;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) throw new Unsupported(`${what} with format character '${ch}'`);
    let j = i;
    while (format[j] === ch) j++;
    out.push(format.slice(i, j));
    i = j;
  }
  return out;
}

const pad = (n: number | bigint, width: number) => n.toString().padStart(width, '0');

/** f…fffffff and F…FFFFFFF: the leading digits of the 7-digit tick fraction. */
function fractionDigits(token: string, fraction: bigint, previous: string | undefined, what: string): string | undefined {
  if (!/^(f{1,7}|F{1,7})$/.test(token)) return undefined;
  const digits = pad(fraction, 7).slice(0, token.length);
  if (token[0] === 'f') return digits;
  const trimmed = digits.replace(/0+$/, '');
  // .NET also drops a '.' before an empty F element; whether Kusto does is not documented.
  if (trimmed === '' && previous === '.') throw new Unsupported(`${what} with '.' before an empty F element`);
  return trimmed;
}

function formatDatetimeWith(ticks: bigint, format: string): string {
  const what = 'format_datetime()';
  const { year, month, day } = civilOf(ticks);
  const time = timeOfDay(ticks);
  const hour = Number(time / TICKS_PER_HOUR);
  const minute = Number((time % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
  const second = Number((time % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const parts = tokens(format, what);
  return parts
    .map((token, i) => {
      if (token.length === 1 && DELIMITERS.has(token)) return token;
      const fraction = fractionDigits(token, time % TICKS_PER_SECOND, parts[i - 1], what);
      if (fraction !== undefined) return fraction;
      switch (token) {
        case 'd':
        case 'dd':
          return pad(day, token.length);
        case 'h':
        case 'hh':
          return pad(hour12, token.length);
        case 'H':
        case 'HH':
          return pad(hour, token.length);
        case 'm':
        case 'mm':
          return pad(minute, token.length);
        case 'M':
        case 'MM':
          return pad(month, token.length);
        case 's':
        case 'ss':
          return pad(second, token.length);
        case 'y':
        case 'yy':
          return pad(year % 100, token.length);
        case 'yyyy':
          return pad(year, 4);
        case 'tt':
          return hour < 12 ? 'AM' : 'PM';
        default:
          throw new Unsupported(`${what} with format element ${token}`);
      }
    })
    .join('');
}

function formatTimespanWith(ticks: bigint, format: string): string {
  const what = 'format_timespan()';
  if (ticks < 0n) throw new Unsupported(`${what} of a negative timespan`);
  const days = ticks / TICKS_PER_DAY;
  const time = ticks % TICKS_PER_DAY;
  const hour = Number(time / TICKS_PER_HOUR);
  const minute = Number((time % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
  const second = Number((time % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
  const parts = tokens(format, what);
  return parts
    .map((token, i) => {
      if (token.length === 1 && DELIMITERS.has(token)) return token;
      const fraction = fractionDigits(token, time % TICKS_PER_SECOND, parts[i - 1], what);
      if (fraction !== undefined) return fraction;
      if (/^d{1,8}$/.test(token)) return pad(days, token.length);
      // The documentation's own example uses h/hh for the hour of the interval.
      if (/^(h|hh|H|HH)$/.test(token)) return pad(hour, token.length);
      if (token === 'm' || token === 'mm') return pad(minute, token.length);
      if (token === 's' || token === 'ss') return pad(second, token.length);
      throw new Unsupported(`${what} with format element ${token}`);
    })
    .join('');
}

function formatter(name: string, format: (ticks: bigint, f: string) => string): ScalarFunction {
  return {
    name,
    evaluate: ([v, f]) => {
      if (v === null || v === undefined) return '';
      if (typeof v !== 'bigint' || typeof f !== 'string') throw new Unsupported(`${name}() of these values`);
      return format(v, f);
    },
  };
}

export const DATETIME_FORMAT_FUNCTIONS: readonly ScalarFunction[] = [
  formatter('format_datetime', formatDatetimeWith),
  formatter('format_timespan', formatTimespanWith),
];
