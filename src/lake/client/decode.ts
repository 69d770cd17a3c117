/**
 * Cell decoding per column type, as the v2 API serializes values. A value of
 * the wrong shape is a malformed response, never a guess.
 */
import { kustoType, parseDatetime, parseTimespan, type KustoType } from '../../engine/values.js';
import { parseExactJson, type ExactJson } from './exact-json.js';
import type { LakeColumn, LakeValue } from './types.js';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** `{ColumnName, ColumnType}` entries of a table frame. */
export function decodeColumns(raw: ExactJson | undefined, table: string): LakeColumn[] {
  if (!Array.isArray(raw)) throw new DecodeError(`table ${table} has no Columns`);
  return raw.map((c, i) => {
    const col = c as { ColumnName?: unknown; ColumnType?: unknown; DataType?: unknown } | null;
    const name = col?.ColumnName;
    const typeName = col?.ColumnType ?? col?.DataType;
    if (typeof name !== 'string' || typeof typeName !== 'string')
      throw new DecodeError(`column ${i} of table ${table} has no name or type`);
    let type: KustoType;
    try {
      type = kustoType(typeName);
    } catch {
      throw new DecodeError(`column ${name} of table ${table} has an unknown type ${JSON.stringify(typeName).slice(0, 40)}`);
    }
    return { name, type };
  });
}

// Fast path for the service's own datetime shape, `yyyy-MM-ddTHH:mm:ss[.fffffff]Z`:
// the day's ticks are cached (rows of one result share few days), the rest is
// plain arithmetic. Anything else goes through the engine's parser.
let cachedDay = '';
let cachedDayTicks = 0n;

function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Ticks at the start of the `yyyy-MM-dd` day that `s` begins with; years below 100 included. */
function dayTicks(s: string): bigint | null {
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 1 || mo < 1 || d < 1 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return BigInt(date.getTime()) * 10_000n;
}

export function decodeDatetime(s: string): bigint | null {
  const n = s.length;
  if (n < 20 || n > 28 || s.charCodeAt(10) !== 84 || s.charCodeAt(n - 1) !== 90 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58)
    return parseDatetime(s);
  const h = digitsAt(s, 11, 2);
  const m = digitsAt(s, 14, 2);
  const sec = digitsAt(s, 17, 2);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return parseDatetime(s);
  let fraction = 0;
  if (n > 20) {
    const digits = n - 21;
    if (s.charCodeAt(19) !== 46 || digits < 1) return parseDatetime(s);
    fraction = digitsAt(s, 20, digits);
    if (fraction < 0) return parseDatetime(s);
    fraction *= 10 ** (7 - digits);
  }
  const day = s.slice(0, 10);
  if (day !== cachedDay) {
    const t = dayTicks(s);
    if (t === null) return parseDatetime(s);
    cachedDay = day;
    cachedDayTicks = t;
  }
  return cachedDayTicks + BigInt(((h * 60 + m) * 60 + sec) * 10_000_000 + fraction);
}

const REAL_WORDS: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

function decodeValue(v: ExactJson, type: KustoType, dynamicAsText: boolean): LakeValue | undefined {
  if (v === null) return type === 'string' ? '' : null;
  switch (type) {
    case 'string':
    case 'guid':
      return typeof v === 'string' ? v : undefined;
    case 'decimal':
      return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
    case 'int':
      return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
    case 'long':
      if (typeof v === 'bigint') return v;
      return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
    case 'real':
      if (typeof v === 'number') return v;
      // A real written as a long integer literal is still a double.
      if (typeof v === 'bigint') return Number(v);
      return typeof v === 'string' && v in REAL_WORDS ? REAL_WORDS[v] : undefined;
    case 'bool':
      return typeof v === 'boolean' ? v : undefined;
    case 'datetime':
      return typeof v === 'string' ? (decodeDatetime(v) ?? undefined) : undefined;
    case 'timespan':
      return typeof v === 'string' ? (parseTimespan(v) ?? undefined) : undefined;
    case 'dynamic':
      if (dynamicAsText && typeof v === 'string') {
        try {
          return parseExactJson(v);
        } catch {
          return v;
        }
      }
      return v;
  }
}

function describe(v: ExactJson): string {
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object' && v !== null) return 'an object';
  return `a ${typeof v}`;
}

/**
 * Decode one row in place. `dynamicAsText`: dynamic cells arrive as JSON text
 * (QueryProperties and other metadata tables) instead of raw JSON (PrimaryResult).
 */
export function decodeRow(raw: ExactJson[], columns: LakeColumn[], table: string, rowIndex: number, dynamicAsText: boolean): LakeValue[] {
  if (raw.length !== columns.length) {
    throw new DecodeError(`row ${rowIndex} of table ${table} has ${raw.length} values for ${columns.length} columns`);
  }
  const out = raw as LakeValue[];
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i]!;
    const value = decodeValue(raw[i]!, col.type, dynamicAsText);
    if (value === undefined) {
      // Only the shape, never the value: rows may hold user data.
      throw new DecodeError(`row ${rowIndex} of table ${table}: column ${col.name} (${col.type}) holds ${describe(raw[i]!)}`);
    }
    out[i] = value;
  }
  return out;
}
