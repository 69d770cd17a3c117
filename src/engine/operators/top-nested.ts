/**
 * top-nested: hierarchical grouping. Each clause groups the rows of the level
 * above by its expression, aggregates each group, keeps the top N groups by the
 * aggregate (all of them without N) and refines them with the next clause. Two
 * output columns per clause (value, aggregate), named by the binder.
 * Refused: `with others`, aggregates other than one function call, and a tie or
 * null at the top-N cutoff (which group Kusto keeps is not documented).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { AGGREGATE_FUNCTIONS } from '../functions/aggregates.js';
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, listOf, nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import type { Table } from '../table.js';
import type { Value } from '../values.js';
import { computeColumn, expressions, resultColumns, valueOf } from './columns.js';
import type { TabularOperator } from './operator.js';

interface Clause {
  limit: number | undefined;
  values: Value[];
  aggregate: (rows: number[]) => Value;
  descending: boolean;
}

function key(v: Value): string {
  return typeof v === 'bigint' ? `t${v}` : JSON.stringify(v);
}

function compare(a: Value, b: Value, offset: number): number {
  if (a === null || b === null || typeof a === 'object' || typeof b === 'object' || typeof a !== typeof b)
    throw new Unsupported('top-nested ranking null, dynamic or mixed aggregate values', offset);
  if (typeof a === 'number' && (Number.isNaN(a) || Number.isNaN(b as number))) throw new Unsupported('top-nested ranking NaN', offset);
  return (a as never) < (b as never) ? -1 : (a as never) > (b as never) ? 1 : 0;
}

function clauseOf(node: any, table: Table, context: Parameters<TabularOperator['evaluate']>[2]): Clause {
  if (node.WithOthersClause) throw new Unsupported('top-nested with others', node.TextStart);
  let limit: number | undefined;
  if (node.Expression) {
    const n = evaluateScalar(node.Expression, constantScope(context));
    if (typeof n !== 'number' || !Number.isInteger(n)) throw new QueryError('top-nested expects a whole number');
    limit = Math.max(0, n);
  }
  let by = node.ByExpression;
  let descending = true;
  if (nodeKind(by) === 'OrderedExpression') {
    descending = String(by.Ordering?.AscOrDescKeyword?.Text ?? 'desc').toLowerCase() !== 'asc';
    if (by.Ordering?.NullsClause) throw new Unsupported('top-nested with nulls first/last', by.TextStart);
    by = by.Expression;
  }
  const call = valueOf(by);
  const name = String(call?.ReferencedSymbol?.Name ?? '');
  const fn = nodeKind(call) === 'FunctionCallExpression' ? AGGREGATE_FUNCTIONS.get(name) : undefined;
  if (!fn) throw new Unsupported('top-nested aggregation other than one supported aggregate call', call?.TextStart);
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const resultType = typeOf(call);
  const argTypes = args.map((a: any) => typeOf(a));
  const scope: ScalarScope = { table, row: 0, variables: context.variables, now: context.now, query: context };
  return {
    limit,
    descending,
    values: computeColumn(valueOf(node.OfExpression), table, context),
    aggregate(rows) {
      const state = fn.create(resultType, argTypes);
      for (const row of rows) {
        scope.row = row;
        state.add(args.map((a: any) => evaluateScalar(a, scope)));
      }
      return state.result();
    },
  };
}

export const topNestedOperator: TabularOperator = {
  kind: 'TopNestedOperator',
  keyword: 'top-nested',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const offset = Number(node.TextStart);
    const output = resultColumns(node);
    const clauses = expressions(node.Clauses).map((c: any) => clauseOf(c, table, context));
    if (output.length !== clauses.length * 2) throw new Unsupported('top-nested whose output columns do not map one to one', offset);
    const out: Value[][] = [];
    const descend = (rows: number[], level: number, prefix: Value[]) => {
      const clause = clauses[level]!;
      const groups = new Map<string, { value: Value; rows: number[] }>();
      for (const row of rows) {
        const v = clause.values[row] as Value;
        const k = key(v);
        const group = groups.get(k) ?? { value: v, rows: [] };
        group.rows.push(row);
        groups.set(k, group);
      }
      let ranked = [...groups.values()].map((g) => ({ ...g, total: clause.aggregate(g.rows) }));
      if (clause.limit !== undefined && ranked.length > clause.limit) {
        ranked.sort((a, b) => (clause.descending ? -1 : 1) * compare(a.total, b.total, offset));
        const last = ranked[clause.limit - 1];
        const next = ranked[clause.limit]!;
        if (last && compare(last.total, next.total, offset) === 0)
          throw new Unsupported('top-nested with a tie at the top-N cutoff', offset);
        ranked = ranked.slice(0, clause.limit);
      }
      for (const group of ranked) {
        const row = [...prefix, group.value, group.total];
        if (level + 1 < clauses.length) descend(group.rows, level + 1, row);
        else out.push(row);
        if (out.length > context.maxRows) throw new Unsupported('top-nested beyond the row budget', offset);
      }
    };
    if (clauses.length > 0)
      descend(
        Array.from({ length: table.rowCount }, (_, i) => i),
        0,
        [],
      );
    return { columns: output, data: output.map((_, c) => out.map((r) => r[c] as Value)), rowCount: out.length };
  },
};
