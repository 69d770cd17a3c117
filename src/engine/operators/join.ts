/**
 * join: the kinds that detections use, with Kusto's default `innerunique` (the
 * left side keeps the first row of each key before matching). Output columns come
 * from the binder (right-side duplicates renamed Key1, …) and map by position.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import { boundToColumn, nodeKind } from '../scalar.js';
import type { Table } from '../table.js';
import { nullOf, type Value } from '../values.js';
import { estimateBytes } from '../budget.js';
import { expressions, namedParameters, resultColumns } from './columns.js';
import type { QueryContext, TabularOperator } from './operator.js';

const NONE: readonly number[] = [];

const KINDS = new Set([
  'innerunique',
  'inner',
  'leftouter',
  'leftanti',
  'leftantisemi',
  'leftsemi',
  'rightouter',
  'rightanti',
  'rightantisemi',
  'rightsemi',
  'fullouter',
]);

/** Column name of one side of a `$left.a == $right.b` condition. */
function sideColumn(expr: any): { side: 'left' | 'right'; name: string } {
  if (nodeKind(expr) !== 'PathExpression')
    throw new Unsupported('join condition that is not $left.column == $right.column', expr.TextStart);
  const side = String(expr.Expression?.ToString()).trim();
  if (side !== '$left' && side !== '$right')
    throw new Unsupported('join condition that is not $left.column == $right.column', expr.TextStart);
  return { side: side === '$left' ? 'left' : 'right', name: String(expr.Selector?.SimpleName ?? expr.Selector?.ToString()).trim() };
}

/** Pairs of (left column, right column) the rows must agree on. */
export function keyColumns(node: any): { left: string; right: string }[] {
  const clause = node.ConditionClause ?? node.LookupClause;
  if (nodeKind(clause) !== 'JoinOnClause') throw new Unsupported('join with a where clause', node.TextStart);
  return expressions(clause.Expressions).map((expr: any) => {
    if (nodeKind(expr) === 'NameReference') {
      const name = String(expr.SimpleName).trim();
      return { left: name, right: name };
    }
    if (nodeKind(expr) === 'BinaryExpression' && String(expr.ReferencedSymbol?.Name) === 'Equal') {
      const a = sideColumn(expr.Left);
      const b = sideColumn(expr.Right);
      if (a.side === b.side) throw new Unsupported('join condition comparing one side with itself', expr.TextStart);
      return a.side === 'left' ? { left: a.name, right: b.name } : { left: b.name, right: a.name };
    }
    throw new Unsupported('join condition other than equality', expr.TextStart);
  });
}

export function keyOf(table: Table, columns: number[], row: number, offset: number): string {
  return columns
    .map((c) => {
      const v = table.data[c]![row] as Value;
      const type = table.columns[c]!.type;
      // How Kusto matches null or dynamic keys is not documented precisely: refuse.
      if (v === null) throw new Unsupported('join on a null key value', offset);
      if (type === 'dynamic') throw new Unsupported('join on a dynamic key', offset);
      return typeof v === 'bigint' ? `t${v}` : `${type}:${JSON.stringify(v)}`;
    })
    .join('\u0000');
}

/** Column indexes of the `on` keys in each side (join and lookup). */
export function keyIndexes(node: any, left: Table, right: Table, keyword: string): { leftKeys: number[]; rightKeys: number[] } {
  const keys = keyColumns(node);
  const leftKeys = keys.map((k) => left.columns.findIndex((c) => c.name === k.left));
  const rightKeys = keys.map((k) => right.columns.findIndex((c) => c.name === k.right));
  if (leftKeys.includes(-1) || rightKeys.includes(-1)) throw new Unsupported(`${keyword} key not found`, node.TextStart);
  return { leftKeys, rightKeys };
}

/** Functions whose value depends on the rows around, or on nothing: a filter using them is not moved. */
const ROW_ORDER = new Set([
  'prev',
  'next',
  'row_number',
  'row_cumsum',
  'row_rank_dense',
  'row_rank_min',
  'row_window_session',
  'rand',
  'toscalar',
]);

/** Every syntax node under (and including) a node. */
function* descendants(node: any): Generator<any> {
  yield node;
  for (let i = 0; i < (node?.ChildCount ?? 0); i++) {
    const child = node.GetChild(i);
    if (child && typeof child.ChildCount === 'number') yield* descendants(child);
  }
}

/**
 * The `where` right after this join when it reads only left-side columns and plain
 * row values. Kusto pushes such a filter to the left side, before innerunique keeps
 * one row per key (innerunique join docs: with `| where value == "val1.2"` the join
 * "gives the second result and will never give the first").
 */
function leftFilter(node: any, left: Table, context: QueryContext): any | undefined {
  const pipe = node.Parent;
  const next = pipe?.Parent;
  if (nodeKind(pipe) !== 'PipeExpression' || nodeKind(next) !== 'PipeExpression') return undefined;
  if (nodeKind(next.Operator) !== 'FilterOperator' || Number(next.Expression?.TextStart) !== Number(pipe.TextStart)) return undefined;
  const leftNames = new Set(left.columns.map((c) => c.name));
  for (const d of descendants(next.Operator.Condition)) {
    const kind = nodeKind(d);
    if (kind === 'StarExpression' || kind === 'ToScalarExpression') return undefined;
    if (kind === 'FunctionCallExpression') {
      const name = String(d.ReferencedSymbol?.Name ?? d.Name?.SimpleName ?? '');
      if (ROW_ORDER.has(name) || context.functions.has(name)) return undefined;
    }
    if (kind === 'NameReference' && boundToColumn(d.ReferencedSymbol) && !leftNames.has(String(d.SimpleName ?? d.ToString().trim())))
      return undefined;
  }
  return next.Operator;
}

export const joinOperator: TabularOperator = {
  kind: 'JoinOperator',
  keyword: 'join',
  evaluate(node: any, input, context) {
    let kind = 'innerunique';
    for (const { name, value } of namedParameters(node.Parameters)) {
      if (name !== 'kind') throw new Unsupported(`join ${name}=${value}`, node.TextStart);
      kind = value;
    }
    if (!KINDS.has(kind)) throw new Unsupported(`join kind=${kind}`, node.TextStart);
    let left = input as Table;
    const filter = kind === 'innerunique' ? leftFilter(node, left, context) : undefined;
    if (filter) left = context.tabularOperator('FilterOperator')!.evaluate(filter, left, context);
    const right = context.evaluateTabular(node.Expression);
    const { leftKeys, rightKeys } = keyIndexes(node, left, right, 'join');

    const offset = Number(node.TextStart);
    let leftRows = Array.from({ length: left.rowCount }, (_, i) => i);
    if (kind === 'innerunique') {
      // First row of each left key ("first" in input order).
      const seen = new Set<string>();
      leftRows = leftRows.filter((r) => {
        const k = keyOf(left, leftKeys, r, offset);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
    const rightByKey = new Map<string, number[]>();
    for (let r = 0; r < right.rowCount; r++) {
      const k = keyOf(right, rightKeys, r, offset);
      const list = rightByKey.get(k) ?? [];
      list.push(r);
      rightByKey.set(k, list);
    }
    const output = resultColumns(node);
    const pairs: [number | null, number | null][] = [];
    const matchedRight = new Set<number>();
    const matchesOf = leftRows.map((l) => rightByKey.get(keyOf(left, leftKeys, l, offset)) ?? NONE);
    // Count the output before building it, so a runaway join stops early.
    const expands = ['inner', 'innerunique', 'leftouter', 'rightouter', 'fullouter'].includes(kind);
    if (expands) {
      let total = 0;
      for (const matches of matchesOf) total += matches.length || (kind === 'leftouter' || kind === 'fullouter' ? 1 : 0);
      context.budget.rows(total, node, 'join');
      context.budget.bytes(estimateBytes(total, output.length + 2), node, 'join');
    }
    leftRows.forEach((l, i) => {
      const matches = matchesOf[i]!;
      for (const r of matches) matchedRight.add(r);
      if (kind === 'leftsemi' && matches.length) pairs.push([l, null]);
      else if ((kind === 'leftanti' || kind === 'leftantisemi') && !matches.length) pairs.push([l, null]);
      else if (expands) {
        for (const r of matches) pairs.push([l, r]);
        if (!matches.length && (kind === 'leftouter' || kind === 'fullouter')) pairs.push([l, null]);
      }
    });
    if (kind === 'rightsemi' || kind === 'rightanti' || kind === 'rightantisemi') {
      for (let r = 0; r < right.rowCount; r++) if (matchedRight.has(r) === (kind === 'rightsemi')) pairs.push([null, r]);
    }
    if (kind === 'rightouter' || kind === 'fullouter') {
      for (let r = 0; r < right.rowCount; r++) if (!matchedRight.has(r)) pairs.push([null, r]);
    }

    const leftOnly = kind.startsWith('left') && kind !== 'leftouter';
    const rightOnly = kind.startsWith('right') && kind !== 'rightouter';
    const sources = [
      ...(rightOnly ? [] : left.columns.map((_, i) => ['left', i] as const)),
      ...(leftOnly ? [] : right.columns.map((_, i) => ['right', i] as const)),
    ];
    if (sources.length !== output.length) throw new Unsupported('join whose output columns do not map one to one', offset);
    const data: Value[][] = sources.map(([side, i], c) =>
      pairs.map(([l, r]) => {
        const row = side === 'left' ? l : r;
        const table = side === 'left' ? left : right;
        return row === null ? nullOf(output[c]!.type) : (table.data[i]![row] as Value);
      }),
    );
    return { columns: output, data, rowCount: pairs.length };
  },
};
