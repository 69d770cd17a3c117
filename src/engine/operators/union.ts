/**
 * union: the rows of every leg, columns matched by name (kind=outer, the default).
 * withsource=C adds the contributing table's name; isfuzzy only matters for
 * legs that fail to resolve, which the binder rejects before evaluation.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import { nodeKind } from '../scalar.js';
import { columnData, makeTable, type ColumnData, type Table } from '../table.js';
import { StringBuilder, materialize, vectorLength, type Vector } from '../vectors.js';
import { nullOf, type KustoType, type Value } from '../values.js';
import { expressions, namedParameters, resultColumns } from './columns.js';
import type { TabularOperator } from './operator.js';

export const unionOperator: TabularOperator = {
  kind: 'UnionOperator',
  keyword: 'union',
  evaluate(node: any, input, context) {
    let source: string | undefined;
    for (const { name, value } of namedParameters(node.Parameters)) {
      if (name.toLowerCase() === 'withsource') source = value;
      else if (!((name === 'kind' && value === 'outer') || (name === 'isfuzzy' && /^(true|false)$/i.test(value))))
        throw new Unsupported(`union ${name}=${value}`, node.TextStart);
    }
    const output = resultColumns(node);
    const legNodes: any[] = [...(input ? [node.Parent?.Expression] : []), ...expressions(node.Expressions)];
    const legs: Table[] = [...(input ? [input] : []), ...expressions(node.Expressions).map((e: any) => context.evaluateTabular(e))];
    // Check the total before copying any leg.
    context.budget.rows(
      legs.reduce((n, leg) => n + leg.rowCount, 0),
      node,
      'union',
    );
    const sourceIndex = source === undefined ? -1 : output.findIndex((c) => c.name === source);
    if (source !== undefined && sourceIndex < 0) throw new Unsupported(`union withsource=${source}`, node.TextStart);
    const legNames = source === undefined ? [] : legNodes.map((leg) => sourceName(leg, node.TextStart));
    const legSources = legs.map((leg) => {
      // Each output column takes the leg's column of the same name and type; a name the
      // legs type differently is split by the binder into `<name>_<type>` columns.
      const sources = output.map((column, i) => {
        if (i === sourceIndex) return undefined;
        const index = leg.columns.findIndex(
          (c) => (c.name === column.name || `${c.name}_${c.type}` === column.name) && c.type === column.type,
        );
        return index < 0 ? undefined : columnData(leg, index);
      });
      for (const c of leg.columns) {
        if (!output.some((o, i) => i !== sourceIndex && (o.name === c.name || o.name === `${c.name}_${c.type}`) && o.type === c.type)) {
          throw new Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
        }
      }
      return sources;
    });
    // One leg with rows (the other tables empty, as in most detections' union of two
    // sign-in tables): its columns are the output as they are, shared, not copied.
    const filled = legs.flatMap((leg, i) => (leg.rowCount > 0 ? [i] : []));
    if (filled.length === 1 && sourceIndex < 0) {
      const only = legs[filled[0]!]!;
      const sources = legSources[filled[0]!]!;
      const length = (column: ColumnData) => (Array.isArray(column) ? column.length : vectorLength(column));
      if (sources.every((column) => column !== undefined && length(column) === only.rowCount))
        return makeTable(output, sources as ColumnData[], only.rowCount);
    }
    // Column by column: one vector where the legs hold vectors of one kind, plain values otherwise.
    const rowCount = legs.reduce((n, leg) => n + leg.rowCount, 0);
    const columns = output.map((column, i): ColumnData => {
      if (i === sourceIndex) return sourceVector(legs, legNames);
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
  },
};

/** The table name withsource reports for a leg: a table's own name or the leg's final `as` name. */
function sourceName(leg: any, offset: number): string {
  const kind = leg ? nodeKind(leg) : '';
  if (kind === 'ParenthesizedExpression') return sourceName(leg.Expression, offset);
  if (kind === 'NameReference' && String(leg.ReferencedSymbol?.constructor?.$$name ?? '').endsWith('TableSymbol'))
    return String(leg.SimpleName).trim();
  if (kind === 'PipeExpression' && nodeKind(leg.Operator) === 'AsOperator') return String(leg.Operator.Name?.SimpleName).trim();
  throw new Unsupported('union withsource= over a leg that is not a table or `as` name', offset);
}

/**
 * Output column i as one vector: the legs' vectors of one kind end to end (strings recoded
 * into one dictionary), a leg without the column giving its nulls ('' for strings);
 * undefined when some leg holds the column as plain values.
 */
function concatenated(
  type: KustoType,
  legs: Table[],
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

/** The withsource column: each leg's name for each of its rows. */
function sourceVector(legs: Table[], names: string[]): Vector {
  const dictionary = new StringBuilder();
  const codes = new Int32Array(legs.reduce((n, leg) => n + leg.rowCount, 0));
  let at = 0;
  legs.forEach((leg, l) => {
    codes.fill(dictionary.code(names[l]!), at, at + leg.rowCount);
    at += leg.rowCount;
  });
  return { kind: 'string', codes, dict: dictionary.finish().dict };
}
