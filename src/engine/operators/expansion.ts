/**
 * Array expansion shared by mv-expand and mv-apply: which expressions expand,
 * under which names and types, and the items each input row yields.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { bagEntries, dynamicDatetimeText, isBag, kustoType, parseDatetime, type KustoType, type Value } from '../values.js';
import { computeColumn, expressionNames, expressions, namedParameters, valueOf } from './columns.js';
import type { QueryContext } from './operator.js';

export interface ExpandSpec {
  /** One per expanded expression: output name, element type, and the value per input row. */
  targets: { name: string; type: KustoType; values: Value[] }[];
  /** `with_itemindex=` column name. */
  indexName?: string;
  /** Property bags expand to `{key: value}` (bag) or `[key, value]` (array); 'none' refuses bags. */
  bagKind: 'bag' | 'array' | 'none';
  /** Most items taken from one input row. */
  limit: number;
}

/** Read the operator's parameters, expressions, and compute the values to expand. */
export function expandSpec(node: any, table: Table, output: Column[], keyword: string, context: QueryContext): ExpandSpec {
  let indexName: string | undefined;
  let bagKind: ExpandSpec['bagKind'] = 'bag';
  for (const p of namedParameters(node.Parameters)) {
    const name = p.name.toLowerCase();
    if (name === 'with_itemindex') indexName = p.value;
    else if ((name === 'kind' || name === 'bagexpansion') && (p.value === 'bag' || p.value === 'array')) bagKind = p.value;
    else throw new Unsupported(`${keyword} parameter ${p.name}=${p.value}`, node.TextStart);
  }
  const items = expressions(node.Expressions);
  const exprs = items.map((e: any) => e.Expression);
  const names = expressionNames(exprs, output, new Set(table.columns.map((c) => c.name)));
  const targets = items.map((item: any, i: number) => {
    const name = names[i] as string;
    const column = output.find((c) => c.name === name);
    // A column the output drops (mv-apply … summarize) takes its type from `to typeof(T)`.
    const declared = item.ToTypeOf ? expressions(item.ToTypeOf.TypeOf?.Types)[0] : undefined;
    const type = column?.type ?? (declared ? kustoType(String(declared.ToString()).trim()) : 'dynamic');
    return { name, type, values: computeColumn(valueOf(exprs[i]), table, context) };
  });
  let limit = Number.MAX_SAFE_INTEGER;
  if (node.RowLimitClause) {
    const n = evaluateScalar(node.RowLimitClause.RowLimit, constantScope(context));
    if (typeof n !== 'number' || !Number.isInteger(n)) throw new QueryError(`${keyword} limit expects a whole number`);
    limit = Math.max(0, n);
  }
  return { targets, indexName, bagKind, limit };
}

/** The items one dynamic value expands to: null gives one null, empty gives none, a scalar gives itself. */
export function itemsOf(value: Value, bagKind: ExpandSpec['bagKind']): Value[] {
  if (value === null) return [null];
  if (Array.isArray(value)) return value;
  if (isBag(value) && bagKind === 'none') throw new Unsupported('mv-apply over a property bag');
  if (isBag(value)) return bagEntries(value).map(([k, v]) => (bagKind === 'bag' ? { [k]: v } : [k, v]));
  if (typeof value === 'bigint') throw new Unsupported('mv-expand of a datetime/timespan value');
  return [value];
}

const STRICT_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;

/** `to typeof(T)`: a cast, not a conversion; non-conforming elements become null, unclear cases are refused. */
export function castItem(v: Value, type: KustoType): Value {
  if (type === 'dynamic') return v;
  if (v === null) return type === 'string' ? '' : null;
  const refuse = (): never => {
    throw new Unsupported(`to typeof(${type}) of the element ${JSON.stringify(v)}`);
  };
  const numericText = typeof v === 'string' && /^\s*[+-]?(\d|\.\d)/.test(v);
  switch (type) {
    case 'string':
      return typeof v === 'string' ? v : refuse();
    case 'long':
    case 'int':
    case 'real':
      if (typeof v === 'number') {
        if (type === 'real') return v;
        if (!Number.isInteger(v) || (type === 'int' && (v | 0) !== v)) refuse();
        return v;
      }
      return typeof v === 'boolean' || numericText ? refuse() : null;
    case 'bool':
      if (typeof v === 'boolean') return v;
      return typeof v === 'number' || (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) ? refuse() : null;
    case 'datetime':
      // Datetimes inside dynamic values are held in their serialized form.
      if (typeof v === 'string' && STRICT_DATETIME.test(v)) {
        const ticks = parseDatetime(v);
        if (ticks !== null && dynamicDatetimeText(ticks) === v) return ticks;
      }
      return refuse();
    default:
      return refuse();
  }
}

/** One expanded row: the input row, the item index, and one item per target. */
export interface ExpandedRow {
  row: number;
  index: number;
  items: Value[];
}

/**
 * Expand one input row "in parallel" (shorter lists padded with null), at most
 * `limit` rows. Called per row so callers can budget rows as they go.
 */
export function expandRow(spec: ExpandSpec, row: number): ExpandedRow[] {
  const lists = spec.targets.map((t) => itemsOf(t.values[row] as Value, spec.bagKind));
  const count = Math.min(spec.limit, Math.max(0, ...lists.map((l) => l.length)));
  const out: ExpandedRow[] = [];
  for (let i = 0; i < count; i++)
    out.push({
      row,
      index: i,
      items: lists.map((l, t) => castItem(i < l.length ? (l[i] as Value) : null, spec.targets[t]!.type)),
    });
  return out;
}

/** Build the output table of expanded rows in the binder's column order. */
export function expandedTable(input: Table, spec: ExpandSpec, rows: ExpandedRow[], output: Column[], keyword: string): Table {
  const data = output.map((column) => {
    const target = spec.targets.findIndex((t) => t.name === column.name);
    if (target >= 0) return rows.map((r) => r.items[target] as Value);
    if (column.name === spec.indexName) return rows.map((r) => r.index);
    const at = input.columns.findIndex((c) => c.name === column.name);
    if (at < 0) throw new Unsupported(`${keyword} output column ${column.name}`);
    const source = input.data[at]!;
    return rows.map((r) => source[r.row] as Value);
  });
  return { columns: output, data, rowCount: rows.length };
}

/** Guard used by the expansion loops: the row budget of the query. */
export function checkBudget(count: number, context: QueryContext, keyword: string): void {
  if (count > context.maxRows) throw new QueryError(`${keyword} produced more than ${context.maxRows} rows (row budget)`);
}
