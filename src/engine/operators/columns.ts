/** Helpers shared by operators that compute columns (print, extend, project). */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { expressionResultName } from '../../kql/language-service.js';
import { boundToColumn, listOf, nodeKind, typeOf } from '../scalar.js';
import { compiledScalar } from '../scalar-compile.js';
import { Unsupported } from '../refusal.js';
import { columnData, type Column, type ColumnData, type Table } from '../table.js';
import { kustoType, type Value } from '../values.js';
import type { QueryContext } from './operator.js';
import { columnBytes } from '../budget.js';

/**
 * Columns the binder could not type and no row has a value in: a column of an
 * open-schema source (an ASIM parser, a pivot's output) that the rows at hand
 * lack, over no rows. Listed as dynamic; any computation on one is refused, as
 * the binder types expressions over it `unknown`.
 */
const UNTYPED = new WeakSet<Column>();

/** Whether a column's type is a stand-in (see UNTYPED). */
export function isUntyped(column: Column): boolean {
  return UNTYPED.has(column);
}

/**
 * The output columns the binder computed for an operator node. A column it types
 * `unknown` (open-schema sources) passes through from `input` by name with the
 * type its values have there; absent from an input without rows, it is a
 * stand-in (no value of it exists); absent from rows, it is refused.
 */
export function resultColumns(
  node: any,
  input?: Table & { positional?: boolean },
  sourceOf: (name: string) => string = (n) => n,
): Column[] {
  const columns = node?.ResultType?.Columns;
  if (!columns) throw new Unsupported('operator without a tabular result', node?.TextStart);
  return listOf(columns).map((c: any, index: number) => {
    const name = String(c.Name);
    const type = String(c.Type?.Name);
    if (type !== 'unknown') return { name, type: kustoType(type) };
    const source = input?.positional ? input.columns[index] : input?.columns.find((column) => column.name === sourceOf(name));
    if (source) {
      const column = { name, type: source.type };
      if (UNTYPED.has(source)) UNTYPED.add(column);
      return column;
    }
    if (input && input.rowCount === 0) return standIn(name);
    throw new Unsupported(`column ${name} of unknown type`, node?.TextStart);
  });
}

/** A stand-in column (see UNTYPED) for a name no input row carries. */
export function standIn(name: string): Column {
  const column: Column = { name, type: 'dynamic' };
  UNTYPED.add(column);
  return column;
}

/** The expression nodes of a separated list (`a = 1, b`). */
export function expressions(list: any): any[] {
  return listOf(list).map((e: any) => e.Element ?? e);
}

/** Explicit name of an expression: `x = …` or a plain column reference. */
export function explicitName(expr: any): string | undefined {
  const kind = nodeKind(expr);
  if (kind === 'SimpleNamedExpression') return String(expr.Name?.SimpleName ?? expr.Name?.ToString().trim());
  if (kind === 'NameReference') return String(expr.SimpleName ?? expr.ToString().trim());
  return undefined;
}

/** The value expression (without the `name =` part). */
export function valueOf(expr: any): any {
  if (nodeKind(expr) === 'SimpleNamedExpression') return expr.Expression;
  if (nodeKind(expr) === 'CompoundNamedExpression') throw new Unsupported('tuple assignment (a, b) = …', expr.TextStart);
  return expr;
}

/** Compute one column over every row of `table`. */
export function computeColumn(expr: any, table: Table, context: QueryContext): Value[] {
  const out: Value[] = new Array(table.rowCount);
  if (table.rowCount === 0) return out;
  const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
  const evaluate = compiledScalar(expr);
  for (let r = 0; r < table.rowCount; r++) {
    scope.row = r;
    out[r] = evaluate(scope);
  }
  // Computed strings are fresh memory: count them against the budget.
  context.budget.bytes(columnBytes(out), expr, 'expression');
  return out;
}

/** The input column a plain column reference names, or -1. */
export function referencedColumn(expr: any, table: Table): number {
  if (nodeKind(expr) !== 'NameReference' || !boundToColumn(expr.ReferencedSymbol)) return -1;
  const name = String(expr.SimpleName ?? expr.Name?.SimpleName ?? expr.ToString().trim());
  return table.columns.findIndex((c) => c.name === name);
}

/**
 * One column over every row of `table`, as computeColumn computes it; a plain
 * reference to an input column passes that column on as it is held (a vector stays one).
 */
export function computeColumnData(expr: any, table: Table, context: QueryContext): ColumnData {
  const index = referencedColumn(expr, table);
  if (index >= 0 && table.vectors?.[index] && table.columns[index]!.type === typeOf(expr)) return columnData(table, index);
  return computeColumn(expr, table, context);
}

/**
 * Names of the expressions, using the binder's output columns for the generated
 * names of unnamed expressions (Column1, print_0, …) in order.
 */
export function expressionNames(exprs: any[], output: Column[], taken: ReadonlySet<string>): string[] {
  const explicit = derivedNames(exprs, output, exprs.map(explicitName));
  const used = new Set<string>([...taken, ...(explicit.filter(Boolean) as string[])]);
  const generated = output.map((c) => c.name).filter((n) => !used.has(n));
  return explicit.map((name) => {
    if (name) return name;
    const next = generated.shift();
    if (!next) throw new Unsupported('unnamed expression whose column name is unknown');
    return next;
  });
}

/**
 * Names of unnamed expressions that the language derives from the expression
 * itself (`split(s, ";")` is `s`, `tostring(s.a.b)` is `s_a_b`): used when the
 * binder's output has that column and no other item claims the name, so an
 * existing input column of that name is replaced, as the binder does (mv-expand
 * docs: an expression whose name equals an input column replaces it).
 */
export function derivedNames(exprs: any[], output: Column[], given: (string | undefined)[]): (string | undefined)[] {
  const derived = exprs.map((e, i) => (given[i] ? undefined : expressionResultName(valueOfAny(e)) || undefined));
  const claims = new Map<string, number>();
  for (const n of [...given, ...derived]) if (n) claims.set(n, (claims.get(n) ?? 0) + 1);
  return given.map((name, i) => {
    if (name) return name;
    const d = derived[i];
    return d && claims.get(d) === 1 && output.some((c) => c.name === d) ? d : undefined;
  });
}

function valueOfAny(expr: any): any {
  return nodeKind(expr) === 'SimpleNamedExpression' || nodeKind(expr) === 'CompoundNamedExpression' ? undefined : expr;
}

/** Type of a computed column: the binder's type for the expression. */
export function columnType(expr: any): Column['type'] {
  return typeOf(valueOf(expr));
}

/** `name=value` parameters of an operator (`kind=leftouter`), as text. */
export function namedParameters(list: any): { name: string; value: string }[] {
  return listOf(list).map((parameter: any) => {
    const p = parameter.Element ?? parameter;
    return { name: String(p.Name?.SimpleName ?? p.Name?.ToString() ?? '').trim(), value: String(p.Expression?.ToString() ?? '').trim() };
  });
}

/** Execution hints that change how Kusto distributes work, never the result (shuffle and partitioning docs). */
const RESULT_NEUTRAL_HINTS = new Set([
  'hint.strategy',
  'hint.shufflekey',
  'hint.num_partitions',
  'hint.materialized',
  'hint.concurrency',
  'hint.spread',
]);

/** The operator's parameters other than result-neutral hints. */
export function semanticParameters(list: any): { name: string; value: string }[] {
  return namedParameters(list).filter((p) => !RESULT_NEUTRAL_HINTS.has(p.name.toLowerCase()));
}
