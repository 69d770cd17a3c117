/**
 * Values as the Kusto v2 REST API serializes them, so `lakeguard query`, the
 * emulator and the lake agree byte for byte.
 */
import { randomBytes } from 'node:crypto';
import type { Table } from './table.js';
import { formatDatetime, formatTimespan, type KustoType, type Value } from './values.js';

export function serializeValue(value: Value, type: KustoType): unknown {
  if (value === null || value === undefined) return type === 'string' ? '' : null;
  switch (type) {
    case 'datetime':
      return formatDatetime(value as bigint);
    case 'timespan':
      return formatTimespan(value as bigint);
    case 'real': {
      const n = value as number;
      if (Number.isNaN(n)) return 'NaN';
      if (n === Infinity) return 'Infinity';
      if (n === -Infinity) return '-Infinity';
      return n;
    }
    default:
      return value;
  }
}

/**
 * JSON text of serialized values where a long beyond ±2^53 (a bigint) is written as
 * its exact digits, as the v2 API writes a long (JSON.stringify would throw).
 */
export function toJson(value: unknown): string {
  let big = false;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'bigint') return v;
    big = true;
    return `\u0000${MARK}:${v}\u0000`;
  });
  return big ? text.replace(BIG_MARKED, '$1') : text;
}

/** A marker no string value holds by chance: a NUL, a per-process random token, the digits. */
const MARK = `long-${randomBytes(8).toString('hex')}`;
const BIG_MARKED = new RegExp(`"\\\\u0000${MARK}:(-?\\d+)\\\\u0000"`, 'g');

/** `{"columns":[{"name","type"}],"rows":[[...]]}` */
/** A table as the Kusto v2 API writes it: typed columns and JSON rows. */
export interface SerializedTable {
  columns: { name: string; type: string }[];
  rows: unknown[][];
}

export function serializeTable(table: Table): SerializedTable {
  const rows: unknown[][] = [];
  for (let r = 0; r < table.rowCount; r++) rows.push(table.columns.map((c, i) => serializeValue(table.data[i]![r] as Value, c.type)));
  return { columns: table.columns.map((c) => ({ name: c.name, type: c.type })), rows };
}
