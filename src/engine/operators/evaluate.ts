/** `evaluate` plugins, keyed by plugin name: bag_unpack, ipv4_lookup, ipv6_lookup, pivot, rows_near. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, listOf, nodeKind, typeOf } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { bagEntries, isBag, type Dynamic, type KustoType, type Value } from '../values.js';
import { resultColumns, standIn } from './columns.js';
import { castItem } from './expansion.js';
import { Groups } from './grouping.js';
import { ipv4Lookup, ipv6Lookup } from './ip-lookup.js';
import { rowsNear } from './rows-near.js';
import { AGGREGATE_FUNCTIONS } from '../functions/aggregates.js';
import { compiledScalar } from '../scalar-compile.js';
import type { QueryContext, TabularOperator } from './operator.js';

type Plugin = (call: any, node: any, input: Table, context: QueryContext) => Table;

/** Serialized datetime/timespan strings: Kusto may hold these as typed values, so their column type is unknown here. */
const TYPED_TEXT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z|-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d+)?)$/;

/** The column type bag_unpack infers for a slot: the values' common type, or dynamic when they differ. */
function slotType(values: Dynamic[], name: string): KustoType {
  const kinds = new Set<string>();
  let integers = 0;
  for (const v of values) {
    if (v === null) continue;
    if (typeof v === 'string' && TYPED_TEXT.test(v)) throw new Unsupported(`bag_unpack of slot ${name} holding datetime/timespan text`);
    if (typeof v === 'number' && Number.isInteger(v)) integers++;
    kinds.add(Array.isArray(v) || isBag(v) ? 'dynamic' : typeof v);
  }
  if (kinds.size !== 1) return 'dynamic';
  const [kind] = kinds;
  if (kind === 'string') return 'string';
  if (kind === 'boolean') return 'bool';
  if (kind === 'number') {
    // 2 and 2.0 look alike here; only all-integer (long) slots are certain.
    if (integers === values.filter((v) => v !== null).length) return 'long';
    throw new Unsupported(`bag_unpack of slot ${name} holding real numbers`);
  }
  return 'dynamic';
}

function bagUnpack(call: any, node: any, input: Table, context: QueryContext): Table {
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const positional = ['column', 'outputcolumnprefix', 'columnsconflict', 'ignoredproperties'];
  const named = new Map<string, any>();
  args.forEach((a: any, i: number) => {
    if (nodeKind(a) === 'SimpleNamedExpression') named.set(String(a.Name.SimpleName).toLowerCase(), a.Expression);
    else named.set(positional[i] ?? `#${i}`, a);
  });
  const columnNode = named.get('column');
  if (!columnNode || nodeKind(columnNode) !== 'NameReference')
    throw new Unsupported('bag_unpack of an expression that is not a column', call.TextStart);
  const columnName = String(columnNode.SimpleName);
  const constant = (key: string): Value => (named.has(key) ? evaluateScalar(named.get(key), constantScope(context)) : null);
  const prefix = String(constant('outputcolumnprefix') ?? '');
  const conflict = String(constant('columnsconflict') || 'error');
  const ignored = new Set((constant('ignoredproperties') as Dynamic[] | null) ?? []);
  if (conflict !== 'error' && conflict !== 'keep_source' && conflict !== 'replace_source')
    throw new QueryError(`bag_unpack: columnsConflict must be error, replace_source or keep_source, not '${conflict}'`);

  const at = input.columns.findIndex((c) => c.name === columnName);
  const bags = input.data[at]!.map((v) => (isBag(v) ? v : v === null ? {} : undefined));
  if (bags.includes(undefined)) throw new Unsupported('bag_unpack of a value that is not a property bag', call.TextStart);
  const kept = input.columns.filter((c) => c.name !== columnName);
  // A slot named like a kept column (columnsConflict): the column stays where the input
  // has it; replace_source fills it from the bag, keep_source keeps the input's values
  // (the plugin page's examples: both give `Name, Age` for input `Name, d` and bags
  // with Name and Age, where no conflict gives the slots in name order, `Age, Name`).
  const keptSource = new Map<string, Column>();
  const inPlace = new Map<string, Column>();
  const slotValue = (row: number, slot: string): Dynamic => {
    const bag = bags[row]!;
    return Object.prototype.hasOwnProperty.call(bag, slot) ? (bag[slot] as Dynamic) : null;
  };

  let slots: Column[];
  let columns: Column[];
  if (node.Schema) {
    columns = resultColumns(node);
    const declared = new Set(listOf(node.Schema.Schema?.Columns).map((c: any) => String((c.Element ?? c).Name?.SimpleName)));
    slots = columns.filter((c) => declared.has(c.name));
  } else {
    // Slots in name order after the input columns; the plugin ignores null values.
    const names = new Set<string>();
    for (const bag of bags) for (const [k, v] of bagEntries(bag!)) if (v !== null && !ignored.has(k)) names.add(k);
    const ordered = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const caseless = [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
    if (ordered.some((n, i) => n !== caseless[i]))
      throw new Unsupported('bag_unpack column order of mixed-case slot names', call.TextStart);
    slots = ordered.map((k) => ({
      name: prefix + k,
      type: slotType(
        bags.map((_, r) => slotValue(r, k)),
        k,
      ),
    }));
    slots = slots.map((s) => {
      const source = kept.find((c) => c.name === s.name);
      if (!source) return s;
      if (conflict === 'error') throw new QueryError(`bag_unpack: column ${s.name} already exists`);
      if (conflict === 'replace_source') {
        inPlace.set(s.name, s);
        return s;
      }
      const column = { ...source };
      keptSource.set(s.name, column);
      inPlace.set(s.name, column);
      return column;
    });
    columns = [...kept.map((c) => inPlace.get(c.name) ?? c), ...slots.filter((s) => !inPlace.has(s.name))];
  }
  const data = columns.map((column) => {
    if (slots.includes(column) && !keptSource.has(column.name)) {
      const slot = column.name.startsWith(prefix) ? column.name.slice(prefix.length) : column.name;
      return bags.map((_, r) => castItem(ignored.has(slot) ? null : slotValue(r, slot), column.type));
    }
    const source = input.columns.findIndex((c) => c.name === column.name);
    if (source < 0 || column.name === columnName) throw new Unsupported(`bag_unpack output column ${column.name}`, call.TextStart);
    return input.data[source]!;
  });
  return { columns, data, rowCount: input.rowCount };
}

/** The aggregation functions the pivot plugin page lists (any is take_any's old name). */
const PIVOT_AGGREGATES = new Set([
  'min',
  'max',
  'take_any',
  'any',
  'sum',
  'dcount',
  'avg',
  'stdev',
  'variance',
  'make_list',
  'make_bag',
  'make_set',
  'count',
]);

/**
 * pivot(pivotColumn [, aggregation] [, column1, …]): one row per distinct combination
 * of the columns (default: every column but the pivoted one and the aggregated one),
 * one column per distinct value of pivotColumn holding the aggregate of that value's
 * rows. The page does not say in which order the value columns come (its example has
 * ARKANSAS before ARIZONA), so more than one distinct value is refused; an empty
 * input gives just the columns, and a single value gives one column named after it.
 */
function pivot(call: any, node: any, input: Table, context: QueryContext): Table {
  if (node.Schema) throw new Unsupported('evaluate pivot with an output schema', call.TextStart);
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  // A column the binder only knows as a name of an open-schema input, absent from
  // an input without rows, is a stand-in column (see resultColumns).
  let source = input;
  const columnOf = (a: any): number => {
    if (nodeKind(a) !== 'NameReference') throw new Unsupported('evaluate pivot of an expression that is not a column', a?.TextStart);
    const name = String(a.SimpleName);
    let at = source.columns.findIndex((c) => c.name === name);
    if (at < 0 && source.rowCount === 0 && String(a.ResultType?.Name) === 'unknown') {
      source = { columns: [...source.columns, standIn(name)], data: [...source.data, []], rowCount: 0 };
      at = source.columns.length - 1;
    }
    if (at < 0) throw new Unsupported(`evaluate pivot of column ${name}`, a.TextStart);
    return at;
  };
  const [pivotArg, ...rest] = args;
  const pivotAt = columnOf(pivotArg);
  const aggregation = rest[0] && nodeKind(rest[0]) === 'FunctionCallExpression' ? rest.shift() : undefined;
  const aggName = aggregation ? String(aggregation.ReferencedSymbol?.Name ?? aggregation.Name?.SimpleName ?? '') : 'count';
  const fn = AGGREGATE_FUNCTIONS.get(aggName);
  if (!PIVOT_AGGREGATES.has(aggName) || !fn)
    throw new Unsupported(`evaluate pivot with ${aggName}()`, aggregation?.TextStart ?? call.TextStart);
  const aggArgs = aggregation ? listOf(aggregation.ArgumentList?.Expressions).map((e: any) => e.Element ?? e) : [];
  const aggregated = new Set(aggArgs.filter((a: any) => nodeKind(a) === 'NameReference').map((a: any) => String(a.SimpleName)));
  const keyAt =
    rest.length > 0 ? rest.map(columnOf) : source.columns.flatMap((c, i) => (i !== pivotAt && !aggregated.has(c.name) ? [i] : []));
  const keyColumns = keyAt.map((i) => source.columns[i]!);

  // The distinct pivot values, which name the output columns.
  const values = new Set<Value>(source.data[pivotAt]!);
  if (values.size > 1)
    throw new Unsupported('evaluate pivot over several pivot values (their column order is not documented)', call.TextStart);
  const groups = new Groups<{ row: number; state: ReturnType<typeof fn.create> }>(keyAt.map((i) => source.data[i]!));
  const [only] = values;
  if (values.size === 1) {
    if (typeof only !== 'string' || only === '' || source.columns[pivotAt]!.type !== 'string')
      throw new Unsupported('evaluate pivot over a value that is not a non-empty string', call.TextStart);
    if (keyColumns.some((c) => c.name === only)) throw new Unsupported(`evaluate pivot value ${only} named like a column`, call.TextStart);
  }
  const resultType = aggregation ? typeOf(aggregation) : 'long';
  const argTypes = aggArgs.map((a: any) => typeOf(a));
  const argFns = aggArgs.map((a: any) => compiledScalar(a));
  const scope = { table: source, row: 0, variables: context.variables, now: context.now, query: context };
  const argValues: Value[] = new Array(argFns.length).fill(null);
  for (let r = 0; r < source.rowCount; r++) {
    const group = groups.of(r, (row) => ({ row, state: fn.create(resultType, argTypes) }));
    scope.row = r;
    for (let i = 0; i < argFns.length; i++) argValues[i] = argFns[i]!(scope);
    group.state.add(argValues);
  }
  const data: Value[][] = keyAt.map((i) => groups.list.map((g) => source.data[i]![g.row] as Value));
  const columns: Column[] = [...keyColumns];
  if (values.size === 1) {
    columns.push({ name: only as string, type: resultType });
    data.push(groups.list.map((g) => g.state.result()));
  }
  context.budget.rows(groups.list.length, node, 'evaluate pivot');
  return { columns, data, rowCount: groups.list.length };
}

const PLUGINS: ReadonlyMap<string, Plugin> = new Map([
  ['bag_unpack', bagUnpack],
  ['ipv4_lookup', ipv4Lookup],
  ['ipv6_lookup', ipv6Lookup],
  ['pivot', pivot],
  ['rows_near', rowsNear],
]);

export const evaluateOperator: TabularOperator = {
  kind: 'EvaluateOperator',
  keyword: 'evaluate',
  evaluate(node: any, input, context) {
    const call = node.FunctionCall;
    const name = String(call?.Name?.SimpleName ?? call?.ReferencedSymbol?.Name ?? '');
    const plugin = PLUGINS.get(name);
    if (!plugin) throw new Unsupported(`evaluate ${name}`, node.TextStart);
    if (listOf(node.Parameters).length > 0) throw new Unsupported(`evaluate ${name} with hints`, node.TextStart);
    return plugin(call, node, input as Table, context);
  },
};
