/**
 * Kusto values in JavaScript. Every type but string has null; strings are never
 * null (empty instead). int/long are JS numbers within ±2^53; a long beyond that
 * (a hash, say) is a bigint, never a rounded number (longValue() normalizes, so one
 * long has one representation); datetime and timespan are bigint counts of 100-ns
 * ticks (datetime from the Unix epoch), told apart from longs by their column type;
 * dynamic is plain JSON-like data.
 */
import { Unsupported } from './refusal.js';

export type KustoType = 'string' | 'int' | 'long' | 'real' | 'bool' | 'datetime' | 'timespan' | 'guid' | 'dynamic' | 'decimal';

export type Dynamic = null | boolean | number | string | Dynamic[] | { [key: string]: Dynamic };
export type Value = null | string | number | boolean | bigint | Dynamic;

export const TICKS_PER_MS = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_DAY = 864_000_000_000n;

/** Normalize a language-service type name (`long`, `real`, `datetime`, `dynamic`, …). */
export function kustoType(name: string): KustoType {
  const t = name.toLowerCase();
  if (t === 'double') return 'real';
  if (t === 'boolean') return 'bool';
  if (t === 'date') return 'datetime';
  if (t === 'time') return 'timespan';
  if (['string', 'int', 'long', 'real', 'bool', 'datetime', 'timespan', 'guid', 'dynamic', 'decimal'].includes(t)) return t as KustoType;
  throw new Unsupported(`type ${name}`);
}

/** The null of a type: '' for string, null otherwise. */
export function nullOf(type: KustoType): Value {
  return type === 'string' ? '' : null;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/**
 * A long from a bigint: a number within ±2^53, the bigint itself beyond it; outside
 * 64 bits refused (Kusto's long overflow behaviour is not documented).
 */
export function longValue(n: bigint, what: string): number | bigint {
  if (n >= -SAFE && n <= SAFE) return Number(n);
  if (n < INT64_MIN || n > INT64_MAX) throw new Unsupported(`${what} beyond 64 bits (long overflow)`);
  return n;
}

/** Check an integer result stays exact. */
export function exactInteger(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new Unsupported(`${what} beyond ±2^53 (exact long arithmetic)`);
  return n;
}

/** Wrap an int result to 32 bits like Kusto's int. */
export function toInt32(n: number): number {
  return n | 0;
}

const MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Parse a datetime literal or string into ticks, or null when it is not one. */
export function parseDatetime(text: string): bigint | null {
  const m = MONTH_DAY.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0..99 as 1900..1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const check = new Date(ms);
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null;
  let ticks = BigInt(ms) * TICKS_PER_MS + BigInt((frac + '0000000').slice(0, 7));
  if (zone && zone.toUpperCase() !== 'Z') {
    const zm = /([+-])(\d{2}):?(\d{2})/.exec(zone)!;
    const offset = (BigInt(Number(zm[2])) * 60n + BigInt(Number(zm[3]))) * 60n * TICKS_PER_SECOND;
    ticks = zm[1] === '+' ? ticks - offset : ticks + offset;
  }
  return ticks;
}

/** ISO 8601 UTC with the fraction Kusto prints (trailing zeros dropped, none when zero). */
export function formatDatetime(ticks: bigint): string {
  const ms = Number(ticks / TICKS_PER_MS - (ticks % TICKS_PER_MS < 0n ? 1n : 0n));
  const fraction = ((ticks % TICKS_PER_SECOND) + TICKS_PER_SECOND) % TICKS_PER_SECOND;
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
  const frac = fraction === 0n ? '' : `.${fraction.toString().padStart(7, '0').replace(/0+$/, '')}`;
  return `${iso}${frac}Z`;
}

/** `[-][d.]hh:mm:ss[.fffffff]` */
export function formatTimespan(ticks: bigint): string {
  const negative = ticks < 0n;
  let t = negative ? -ticks : ticks;
  const days = t / TICKS_PER_DAY;
  t %= TICKS_PER_DAY;
  const hours = t / (3600n * TICKS_PER_SECOND);
  t %= 3600n * TICKS_PER_SECOND;
  const minutes = t / (60n * TICKS_PER_SECOND);
  t %= 60n * TICKS_PER_SECOND;
  const seconds = t / TICKS_PER_SECOND;
  const fraction = t % TICKS_PER_SECOND;
  const two = (n: bigint) => n.toString().padStart(2, '0');
  const frac = fraction === 0n ? '' : `.${fraction.toString().padStart(7, '0')}`;
  return `${negative ? '-' : ''}${days > 0n ? `${days}.` : ''}${two(hours)}:${two(minutes)}:${two(seconds)}${frac}`;
}

const TIMESPAN_UNITS: Readonly<Record<string, bigint>> = {
  d: TICKS_PER_DAY,
  day: TICKS_PER_DAY,
  days: TICKS_PER_DAY,
  h: 3600n * TICKS_PER_SECOND,
  hr: 3600n * TICKS_PER_SECOND,
  hrs: 3600n * TICKS_PER_SECOND,
  hour: 3600n * TICKS_PER_SECOND,
  hours: 3600n * TICKS_PER_SECOND,
  m: 60n * TICKS_PER_SECOND,
  min: 60n * TICKS_PER_SECOND,
  minute: 60n * TICKS_PER_SECOND,
  minutes: 60n * TICKS_PER_SECOND,
  s: TICKS_PER_SECOND,
  sec: TICKS_PER_SECOND,
  second: TICKS_PER_SECOND,
  seconds: TICKS_PER_SECOND,
  ms: TICKS_PER_MS,
  milli: TICKS_PER_MS,
  millis: TICKS_PER_MS,
  millisecond: TICKS_PER_MS,
  milliseconds: TICKS_PER_MS,
  microsecond: 10n,
  microseconds: 10n,
  tick: 1n,
  ticks: 1n,
};

/** Parse a timespan literal (`1h`, `1.5d`, `00:10:00`, `2.01:00:00.5`) into ticks. */
export function parseTimespan(text: string): bigint | null {
  const t = text.trim();
  const unit = /^(-)?(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(t);
  if (unit) {
    const size = TIMESPAN_UNITS[(unit[3] as string).toLowerCase()];
    if (size === undefined) return null;
    const [whole, frac = ''] = (unit[2] as string).split('.');
    let ticks = BigInt(whole as string) * size;
    if (frac) ticks += (BigInt(frac) * size) / 10n ** BigInt(frac.length);
    return unit[1] ? -ticks : ticks;
  }
  const clock = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(t);
  if (clock) {
    const [, neg, d = '0', h, mi, s = '0', frac = ''] = clock;
    const ticks =
      ((BigInt(d) * 24n + BigInt(h as string)) * 60n + BigInt(mi as string)) * 60n * TICKS_PER_SECOND +
      BigInt(s) * TICKS_PER_SECOND +
      BigInt((frac + '0000000').slice(0, 7));
    return neg ? -ticks : ticks;
  }
  return null;
}

/** Compact JSON text of a dynamic value, as tostring(dynamic) gives it. */
export function dynamicText(value: Dynamic): string {
  return JSON.stringify(value);
}

/** A datetime as a dynamic value holds it when serialized: always seven fraction digits. */
export function dynamicDatetimeText(ticks: bigint): string {
  const text = formatDatetime(ticks);
  const [main, frac = ''] = text.slice(0, -1).split('.');
  return `${main}.${frac.padEnd(7, '0')}Z`;
}

/**
 * A scalar of a known type as a dynamic element: datetime and timespan become
 * their JSON (string) form, as Kusto serializes them; non-finite reals are refused.
 */
export function toDynamic(value: Value | undefined, type: KustoType): Dynamic {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') {
    if (type === 'datetime') return dynamicDatetimeText(value);
    if (type === 'timespan') return formatTimespan(value);
    throw new Unsupported(`${type} value inside dynamic`);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Unsupported('non-finite real inside a dynamic value');
  if (type === 'string' && value === '') return '';
  return value as Dynamic;
}

/** A property bag's entries in order; integer-like keys are refused (JS objects reorder them). */
export function bagEntries(bag: { [key: string]: Dynamic }): [string, Dynamic][] {
  const entries = Object.entries(bag);
  if (entries.some(([k]) => /^(0|[1-9]\d*)$/.test(k))) throw new Unsupported('property bag with integer-like keys (key order)');
  return entries;
}

export function isBag(v: Value | undefined): v is { [key: string]: Dynamic } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Set a bag key as an own property (a `__proto__` key must not change the prototype). */
export function putKey(bag: { [key: string]: Dynamic }, key: string, value: Dynamic): void {
  Object.defineProperty(bag, key, { value, writable: true, enumerable: true, configurable: true });
}
