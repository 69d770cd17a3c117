/** summarize: group rows by the `by` expressions and aggregate each group. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { AGGREGATE_FUNCTIONS, type AggregateState } from '../functions/aggregates.js';
import { Unsupported } from '../refusal.js';
import { evaluateScalar, listOf, nodeKind, typeOf } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { nullOf, type Value } from '../values.js';
import { computeColumn, expressions, resultColumns, valueOf } from './columns.js';
import type { TabularOperator } from './operator.js';

function groupKey(values: Value[]): string {
  return values.map((v) => (typeof v === 'bigint' ? `t${v}` : JSON.stringify(v ?? null))).join('\u0000');
}

export const summarizeOperator: TabularOperator = {
  kind: 'SummarizeOperator',
  keyword: 'summarize',
  evaluate(node: any, input, context) {
    const table = input as Table;
    if (listOf(node.Parameters).length > 0) throw new Unsupported('summarize with hints', node.TextStart);
    const output = resultColumns(node);
    const byExprs = node.ByClause ? expressions(node.ByClause.Expressions).map(valueOf) : [];
    const aggregateExprs = expressions(node.Aggregates).map(valueOf);
    const single = aggregateExprs.length === 1 ? aggregateExprs[0] : undefined;
    const singleName = single && nodeKind(single) === 'FunctionCallExpression' ? String(single.ReferencedSymbol?.Name ?? '') : '';
    if (singleName === 'arg_max' || singleName === 'arg_min')
      return argExtreme(single, singleName === 'arg_max', table, output, byExprs, context);
    const aggregates = expressions(node.Aggregates).map((expr: any) => {
      const call = valueOf(expr);
      if (nodeKind(call) !== 'FunctionCallExpression')
        throw new Unsupported('summarize with a computed aggregate expression', call.TextStart);
      const name = String(call.ReferencedSymbol?.Name ?? '');
      const fn = AGGREGATE_FUNCTIONS.get(name);
      if (!fn) throw new Unsupported(`aggregate ${name}()`, call.TextStart);
      const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
      if (args.some((a: any) => nodeKind(a) === 'StarExpression')) throw new Unsupported(`${name}(*)`, call.TextStart);
      return { fn, args, resultType: typeOf(call), argTypes: args.map((a: any) => typeOf(a)) };
    });
    if (output.length !== byExprs.length + aggregates.length)
      throw new Unsupported('summarize whose output columns do not map one to one', node.TextStart);

    const byColumns = byExprs.map((e: any) => computeColumn(e, table, context));
    const groups = new Map<string, { keys: Value[]; states: AggregateState[] }>();
    const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
    for (let r = 0; r < table.rowCount; r++) {
      const keys = byColumns.map((c) => c[r] as Value);
      const k = groupKey(keys);
      let group = groups.get(k);
      if (!group) {
        group = { keys, states: aggregates.map((a) => a.fn.create(a.resultType, a.argTypes)) };
        groups.set(k, group);
      }
      scope.row = r;
      aggregates.forEach((a, i) => group!.states[i]!.add(a.args.map((arg: any) => evaluateScalar(arg, scope))));
    }
    // Without `by`, an empty input still gives one row of empty aggregates.
    if (byExprs.length === 0 && groups.size === 0)
      groups.set('', { keys: [], states: aggregates.map((a) => a.fn.create(a.resultType, a.argTypes)) });
    const data: Value[][] = output.map(() => []);
    for (const group of groups.values()) {
      group.keys.forEach((v, i) => data[i]!.push(v));
      group.states.forEach((s, i) => data[byExprs.length + i]!.push(s.result()));
    }
    if (groups.size > context.maxRows) throw new Unsupported('summarize beyond the row budget');
    return { columns: output, data, rowCount: groups.size };
  },
};

/**
 * `summarize arg_max(expr, cols | *) by …` as the only aggregate: per group the row
 * with the largest (smallest) expr. Output: by columns, the expr, then the named
 * (or all other) columns, as the binder lists them. Ties keep the first row.
 */
function argExtreme(
  call: any,
  max: boolean,
  table: Table,
  output: Column[],
  byExprs: any[],
  context: Parameters<TabularOperator['evaluate']>[2],
): Table {
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const byColumns = byExprs.map((e: any) => computeColumn(e, table, context));
  const values = computeColumn(args[0], table, context);
  const rest = output.slice(byExprs.length + 1).map((column) => {
    const index = table.columns.findIndex((c) => c.name === column.name && c.type === column.type);
    if (index < 0) throw new Unsupported(`${max ? 'arg_max' : 'arg_min'}() output column ${column.name}`, call.TextStart);
    return index;
  });
  const best = new Map<string, { keys: Value[]; row: number; value: Value }>();
  for (let r = 0; r < table.rowCount; r++) {
    const keys = byColumns.map((c) => c[r] as Value);
    const k = groupKey(keys);
    const v = values[r] as Value;
    if (typeof v === 'object' && v !== null) throw new Unsupported('arg_max() over dynamic values', call.TextStart);
    if (typeof v === 'number' && Number.isNaN(v)) throw new Unsupported('arg_max() over NaN', call.TextStart);
    const current = best.get(k);
    if (!current) best.set(k, { keys, row: r, value: v });
    else if (
      v !== null &&
      (current.value === null || (max ? (v as never) > (current.value as never) : (v as never) < (current.value as never)))
    )
      best.set(k, { keys, row: r, value: v });
  }
  const data: Value[][] = output.map(() => []);
  for (const group of best.values()) {
    // A group whose expr is null on every row: which row Kusto returns is not documented.
    if (group.value === null)
      throw new Unsupported(`${max ? 'arg_max' : 'arg_min'}() of a group where the expression is always null`, call.TextStart);
    group.keys.forEach((v, i) => data[i]!.push(v));
    data[byExprs.length]!.push(group.value);
    rest.forEach((index, i) => data[byExprs.length + 1 + i]!.push(table.data[index]![group.row] as Value));
  }
  // Without `by`, an empty input gives one row of the documented default (null).
  if (byExprs.length === 0 && best.size === 0) return { columns: output, data: output.map((c) => [nullOf(c.type)]), rowCount: 1 };
  return { columns: output, data, rowCount: best.size };
}
