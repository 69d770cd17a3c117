/** `evaluate` plugins, keyed by plugin name: bag_unpack. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, listOf, nodeKind } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { bagEntries, isBag, type Dynamic, type KustoType, type Value } from '../values.js';
import { resultColumns } from './columns.js';
import { castItem } from './expansion.js';
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
  let kept = input.columns.filter((c) => c.name !== columnName);
  // A slot named like a kept column (columnsConflict): the column moves to the slot's
  // place; replace_source fills it from the bag, keep_source keeps the input's values
  // (the plugin page's examples: both give `Age, Name` for input `Name, d`).
  const keptSource = new Map<string, Column>();
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
      if (conflict === 'replace_source') return s;
      const column = { ...source };
      keptSource.set(s.name, column);
      return column;
    });
    kept = kept.filter((c) => !slots.some((s) => s.name === c.name));
    columns = [...kept, ...slots];
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

const PLUGINS: ReadonlyMap<string, Plugin> = new Map([['bag_unpack', bagUnpack]]);

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
