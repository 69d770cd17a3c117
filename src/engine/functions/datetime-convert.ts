/**
 * todatetime / totimespan from text, and the UTC-only time-zone conversions.
 * Text in the documented ISO 8601 and sortable forms is parsed exactly; text
 * without digits is a failed conversion (null); any other text with digits
 * (RFC 822/850 two-digit years, other layouts) is refused, not guessed.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_DAY, TICKS_PER_MS, TICKS_PER_SECOND } from '../values.js';
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

/** One formatter per zone; undefined for a name the tz database does not know. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterOf(zone: string): Intl.DateTimeFormat | undefined {
  if (!FORMATTERS.has(zone)) {
    let f: Intl.DateTimeFormat | undefined;
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      f = undefined;
    }
    FORMATTERS.set(zone, f);
  }
  return FORMATTERS.get(zone);
}

/** The zone's offset from UTC (local minus UTC) at a UTC instant, in milliseconds. */
function offsetAt(utcMs: number, f: Intl.DateTimeFormat): number {
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(utcMs))) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const local = new Date(0);
  local.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  local.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  const whole = Math.floor(utcMs / 1000) * 1000;
  return local.getTime() - whole;
}

const DAY_MS = 86_400_000;

/**
 * Time zones from the IANA database (Intl): UTC to local adds the zone's offset at that
 * instant. Local to UTC: a local time that exists once takes its offset; one skipped by a
 * clock change (spring forward) takes the offset after the change, as the documented
 * Europe/Brussels example shows (02:00 local on 2022-03-27 is 00:00 UTC); one that occurs
 * twice (fall back) is refused, as which one Kusto picks is not documented. Ticks below a
 * millisecond are kept as they are.
 */
function zoned(name: string, toLocal: boolean): ScalarFunction {
  return {
    name,
    evaluate: ([v, zone]) => {
      if (v === null || v === undefined || zone === null) return null;
      if (typeof zone !== 'string' || typeof v !== 'bigint') throw new Unsupported(`${name}() of these values`);
      const f = formatterOf(zone);
      if (!f) throw new Unsupported(`${name}() with time zone ${zone} (not in the tz database)`);
      const ms = Number(v / TICKS_PER_MS - (v % TICKS_PER_MS < 0n ? 1n : 0n));
      if (toLocal) return v + BigInt(offsetAt(ms, f)) * TICKS_PER_MS;
      const candidates = [...new Set([offsetAt(ms - DAY_MS, f), offsetAt(ms, f), offsetAt(ms + DAY_MS, f)])];
      const valid = [...new Set(candidates.filter((o) => offsetAt(ms - o, f) === o))];
      if (valid.length > 1) throw new Unsupported(`${name}() of a local time that occurs twice (clock change)`);
      // None valid: skipped by a clock change; the offset after it.
      const offset = valid.length === 1 ? valid[0]! : offsetAt(ms + DAY_MS, f);
      return v - BigInt(offset) * TICKS_PER_MS;
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
  zoned('datetime_utc_to_local', true),
  zoned('datetime_local_to_utc', false),
];
