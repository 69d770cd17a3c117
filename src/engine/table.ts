/** Columnar tables: one array of values per column. */
import type { KustoType, Value } from './values.js';

export interface Column {
  name: string;
  type: KustoType;
}

export interface Table {
  columns: Column[];
  /** data[c][r]: value of column c in row r. */
  data: Value[][];
  rowCount: number;
}

export function emptyTable(columns: Column[]): Table {
  return { columns, data: columns.map(() => []), rowCount: 0 };
}

/** Build a table from rows (arrays in column order). */
export function tableFromRows(columns: Column[], rows: Value[][]): Table {
  const data = columns.map((_, c) => rows.map((row) => row[c] as Value));
  return { columns, data, rowCount: rows.length };
}

/** The rows of a table, in order. */
export function rowsOf(table: Table): Value[][] {
  const rows: Value[][] = [];
  for (let r = 0; r < table.rowCount; r++) rows.push(table.data.map((col) => col[r] as Value));
  return rows;
}

/** Keep the rows whose index passes `keep`. */
export function filterRows(table: Table, keep: (row: number) => boolean): Table {
  const picked: number[] = [];
  for (let r = 0; r < table.rowCount; r++) if (keep(r)) picked.push(r);
  return pickRows(table, picked);
}

export function pickRows(table: Table, rows: readonly number[]): Table {
  return { columns: table.columns, data: table.data.map((col) => rows.map((r) => col[r] as Value)), rowCount: rows.length };
}
