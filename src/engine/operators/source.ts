/** Source operators: print, datatable, range. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, typeOf } from '../scalar.js';
import { decimalCell } from '../functions/decimals.js';
import type { Table } from '../table.js';
import type { Value } from '../values.js';
import { estimateBytes } from '../budget.js';
import { expressions, resultColumns } from './columns.js';
import { computeParts, partNames } from './tuples.js';
import type { TabularOperator } from './operator.js';

export const printOperator: TabularOperator = {
  kind: 'PrintOperator',
  keyword: 'print',
  evaluate(node: any, _input, context) {
    const output = resultColumns(node);
    const exprs = expressions(node.Expressions);
    const names = partNames(exprs, output, new Set());
    let table: Table = { columns: [], data: [], rowCount: 1 };
    exprs.forEach((expr, i) => {
      const parts = computeParts(expr, table, context);
      const columns = names[i]!.map((name, j) => output.find((c) => c.name === name) ?? output[table.columns.length + j]!);
      table = { columns: [...table.columns, ...columns], data: [...table.data, ...(parts as Value[][])], rowCount: 1 };
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
    values.forEach((expr, i) => {
      const column = i % columns.length;
      const value = evaluateScalar(expr, scope);
      data[column]!.push(columns[column]!.type === 'decimal' ? decimalCell(value, typeOf(expr)) : value);
    });
    const rowCount = columns.length ? values.length / columns.length : 0;
    context.budget.rows(rowCount, node, 'datatable');
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
      // Count the rows first, so a runaway range stops before allocating.
      const span = step > 0n ? to - from : from - to;
      const count = span < 0n ? 0n : span / (step > 0n ? step : -step) + 1n;
      context.budget.rows(count > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(count), node, 'range');
      context.budget.bytes(estimateBytes(Number(count), 1), node, 'range');
      for (let v = from; step > 0n ? v <= to : v >= to; v += step) values.push(v);
    } else if (typeof from === 'number' && typeof to === 'number' && typeof step === 'number') {
      if (step === 0) throw new QueryError('range: step must not be zero');
      if (!Number.isInteger(from) || !Number.isInteger(step)) throw new Unsupported('range with real values (floating accumulation)');
      const count = Number.isNaN(to) ? 0 : Math.max(0, Math.floor((step > 0 ? to - from : from - to) / Math.abs(step)) + 1);
      context.budget.rows(count, node, 'range');
      context.budget.bytes(estimateBytes(count, 1), node, 'range');
      if (count > 0 && !Number.isSafeInteger(from + (count - 1) * step)) throw new Unsupported('range beyond ±2^53', node.TextStart);
      for (let i = 0, v = from; i < count; i++, v += step) values.push(v);
    } else if (from === null || to === null || step === null) {
      // an empty range
    } else {
      throw new Unsupported('range over these types', node.TextStart);
    }
    return { columns: [column!], data: [values], rowCount: values.length };
  },
};
