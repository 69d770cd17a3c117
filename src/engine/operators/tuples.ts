/**
 * Tuple-valued expressions in print/extend/project: `(a, b) = array_sort_asc(x, y)`
 * and `series_stats(x)` give one column per part. The binder's tuple type lists
 * the parts; the operator's output columns give their final names.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import { listOf, nodeKind, tupleParts } from '../scalar.js';
import type { Column, ColumnData, Table } from '../table.js';
import type { Value } from '../values.js';
import { columnBytes } from '../budget.js';
import { computeColumnData, derivedNames, explicitName, valueOf } from './columns.js';
import type { QueryContext } from './operator.js';

/** The value expression of an item, `(a, b) = f(…)` included. */
function tupleValue(expr: any): any {
  return nodeKind(expr) === 'CompoundNamedExpression' ? expr.Expression : valueOf(expr);
}

/** How many columns an item makes: the number of tuple parts, or 1. */
export function partCount(expr: any): number {
  const value = tupleValue(expr);
  if (String(value?.ResultType?.Name) !== 'tuple') return 1;
  return listOf(value.ResultType.Columns).length;
}

/** Names the query gives an item's parts: `(a, b) = …`, `a = …` or a column reference. */
function givenNames(expr: any): string[] {
  if (nodeKind(expr) === 'CompoundNamedExpression') {
    const list = expr.Names;
    const items = listOf(list?.Names ?? list).map((e: any) => e.Element ?? e);
    return items
      .filter((n: any) => nodeKind(n) === 'NameDeclaration' || n.SimpleName !== undefined)
      .map((n: any) => String(n.SimpleName ?? n.ToString().trim()));
  }
  const name = explicitName(expr);
  return name ? [name] : [];
}

/**
 * Names of every item's parts, generated names taken in order from the binder's
 * output columns that no given name or kept input column claims.
 */
export function partNames(exprs: any[], output: Column[], taken: ReadonlySet<string>): string[][] {
  const counts = exprs.map(partCount);
  const named = exprs.map(givenNames);
  // A single-column item without a name may have one the language derives from it.
  const derived = derivedNames(
    exprs,
    output,
    named.map((names, i) => (names.length > 0 ? names.join(',') : counts[i]! > 1 ? '\u0000tuple' : undefined)),
  );
  const given = named.map((names, i) => (names.length === 0 && counts[i] === 1 && derived[i] ? [derived[i]!] : names));
  given.forEach((names, i) => {
    if (names.length > counts[i]!) throw new Unsupported('more names than the tuple has parts', exprs[i]?.TextStart);
    // The docs say fewer names keep only those columns; the binder keeps all parts: refuse the conflict.
    if (nodeKind(exprs[i]) === 'CompoundNamedExpression' && names.length < counts[i]!)
      throw new Unsupported('fewer names than the tuple has parts', exprs[i]?.TextStart);
  });
  const used = new Set<string>([...taken, ...given.flat()]);
  const generated = output.map((c) => c.name).filter((n) => !used.has(n));
  const names = given.map((names, i) => {
    const out = [...names];
    while (out.length < counts[i]!) {
      const next = generated.shift();
      if (!next) throw new Unsupported('unnamed expression whose column name is unknown', exprs[i]?.TextStart);
      out.push(next);
    }
    return out;
  });
  // Every generated name must be used, or the names were not matched as the binder matched them.
  if (generated.length > 0 && counts.some((c) => c > 1)) throw new Unsupported('tuple columns whose names are unknown');
  return names;
}

/** The columns of one item: one for a plain expression, one per part for a tuple (a referenced vector column stays one). */
export function computeParts(expr: any, table: Table, context: QueryContext): ColumnData[] {
  const count = partCount(expr);
  const value = tupleValue(expr);
  if (count === 1 && String(value?.ResultType?.Name) !== 'tuple') return [computeColumnData(value, table, context)];
  const out: Value[][] = Array.from({ length: count }, () => new Array<Value>(table.rowCount));
  const scope = { table, row: 0, variables: context.variables, now: context.now };
  for (let r = 0; r < table.rowCount; r++) {
    scope.row = r;
    const parts = tupleParts(value, scope);
    if (parts.length !== count) throw new Unsupported('tuple with an unexpected number of parts', value.TextStart);
    parts.forEach((v, j) => (out[j]![r] = v));
  }
  for (const column of out) context.budget.bytes(columnBytes(column), value, 'expression');
  return out;
}
