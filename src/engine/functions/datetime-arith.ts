/**
 * Datetime construction and calendar arithmetic: datetime_add, datetime_diff,
 * make_datetime, make_timespan and the unixtime_*_todatetime family.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_DAY, TICKS_PER_MS, TICKS_PER_SECOND, type Value } from '../values.js';
import { addMonths, civilOf, dayNumber, daysInMonth, inRange, ticksOf, TICKS_PER_HOUR, TICKS_PER_MINUTE, weekday } from './calendar.js';
import type { ScalarFunction } from './function.js';

/** Fixed-length periods in ticks (nanosecond handled apart: it is a hundredth of a tick). */
const FIXED: Readonly<Record<string, bigint>> = {
  week: 7n * TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  hour: TICKS_PER_HOUR,
  minute: TICKS_PER_MINUTE,
  second: TICKS_PER_SECOND,
  millisecond: TICKS_PER_MS,
  microsecond: 10n,
};
const MONTHS: Readonly<Record<string, number>> = { year: 12, quarter: 3, month: 1 };

function period(p: Value | undefined, what: string): string {
  const name = typeof p === 'string' ? p.toLowerCase() : '';
  if (!(name in FIXED) && !(name in MONTHS) && name !== 'nanosecond') throw new Unsupported(`${what} with period ${String(p)}`);
  return name;
}

function integerArg(v: Value | undefined, what: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Unsupported(`${what} with a non-integer amount`);
  return v;
}

/** Seconds (possibly fractional) as ticks, refusing a fraction finer than a tick. */
function secondsToTicks(seconds: number, what: string): bigint {
  const ticks = seconds * 1e7;
  if (!Number.isSafeInteger(ticks)) throw new Unsupported(`${what} with seconds not a whole number of ticks`);
  return BigInt(ticks);
}

/** A count of some unit as ticks: `scale` ticks per unit, or one tick per `divisor` units. */
function unitsToTicks(v: Value | undefined, scale: number, divisor: number, what: string): bigint | null {
  if (v === null || v === undefined) return null;
  // A long beyond ±2^53 (nanoseconds since 1970 are): exact in bigints.
  if (typeof v === 'bigint') {
    if (v % BigInt(divisor) !== 0n) throw new Unsupported(`${what} finer than a 100-ns tick`);
    return (v * BigInt(scale)) / BigInt(divisor);
  }
  if (typeof v !== 'number') throw new Unsupported(`${what} of this type`);
  if (Number.isInteger(v)) {
    if (divisor === 1) return BigInt(v) * BigInt(scale);
    if (v % divisor !== 0) throw new Unsupported(`${what} finer than a 100-ns tick`);
    return BigInt(v / divisor);
  }
  const ticks = (v * scale) / divisor;
  if (!Number.isSafeInteger(ticks)) throw new Unsupported(`${what} not a whole number of 100-ns ticks`);
  return BigInt(ticks);
}

function unixtime(name: string, scale: number, divisor: number): ScalarFunction {
  return {
    name,
    bigLongs: 'handle',
    evaluate: ([v]) => {
      const ticks = unitsToTicks(v, scale, divisor, `${name}()`);
      return ticks === null ? null : inRange(ticks, `${name}()`);
    },
  };
}

/** Truncate to the start of a period, for datetime_diff's boundary counting. */
function periodIndex(t: bigint, name: string): bigint {
  if (name in MONTHS) {
    const { year, month } = civilOf(t);
    return BigInt(Math.floor((year * 12 + month - 1) / (MONTHS[name] as number)));
  }
  if (name === 'week') return BigInt(Math.floor((dayNumber(t) - weekday(t)) / 7));
  if (name === 'nanosecond') return t * 100n;
  const size = FIXED[name] as bigint;
  const q = t / size;
  return t % size < 0n ? q - 1n : q;
}

function small(n: bigint, what: string): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) throw new Unsupported(`${what} beyond ±2^53`);
  return Number(n);
}

export const DATETIME_ARITH_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'datetime_add',
    evaluate: ([p, amount, v]) => {
      const what = 'datetime_add()';
      const name = period(p, what);
      const n = integerArg(amount, what);
      if (n === null || v === null || v === undefined) return null;
      if (typeof v !== 'bigint') throw new Unsupported(`${what} of a non-datetime value`);
      inRange(v, what);
      if (name in MONTHS) return inRange(addMonths(v, n * (MONTHS[name] as number), what), what);
      if (name === 'nanosecond') {
        if (n % 100 !== 0) throw new Unsupported(`${what} of nanoseconds finer than a 100-ns tick`);
        return inRange(v + BigInt(n / 100), what);
      }
      return inRange(v + BigInt(n) * (FIXED[name] as bigint), what);
    },
  },
  {
    name: 'datetime_diff',
    evaluate: ([p, a, b]) => {
      const what = 'datetime_diff()';
      const name = period(p, what);
      if (a === null || b === null || a === undefined || b === undefined) return null;
      if (typeof a !== 'bigint' || typeof b !== 'bigint') throw new Unsupported(`${what} of non-datetime values`);
      // Counts the period boundaries crossed (the documented example: 2017-01-01 vs 2000-12-31 is 17 years).
      return small(periodIndex(a, name) - periodIndex(b, name), what);
    },
  },
  {
    name: 'make_datetime',
    evaluate: (args) => {
      const what = 'make_datetime()';
      if (args.some((a) => a === null)) return null;
      const [year, month, day, hour = 0, minute = 0, second = 0] = args as number[];
      if (![year, month, day, hour, minute].every((n) => Number.isInteger(n)) || typeof second !== 'number')
        throw new Unsupported(`${what} of these values`);
      const y = year as number;
      const m = month as number;
      const d = day as number;
      if (y < 1 || y > 9999) throw new Unsupported(`${what} outside years 1..9999`);
      if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
      if (!(second >= 0 && second < 60)) return null;
      const time = BigInt(hour) * TICKS_PER_HOUR + BigInt(minute) * TICKS_PER_MINUTE + secondsToTicks(second, what);
      return ticksOf(y, m, d) + time;
    },
  },
  {
    name: 'make_timespan',
    evaluate: (args) => {
      const what = 'make_timespan()';
      if (args.some((a) => a === null)) return null;
      // (hour, minute), (hour, minute, second) or (day, hour, minute, second).
      const [day, hour, minute, second] = (args.length === 4 ? args : [0, ...args, ...(args.length === 2 ? [0] : [])]) as number[];
      if (![day, hour, minute].every((n) => Number.isInteger(n)) || typeof second !== 'number')
        throw new Unsupported(`${what} of these values`);
      // Whether out-of-range parts give null or carry over is not documented.
      if (day! < 0 || hour! < 0 || hour! > 23 || minute! < 0 || minute! > 59 || !(second >= 0 && second < 60))
        throw new Unsupported(`${what} with a part outside its documented range`);
      return (
        BigInt(day!) * TICKS_PER_DAY + BigInt(hour!) * TICKS_PER_HOUR + BigInt(minute!) * TICKS_PER_MINUTE + secondsToTicks(second, what)
      );
    },
  },
  {
    // The multiple of bin_size at or below value, counted from fixed_point.
    name: 'bin_at',
    evaluate: ([v, size, fixed], { argTypes, resultType }) => {
      if (v === null || size === null || fixed === null) return null;
      if (argTypes.includes('real')) {
        // Real values: fixed + floor((value - fixed) / size) * size in double arithmetic.
        if (
          typeof v !== 'number' ||
          typeof size !== 'number' ||
          typeof fixed !== 'number' ||
          !argTypes.every((t) => t === 'real' || t === 'int' || t === 'long')
        )
          throw new Unsupported(`bin_at() of ${argTypes.join(', ')}`);
        if (![v, size, fixed].every(Number.isFinite)) throw new Unsupported('bin_at() of a non-finite value');
        if (!(size > 0)) throw new Unsupported('bin_at() with a bin size that is not positive');
        const r = fixed + Math.floor((v - fixed) / size) * size;
        if (resultType !== 'real' && !Number.isSafeInteger(r))
          throw new Unsupported(`bin_at() of ${argTypes.join(', ')} giving a fraction`);
        return r;
      }
      const asBig = (x: Value | undefined) =>
        typeof x === 'bigint' ? x : typeof x === 'number' && Number.isSafeInteger(x) ? BigInt(x) : null;
      const [value, step, origin] = [asBig(v), asBig(size), asBig(fixed)];
      if (value === null || step === null || origin === null || argTypes.includes('real'))
        throw new Unsupported(`bin_at() of ${argTypes.join(', ')}`);
      if (step <= 0n) throw new Unsupported('bin_at() with a bin size that is not positive');
      const offset = value - origin;
      const r = offset % step;
      const result = origin + offset - (r < 0n ? r + step : r);
      return typeof v === 'bigint' ? result : small(result, 'bin_at()');
    },
  },
  unixtime('unixtime_seconds_todatetime', 10_000_000, 1),
  unixtime('unixtime_milliseconds_todatetime', 10_000, 1),
  unixtime('unixtime_microseconds_todatetime', 10, 1),
  unixtime('unixtime_nanoseconds_todatetime', 1, 100),
];
