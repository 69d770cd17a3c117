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
      return typeof v === 'string' ? (parseDatetime(v) ?? undefined) : undefined;
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
