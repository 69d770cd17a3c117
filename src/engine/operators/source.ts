/** Source operators: print, datatable, range. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar } from '../scalar.js';
import type { Table } from '../table.js';
import type { Value } from '../values.js';
import { computeColumn, expressionNames, expressions, resultColumns, valueOf } from './columns.js';
import type { TabularOperator } from './operator.js';

export const printOperator: TabularOperator = {
  kind: 'PrintOperator',
  keyword: 'print',
  evaluate(node: any, _input, context) {
    const output = resultColumns(node);
    const exprs = expressions(node.Expressions);
    const names = expressionNames(exprs, output, new Set());
    let table: Table = { columns: [], data: [], rowCount: 1 };
    exprs.forEach((expr, i) => {
      const values = computeColumn(valueOf(expr), table, context);
      const column = output.find((c) => c.name === names[i]) ?? output[i]!;
      table = { columns: [...table.columns, column], data: [...table.data, values], rowCount: 1 };
    });
    return table;
  },
};

export const datatableOperator: TabularOperator = {
  kind: 'DataTableExpression',
  keyword: 'datatable',
  evaluate(node: any, _input, context) {
    const columns = resultColumns(node);
    const values = expressions(node.Values);
    if (values.length % Math.max(1, columns.length) !== 0)
      throw new QueryError('datatable: the number of values is not a multiple of the number of columns');
    const scope = constantScope(context);
    const data: Value[][] = columns.map(() => []);
    values.forEach((expr, i) => data[i % columns.length]!.push(evaluateScalar(expr, scope)));
    const rowCount = columns.length ? values.length / columns.length : 0;
    return { columns, data, rowCount };
  },
};

export const rangeOperator: TabularOperator = {
  kind: 'RangeOperator',
  keyword: 'range',
  evaluate(node: any, _input, context) {
    const [column] = resultColumns(node);
    const scope = constantScope(context);
    const from = evaluateScalar(node.From, scope);
    const to = evaluateScalar(node.To, scope);
    const step = evaluateScalar(node.Step, scope);
    const values: Value[] = [];
    if (typeof from === 'bigint' && typeof to === 'bigint' && typeof step === 'bigint') {
      if (step === 0n) throw new QueryError('range: step must not be zero');
      for (let v = from; step > 0n ? v <= to : v >= to; v += step) {
        values.push(v);
        if (values.length > context.maxRows) throw new QueryError(`range produces more than ${context.maxRows} rows`);
      }
    } else if (typeof from === 'number' && typeof to === 'number' && typeof step === 'number') {
      if (step === 0) throw new QueryError('range: step must not be zero');
      if (!Number.isInteger(from) || !Number.isInteger(step)) throw new Unsupported('range with real values (floating accumulation)');
      for (let v = from; step > 0 ? v <= to : v >= to; v += step) {
        values.push(v);
        if (values.length > context.maxRows) throw new QueryError(`range produces more than ${context.maxRows} rows`);
      }
    } else if (from === null || to === null || step === null) {
      // an empty range
    } else {
      throw new Unsupported('range over these types', node.TextStart);
    }
    return { columns: [column!], data: [values], rowCount: values.length };
  },
};
