/**
 * The datetime text layouts the Kusto docs list beside ISO 8601 ("The datetime data
 * type", Supported formats), for datetime() literals and todatetime():
 * - RFC 822: `[%w, ]%e %b %r %H:%M[:%s][ %Z]` (`Sat, 8 Nov 14 15:05:02 GMT`);
 * - RFC 850: `[%w, ]%e-%b-%r %H:%M[:%s][ %Z]` (`Saturday, 08-Nov-14 15:05:02 GMT`);
 * - sortable: `%Y-%n-%e[T| ]%H:%M[:%s][ %Z]` (`2014-11-08 15:05:25 GMT`).
 * Also `MM-DD-YYYY` / `MM/DD/YYYY` (the docs' `datetime("01-01-2022")`,
 * `todatetime('12-02-2022')`): month first, as the invariant culture Kusto's .NET parser
 * reads dates in; a day-first date such as `31-12-2022` is not a date there (null).
 * Exactness: a two-digit year `%r` is read as 20yy for 00..29 and 19yy for 50..99
 * (both cut-offs .NET calendars use agree there; 30..49 is refused); the zone `%Z` is
 * GMT, UT, UTC or Z (offset 0) or a numeric ±hhmm / ±hh:mm (any other name is refused);
 * a weekday that does not match the date is refused.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_SECOND } from '../values.js';
import { daysInMonth, inRange, ticksOf, TICKS_PER_HOUR, TICKS_PER_MINUTE, weekday } from './calendar.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const CLOCK = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?`;
const ZONE = String.raw`(?:\s+([A-Za-z]+|[+-]\d{2}:?\d{2}))?`;
/** RFC 822 (space-separated) and RFC 850 (dash-separated) dates. */
const RFC = new RegExp(String.raw`^(?:([A-Za-z]+),\s*)?(\d{1,2})([ -])([A-Za-z]{3})\3(\d{2}|\d{4})\s+${CLOCK}${ZONE}$`);
/** Sortable: `%Y-%n-%e` then `T` or a space, the clock, an optional zone after a space. */
const SORTABLE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})[T ]${CLOCK}\s+([A-Za-z]+|[+-]\d{2}:?\d{2})$`);
const MONTH_DAY_YEAR = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;

/**
 * Ticks of text in one of these layouts; null when the text is in none of them (the
 * caller tries ISO 8601); a date that does not exist is `invalid`. Refuses what the
 * docs leave open (see above).
 */
export function documentedDatetime(text: string, what: string): bigint | null | 'invalid' {
  const t = text.trim();
  let m = RFC.exec(t);
  if (m) {
    const [, dayName, d, , mon, y, h, mi, s, frac, zone] = m;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (month === 0) return null;
    return civil(yearOf(y!, what), month, Number(d), [h!, mi!, s, frac], zone, dayName, what);
  }
  m = SORTABLE.exec(t);
  if (m) {
    const [, y, mo, d, h, mi, s, frac, zone] = m;
    return civil(Number(y), Number(mo), Number(d), [h!, mi!, s, frac], zone, undefined, what);
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const [, a, , b, y] = m;
    return civil(Number(y), Number(a), Number(b), ['0', '0', undefined, undefined], undefined, undefined, what);
  }
  return null;
}

function yearOf(y: string, what: string): number {
  if (y.length === 4) return Number(y);
  const yy = Number(y);
  if (yy <= 29) return 2000 + yy;
  if (yy >= 50) return 1900 + yy;
  throw new Unsupported(`${what} of a two-digit year ${y} (its century is not documented)`);
}

function civil(
  year: number,
  month: number,
  day: number,
  [h, mi, s = '0', frac = '']: [string, string, string | undefined, string | undefined],
  zone: string | undefined,
  dayName: string | undefined,
  what: string,
): bigint | 'invalid' {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid';
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return 'invalid';
  const date = ticksOf(year, month, day);
  if (dayName !== undefined) {
    const name = dayName.toLowerCase();
    const index = DAYS.findIndex((full) => full === name || full.slice(0, 3) === name);
    if (index < 0) throw new Unsupported(`${what} with the weekday ${dayName}`);
    if (index !== weekday(date)) throw new Unsupported(`${what} with a weekday that does not match the date`);
  }
  let ticks =
    date + BigInt(h) * TICKS_PER_HOUR + BigInt(mi) * TICKS_PER_MINUTE + BigInt(s) * TICKS_PER_SECOND + BigInt(frac.padEnd(7, '0'));
  if (zone !== undefined) {
    const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (numeric) {
      const offset = (BigInt(numeric[2]!) * 60n + BigInt(numeric[3]!)) * TICKS_PER_MINUTE;
      ticks = numeric[1] === '+' ? ticks - offset : ticks + offset;
    } else if (!['gmt', 'ut', 'utc', 'z'].includes(zone.toLowerCase())) {
      throw new Unsupported(`${what} with the time zone ${zone}`);
    }
  }
  return inRange(ticks, what);
}
