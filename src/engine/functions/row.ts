/**
 * Row access for functions that read the whole row (pack_all): the columns of
 * the enclosing operator's input, as the binder lists them, with this row's values.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { nodeKind } from '../../kql/language-service.js';
import { Unsupported } from '../refusal.js';
import type { Table } from '../table.js';
import { kustoType, type KustoType, type Value } from '../values.js';

export interface RowColumn {
  name: string;
  type: KustoType;
  value: Value;
}

/** The row a call sees: the input columns of its operator (not columns the same extend adds). */
export function rowColumns(call: any, table: Table | undefined, row: number): RowColumn[] {
  let operator = call?.Parent;
  while (operator && !/Operator$/.test(nodeKind(operator))) operator = operator.Parent;
  const kind = operator ? nodeKind(operator) : '';
  const pipe = operator?.Parent;
  if (
    !['ExtendOperator', 'ProjectOperator', 'FilterOperator', 'SummarizeOperator'].includes(kind) ||
    !pipe ||
    nodeKind(pipe) !== 'PipeExpression' ||
    !table
  )
    throw new Unsupported('pack_all() outside extend, project, where or summarize', call?.TextStart);
  const columns = pipe.Expression?.ResultType?.Columns;
  const out: RowColumn[] = [];
  for (let i = 0; i < Number(columns?.Count ?? 0); i++) {
    const column = columns.getItem(i);
    const name = String(column.Name);
    const at = table.columns.findIndex((c) => c.name === name);
    if (at < 0) throw new Unsupported(`pack_all() over column ${name}`, call?.TextStart);
    out.push({ name, type: kustoType(String(column.Type?.Name)), value: table.data[at]![row] as Value });
  }
  return out;
}
