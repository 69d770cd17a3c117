/**
 * Proleptic Gregorian calendar arithmetic on datetime ticks (100 ns since the
 * Unix epoch), UTC only. Kusto's datetime range is 0001-01-01 through
 * 9999-12-31 23:59:59.9999999; a result outside it is refused.
 */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_DAY, TICKS_PER_SECOND } from '../values.js';

export const TICKS_PER_HOUR = 3600n * TICKS_PER_SECOND;
export const TICKS_PER_MINUTE = 60n * TICKS_PER_SECOND;
/** 0001-01-01T00:00:00Z and one tick past 9999-12-31T23:59:59.9999999Z. */
export const MIN_TICKS = -62135596800n * TICKS_PER_SECOND;
export const END_TICKS = 253402300800n * TICKS_PER_SECOND;

export interface Civil {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a civil date (month 1..12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day count since 1970-01-01. */
export function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1..12); the fixture loader calls it per value, so no array per call. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Floor division of ticks into whole days (negative ticks round down). */
export function dayNumber(ticks: bigint): number {
  const q = ticks / TICKS_PER_DAY;
  return Number(ticks % TICKS_PER_DAY < 0n ? q - 1n : q);
}

/** Ticks into the day, 0 .. TICKS_PER_DAY - 1. */
export function timeOfDay(ticks: bigint): bigint {
  return ((ticks % TICKS_PER_DAY) + TICKS_PER_DAY) % TICKS_PER_DAY;
}

export function civilOf(ticks: bigint): Civil {
  return civilFromDays(dayNumber(ticks));
}

/** Ticks at midnight of a civil date. */
export function ticksOf(year: number, month: number, day: number): bigint {
  return BigInt(daysFromCivil(year, month, day)) * TICKS_PER_DAY;
}

/** Refuse a datetime outside Kusto's range rather than produce it. */
export function inRange(ticks: bigint, what: string): bigint {
  if (ticks < MIN_TICKS || ticks >= END_TICKS) throw new Unsupported(`${what} outside the datetime range 0001..9999`);
  return ticks;
}

/** Sunday = 0 … Saturday = 6 (1970-01-01 was a Thursday). */
export function weekday(ticks: bigint): number {
  return (((dayNumber(ticks) + 4) % 7) + 7) % 7;
}

/** Day of the year, 1..366. */
export function dayOfYear(ticks: bigint): number {
  const { year } = civilOf(ticks);
  return dayNumber(ticks) - daysFromCivil(year, 1, 1) + 1;
}

/** ISO 8601 week number: the week holding the year's first Thursday is week 1. */
export function isoWeek(ticks: bigint): number {
  const isoDay = weekday(ticks) === 0 ? 7 : weekday(ticks);
  const thursday = BigInt(dayNumber(ticks) + 4 - isoDay) * TICKS_PER_DAY;
  return Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
}

/** Add whole months, refusing when the day would have to be clamped (undocumented). */
export function addMonths(ticks: bigint, months: number, what: string): bigint {
  const { year, month, day } = civilOf(ticks);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (day > daysInMonth(y, m)) throw new Unsupported(`${what} landing past the end of a month`);
  if (y < 1 || y > 9999) throw new Unsupported(`${what} outside the datetime range 0001..9999`);
  return ticksOf(y, m, day) + timeOfDay(ticks);
}
