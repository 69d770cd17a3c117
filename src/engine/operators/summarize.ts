/** summarize: group rows by the `by` expressions and aggregate each group (arg_max/arg_min fill several columns). */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { AGGREGATE_FUNCTIONS, type AggregateState } from '../functions/aggregates.js';
import { isAggregateFunction } from '../../kql/language-service.js';
import { Unsupported } from '../refusal.js';
import { evaluateScalar, listOf, nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import type { Table } from '../table.js';
import { kustoType, nullOf, type Value } from '../values.js';
import { explicitName, expressions, referencedColumn, resultColumns, semanticParameters, valueOf } from './columns.js';
import type { TabularOperator } from './operator.js';
import { compiledScalar } from '../scalar-compile.js';
import { vectorState, type VectorState } from './summarize-vector.js';
import { fastGroups, generalGroups } from './summarize-groups.js';

/** A column-at-a-time state for all groups at once, filling all the slot's columns. */
interface WideState {
  open(): void;
  add(row: number, group: number): void;
  results(group: number): Value[];
}

/** One aggregate of a summarize: its state per group and how many output columns it fills. */
interface Slot {
  width: number;
  create(): { add(row: number): void; results(): Value[] };
  /** A column-at-a-time state for all groups at once, when the aggregate has one. */
  vector?: () => WideState;
}

function wide(make: (() => VectorState) | undefined): (() => WideState) | undefined {
  if (!make) return undefined;
  return () => {
    const state = make();
    return { open: state.open, add: state.add, results: (group) => [state.result(group)] };
  };
}

/** A plain aggregate function call (one output column). */
function functionSlot(call: any, scope: ScalarScope): Slot {
  const name = String(call.ReferencedSymbol?.Name ?? '');
  const fn = AGGREGATE_FUNCTIONS.get(name);
  if (!fn) throw new Unsupported(`aggregate ${name}()`, call.TextStart);
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  if (args.some((a: any) => nodeKind(a) === 'StarExpression')) throw new Unsupported(`${name}(*)`, call.TextStart);
  const resultType = typeOf(call);
  const argTypes = args.map((a: any) => typeOf(a));
  // Compiled once, evaluated per row.
  const argFns = args.map((arg: any) => compiledScalar(arg));
  // One argument array for all groups of the slot: states read their arguments at once and
  // never keep the array (every aggregate destructures it), so rows allocate nothing here.
  const values: Value[] = new Array(argFns.length).fill(null);
  return {
    width: 1,
    vector: wide(vectorState(call, scope)),
    create() {
      const state: AggregateState = fn.create(resultType, argTypes);
      return {
        add(row) {
          scope.row = row;
          for (let i = 0; i < argFns.length; i++) values[i] = argFns[i]!(scope);
          state.add(values);
        },
        results: () => [state.result()],
      };
    },
  };
}

/**
 * arg_max / arg_min (expr, cols | *): per group the row with the largest (smallest)
 * expr; its columns are the expr, then the returned expressions or, for `*`, the
 * input columns the binder lists in the call's tuple type. Ties keep the first row.
 */
function argExtremeSlot(call: any, max: boolean, table: Table, scope: ScalarScope): Slot {
  const name = max ? 'arg_max' : 'arg_min';
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  // With nothing else to return, the binder types the call as the expr's own type, not a tuple.
  const tupleColumns = call.ResultType?.Columns ? listOf(call.ResultType.Columns) : [{ Name: '', Type: call.ResultType }];
  const tuple = tupleColumns.map((c: any) => String(c.Name));
  if (tuple.length === 0) throw new Unsupported(`${name}() without a known result shape`, call.TextStart);
  const star = args.slice(1).some((a: any) => nodeKind(a) === 'StarExpression');
  if (star && args.length !== 2) throw new Unsupported(`${name}() mixing * with other columns`, call.TextStart);
  // What to read at the chosen row for each tuple column after the first.
  const readers: ((row: number) => Value)[] = star
    ? tuple.slice(1).map((column) => {
        const index = table.columns.findIndex((c) => c.name === column);
        if (index < 0) throw new Unsupported(`${name}() output column ${column}`, call.TextStart);
        return (row: number) => table.data[index]![row] as Value;
      })
    : args.slice(1).map((expr: any) => (row: number) => {
        scope.row = row;
        return evaluateScalar(valueOf(expr), scope);
      });
  if (readers.length + 1 !== tuple.length) throw new Unsupported(`${name}() whose columns do not map one to one`, call.TextStart);
  const target = args[0];
  // Decimals are canonical text (decimal.ts): ranking them here would compare strings.
  if (typeOf(target) === 'decimal') throw new Unsupported(`${name}() of a decimal value`, call.TextStart);
  const defaults = () => tupleColumns.map((c: any) => nullOf(kustoType(String(c.Type?.Name))));
  const index = referencedColumn(target, table);
  const ticks = index >= 0 && table.columns[index]!.type === typeOf(target) ? table.vectors?.[index] : undefined;
  // On a ticks vector: the best row per group by (ms, sub), nulls (NaN ms) skipped, ties keeping the first.
  const vector =
    ticks?.kind === 'ticks'
      ? (): { open(): void; add(row: number, group: number): void; results(group: number): Value[] } => {
          const { ms, sub } = ticks;
          const best: number[] = [];
          const first: number[] = [];
          return {
            open() {
              best.push(-1);
              first.push(-1);
            },
            add(row, g) {
              if (first[g]! < 0) first[g] = row;
              const m = ms[row]!;
              if (m !== m) return;
              const b = best[g]!;
              if (b < 0 || (max ? m > ms[b]! || (m === ms[b] && sub[row]! > sub[b]!) : m < ms[b]! || (m === ms[b] && sub[row]! < sub[b]!)))
                best[g] = row;
            },
            results(g) {
              if (first[g]! < 0) return defaults();
              const b = best[g]!;
              // Always null in the group: null and the group's first row, as in the scalar path.
              if (b < 0) return [null, ...readers.map((read) => read(first[g]!))];
              return [BigInt(ms[b]!) * 10_000n + BigInt(sub[b]!), ...readers.map((read) => read(b))];
            },
          };
        }
      : undefined;
  return {
    width: tuple.length,
    vector,
    create() {
      let best: Value = null;
      let bestRow = -1;
      let firstRow = -1;
      let rows = 0;
      return {
        add(row) {
          if (rows++ === 0) firstRow = row;
          scope.row = row;
          const v = evaluateScalar(target, scope);
          if (typeof v === 'object' && v !== null) throw new Unsupported(`${name}() over dynamic values`, call.TextStart);
          if (typeof v === 'number' && Number.isNaN(v)) throw new Unsupported(`${name}() over NaN`, call.TextStart);
          if (v === null) return;
          if (bestRow < 0 || (max ? (v as never) > (best as never) : (v as never) < (best as never))) {
            best = v;
            bestRow = row;
          }
        },
        results() {
          // Without `by`, empty input gives the documented default (null) in every column.
          if (rows === 0) return defaults();
          // A group whose expr is null on every row: null, and the other columns of the group's
          // first row (the docs' null-handling example: Banana, null, Yellow).
          if (bestRow < 0) return [null, ...readers.map((read) => read(firstRow))];
          return [best, ...readers.map((read) => read(bestRow))];
        },
      };
    },
  };
}

/**
 * take_any(a, b, …) / take_any(*): values of one row of the group, which Kusto
 * chooses arbitrarily ("any"); the group's first row is one such row.
 */
function takeAnySlot(call: any, table: Table, byNames: string[], scope: ScalarScope): Slot {
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const star = args.some((a: any) => nodeKind(a) === 'StarExpression');
  if (star && args.length !== 1) throw new Unsupported('take_any() mixing * with other columns', call.TextStart);
  let readers: ((row: number) => Value)[];
  if (star) {
    const names = call.ResultType?.Columns
      ? listOf(call.ResultType.Columns).map((c: any) => String(c.Name))
      : table.columns.map((c) => c.name).filter((n) => !byNames.includes(n));
    readers = names.map((name) => {
      const index = table.columns.findIndex((c) => c.name === name);
      if (index < 0) throw new Unsupported(`take_any() output column ${name}`, call.TextStart);
      return (row: number) => table.data[index]![row] as Value;
    });
  } else
    readers = args.map((expr: any) => (row: number) => {
      scope.row = row;
      return evaluateScalar(valueOf(expr), scope);
    });
  const types = call.ResultType?.Columns
    ? listOf(call.ResultType.Columns).map((c: any) => kustoType(String(c.Type?.Name)))
    : [kustoType(String(call.ResultType?.Name))];
  if (types.length !== readers.length) throw new Unsupported('take_any() whose columns do not map one to one', call.TextStart);
  return {
    width: readers.length,
    create() {
      let first = -1;
      return {
        add(row) {
          if (first < 0) first = row;
        },
        // No rows (empty input without by): the documented default, null.
        results: () => (first < 0 ? types.map((t) => nullOf(t)) : readers.map((read) => read(first))),
      };
    },
  };
}

/** The aggregate calls inside a computed aggregate expression (not descending into them). */
function aggregateCalls(node: any, found: any[] = []): any[] {
  if (!node) return found;
  if (nodeKind(node) === 'FunctionCallExpression' && isAggregateFunction(node.ReferencedSymbol)) {
    found.push(node);
    return found;
  }
  for (let i = 0; i < (node.ChildCount ?? 0); i++) {
    const child = node.GetChild(i);
    if (child && typeof child.ChildCount === 'number') aggregateCalls(child, found);
  }
  return found;
}

/** An expression over aggregates, e.g. `round(avg(x), 2)` or `countif(p) * 100.0 / count()`. */
function computedSlot(expr: any, scope: ScalarScope): Slot {
  const calls = aggregateCalls(expr);
  if (calls.length === 0) throw new Unsupported('summarize with an expression that has no aggregate', expr.TextStart);
  const parts = calls.map((call) => {
    const name = String(call.ReferencedSymbol?.Name ?? '');
    if (name === 'arg_max' || name === 'arg_min' || name === 'take_any')
      throw new Unsupported(`${name}() inside an expression`, call.TextStart);
    return functionSlot(call, scope);
  });
  return {
    width: 1,
    create() {
      const states = parts.map((p) => p.create());
      return {
        add(row) {
          for (const state of states) state.add(row);
        },
        results() {
          const values = new Map<unknown, Value>(calls.map((call, i) => [call, states[i]!.results()[0] as Value]));
          return [evaluateScalar(expr, { row: 0, variables: scope.variables, now: scope.now, query: scope.query, aggregates: values })];
        },
      };
    },
  };
}

/**
 * `covariance_x_y` for covariance*(x, y) over two plain columns, when the summarize
 * ends the query (later operators would bind to the language service's `covariance_x`).
 */
function covarianceName(name: string, call: any, summarize: any): string | undefined {
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  if (args.length < 2 || !args.slice(0, 2).every((a: any) => nodeKind(a) === 'NameReference')) return undefined;
  const pipe = summarize.Parent;
  if (nodeKind(pipe) !== 'PipeExpression' || nodeKind(pipe.Parent) !== 'ExpressionStatement') return undefined;
  return `${name}_${String(args[0].SimpleName)}_${String(args[1].SimpleName)}`;
}

export const summarizeOperator: TabularOperator = {
  kind: 'SummarizeOperator',
  keyword: 'summarize',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const parameters = semanticParameters(node.Parameters);
    if (parameters.length > 0) throw new Unsupported(`summarize ${parameters[0]!.name}=${parameters[0]!.value}`, node.TextStart);
    const output = resultColumns(node, table);
    const byExprs = node.ByClause ? expressions(node.ByClause.Expressions).map(valueOf) : [];
    const byNames = node.ByClause ? expressions(node.ByClause.Expressions).map((e: any) => explicitName(e) ?? '') : [];
    const scope: ScalarScope = { table, row: 0, variables: context.variables, now: context.now, query: context };
    const renames = new Map<number, string>();
    const slots: Slot[] = expressions(node.Aggregates).map((expr: any, slotIndex: number) => {
      // `(a, b) = arg_max(x, y)` names the call's columns in order; the binder's output has those names.
      const call = nodeKind(expr) === 'CompoundNamedExpression' ? expr.Expression : valueOf(expr);
      if (nodeKind(call) !== 'FunctionCallExpression' || !isAggregateFunction(call.ReferencedSymbol)) return computedSlot(call, scope);
      const name = String(call.ReferencedSymbol?.Name ?? '');
      if (name === 'arg_max' || name === 'arg_min') return argExtremeSlot(call, name === 'arg_max', table, scope);
      // Kusto names covariance(x, y) `covariance_x_y` (covariance docs); the binder says `covariance_x`.
      if (name.startsWith('covariance') && nodeKind(expr) !== 'SimpleNamedExpression') {
        const generated = covarianceName(name, call, node);
        if (generated === undefined)
          throw new Unsupported(`${name}() without a column name (its generated name is not known exactly)`, call.TextStart);
        renames.set(slotIndex, generated);
      }
      const args = listOf(call.ArgumentList?.Expressions);
      if (
        (name === 'take_any' || name === 'any') &&
        (args.length > 1 || args.some((a: any) => nodeKind(a.Element ?? a) === 'StarExpression'))
      )
        return takeAnySlot(call, table, byNames, scope);
      return functionSlot(call, scope);
    });
    const width = slots.reduce((n, s) => n + s.width, 0);
    if (output.length !== byExprs.length + width)
      throw new Unsupported('summarize whose output columns do not map one to one', node.TextStart);
    for (const [slot, generated] of renames) {
      const at = byExprs.length + slots.slice(0, slot).reduce((n, s) => n + s.width, 0);
      if (output.some((c) => c.name === generated)) throw new Unsupported(`${generated} named twice`, node.TextStart);
      output[at] = { ...output[at]!, name: generated };
    }

    // Grouping first: each row's group number, and each group's first row (groups in first-seen order).
    const grouped = fastGroups(byExprs, table, scope) ?? generalGroups(byExprs, table, context);
    const { rowGroup, firstRows } = grouped;
    // Without `by`, an empty input still gives one row of empty aggregates.
    const groupCount = byExprs.length === 0 && firstRows.length === 0 ? 1 : firstRows.length;
    context.budget.rows(groupCount, node, 'summarize');
    // Slots with a column-at-a-time state share it across groups; the others keep one state per group.
    const vectors = slots.map((s) => s.vector?.());
    const general = slots.flatMap((s, i) => (vectors[i] === undefined ? [i] : []));
    const open = vectors.filter((v): v is WideState => v !== undefined);
    for (let g = 0; g < groupCount; g++) for (const v of open) v.open();
    const states = Array.from({ length: groupCount }, () => general.map((i) => slots[i]!.create()));
    for (let r = 0; r < table.rowCount; r++) {
      const g = rowGroup[r]!;
      const list = states[g]!;
      for (let i = 0; i < list.length; i++) list[i]!.add(r);
      for (let i = 0; i < open.length; i++) open[i]!.add(r, g);
    }
    const data: Value[][] = output.map(() => []);
    for (let g = 0; g < groupCount; g++) {
      if (g < firstRows.length) grouped.keys(g).forEach((v, i) => data[i]!.push(v));
      let column = byExprs.length;
      let next = 0;
      for (let i = 0; i < slots.length; i++) {
        const vector = vectors[i];
        if (vector !== undefined) for (const v of vector.results(g)) data[column++]!.push(v);
        else for (const v of states[g]![next++]!.results()) data[column++]!.push(v);
      }
    }
    return { columns: output, data, rowCount: groupCount };
  },
};
