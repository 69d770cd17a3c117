/**
 * Expressions over one dictionary-coded string column, evaluated once per
 * dictionary entry instead of once per row: `ResultType in (codes)`,
 * `isnotempty(UserPrincipalName)`, `R != "0"` and the like. The same compiled
 * expression computes each entry's value, with the column's dictionary as a
 * one-column table, so the values are those the row-by-row path computes. Only
 * expressions whose value depends on nothing but that column qualify (no window
 * functions, no functions reading the whole row, no other column); an entry whose
 * evaluation throws is marked, and rows with that code take the row-by-row path
 * (which then throws, or not, exactly as before: a filtered table's dictionary may
 * hold strings no row has).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { boundToColumn, nodeKind, type ScalarScope } from '../scalar.js';
import { compiledScalar } from '../scalar-compile.js';
import type { Table } from '../table.js';
import type { Value } from '../values.js';
import type { StringVector } from '../vectors.js';
import { WINDOW_FUNCTIONS } from '../functions/window.js';
import { isAggregateFunction } from '../../kql/language-service.js';

/** Functions whose value depends on more than their arguments' values. */
const ROW_DEPENDENT = new Set(['pack_all', 'bag_pack_columns', 'rand', 'new_guid', 'toscalar']);

/** Names of the columns an expression references; undefined when it has a part that depends on more than column values. */
function referencedColumns(node: any, names: Set<string>): Set<string> | undefined {
  if (!node || typeof node.ChildCount !== 'number') return names;
  const kind = nodeKind(node);
  if (kind === 'StarExpression' || kind.endsWith('Operator') || kind === 'PipeExpression') return undefined;
  if (kind === 'NameReference' && boundToColumn(node.ReferencedSymbol)) {
    const symbolKind = String(node.ReferencedSymbol?.constructor?.$$name ?? '');
    // A let-bound scalar resolves to a variable; a column to a column (the compiled reference tries columns first).
    if (!symbolKind.endsWith('VariableSymbol')) names.add(String(node.SimpleName ?? node.Name?.SimpleName ?? node.ToString().trim()));
  }
  if (kind === 'FunctionCallExpression') {
    const name = String(node.ReferencedSymbol?.Name ?? '');
    if (ROW_DEPENDENT.has(name) || WINDOW_FUNCTIONS.has(name) || isAggregateFunction(node.ReferencedSymbol)) return undefined;
    if (node.ReferencedSymbol && !String(node.ReferencedSymbol.constructor?.$$name ?? '').endsWith('FunctionSymbol')) return undefined;
  }
  for (let i = 0; i < node.ChildCount; i++) {
    const child = node.GetChild(i);
    if (child && typeof child.ChildCount === 'number' && referencedColumns(child, names) === undefined) return undefined;
  }
  return names;
}

/** The string-vector column that is the only column `expr` reads, or undefined. */
export function singleStringColumn(expr: any, table: Table): { index: number; vector: StringVector } | undefined {
  if (!table.vectors) return undefined;
  const names = referencedColumns(expr, new Set());
  if (names === undefined || names.size !== 1) return undefined;
  const [name] = [...names];
  const index = table.columns.findIndex((c) => c.name === name);
  const vector = index < 0 ? undefined : table.vectors[index];
  return vector?.kind === 'string' ? { index, vector } : undefined;
}

/** Marks an entry whose evaluation threw: rows with it take the row-by-row path. */
export const FAILED: unique symbol = Symbol('failed');

/** The value of `expr` for each dictionary entry of column `index`. */
export function perEntry(expr: any, table: Table, index: number, vector: StringVector, scope: ScalarScope): (Value | typeof FAILED)[] {
  const dictTable: Table = { columns: [table.columns[index]!], data: [vector.dict as Value[]], rowCount: vector.dict.length };
  const fn = compiledScalar(expr);
  const local: ScalarScope = { ...scope, table: dictTable, row: 0 };
  const out: (Value | typeof FAILED)[] = new Array(vector.dict.length);
  for (let i = 0; i < vector.dict.length; i++) {
    local.row = i;
    try {
      out[i] = fn(local);
    } catch {
      out[i] = FAILED;
    }
  }
  return out;
}
