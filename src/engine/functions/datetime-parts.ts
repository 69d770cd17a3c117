/**
 * Parts of a datetime (dayofweek, getyear, week_of_year, datetime_part, …) and
 * the start/end of its day, week (Sunday first), month and year, with the
 * optional offset in those units. Null in, null out.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_DAY, TICKS_PER_MS, TICKS_PER_SECOND, type Value } from '../values.js';
import {
  addMonths,
  civilOf,
  dayNumber,
  dayOfYear,
  inRange,
  isoWeek,
  ticksOf,
  timeOfDay,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  weekday,
} from './calendar.js';
import type { ScalarFunction } from './function.js';

function ticksArg(v: Value | undefined, what: string): bigint | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'bigint') throw new Unsupported(`${what} of a non-datetime value`);
  return v;
}

/** A datetime part as a number, null for null. */
function part(name: string, get: (ticks: bigint) => number): ScalarFunction {
  return {
    name,
    evaluate: ([v]) => {
      const t = ticksArg(v, `${name}()`);
      return t === null ? null : get(t);
    },
  };
}

/** The start of the unit holding `ticks`, moved by `offset` units. */
type Start = (ticks: bigint, offset: number, what: string) => bigint;

const startOfDay: Start = (t, offset) => BigInt(dayNumber(t) + offset) * TICKS_PER_DAY;
const startOfWeek: Start = (t, offset) => BigInt(dayNumber(t) - weekday(t) + 7 * offset) * TICKS_PER_DAY;
const startOfMonth: Start = (t, offset, what) => {
  const { year, month } = civilOf(t);
  return addMonths(ticksOf(year, month, 1), offset, what);
};
const startOfYear: Start = (t, offset, what) => {
  const { year } = civilOf(t);
  if (year + offset < 1 || year + offset > 9999) throw new Unsupported(`${what} outside the datetime range 0001..9999`);
  return ticksOf(year + offset, 1, 1);
};

function boundary(name: string, start: Start, end: boolean): ScalarFunction {
  const what = `${name}()`;
  return {
    name,
    evaluate: ([v, o]) => {
      const t = ticksArg(v, what);
      if (t === null || o === null) return null;
      if (o !== undefined && (typeof o !== 'number' || !Number.isSafeInteger(o))) throw new Unsupported(`${what} with this offset`);
      const offset = (o as number | undefined) ?? 0;
      inRange(t, what);
      // The end is one tick before the next unit's start.
      return inRange(end ? start(t, offset + 1, what) - 1n : start(t, offset, what), what);
    },
  };
}

const fraction = (t: bigint) => ((t % TICKS_PER_SECOND) + TICKS_PER_SECOND) % TICKS_PER_SECOND;

/** datetime_part's parts (case-insensitive names). */
const PARTS: Readonly<Record<string, (t: bigint) => number>> = {
  year: (t) => civilOf(t).year,
  quarter: (t) => Math.floor((civilOf(t).month - 1) / 3) + 1,
  month: (t) => civilOf(t).month,
  week_of_year: isoWeek,
  day: (t) => civilOf(t).day,
  dayofyear: dayOfYear,
  hour: (t) => Number(timeOfDay(t) / TICKS_PER_HOUR),
  minute: (t) => Number((timeOfDay(t) % TICKS_PER_HOUR) / TICKS_PER_MINUTE),
  second: (t) => Number((timeOfDay(t) % TICKS_PER_MINUTE) / TICKS_PER_SECOND),
  millisecond: (t) => Number(fraction(t) / TICKS_PER_MS),
  microsecond: (t) => Number(fraction(t) / 10n),
  nanosecond: (t) => Number(fraction(t) * 100n),
};

function datetimePart(name: string): ScalarFunction {
  return {
    name,
    evaluate: ([p, v]) => {
      const get = typeof p === 'string' ? PARTS[p.toLowerCase()] : undefined;
      if (!get) throw new Unsupported(`${name}() of part ${String(p)}`);
      const t = ticksArg(v, `${name}()`);
      return t === null ? null : get(t);
    },
  };
}

export const DATETIME_PART_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'dayofweek',
    evaluate: ([v]) => {
      const t = ticksArg(v, 'dayofweek()');
      return t === null ? null : BigInt(weekday(t)) * TICKS_PER_DAY;
    },
  },
  part('dayofmonth', (t) => civilOf(t).day),
  part('dayofyear', dayOfYear),
  part('hourofday', PARTS.hour!),
  part('getmonth', (t) => civilOf(t).month),
  part('monthofyear', (t) => civilOf(t).month),
  part('getyear', (t) => civilOf(t).year),
  part('week_of_year', isoWeek),
  datetimePart('datetime_part'),
  // The documented deprecated alias.
  datetimePart('datepart'),
  boundary('startofday', startOfDay, false),
  boundary('endofday', startOfDay, true),
  boundary('startofweek', startOfWeek, false),
  boundary('endofweek', startOfWeek, true),
  boundary('startofmonth', startOfMonth, false),
  boundary('endofmonth', startOfMonth, true),
  boundary('startofyear', startOfYear, false),
  boundary('endofyear', startOfYear, true),
];
