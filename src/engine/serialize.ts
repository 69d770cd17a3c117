/**
 * Values as the Kusto v2 REST API serializes them, so `lakeguard query`, the
 * emulator and the lake agree byte for byte.
 */
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
