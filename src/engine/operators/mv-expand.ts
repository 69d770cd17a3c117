/** mv-expand: one output row per element of a dynamic array or property bag. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import type { Table } from '../table.js';
import { resultColumns } from './columns.js';
import { checkBudget, expandedTable, expandRow, expandSpec, type ExpandedRow } from './expansion.js';
import type { TabularOperator } from './operator.js';

export const mvExpandOperator: TabularOperator = {
  kind: 'MvExpandOperator',
  keyword: 'mv-expand',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const output = resultColumns(node);
    const spec = expandSpec(node, table, output, 'mv-expand', context);
    const rows: ExpandedRow[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      for (const row of expandRow(spec, r)) rows.push(row);
      checkBudget(rows.length, context, 'mv-expand');
    }
    return expandedTable(table, spec, rows, output, 'mv-expand');
  },
};
