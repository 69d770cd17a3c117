/** Row operators: where, take/limit, count, sort/order. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar } from '../scalar.js';
import { compiledScalar } from '../scalar-compile.js';
import { filterRows, pickRows, type Table } from '../table.js';
import type { Value } from '../values.js';
import { computeColumn, expressions } from './columns.js';
import { fastFilter } from './fast-filter.js';
import type { TabularOperator } from './operator.js';

export const whereOperator: TabularOperator = {
  kind: 'FilterOperator',
  keyword: 'where',
  evaluate(node: any, input, context) {
    const table = input as Table;
    if (table.rowCount === 0) return filterRows(table, () => false);
    // Test row by row (no column of booleans for the whole input).
    const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
    const fast = fastFilter(node.Condition, table, scope);
    if (fast) return pickRows(table, fast);
    const condition = compiledScalar(node.Condition);
    const picked: number[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      scope.row = r;
      if (condition(scope) === true) picked.push(r);
    }
    return pickRows(table, picked);
  },
};

function takeCount(node: any, context: Parameters<TabularOperator['evaluate']>[2]): number {
  const n = evaluateScalar(node.Expression, constantScope(context));
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new QueryError('take expects a whole number of rows');
  return Math.max(0, n);
}

export const takeOperator: TabularOperator = {
  kind: 'TakeOperator',
  keyword: 'take',
  evaluate(node: any, input, context) {
    const table = input as Table;
    // take without sort returns "any" rows in Kusto; the first rows are one valid answer.
    const n = Math.min(table.rowCount, takeCount(node, context));
    return pickRows(
      table,
      Array.from({ length: n }, (_, i) => i),
    );
  },
};

export const countOperator: TabularOperator = {
  kind: 'CountOperator',
  keyword: 'count',
  evaluate(_node, input) {
    return { columns: [{ name: 'Count', type: 'long' }], data: [[(input as Table).rowCount]], rowCount: 1 };
  },
};

/** Kusto order: nulls first ascending and last descending, unless `nulls first|last` says otherwise. */
function compareValues(a: Value, b: Value): number {
  // Ticks with ticks, numbers with numbers, and a long beyond ±2^53 (bigint) with a number: exact in JS.
  if ((typeof a === 'bigint' || typeof a === 'number') && (typeof b === 'bigint' || typeof b === 'number'))
    return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  throw new Unsupported('sort by a dynamic value');
}

export const sortOperator: TabularOperator = {
  kind: 'SortOperator',
  keyword: 'sort',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const keys = expressions(node.Expressions).map((ordered: any) => {
      const expr = ordered.Expression ?? ordered;
      const clause = ordered.Ordering;
      const direction = String(clause?.AscOrDescKeyword?.Text ?? 'desc').toLowerCase();
      const nulls = String(clause?.NullsClause?.FirstOrLastKeyword?.Text ?? '').toLowerCase();
      const descending = direction !== 'asc';
      const nullsFirst = nulls ? nulls === 'first' : !descending;
      const values = computeColumn(expr, table, context);
      if (values.some((v) => typeof v === 'number' && Number.isNaN(v))) throw new Unsupported('sort with NaN values');
      return { values, descending, nullsFirst };
    });
    const order = Array.from({ length: table.rowCount }, (_, i) => i);
    order.sort((x, y) => {
      for (const key of keys) {
        const a = key.values[x] as Value;
        const b = key.values[y] as Value;
        if (a === null || b === null) {
          if (a === b) continue;
          return (a === null) === key.nullsFirst ? -1 : 1;
        }
        const c = compareValues(a, b);
        if (c !== 0) return key.descending ? -c : c;
      }
      return x - y; // stable
    });
    return pickRows(table, order);
  },
};
