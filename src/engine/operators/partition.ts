/**
 * `T | partition [hint.…] by Column ( TransformationSubQuery )` (partition-operator.md):
 * the rows of T split by the key column's value, the subquery run over each part as its
 * implicit source, and the union of the results. The strategies change how Kusto runs it,
 * never the result. The `{ SubQueryWithSource }` form (legacy, with toscalar(Column)) and
 * null keys (whether nulls form a part is not documented) are refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import { nodeKind } from '../scalar.js';
import { pickRows, type Table } from '../table.js';
import { resultColumns, semanticParameters } from './columns.js';
import { applySubquery } from './mv-apply.js';
import type { TabularOperator } from './operator.js';
import { concatenateLegs } from './union.js';

export const partitionOperator: TabularOperator = {
  kind: 'PartitionOperator',
  keyword: 'partition',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const hints = semanticParameters(node.Parameters);
    if (hints.length > 0) throw new Unsupported(`partition ${hints[0]!.name}=`, node.TextStart);
    if (node.Scope) throw new Unsupported('partition in scope', node.TextStart);
    const operand = node.Operand;
    if (nodeKind(operand) !== 'PartitionSubquery')
      throw new Unsupported('partition with a subquery that has its own source', node.TextStart);
    const key = node.ByExpression;
    const name = String(key?.SimpleName ?? '').trim();
    const at = nodeKind(key) === 'NameReference' ? table.columns.findIndex((c) => c.name === name) : -1;
    if (at < 0) throw new Unsupported('partition by an expression that is not an input column', key?.TextStart ?? node.TextStart);
    const values = table.data[at]!;
    const parts = new Map<unknown, number[]>();
    for (let r = 0; r < table.rowCount; r++) {
      const v = values[r];
      if (v === null || v === undefined) throw new Unsupported('partition of rows whose key is null', key.TextStart);
      const k = typeof v === 'object' ? JSON.stringify(v) : v;
      const rows = parts.get(k);
      if (rows) rows.push(r);
      else parts.set(k, [r]);
    }
    const results = [...parts.values()].map((rows) => applySubquery(operand.Subquery, pickRows(table, rows), context));
    const output = resultColumns(node);
    if (results.length === 0) return { columns: output, data: output.map(() => []), rowCount: 0 };
    context.budget.rows(
      results.reduce((n, t) => n + t.rowCount, 0),
      node,
      'partition',
    );
    return concatenateLegs(results, output, node);
  },
};
