/**
 * todatetime / totimespan from text, and the UTC-only time-zone conversions.
 * Text in the documented ISO 8601 and sortable forms is parsed exactly; text
 * without digits is a failed conversion (null); any other text with digits
 * (RFC 822/850 two-digit years, other layouts) is refused, not guessed.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_DAY, TICKS_PER_SECOND } from '../values.js';
import { daysInMonth, inRange, ticksOf, TICKS_PER_HOUR, TICKS_PER_MINUTE } from './calendar.js';
import type { ScalarFunction } from './function.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|\s?GMT|[+-]\d{2}:\d{2})?$/;

/** Ticks of documented ISO 8601 / sortable datetime text, null when it has no digits; refuse the rest. */
export function datetimeFromText(text: string, what: string): bigint | null {
  const m = ISO.exec(text);
  if (!m) {
    if (!/\d/.test(text)) return null;
    throw new Unsupported(`${what} of text in an undocumented or ambiguous layout`);
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  let ticks =
    ticksOf(year, month, day) +
    BigInt(h) * TICKS_PER_HOUR +
    BigInt(mi) * TICKS_PER_MINUTE +
    BigInt(s) * TICKS_PER_SECOND +
    BigInt(frac.padEnd(7, '0'));
  if (zone && /^[+-]/.test(zone)) {
    const offset = (BigInt(zone.slice(1, 3)) * 60n + BigInt(zone.slice(4, 6))) * TICKS_PER_MINUTE;
    ticks = zone[0] === '+' ? ticks - offset : ticks + offset;
  }
  return inRange(ticks, what);
}

const CLOCK = /^(-)?(?:(\d+)\.)?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

/** Ticks of `[-][d.]hh:mm[:ss[.fffffff]]` text, null when it has no digits; refuse the rest. */
export function timespanFromText(text: string, what: string): bigint | null {
  const m = CLOCK.exec(text);
  if (!m) {
    if (!/\d/.test(text)) return null;
    throw new Unsupported(`${what} of text in an undocumented layout`);
  }
  const [, negative, d = '0', h, mi, s = '0', frac = ''] = m;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) throw new Unsupported(`${what} of a clock part out of range`);
  const ticks =
    BigInt(d) * TICKS_PER_DAY +
    BigInt(h as string) * TICKS_PER_HOUR +
    BigInt(mi as string) * TICKS_PER_MINUTE +
    BigInt(s) * TICKS_PER_SECOND +
    BigInt(frac.padEnd(7, '0'));
  return negative ? -ticks : ticks;
}

/** Zone names that mean UTC itself; every other zone needs a tz database and is refused. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC']);

function utcOnly(name: string): ScalarFunction {
  return {
    name,
    evaluate: ([v, zone]) => {
      if (typeof zone !== 'string' || !UTC_ZONES.has(zone)) throw new Unsupported(`${name}() with time zone ${String(zone)}`);
      return v ?? null;
    },
  };
}

export const DATETIME_CONVERT_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'todatetime',
    evaluate: ([v], { argTypes }) => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'bigint' && argTypes[0] === 'datetime') return v;
      if (typeof v === 'string') return datetimeFromText(v, 'todatetime()');
      throw new Unsupported(`todatetime() of a ${argTypes[0]} value`);
    },
  },
  {
    name: 'totimespan',
    evaluate: ([v], { argTypes }) => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'bigint' && argTypes[0] === 'timespan') return v;
      if (typeof v === 'string') return timespanFromText(v, 'totimespan()');
      throw new Unsupported(`totimespan() of a ${argTypes[0]} value`);
    },
  },
  utcOnly('datetime_utc_to_local'),
  utcOnly('datetime_local_to_utc'),
];
