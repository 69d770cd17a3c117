/**
 * `evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey [, ExtraKey1, …] [, return_unmatched])`
 * and `evaluate ipv6_lookup(LookupTable, SourceIPv6Key, IPv6LookupKey [, return_unmatched])`
 * (ipv4-lookup-plugin.md, ipv6-lookup-plugin.md): each input row joined with the lookup
 * row whose range (IP-prefix notation or a single address) contains its address and, for
 * ipv4_lookup, whose extra key columns equal the row's. Only matched rows by default;
 * `return_unmatched = true` keeps the others with nulls for the lookup columns.
 *
 * What the pages leave open is refused: which lookup row wins when several match (more
 * than one match for a row), addresses or ranges that are neither empty nor IP text, a
 * source network wider than a range inside it, null or dynamic extra keys, and for
 * ipv6_lookup, whose example gives the lookup table's columns before the input's (the
 * binder lists the input's first, as for ipv4_lookup), column names the two tables
 * share and any later step that would order columns as the binder lists them.
 *
 * Addresses and ranges are read by the IPv4/IPv6 functions' parsers (ipv4-parse.ts,
 * ipv6.ts); the ranges are indexed by prefix length, so a row costs one map look-up
 * per distinct prefix length of the lookup table.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { masked, parseIpv4Text } from '../functions/ipv4-parse.js';
import { mask, parseIpv6Text } from '../functions/ipv6.js';
import { Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, listOf, nodeKind } from '../scalar.js';
import { columnData, makeTable, pickRows, type Column, type ColumnData, type Table } from '../table.js';
import { kustoType, nullOf, type Value } from '../values.js';
import type { QueryContext } from './operator.js';

/** How one address family reads and masks addresses. */
interface Family<A> {
  plugin: 'ipv4_lookup' | 'ipv6_lookup';
  /** Name of the family in messages. */
  label: string;
  parse(text: string, what: string): { address: A; prefix: number } | null;
  /** `address` with the bits past `prefix` cleared. */
  network(address: A, prefix: number): A;
}

const IPV4: Family<number> = { plugin: 'ipv4_lookup', label: 'IPv4', parse: parseIpv4Text, network: masked };
/** mask(p) for p = 0..128, made once. */
const IPV6_MASKS = Array.from({ length: 129 }, (_, p) => mask(p));
const IPV6: Family<bigint> = {
  plugin: 'ipv6_lookup',
  label: 'IP',
  parse: parseIpv6Text,
  network: (address, prefix) => address & IPV6_MASKS[prefix]!,
};

/**
 * The lookup table's ranges, by prefix length: network → lookup rows. IP-prefix
 * ranges are nested or disjoint, so the ranges holding an address are the buckets
 * (one look-up each) whose prefix is at most the address's.
 */
class RangeIndex<A> {
  private readonly buckets = new Map<number, Map<A, number[]>>();
  private prefixes: number[] = [];
  /** Networks of bucket q cut to a shorter prefix p, by `q/p` (built on first use). */
  private readonly cut = new Map<string, Set<A>>();

  constructor(private readonly family: Family<A>) {}

  add(address: A, prefix: number, row: number): void {
    let bucket = this.buckets.get(prefix);
    if (!bucket) {
      this.buckets.set(prefix, (bucket = new Map()));
      this.prefixes = [...this.buckets.keys()].sort((a, b) => a - b);
    }
    const network = this.family.network(address, prefix);
    const rows = bucket.get(network);
    if (rows) rows.push(row);
    else bucket.set(network, [row]);
  }

  /** The rows whose range holds the block `address/prefix`, in lookup-table order. */
  holding(address: A, prefix: number, offset: number): number[] {
    const out: number[] = [];
    for (const q of this.prefixes) {
      if (q <= prefix) {
        const rows = this.buckets.get(q)!.get(this.family.network(address, q));
        if (rows) out.push(...rows);
        continue;
      }
      // A range narrower than the source network and inside it: partly matching (the
      // IPv4/IPv6 functions refuse an address prefix wider than the range too).
      const key = `${q}/${prefix}`;
      let networks = this.cut.get(key);
      if (!networks) {
        networks = new Set([...this.buckets.get(q)!.keys()].map((n) => this.family.network(n, prefix)));
        this.cut.set(key, networks);
      }
      if (networks.has(this.family.network(address, prefix)))
        throw new Unsupported(`${this.family.plugin} of a source network wider than a lookup range inside it`, offset);
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
}

/** The column a name argument refers to in `table`, refused when absent. */
function columnIndex(arg: any, table: Table, what: string, plugin: string): number {
  if (nodeKind(arg) !== 'NameReference') throw new Unsupported(`${plugin} with a ${what} that is not a column`, arg?.TextStart);
  const name = String(arg.SimpleName);
  const at = table.columns.findIndex((c) => c.name === name);
  if (at < 0) throw new Unsupported(`${plugin} ${what} ${name}`, arg.TextStart);
  return at;
}

/** Operators after which the columns keep the order of their input (or name them explicitly). */
const ORDER_KEEPING = new Set([
  'FilterOperator',
  'TakeOperator',
  'SortOperator',
  'ExtendOperator',
  'ProjectOperator',
  'SummarizeOperator',
  'CountOperator',
]);

/**
 * ipv6_lookup's columns come in the page's order, which is not the binder's; operators
 * that take their column order from the binder (project-away, union, join, top, …), a
 * let, a function body or a sub-query would reorder them. Allowed: the query's result,
 * through operators that keep or name their columns.
 */
function checkIpv6Consumers(node: any): void {
  const refuse = (): never => {
    throw new Unsupported('ipv6_lookup whose result feeds a step that orders columns as the binder lists them', node.TextStart);
  };
  let current = node.Parent;
  if (nodeKind(current) !== 'PipeExpression') refuse();
  for (;;) {
    const parent = current.Parent;
    const kind = nodeKind(parent);
    if (kind === 'PipeExpression') {
      if (!ORDER_KEEPING.has(nodeKind(parent.Operator))) refuse();
      current = parent;
    } else if (kind === 'ParenthesizedExpression') current = parent;
    else if (kind === 'ExpressionStatement') break;
    else refuse();
  }
  // The statement must be the query's own, not a function body's.
  for (let n = current.Parent?.Parent; n; n = n.Parent) {
    const kind = nodeKind(n);
    if (kind === 'QueryBlock') return;
    if (!kind.startsWith('SeparatedElement') && !kind.startsWith('SyntaxList')) refuse();
  }
  refuse();
}

/** The binder's output column names and types (unknown left to the source columns). */
function binderColumns(node: any): { name: string; type: string }[] {
  return listOf(node.ResultType?.Columns).map((c: any) => ({ name: String(c.Name), type: String(c.Type?.Name) }));
}

/** The output column for a source column, checking the binder agrees on its type. */
function outputColumn(name: string, source: Column, binderType: string | undefined, plugin: string, offset: number): Column {
  if (binderType !== undefined && binderType !== 'unknown' && kustoType(binderType) !== source.type)
    throw new Unsupported(`${plugin} column ${name} typed otherwise by the binder`, offset);
  // The same column object keeps a stand-in (see resultColumns) a stand-in.
  return name === source.name ? source : { name, type: source.type };
}

function lookupPlugin<A>(family: Family<A>, call: any, node: any, input: Table, context: QueryContext): Table {
  const { plugin } = family;
  const offset = Number(call.TextStart);
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  if (args.length < 3) throw new Unsupported(`${plugin} with fewer than 3 arguments`, offset);
  if (node.Schema) throw new Unsupported(`evaluate ${plugin} with an output schema`, offset);

  // return_unmatched: the last argument when it is a literal (named or not); the binder
  // accepts only a bool literal there.
  let returnUnmatched = false;
  const last = args[args.length - 1];
  if (args.length > 3 && nodeKind(last) !== 'NameReference') {
    args.pop();
    const named = nodeKind(last) === 'SimpleNamedExpression';
    if (named && String(last.Name?.SimpleName) !== 'return_unmatched')
      throw new Unsupported(`${plugin} argument ${String(last.Name?.SimpleName)}`, last.TextStart);
    const flag = evaluateScalar(named ? last.Expression : last, constantScope(context));
    if (typeof flag !== 'boolean') throw new Unsupported(`${plugin} with a return_unmatched that is not true or false`, last.TextStart);
    returnUnmatched = flag;
  }
  const [tableArg, sourceArg, lookupArg, ...extraArgs] = args;
  if (plugin === 'ipv6_lookup' && extraArgs.length > 0)
    throw new Unsupported(`${plugin} with extra key columns (not in its syntax)`, offset);
  const lookup = context.evaluateTabular(tableArg);
  const sourceAt = columnIndex(sourceArg, input, 'source key', plugin);
  const lookupAt = columnIndex(lookupArg, lookup, 'lookup key', plugin);
  for (const [table, at] of [
    [input, sourceAt],
    [lookup, lookupAt],
  ] as const)
    if (table.columns[at]!.type !== 'string')
      throw new Unsupported(`${plugin} on a ${table.columns[at]!.type} column (the page takes ${family.label} strings)`, offset);
  const extraSource = extraArgs.map((a: any) => columnIndex(a, input, 'extra key', plugin));
  const extraLookup = extraArgs.map((a: any) => columnIndex(a, lookup, 'extra key', plugin));
  extraSource.forEach((s, k) => {
    const type = input.columns[s]!.type;
    if (type !== lookup.columns[extraLookup[k]!]!.type || type === 'dynamic')
      throw new Unsupported(`${plugin} extra key ${input.columns[s]!.name} of differing or dynamic types`, offset);
  });

  // Output columns. ipv4_lookup: the input's, then the lookup table's but its extra keys
  // (renamed on a conflict as the binder renames them, like lookup); ipv6_lookup: the
  // lookup table's, then the input's (the page's examples).
  const binder = binderColumns(node);
  const lookupKept = lookup.columns.map((_, i) => i).filter((i) => !extraLookup.includes(i));
  let columns: Column[];
  if (plugin === 'ipv4_lookup') {
    const sources = [...input.columns, ...lookupKept.map((i) => lookup.columns[i]!)];
    if (binder.length !== sources.length) throw new Unsupported(`${plugin} whose output columns do not map one to one`, offset);
    columns = sources.map((source, i) => {
      const { name, type } = binder[i]!;
      const renamed = i >= input.columns.length && name.startsWith(source.name) && /^\d+$/.test(name.slice(source.name.length));
      if (name !== source.name && !renamed) throw new Unsupported(`${plugin} output column ${name}`, offset);
      return outputColumn(name, source, type, plugin, offset);
    });
  } else {
    const sources = [...lookup.columns, ...input.columns];
    const names = new Set(sources.map((c) => c.name));
    if (names.size !== sources.length)
      throw new Unsupported(`${plugin} of tables sharing a column name (its renaming is not documented)`, offset);
    const byName = new Map(binder.map((c) => [c.name, c.type]));
    if (binder.length !== sources.length || sources.some((c) => !byName.has(c.name)))
      throw new Unsupported(`${plugin} whose output columns do not map one to one`, offset);
    columns = sources.map((source) => outputColumn(source.name, source, byName.get(source.name), plugin, offset));
    checkIpv6Consumers(node);
  }

  // Index the lookup ranges; an empty range matches nothing.
  const index = new RangeIndex(family);
  const ranges = lookup.data[lookupAt]!;
  for (let r = 0; r < lookup.rowCount; r++) {
    const text = ranges[r] as string | null;
    if (text === null || text === '') continue;
    const range = family.parse(text, plugin);
    if (range === null) throw new Unsupported(`${plugin} of a lookup range that is not ${family.label} text`, offset);
    index.add(range.address, range.prefix, r);
  }

  const extraValue = (table: Table, c: number, row: number): Value => {
    const v = table.data[c]![row] as Value;
    if (v === null) throw new Unsupported(`${plugin} with a null extra key value`, offset);
    return v;
  };
  const keysEqual = (s: number, l: number): boolean =>
    extraSource.every((c, k) => extraValue(input, c, s) === extraValue(lookup, extraLookup[k]!, l));

  // One match per input row at most: which one wins among several is not documented.
  const candidatesOf = new Map<string, number[]>();
  const addresses = input.data[sourceAt]!;
  const sourceRows: number[] = [];
  const lookupRows: number[] = [];
  for (let s = 0; s < input.rowCount; s++) {
    const text = addresses[s] as string | null;
    let candidates: number[] = [];
    if (text !== null && text !== '') {
      let known = candidatesOf.get(text);
      if (!known) {
        const ip = family.parse(text, plugin);
        if (ip === null) throw new Unsupported(`${plugin} of a source value that is not ${family.label} text`, offset);
        known = index.holding(ip.address, ip.prefix, offset);
        candidatesOf.set(text, known);
      }
      candidates = known;
    }
    let match = -1;
    for (const l of candidates) {
      if (extraSource.length > 0 && !keysEqual(s, l)) continue;
      if (match >= 0)
        throw new Unsupported(`${plugin} of an address matching several lookup rows (which one wins is not documented)`, offset);
      match = l;
    }
    if (match < 0 && !returnUnmatched) continue;
    sourceRows.push(s);
    lookupRows.push(match);
  }
  context.budget.rows(sourceRows.length, node, `evaluate ${plugin}`);

  const everyRow = sourceRows.length === input.rowCount;
  const kept = everyRow ? input : pickRows(input, sourceRows);
  const inputData = input.columns.map((_, c) => columnData(kept, c));
  const lookupData: ColumnData[] = lookupKept.map((c) => {
    const values = lookup.data[c]!;
    const none = nullOf(lookup.columns[c]!.type);
    return lookupRows.map((l) => (l < 0 ? none : (values[l] as Value)));
  });
  const data = plugin === 'ipv4_lookup' ? [...inputData, ...lookupData] : [...lookupData, ...inputData];
  return makeTable(columns, data, sourceRows.length);
}

export function ipv4Lookup(call: any, node: any, input: Table, context: QueryContext): Table {
  return lookupPlugin(IPV4, call, node, input, context);
}

export function ipv6Lookup(call: any, node: any, input: Table, context: QueryContext): Table {
  return lookupPlugin(IPV6, call, node, input, context);
}
