/** Column operators: extend, project. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { columnData, makeTable, type Column, type ColumnData, type Table } from '../table.js';
import { expressions, resultColumns } from './columns.js';
import { computeParts, partNames } from './tuples.js';
import type { TabularOperator } from './operator.js';

export const extendOperator: TabularOperator = {
  kind: 'ExtendOperator',
  keyword: 'extend',
  evaluate(node: any, input, context) {
    let table = input as Table;
    const output = resultColumns(node, table);
    const exprs = expressions(node.Expressions);
    const names = partNames(exprs, output, new Set(table.columns.map((c) => c.name)));
    // One expression at a time, so later ones can use earlier ones; a tuple gives several columns.
    exprs.forEach((expr, i) => {
      const parts = computeParts(expr, table, context);
      names[i]!.forEach((name, j) => {
        const values = parts[j]!;
        const column: Column = output.find((c) => c.name === name) ?? { name, type: 'string' };
        const at = table.columns.findIndex((c) => c.name === name);
        const columns = [...table.columns];
        const data = table.columns.map((_, c) => columnData(table, c));
        if (at >= 0) {
          columns[at] = column;
          data[at] = values;
        } else {
          columns.push(column);
          data.push(values);
        }
        table = makeTable(columns, data, table.rowCount);
      });
    });
    return table;
  },
};

export const projectOperator: TabularOperator = {
  kind: 'ProjectOperator',
  keyword: 'project',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const output = resultColumns(node, table);
    const exprs = expressions(node.Expressions);
    const names = partNames(exprs, output, new Set());
    const columns: Column[] = [];
    const data: ColumnData[] = exprs.flatMap((expr, i) => {
      const parts = computeParts(expr, table, context);
      names[i]!.forEach((name) => columns.push(output.find((c) => c.name === name) ?? output[columns.length]!));
      return parts;
    });
    return makeTable(columns, data, table.rowCount);
  },
};
