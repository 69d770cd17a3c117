/**
 * Columnar tables: one array of values per column. A column may instead be held
 * as a typed vector (vectors.ts); `data[c]` then materializes its values on first
 * use (and keeps them), so code that reads values sees plain arrays either way,
 * while operators that know vectors (where, project, extend, union, summarize)
 * work on the typed arrays and never materialize them.
 */
import type { KustoType, Value } from './values.js';
import { gather, materialize, vectorize, type Vector } from './vectors.js';

export interface Column {
  name: string;
  type: KustoType;
}

export interface Table {
  columns: Column[];
  /** data[c][r]: value of column c in row r. */
  data: Value[][];
  rowCount: number;
  /** vectors[c]: column c as a typed vector, when it is held as one (data[c] is then computed from it on first use). */
  vectors?: readonly (Vector | undefined)[];
}

/** A column as an operator passes it on: plain values or a vector. */
export type ColumnData = Value[] | Vector;

export function emptyTable(columns: Column[]): Table {
  return { columns, data: columns.map(() => []), rowCount: 0 };
}

/** Column c of a table without materializing a vector. */
export function columnData(table: Table, c: number): ColumnData {
  return table.vectors?.[c] ?? table.data[c]!;
}

/** Column c's vector, if it is held as one. */
export function vectorOf(table: Table, c: number): Vector | undefined {
  return table.vectors?.[c];
}

/** A table from columns of plain values or vectors; vector columns materialize lazily. */
export function makeTable(columns: Column[], cols: readonly ColumnData[], rowCount: number): Table {
  if (!cols.some((c) => !Array.isArray(c))) return { columns, data: cols as Value[][], rowCount };
  const data: Value[][] = [];
  const vectors: (Vector | undefined)[] = [];
  cols.forEach((col, c) => {
    if (Array.isArray(col)) {
      data.push(col);
      vectors.push(undefined);
      return;
    }
    vectors.push(col);
    let cached: Value[] | undefined;
    data.push([]);
    Object.defineProperty(data, c, {
      get: () => (cached ??= materialize(col)),
      // An assignment replaces the column with plain values (vectors[c] no longer applies).
      set(values: Value[]) {
        vectors[c] = undefined;
        Object.defineProperty(data, c, { value: values, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
  });
  return { columns, data, rowCount, vectors };
}

/** Hold the string, datetime, timespan, int and long columns of a plain table as vectors. */
export function toColumnar(table: Table): Table {
  const cols = table.columns.map((column, c) => table.vectors?.[c] ?? vectorize(table.data[c]!, column.type) ?? table.data[c]!);
  return makeTable(table.columns, cols, table.rowCount);
}

/** Build a table from rows (arrays in column order). */
export function tableFromRows(columns: Column[], rows: Value[][]): Table {
  const data = columns.map((_, c) => rows.map((row) => row[c] as Value));
  return { columns, data, rowCount: rows.length };
}

/** The rows of a table, in order. */
export function rowsOf(table: Table): Value[][] {
  const rows: Value[][] = [];
  const data = table.columns.map((_, c) => table.data[c]!);
  for (let r = 0; r < table.rowCount; r++) rows.push(data.map((col) => col[r] as Value));
  return rows;
}

/** Keep the rows whose index passes `keep`. */
export function filterRows(table: Table, keep: (row: number) => boolean): Table {
  const picked: number[] = [];
  for (let r = 0; r < table.rowCount; r++) if (keep(r)) picked.push(r);
  return pickRows(table, picked);
}

/**
 * The rows `rows` of a table, in that order. A table held as vectors gives a table whose
 * columns are gathered on first use: a filter over a wide table copies only the columns
 * that later operators read.
 */
export function pickRows(table: Table, rows: readonly number[]): Table {
  if (!table.vectors)
    return { columns: table.columns, data: table.data.map((col) => rows.map((r) => col[r] as Value)), rowCount: rows.length };
  const source = table.vectors;
  const data: Value[][] = [];
  const vectors: (Vector | undefined)[] = [];
  table.columns.forEach((_, c) => {
    const v = source[c];
    let vector: Vector | undefined;
    let values: Value[] | undefined;
    const gathered = (): Vector => (vector ??= gather(v!, rows));
    data.push([]);
    vectors.push(undefined);
    const plain = (): Value[] => {
      if (values) return values;
      if (v) return (values = materialize(gathered()));
      const col = table.data[c]!;
      return (values = rows.map((r) => col[r] as Value));
    };
    Object.defineProperty(data, c, {
      get: plain,
      // An assignment replaces the column with plain values (vectors[c] no longer applies).
      set(next: Value[]) {
        Object.defineProperty(vectors, c, { value: undefined, writable: true, enumerable: true, configurable: true });
        Object.defineProperty(data, c, { value: next, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    });
    if (v) Object.defineProperty(vectors, c, { get: gathered, enumerable: true, configurable: true });
  });
  return { columns: table.columns, data, rowCount: rows.length, vectors };
}
