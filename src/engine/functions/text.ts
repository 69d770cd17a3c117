/**
 * Text conversions shared by the string, regex and parse modules: a value's
 * string form by its Kusto type, and a matched string converted to a column type.
 */
import { Unsupported } from '../refusal.js';
import { formatTimespan, parseDatetime, parseTimespan, TICKS_PER_MS, TICKS_PER_SECOND, type KustoType, type Value } from '../values.js';
import { toKustoString } from './conversion.js';

/** `2020-01-01T00:00:00.0000000Z`: the datetime text Kusto hashes (hash_md5 documented example). */
export function fullDatetime(ticks: bigint): string {
  const ms = Number(ticks / TICKS_PER_MS - (ticks % TICKS_PER_MS < 0n ? 1n : 0n));
  const fraction = ((ticks % TICKS_PER_SECOND) + TICKS_PER_SECOND) % TICKS_PER_SECOND;
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}.${fraction.toString().padStart(7, '0')}Z`;
}

/**
 * A value as a string argument, as tostring() gives it: datetime/timespan by their type, a
 * datetime always with seven fraction digits (reverse docs: reverse(datetime(2017-10-15 12:00))
 * is Z0000000.00:00:21T51-01-7102; hash_md5 hashes the same text).
 */
export function asText(v: Value | undefined, type: KustoType | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint') {
    if (type === 'timespan') return formatTimespan(v);
    if (type === 'datetime') return fullDatetime(v);
    if (type === 'long' || type === 'int') return v.toString();
    throw new Unsupported('string form of a tick value of unknown type');
  }
  return toKustoString(v);
}

/** `MM/dd/yyyy HH:mm[:ss]`, the invariant-culture form .NET's DateTime parser takes. */
const US_DATETIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function textToDatetime(text: string): bigint | null {
  const us = US_DATETIME.exec(text.trim());
  if (us) {
    const [, mo, d, y, h = '0', mi = '0', s = '0'] = us;
    const iso = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}T${h.padStart(2, '0')}:${mi}:${s.padStart(2, '0')}Z`;
    return parseDatetime(iso);
  }
  return parseDatetime(text);
}

/**
 * Convert matched text to a column type; null when it does not convert (as a
 * failed typed parse or extract gives). Forms whose conversion is not exactly
 * known are refused.
 */
export function convertText(text: string, type: KustoType, what: string): Value {
  const t = text.trim();
  switch (type) {
    case 'string':
      return text;
    case 'int':
    case 'long': {
      if (!/^[+-]?\d+$/.test(t)) {
        if (/^[+-]?\d*\.\d+$/.test(t)) throw new Unsupported(`${what} of a decimal into ${type}`);
        return null;
      }
      const n = Number(t);
      if (!Number.isSafeInteger(n)) throw new Unsupported(`${what} of a ${type} beyond ±2^53`);
      if (type === 'int' && (n | 0) !== n) throw new Unsupported(`${what} of an int beyond 32 bits`);
      return n;
    }
    case 'real':
      if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
      if (t === '') return null;
      throw new Unsupported(`${what} of ${JSON.stringify(t.slice(0, 20))} into real`);
    case 'bool':
      if (/^true$/i.test(t)) return true;
      if (/^false$/i.test(t)) return false;
      throw new Unsupported(`${what} of ${JSON.stringify(t.slice(0, 20))} into bool`);
    case 'datetime': {
      const ticks = textToDatetime(t);
      if (ticks === null && /\d/.test(t) && /[-/:]/.test(t))
        throw new Unsupported(`${what} of ${JSON.stringify(t.slice(0, 30))} into datetime`);
      return ticks;
    }
    case 'timespan': {
      const ticks = parseTimespan(t);
      if (ticks === null && /\d/.test(t)) throw new Unsupported(`${what} of ${JSON.stringify(t.slice(0, 30))} into timespan`);
      return ticks;
    }
    case 'guid':
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t) ? t.toLowerCase() : null;
    default:
      throw new Unsupported(`${what} into ${type}`);
  }
}
