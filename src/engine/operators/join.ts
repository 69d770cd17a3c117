/**
 * join: the kinds that detections use, with Kusto's default `innerunique` (the
 * left side keeps the first row of each key before matching). Output columns come
 * from the binder (right-side duplicates renamed Key1, …) and map by position.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { syntaxDescendants } from '../../kql/language-service.js';
import { Unsupported } from '../refusal.js';
import { boundToColumn, nodeKind } from '../scalar.js';
import { makeTable, type Column, type ColumnData, type Table } from '../table.js';
import { gather } from '../vectors.js';
import { nullOf, type Value } from '../values.js';
import { estimateBytes } from '../budget.js';
import { expressions, namedParameters, resultColumns } from './columns.js';
import type { QueryContext, TabularOperator } from './operator.js';

const NONE = new Int32Array(0);

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

/**
 * Each row's key as a small integer, equal exactly when keyOf's strings are equal: string
 * vectors map their dictionary entries (not their rows) to ids, other columns their keyOf
 * strings; several key columns combine their ids. Fails as keyOf fails (null or dynamic keys).
 */
export function keyIds(
  left: Table,
  leftKeys: number[],
  right: Table,
  rightKeys: number[],
  offset: number,
): { left: Int32Array; right: Int32Array; count: number } {
  let leftIds: Int32Array | undefined;
  let rightIds: Int32Array | undefined;
  let count = 1;
  for (let k = 0; k < leftKeys.length; k++) {
    const ids = new Map<string, number>();
    const side = (table: Table, c: number): Int32Array => {
      const out = new Int32Array(table.rowCount);
      const v = table.vectors?.[c];
      const type = table.columns[c]!.type;
      if (v?.kind === 'string') {
        // keyOf's string for a string value, per dictionary entry.
        const entry = new Int32Array(v.dict.length).fill(-1);
        for (let r = 0; r < table.rowCount; r++) {
          const code = v.codes[r]!;
          let id = entry[code]!;
          if (id < 0) {
            const key = `${type}:${JSON.stringify(v.dict[code])}`;
            id = ids.get(key) ?? ids.size;
            if (id === ids.size) ids.set(key, id);
            entry[code] = id;
          }
          out[r] = id;
        }
        return out;
      }
      for (let r = 0; r < table.rowCount; r++) {
        const key = keyOf(table, [c], r, offset);
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
        out[r] = id;
      }
      return out;
    };
    // Left rows first, as keyOf met them (the first failing row fails the same way).
    const l = side(left, leftKeys[k]!);
    const r = side(right, rightKeys[k]!);
    const width = Math.max(ids.size, 1);
    if (leftIds === undefined || rightIds === undefined) {
      leftIds = l;
      rightIds = r;
      count = width;
      continue;
    }
    // Combine with the earlier columns' ids: pairs renumbered densely.
    const pairs = new Map<number, number>();
    const combine = (prev: Int32Array, next: Int32Array): Int32Array => {
      const out = new Int32Array(prev.length);
      for (let i = 0; i < prev.length; i++) {
        const pair = prev[i]! * width + next[i]!;
        let id = pairs.get(pair);
        if (id === undefined) pairs.set(pair, (id = pairs.size));
        out[i] = id;
      }
      return out;
    };
    leftIds = combine(leftIds, l);
    rightIds = combine(rightIds, r);
    count = Math.max(pairs.size, 1);
  }
  return { left: leftIds ?? new Int32Array(left.rowCount), right: rightIds ?? new Int32Array(right.rowCount), count };
}

/** Column c of `table` at `rows` (-1: a null row): a gathered vector when every row is real. */
function pickColumn(table: Table, c: number, rows: Int32Array, type: Column['type']): ColumnData {
  const v = table.vectors?.[c];
  if (v !== undefined && !rows.includes(-1)) return gather(v, rows);
  const col = table.data[c]!;
  const empty = nullOf(type);
  const out: Value[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = r < 0 ? empty : (col[r] as Value);
  }
  return out;
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
  for (const d of syntaxDescendants(next.Operator.Condition)) {
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
    const ids = keyIds(left, leftKeys, right, rightKeys, offset);
    let leftRows: number[] = Array.from({ length: left.rowCount }, (_, i) => i);
    if (kind === 'innerunique') {
      // First row of each left key ("first" in input order).
      const seen = new Uint8Array(ids.count);
      leftRows = leftRows.filter((r) => {
        const k = ids.left[r]!;
        if (seen[k]) return false;
        seen[k] = 1;
        return true;
      });
    }
    // Right rows grouped by key, in input order within a key (a counting sort).
    const starts = new Int32Array(ids.count + 1);
    for (let r = 0; r < right.rowCount; r++) starts[ids.right[r]! + 1]!++;
    for (let k = 0; k < ids.count; k++) starts[k + 1]! += starts[k]!;
    const byKey = new Int32Array(right.rowCount);
    const fill = starts.slice(0, ids.count);
    for (let r = 0; r < right.rowCount; r++) byKey[fill[ids.right[r]!]!++] = r;
    const output = resultColumns(node, joinedColumns(left, right, kind));
    const matchesOf = leftRows.map((l) => {
      const k = ids.left[l]!;
      return k < ids.count && starts[k + 1]! > starts[k]! ? byKey.subarray(starts[k]!, starts[k + 1]!) : NONE;
    });
    const pairsLeft: number[] = [];
    const pairsRight: number[] = [];
    const matchedRight = new Uint8Array(right.rowCount);
    // Count the output before building it, so a runaway join stops early.
    const expands = ['inner', 'innerunique', 'leftouter', 'rightouter', 'fullouter'].includes(kind);
    if (expands) {
      let total = 0;
      for (const matches of matchesOf) total += matches.length || (kind === 'leftouter' || kind === 'fullouter' ? 1 : 0);
      context.budget.rows(total, node, 'join');
      context.budget.bytes(estimateBytes(total, output.length + 2), node, 'join');
    }
    const pair = (l: number, r: number) => {
      pairsLeft.push(l);
      pairsRight.push(r);
    };
    leftRows.forEach((l, i) => {
      const matches = matchesOf[i]!;
      for (const r of matches) matchedRight[r] = 1;
      if (kind === 'leftsemi' && matches.length) pair(l, -1);
      else if ((kind === 'leftanti' || kind === 'leftantisemi') && !matches.length) pair(l, -1);
      else if (expands) {
        for (const r of matches) pair(l, r);
        if (!matches.length && (kind === 'leftouter' || kind === 'fullouter')) pair(l, -1);
      }
    });
    if (kind === 'rightsemi' || kind === 'rightanti' || kind === 'rightantisemi') {
      for (let r = 0; r < right.rowCount; r++) if ((matchedRight[r] === 1) === (kind === 'rightsemi')) pair(-1, r);
    }
    if (kind === 'rightouter' || kind === 'fullouter') {
      for (let r = 0; r < right.rowCount; r++) if (!matchedRight[r]) pair(-1, r);
    }

    const leftOnly = kind.startsWith('left') && kind !== 'leftouter';
    const rightOnly = kind.startsWith('right') && kind !== 'rightouter';
    const sources = [
      ...(rightOnly ? [] : left.columns.map((_, i) => ['left', i] as const)),
      ...(leftOnly ? [] : right.columns.map((_, i) => ['right', i] as const)),
    ];
    if (sources.length !== output.length) throw new Unsupported('join whose output columns do not map one to one', offset);
    const leftIndex = Int32Array.from(pairsLeft);
    const rightIndex = Int32Array.from(pairsRight);
    const columns = sources.map(([side, i], c) =>
      side === 'left' ? pickColumn(left, i, leftIndex, output[c]!.type) : pickColumn(right, i, rightIndex, output[c]!.type),
    );
    return makeTable(output, columns, pairsLeft.length);
  },
};

/**
 * The join's output columns in order (left's, then right's, as the binder lists
 * them, right names made unique), as a table for typing columns the binder types
 * unknown by position (a stand-in that gets rows is refused after the join).
 */
function joinedColumns(left: Table, right: Table, kind: string): Table & { positional: true } {
  const leftOnly = kind.startsWith('left') && kind !== 'leftouter';
  const rightOnly = kind.startsWith('right') && kind !== 'rightouter';
  const columns = [...(rightOnly ? [] : left.columns), ...(leftOnly ? [] : right.columns)];
  return { columns, data: [], rowCount: 0, positional: true };
}
