/** summarize: group rows by the `by` expressions and aggregate each group. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { AGGREGATE_FUNCTIONS, type AggregateState } from '../functions/aggregates.js';
import { Unsupported } from '../refusal.js';
import { evaluateScalar, listOf, nodeKind, typeOf } from '../scalar.js';
import type { Table } from '../table.js';
import type { Value } from '../values.js';
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
    const scope = { table, row: 0, variables: context.variables, now: context.now };
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
