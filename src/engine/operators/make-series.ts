/**
 * make-series: per `by` group, one array per aggregate over the bins
 * `start, start+step, … < end` of the axis column, plus the axis array itself.
 * Only the main syntax (`from`, `to`, `step`) is supported; from/to may be left out
 * when the input holds at most one series (impliedBounds).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { AGGREGATE_FUNCTIONS, type AggregateState } from '../functions/aggregates.js';
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, listOf, nodeKind, typeOf } from '../scalar.js';
import type { Table } from '../table.js';
import { toDynamic, type Dynamic, type KustoType, type Value } from '../values.js';
import { computeColumn, expressions, namedParameters, resultColumns, valueOf } from './columns.js';
import type { QueryContext, TabularOperator } from './operator.js';
import { binStart } from '../functions/datetime.js';

/** Arrays made by make-series hold at most 2^20 values (documented). */
const MAX_BINS = 1_048_576;

interface SeriesAggregate {
  create: () => AggregateState;
  args: any[];
  resultType: KustoType;
  fallback: Dynamic;
}

function aggregateOf(item: any, context: QueryContext): SeriesAggregate {
  const call = valueOf(item.Expression);
  const defaultNode = item.DefaultExpression?.Expression;
  const fallback = defaultNode ? toDynamic(evaluateScalar(defaultNode, constantScope(context)), typeOf(defaultNode)) : 0;
  const isAggregateCall = nodeKind(call) === 'FunctionCallExpression' && AGGREGATE_FUNCTIONS.has(String(call.ReferencedSymbol?.Name ?? ''));
  if (!isAggregateCall) {
    // A constant in place of an aggregate (the make-series docs' `other=-1 default=-2`
    // example): the constant in every bin that has rows, the default elsewhere. An
    // expression over the rows would need a row per bin, which is not defined.
    const numeric = ['int', 'long', 'real'].includes(typeOf(call));
    if (call.IsConstant !== true || !numeric) throw new Unsupported('make-series with a non-aggregate expression', call.TextStart);
    const constant = evaluateScalar(call, constantScope(context));
    if (constant === null) throw new Unsupported('make-series with a null constant', call.TextStart);
    return { create: () => ({ add() {}, result: () => constant }), args: [], resultType: typeOf(call), fallback };
  }
  const fn = AGGREGATE_FUNCTIONS.get(String(call.ReferencedSymbol?.Name ?? ''))!;
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const resultType = typeOf(call);
  const argTypes = args.map((a: any) => typeOf(a));
  return { create: () => fn.create(resultType, argTypes), args, resultType, fallback };
}

function bound(node: any, context: QueryContext): Value | undefined {
  return node?.Expression ? evaluateScalar(node.Expression, constantScope(context)) : undefined;
}

/** A group's key: its by values as one string (ticks marked apart from numbers). */
function groupKey(values: readonly Value[]): string {
  return values.map((v) => (typeof v === 'bigint' ? `t${v}` : JSON.stringify(v))).join('\u0000');
}

/**
 * from/to left out: "the first bin … that has data in each series" and "the upper bound
 * of the last bin … per each series" (make-series page). Whether that is per series or
 * over all of them is not clear, so only input with at most one series is answered.
 */
function impliedBounds(
  start: Value | undefined,
  end: Value | undefined,
  step: Value,
  axis: readonly Value[],
  byColumns: readonly (readonly Value[])[],
  node: any,
): { start: Value; end: Value } | undefined {
  let first: Value = null;
  let last: Value = null;
  let series: string | undefined;
  for (let r = 0; r < axis.length; r++) {
    const v = axis[r] as Value;
    if (v === null || (typeof v === 'number' && Number.isNaN(v))) continue;
    const key = groupKey(byColumns.map((c) => c[r] as Value));
    if (series !== undefined && key !== series)
      throw new Unsupported('make-series without from/to over several series (per series or over all is not clear)', node.TextStart);
    series = key;
    if (first === null || (v as never) < (first as never)) first = v;
    if (last === null || (v as never) > (last as never)) last = v;
  }
  if (first === null) return undefined;
  if (typeof first === 'bigint' && typeof last === 'bigint' && typeof step === 'bigint' && step > 0n)
    return { start: start ?? binStart(first, step), end: end ?? binStart(last, step) + step };
  if (typeof first === 'number' && typeof last === 'number' && typeof step === 'number' && step > 0)
    return { start: start ?? binStart(first, step), end: end ?? binStart(last, step) + step };
  throw new Unsupported('make-series without from/to on this axis', node.TextStart);
}

export const makeSeriesOperator: TabularOperator = {
  kind: 'MakeSeriesOperator',
  keyword: 'make-series',
  evaluate(node: any, input, context) {
    const table = input as Table;
    // kind=nonempty: "produces a default result when the input of make-series operator is empty" (make-series docs).
    const parameters = namedParameters(node.Parameters);
    const nonempty = parameters.length === 1 && parameters[0]!.name === 'kind' && parameters[0]!.value === 'nonempty';
    if (parameters.length > 0 && !nonempty) throw new Unsupported('make-series parameters (kind=, hints)', node.TextStart);
    const range = node.RangeClause;
    if (!range || nodeKind(range) !== 'MakeSeriesFromToStepClause') throw new Unsupported('make-series … in range()', node.TextStart);
    const output = resultColumns(node);
    const axisType = typeOf(node.OnClause.Expression);
    const step = bound(range.MakeSeriesStepClause, context);
    if (step === undefined) throw new Unsupported('make-series without step', node.TextStart);
    let start = bound(range.MakeSeriesFromClause, context);
    let end = bound(range.MakeSeriesToClause, context);
    const byExprs = node.ByClause ? expressions(node.ByClause.Expressions).map(valueOf) : [];
    const byColumns = byExprs.map((e: any) => computeColumn(e, table, context));
    const axis = computeColumn(node.OnClause.Expression, table, context);
    if (start === undefined || end === undefined) {
      const implied = impliedBounds(start, end, step, axis, byColumns, node);
      // No rows with an axis value: no series (kind=nonempty would need the bounds).
      if (!implied) {
        if (nonempty) throw new Unsupported('make-series kind=nonempty without from/to over no rows', node.TextStart);
        return { columns: output, data: output.map(() => []), rowCount: 0 };
      }
      ({ start, end } = implied);
    }
    // Bin index of an axis value, or -1 when outside [start, end).
    let bins: number;
    let binOf: (v: Value) => number;
    let axisValue: (i: number) => Dynamic;
    if (
      typeof start === 'bigint' &&
      typeof end === 'bigint' &&
      typeof step === 'bigint' &&
      (axisType === 'datetime' || axisType === 'timespan')
    ) {
      if (step <= 0n || end <= start)
        throw new Unsupported('make-series with an empty range or a step that is not positive', node.TextStart);
      const count = (end - start + step - 1n) / step;
      bins = count > BigInt(MAX_BINS) ? MAX_BINS + 1 : Number(count);
      binOf = (v) => (typeof v === 'bigint' && v >= start && v < end ? Number((v - start) / step) : -1);
      axisValue = (i) => toDynamic(start + BigInt(i) * step, axisType);
    } else if (
      typeof start === 'number' &&
      typeof end === 'number' &&
      typeof step === 'number' &&
      (axisType === 'long' || axisType === 'int')
    ) {
      if (![start, end, step].every(Number.isSafeInteger))
        throw new Unsupported('make-series over a non-integer numeric axis', node.TextStart);
      if (step <= 0 || end <= start)
        throw new Unsupported('make-series with an empty range or a step that is not positive', node.TextStart);
      bins = Math.ceil((end - start) / step);
      binOf = (v) => (typeof v === 'number' && v >= start && v < end ? Math.floor((v - start) / step) : -1);
      axisValue = (i) => start + i * step;
    } else throw new Unsupported(`make-series on a ${axisType} axis with these bounds`, node.TextStart);
    if (bins > MAX_BINS) throw new Unsupported('make-series beyond 2^20 bins', node.TextStart);

    const aggregates = expressions(node.Aggregates).map((item: any) => aggregateOf(item, context));
    if (output.length !== byExprs.length + aggregates.length + 1)
      throw new Unsupported('make-series whose output columns do not map one to one', node.TextStart);
    const groups = new Map<string, { keys: Value[]; inRange: boolean; cells: Map<number, AggregateState[]> }>();
    const scope = { table, row: 0, variables: context.variables, now: context.now, query: context };
    for (let r = 0; r < table.rowCount; r++) {
      const keys = byColumns.map((c) => c[r] as Value);
      const key = groupKey(keys);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { keys, inRange: false, cells: new Map() }));
      const bin = binOf(axis[r] as Value);
      if (bin < 0) continue;
      group.inRange = true;
      let states = group.cells.get(bin);
      if (!states) group.cells.set(bin, (states = aggregates.map((a) => a.create())));
      scope.row = r;
      aggregates.forEach((a, i) => states![i]!.add(a.args.map((arg: any) => evaluateScalar(arg, scope))));
    }
    const data: Value[][] = output.map(() => []);
    const axisArray = Array.from({ length: bins }, (_, i) => axisValue(i));
    for (const group of groups.values()) {
      // Whether Kusto keeps a group whose rows all fall outside the range is not documented.
      if (!group.inRange) throw new Unsupported('make-series group with no rows in the from/to range', node.TextStart);
      group.keys.forEach((v, i) => data[i]!.push(v));
      aggregates.forEach((a, i) => {
        const series: Dynamic[] = [];
        for (let b = 0; b < bins; b++) {
          const states = group.cells.get(b);
          if (!states) series.push(a.fallback);
          else {
            const v = states[i]!.result();
            if (v === null) throw new Unsupported('make-series bin whose aggregate is null', node.TextStart);
            series.push(toDynamic(v, a.resultType));
          }
        }
        data[byExprs.length + i]!.push(series);
      });
      data[output.length - 1]!.push(axisArray);
    }
    if (nonempty && table.rowCount === 0) {
      // One row of default series; what the by columns would hold is not documented.
      if (byExprs.length > 0) throw new Unsupported('make-series kind=nonempty with by columns over no rows', node.TextStart);
      aggregates.forEach((a, i) => data[i]!.push(Array.from({ length: bins }, () => a.fallback)));
      data[output.length - 1]!.push(axisArray);
      return { columns: output, data, rowCount: 1 };
    }
    if (groups.size > context.maxRows) throw new QueryError(`make-series produced more than ${context.maxRows} rows (row budget)`);
    return { columns: output, data, rowCount: groups.size };
  },
};
