/** Column operators: extend, project. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import type { Column, Table } from '../table.js';
import { computeColumn, expressionNames, expressions, resultColumns, valueOf } from './columns.js';
import type { TabularOperator } from './operator.js';

export const extendOperator: TabularOperator = {
  kind: 'ExtendOperator',
  keyword: 'extend',
  evaluate(node: any, input, context) {
    let table = input as Table;
    const output = resultColumns(node);
    const exprs = expressions(node.Expressions);
    const names = expressionNames(exprs, output, new Set(table.columns.map((c) => c.name)));
    // One expression at a time, so later ones can use earlier ones.
    exprs.forEach((expr, i) => {
      const name = names[i] as string;
      const values = computeColumn(valueOf(expr), table, context);
      const column: Column = output.find((c) => c.name === name) ?? { name, type: 'string' };
      const at = table.columns.findIndex((c) => c.name === name);
      const columns = [...table.columns];
      const data = [...table.data];
      if (at >= 0) {
        columns[at] = column;
        data[at] = values;
      } else {
        columns.push(column);
        data.push(values);
      }
      table = { columns, data, rowCount: table.rowCount };
    });
    return table;
  },
};

export const projectOperator: TabularOperator = {
  kind: 'ProjectOperator',
  keyword: 'project',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const output = resultColumns(node);
    const exprs = expressions(node.Expressions);
    const names = expressionNames(exprs, output, new Set());
    const columns: Column[] = [];
    const data = exprs.map((expr, i) => {
      columns.push(output.find((c) => c.name === names[i]) ?? output[i]!);
      return computeColumn(valueOf(expr), table, context);
    });
    return { columns, data, rowCount: table.rowCount };
  },
};
