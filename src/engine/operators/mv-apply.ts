/**
 * mv-apply: expand each input row's arrays into a small table, run the subquery
 * over it, and join the subquery's rows back to the input row.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import { nodeKind } from '../scalar.js';
import type { Column, Table } from '../table.js';
import type { Value } from '../values.js';
import { resultColumns } from './columns.js';
import { checkBudget, expandRow, expandSpec } from './expansion.js';
import type { QueryContext, TabularOperator } from './operator.js';

/** Run a subquery whose leftmost operator reads `input` (an implicit source). */
export function applySubquery(node: any, input: Table, context: QueryContext): Table {
  const kind = nodeKind(node);
  if (kind === 'PipeExpression') return applySubquery(node.Operator, applySubquery(node.Expression, input, context), context);
  if (kind === 'ParenthesizedExpression') return applySubquery(node.Expression, input, context);
  // Looked up through the context: the registry imports this module.
  const operator = context.tabularOperator(kind);
  if (!operator) throw new Unsupported(`operator ${String(node.GetFirstToken?.()?.Text ?? kind)}`, node.TextStart);
  const result = operator.evaluate(node, input, context);
  checkBudget(result.rowCount, context, operator.keyword);
  return result;
}

export const mvApplyOperator: TabularOperator = {
  kind: 'MvApplyOperator',
  keyword: 'mv-apply',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const output = resultColumns(node);
    const spec = expandSpec(node, table, output, 'mv-apply', context);
    // mv-apply has no bag expansion mode; how it treats a bag is undocumented.
    spec.bagKind = 'none';
    // The subquery's input: the input columns (expanded ones replaced), new expanded columns, then the index.
    const columns: Column[] = table.columns.map((c) => {
      const t = spec.targets.find((x) => x.name === c.name);
      return t ? { name: c.name, type: t.type } : c;
    });
    for (const t of spec.targets) if (!columns.some((c) => c.name === t.name)) columns.push({ name: t.name, type: t.type });
    if (spec.indexName) columns.push({ name: spec.indexName, type: 'long' });
    const subquery = node.Subquery?.Expression;
    if (!subquery) throw new Unsupported('mv-apply without a subquery', node.TextStart);

    const data: Value[][] = output.map(() => []);
    let rowCount = 0;
    for (let r = 0; r < table.rowCount; r++) {
      const expanded = expandRow(spec, r);
      const sub: Table = {
        columns,
        rowCount: expanded.length,
        data: columns.map((c) => {
          const t = spec.targets.findIndex((x) => x.name === c.name);
          if (t >= 0) return expanded.map((e) => e.items[t] as Value);
          if (c.name === spec.indexName) return expanded.map((e) => e.index);
          const source = table.data[table.columns.findIndex((x) => x.name === c.name)]!;
          return expanded.map(() => source[r] as Value);
        }),
      };
      const result = applySubquery(subquery, sub, context);
      // Whether Kusto runs the subquery over an empty expansion (summarize would then make a row) is undocumented.
      if (expanded.length === 0 && result.rowCount > 0)
        throw new Unsupported('mv-apply subquery producing rows from an empty array', node.TextStart);
      // Each output column comes from the subquery's result, or else from the input row.
      const sources = output.map((c) => {
        const at = result.columns.findIndex((x) => x.name === c.name);
        if (at >= 0) return (i: number) => result.data[at]![i] as Value;
        const inputAt = table.columns.findIndex((x) => x.name === c.name);
        if (inputAt < 0 || spec.targets.some((t) => t.name === c.name))
          throw new Unsupported(`mv-apply output column ${c.name}`, node.TextStart);
        return () => table.data[inputAt]![r] as Value;
      });
      for (let i = 0; i < result.rowCount; i++) sources.forEach((get, c) => data[c]!.push(get(i)));
      rowCount += result.rowCount;
      checkBudget(rowCount, context, 'mv-apply');
    }
    return { columns: output, data, rowCount };
  },
};
