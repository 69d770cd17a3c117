/**
 * The grouping half of summarize: each row's group number and each group's first
 * row, groups numbered in first-seen order (as Groups in grouping.ts keeps them).
 *
 * Fast keys on vector columns: a plain reference to a dictionary-coded string
 * column groups by code (codes are unique per string, so equal codes are equal
 * strings), and `bin(T, span)` on a ticks column with a whole-millisecond span
 * groups by floor(ms / span-in-ms), which is floor(ticks / span) because the
 * sub-millisecond rest never reaches a millisecond. A null datetime (NaN ms) is
 * its own group, as bin(null) is null. The key values are those of each group's
 * first row, computed by the general expression there (so exactly as before).
 * Any other key keeps the general path (computed key columns and Groups).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { listOf, nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import { compiledScalar, isConstant } from '../scalar-compile.js';
import type { Table } from '../table.js';
import type { Value } from '../values.js';
import { computeColumn, referencedColumn } from './columns.js';
import type { QueryContext } from './operator.js';
import { Groups } from './grouping.js';

export interface Grouping {
  rowGroup: Int32Array;
  firstRows: number[];
  /** The `by` values of group g. */
  keys(group: number): Value[];
}

/** One key as dense numbers per row (0 .. cardinality - 1), and the key value of a row. */
interface DenseKey {
  ids: Int32Array;
  cardinality: number;
  value(row: number): Value;
}

function stringKey(codes: Int32Array, dict: readonly string[]): DenseKey {
  return { ids: codes, cardinality: dict.length, value: (row) => dict[codes[row]!]! };
}

/** bin(T, span) of ticks T: floor(ticks / span) * span, which is floor(ms / spanMs) * spanMs milliseconds. */
function binKey(ms: Float64Array, spanMs: number): DenseKey {
  const ids = new Int32Array(ms.length);
  const dense = new Map<number, number>();
  for (let r = 0; r < ms.length; r++) {
    const m = ms[r]!;
    // NaN (null) is one key of the Map, as bin(null) is one null group.
    const k = m !== m ? NaN : Math.floor(m / spanMs);
    let id = dense.get(k);
    if (id === undefined) dense.set(k, (id = dense.size));
    ids[r] = id;
  }
  return {
    ids,
    cardinality: dense.size,
    value(row) {
      const m = ms[row]!;
      return m !== m ? null : BigInt(Math.floor(m / spanMs) * spanMs) * 10_000n;
    },
  };
}

/** A dense key for a `by` expression on a vector column, or undefined. */
function denseKey(expr: any, table: Table, scope: ScalarScope): DenseKey | undefined {
  if (!table.vectors) return undefined;
  const index = referencedColumn(expr, table);
  if (index >= 0) {
    const v = table.vectors[index];
    return v?.kind === 'string' && table.columns[index]!.type === typeOf(expr) ? stringKey(v.codes, v.dict) : undefined;
  }
  if (nodeKind(expr) !== 'FunctionCallExpression' || String(expr.ReferencedSymbol?.Name ?? '') !== 'bin') return undefined;
  const args = listOf(expr.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  if (args.length !== 2 || !isConstant(args[1])) return undefined;
  const column = referencedColumn(args[0], table);
  const v = column < 0 ? undefined : table.vectors[column];
  if (v?.kind !== 'ticks') return undefined;
  const span = compiledScalar(args[1])(scope);
  if (typeof span !== 'bigint' || span <= 0n || span % 10_000n !== 0n || span / 10_000n > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return binKey(v.ms, Number(span / 10_000n));
}

/** Groups from dense keys when every `by` expression has one; undefined otherwise. */
export function fastGroups(byExprs: any[], table: Table, scope: ScalarScope): Grouping | undefined {
  if (byExprs.length === 0 || !table.vectors) return undefined;
  const keys: DenseKey[] = [];
  for (const expr of byExprs) {
    const key = denseKey(expr, table, scope);
    if (!key) return undefined;
    keys.push(key);
  }
  const n = table.rowCount;
  const rowGroup = new Int32Array(n);
  const firstRows: number[] = [];
  let space = 1;
  for (const k of keys) space *= Math.max(1, k.cardinality);
  if (space <= 1 << 22) {
    // A direct table from the combined key to its group.
    const slot = new Int32Array(space).fill(-1);
    for (let r = 0; r < n; r++) {
      let at = 0;
      for (let i = 0; i < keys.length; i++) at = at * keys[i]!.cardinality + keys[i]!.ids[r]!;
      let g = slot[at]!;
      if (g < 0) {
        g = slot[at] = firstRows.length;
        firstRows.push(r);
      }
      rowGroup[r] = g;
    }
  } else if (space <= Number.MAX_SAFE_INTEGER) {
    const slot = new Map<number, number>();
    for (let r = 0; r < n; r++) {
      let at = 0;
      for (let i = 0; i < keys.length; i++) at = at * keys[i]!.cardinality + keys[i]!.ids[r]!;
      let g = slot.get(at);
      if (g === undefined) {
        slot.set(at, (g = firstRows.length));
        firstRows.push(r);
      }
      rowGroup[r] = g;
    }
  } else return undefined;
  return { rowGroup, firstRows, keys: (g) => keys.map((k) => k.value(firstRows[g]!)) };
}

/** Groups of the general path: key columns computed for every row, grouped by value. */
export function generalGroups(byExprs: any[], table: Table, context: QueryContext): Grouping {
  const byColumns = byExprs.map((e: any) => computeColumn(e, table, context));
  const groups = new Groups<number>(byColumns);
  const rowGroup = new Int32Array(table.rowCount);
  const firstRows: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    rowGroup[r] = groups.of(r, (row) => {
      firstRows.push(row);
      return firstRows.length - 1;
    });
  }
  return { rowGroup, firstRows, keys: (g) => byColumns.map((c) => c[firstRows[g]!] as Value) };
}
