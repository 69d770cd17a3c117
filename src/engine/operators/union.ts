/**
 * union: the rows of every leg, columns matched by name (kind=outer, the default).
 * withsource=C adds the contributing table's name. isfuzzy=true: a leg whose
 * table does not resolve (no such table, no rows supplied) is left out, as the
 * union page says ("the set of union sources is reduced to the set of table
 * references that exist"); the output columns are then those of the other legs,
 * named as the binder names them (see unionColumns).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, UnknownTable, Unsupported } from '../refusal.js';
import { nodeKind } from '../scalar.js';
import { columnData, makeTable, type Column, type ColumnData, type Table } from '../table.js';
import { StringBuilder, materialize, vectorLength, type Vector } from '../vectors.js';
import { nullOf, type KustoType, type Value } from '../values.js';
import { expressions, namedParameters, resultColumns } from './columns.js';
import type { QueryContext, TabularOperator } from './operator.js';

export const unionOperator: TabularOperator = {
  kind: 'UnionOperator',
  keyword: 'union',
  evaluate(node: any, input, context) {
    let source: string | undefined;
    let fuzzy = false;
    for (const { name, value } of namedParameters(node.Parameters)) {
      if (name.toLowerCase() === 'withsource') source = value;
      else if (name === 'isfuzzy' && /^(true|false)$/i.test(value)) fuzzy = value.toLowerCase() === 'true';
      else if (!(name === 'kind' && value === 'outer')) throw new Unsupported(`union ${name}=${value}`, node.TextStart);
    }
    const given = expressions(node.Expressions);
    const named = fuzzy ? given.filter((e: any) => !unresolvedLeg(e, context)) : given;
    // A fuzzy leg that is a view over tables that do not resolve is left out too, as the
    // language service's relaxed diagnostics say (relaxFuzzyViews); any other refusal stands.
    const evaluated: { leg: any; table: Table }[] = [];
    for (const leg of named) {
      try {
        evaluated.push({ leg, table: context.evaluateTabular(leg) });
      } catch (error) {
        if (!(fuzzy && error instanceof UnknownTable)) throw error;
      }
    }
    const resolved = evaluated.map((e) => e.leg);
    if (resolved.length === 0 && !input) throw new QueryError('union: none of the isfuzzy union legs resolves to a table');
    const dropped = resolved.length < given.length;
    if (dropped && source !== undefined) throw new Unsupported('union withsource= with isfuzzy legs left out', node.TextStart);
    const legNodes: any[] = [...(input ? [node.Parent?.Expression] : []), ...resolved];
    const legs: Table[] = [...(input ? [input] : []), ...evaluated.map((e) => e.table)];
    const output = dropped ? unionColumns(legs, node) : resultColumns(node);
    // Check the total before copying any leg.
    context.budget.rows(
      legs.reduce((n, leg) => n + leg.rowCount, 0),
      node,
      'union',
    );
    const sourceIndex = source === undefined ? -1 : output.findIndex((c) => c.name === source);
    if (source !== undefined && sourceIndex !== 0) throw new Unsupported(`union withsource=${source}`, node.TextStart);
    if (source === undefined) return concatenateLegs(legs, output, node);
    const legNames = legNodes.map((leg) => sourceName(leg, node.TextStart));
    const rows = concatenateLegs(legs, output.slice(1), node);
    return makeTable(
      output,
      [sourceVector(legs.map((leg, l) => [legNames[l]!, leg.rowCount])), ...rows.columns.map((_, c) => columnData(rows, c))],
      rows.rowCount,
    );
  },
};

/**
 * The rows of every leg end to end, as the columns `output` (an outer union's columns,
 * see unionColumns): each leg column goes to the output column of its name and type, a
 * column a leg lacks is null ('' for strings) in its rows. Shared by union and search.
 */
export function concatenateLegs(legs: readonly Table[], output: Column[], node: any): Table {
  const legSources = legs.map((leg) => {
    // Each leg column goes to the output column of its name and type; a name the legs
    // type differently is split by the binder into `<name>_<type>` columns. When a leg
    // has a column literally named so, one of them is numbered (x_long1): the union page
    // numbers the split column and keeps the literal x_long, the language service numbers
    // the literal one; refused while the two disagree.
    const sources: (ColumnData | undefined)[] = output.map(() => undefined);
    for (const [k, c] of leg.columns.entries()) {
      let at = output.findIndex((o) => o.name === c.name && o.type === c.type);
      if (at < 0) {
        const typed = `${c.name}_${c.type}`;
        if (legs.some((other) => other.columns.some((o) => o.name === typed)))
          throw new Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
        at = output.findIndex((o) => o.name === typed && o.type === c.type);
      }
      if (at < 0 || sources[at] !== undefined)
        throw new Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
      sources[at] = columnData(leg, k);
    }
    return sources;
  });
  // One leg with rows (the other tables empty, as in most detections' union of two
  // sign-in tables): its columns are the output as they are, shared, not copied.
  const filled = legs.flatMap((leg, i) => (leg.rowCount > 0 ? [i] : []));
  if (filled.length === 1) {
    const only = legs[filled[0]!]!;
    const sources = legSources[filled[0]!]!;
    const length = (column: ColumnData) => (Array.isArray(column) ? column.length : vectorLength(column));
    if (sources.every((column) => column !== undefined && length(column) === only.rowCount))
      return makeTable(output, sources as ColumnData[], only.rowCount);
  }
  // Column by column: one vector where the legs hold vectors of one kind, plain values otherwise.
  const rowCount = legs.reduce((n, leg) => n + leg.rowCount, 0);
  const columns = output.map((column, i): ColumnData => {
    const vector = concatenated(column.type, legs, legSources, i, rowCount);
    if (vector !== undefined) return vector;
    const target: Value[] = [];
    const fill = nullOf(column.type);
    legs.forEach((leg, l) => {
      const part = legSources[l]![i];
      const source = part === undefined || Array.isArray(part) ? part : materialize(part);
      for (let r = 0; r < leg.rowCount; r++) target.push(source ? (source[r] as Value) : fill);
    });
    return target;
  });
  return makeTable(output, columns, rowCount);
}

/** The table name withsource reports for a leg: a table's or view's own name, or the leg's final `as` name. */
function sourceName(leg: any, offset: number): string {
  if (leg && nodeKind(leg) === 'ParenthesizedExpression') return sourceName(leg.Expression, offset);
  const named = tableOrViewName(leg);
  if (named !== undefined) return named;
  if (nodeKind(leg) === 'PipeExpression' && nodeKind(leg.Operator) === 'AsOperator') return String(leg.Operator.Name?.SimpleName).trim();
  throw new Unsupported('union withsource= over a leg that is not a table or `as` name', offset);
}

/**
 * The name of a source that is a table or a let-bound view, parentheses aside (union docs:
 * `union withsource=TableName View_1, View_2`); undefined for any other expression.
 */
export function tableOrViewName(expr: any): string | undefined {
  const kind = expr ? nodeKind(expr) : '';
  if (kind === 'ParenthesizedExpression') return tableOrViewName(expr.Expression);
  if (kind !== 'NameReference') return undefined;
  const symbol = expr.ReferencedSymbol;
  const isTable = String(symbol?.constructor?.$$name ?? '').endsWith('TableSymbol');
  return isTable || symbol?.IsView === true ? String(expr.SimpleName).trim() : undefined;
}

function legSource(leg: any): any {
  let node = leg;
  for (;;) {
    const kind = nodeKind(node);
    if (kind === 'ParenthesizedExpression' || kind === 'PipeExpression') node = node.Expression;
    else return node;
  }
}

/** A leg whose table the binder could not resolve (isfuzzy), with no rows supplied under that name. */
function unresolvedLeg(leg: any, context: QueryContext): boolean {
  const source = legSource(leg);
  if (nodeKind(source) !== 'NameReference' || source.ReferencedSymbol) return false;
  const name = String(source.SimpleName ?? '').trim();
  return name !== '' && !context.tables.has(name) && context.emptyTable(name) === undefined;
}

/**
 * Output columns of an outer union of these legs, as the binder names them: each
 * name once, at its first appearance; a name the legs give several types becomes
 * one `<name>_<type>` column per type, in order of appearance.
 */
export function unionColumns(legs: readonly Table[], node: any): Column[] {
  const types = new Map<string, Column['type'][]>();
  for (const leg of legs)
    for (const c of leg.columns) {
      const list = types.get(c.name) ?? [];
      if (!list.includes(c.type)) list.push(c.type);
      types.set(c.name, list);
    }
  const out: Column[] = [];
  for (const [name, list] of types) {
    if (list.length === 1) out.push({ name, type: list[0]! });
    else for (const type of list) out.push({ name: `${name}_${type}`, type });
  }
  if (new Set(out.map((c) => c.name)).size !== out.length) throw new Unsupported('union whose split column names collide', node.TextStart);
  return out;
}

/**
 * Output column i as one vector: the legs' vectors of one kind end to end (strings recoded
 * into one dictionary), a leg without the column giving its nulls ('' for strings);
 * undefined when some leg holds the column as plain values.
 */
function concatenated(
  type: KustoType,
  legs: readonly Table[],
  legSources: (ColumnData | undefined)[][],
  i: number,
  rowCount: number,
): Vector | undefined {
  const kind =
    type === 'string'
      ? 'string'
      : type === 'datetime' || type === 'timespan'
        ? 'ticks'
        : type === 'int' || type === 'long'
          ? 'number'
          : undefined;
  if (kind === undefined) return undefined;
  const parts = legSources.map((sources) => sources[i]);
  // Legs without rows add nothing, whatever they hold.
  if (parts.some((part, l) => legs[l]!.rowCount > 0 && part !== undefined && (Array.isArray(part) || part.kind !== kind))) return undefined;
  let at = 0;
  if (kind === 'string') {
    const dictionary = new StringBuilder();
    const codes = new Int32Array(rowCount);
    legs.forEach((leg, l) => {
      const part = parts[l] as Vector | undefined;
      if (part === undefined || part.kind !== 'string') codes.fill(dictionary.code(''), at, at + leg.rowCount);
      else {
        const recode = Int32Array.from(part.dict, (s) => dictionary.code(s));
        for (let r = 0; r < leg.rowCount; r++) codes[at + r] = recode[part.codes[r]!]!;
      }
      at += leg.rowCount;
    });
    return { kind: 'string', codes, dict: dictionary.finish().dict };
  }
  if (kind === 'ticks') {
    const ms = new Float64Array(rowCount);
    const sub = new Uint16Array(rowCount);
    legs.forEach((leg, l) => {
      const part = parts[l] as Vector | undefined;
      if (part === undefined || part.kind !== 'ticks') ms.fill(NaN, at, at + leg.rowCount);
      else {
        ms.set(part.ms.subarray(0, leg.rowCount), at);
        sub.set(part.sub.subarray(0, leg.rowCount), at);
      }
      at += leg.rowCount;
    });
    return { kind: 'ticks', ms, sub };
  }
  const values = new Float64Array(rowCount);
  legs.forEach((leg, l) => {
    const part = parts[l] as Vector | undefined;
    if (part === undefined || part.kind !== 'number') values.fill(NaN, at, at + leg.rowCount);
    else values.set(part.values.subarray(0, leg.rowCount), at);
    at += leg.rowCount;
  });
  return { kind: 'number', values };
}

/** A source-name column (union's withsource, search's $table): each name repeated for its count of rows. */
export function sourceVector(runs: readonly (readonly [string, number])[]): Vector {
  const dictionary = new StringBuilder();
  const codes = new Int32Array(runs.reduce((n, [, count]) => n + count, 0));
  let at = 0;
  for (const [name, count] of runs) {
    codes.fill(dictionary.code(name), at, at + count);
    at += count;
  }
  return { kind: 'string', codes, dict: dictionary.finish().dict };
}
