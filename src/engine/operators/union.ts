/**
 * union: the rows of every leg, columns matched by name (kind=outer, the default).
 * withsource=C adds the contributing table's name; isfuzzy only matters for
 * legs that fail to resolve, which the binder rejects before evaluation.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import { nodeKind } from '../scalar.js';
import type { Table } from '../table.js';
import { nullOf, type Value } from '../values.js';
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
      // Each leg column goes to the output column of its name and type; a name the legs
      // type differently is split by the binder into `<name>_<type>` columns. When a leg
      // has a column literally named so, the binder numbers one of them (x_long1) in a way
      // not documented: refused.
      const sources: (Value[] | undefined)[] = output.map(() => undefined);
      for (const [k, c] of leg.columns.entries()) {
        let at = output.findIndex((o, i) => i !== sourceIndex && o.name === c.name && o.type === c.type);
        if (at < 0) {
          const typed = `${c.name}_${c.type}`;
          if (legs.some((other) => other.columns.some((o) => o.name === typed)))
            throw new Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
          at = output.findIndex((o, i) => i !== sourceIndex && o.name === typed && o.type === c.type);
        }
        if (at < 0 || sources[at] !== undefined)
          throw new Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
        sources[at] = leg.data[k]!;
      }
      return sources;
    });
    // One leg with rows (the other tables empty, as in most detections' union of two
    // sign-in tables): its columns are the output as they are, shared, not copied.
    const filled = legs.flatMap((leg, i) => (leg.rowCount > 0 ? [i] : []));
    if (filled.length === 1 && sourceIndex < 0) {
      const only = legs[filled[0]!]!;
      const sources = legSources[filled[0]!]!;
      if (sources.every((column) => column !== undefined && column.length === only.rowCount))
        return { columns: output, data: sources as Value[][], rowCount: only.rowCount };
    }
    const data: Value[][] = output.map(() => []);
    let rowCount = 0;
    for (const [legIndex, leg] of legs.entries()) {
      const sources = legSources[legIndex]!;
      sources.forEach((source, i) => {
        const target = data[i]!;
        const fill = i === sourceIndex ? (legNames[legIndex] as string) : nullOf(output[i]!.type);
        for (let r = 0; r < leg.rowCount; r++) target.push(source ? (source[r] as Value) : fill);
      });
      rowCount += leg.rowCount;
    }
    return { columns: output, data, rowCount };
  },
};

/** The table name withsource reports for a leg: a table's or view's own name, or the leg's final `as` name. */
function sourceName(leg: any, offset: number): string {
  const kind = leg ? nodeKind(leg) : '';
  if (kind === 'ParenthesizedExpression') return sourceName(leg.Expression, offset);
  if (kind === 'NameReference' && String(leg.ReferencedSymbol?.constructor?.$$name ?? '').endsWith('TableSymbol'))
    return String(leg.SimpleName).trim();
  // A let-bound view named as a leg: its name (union docs: `union withsource=TableName View_1, View_2`).
  if (kind === 'NameReference' && leg.ReferencedSymbol?.IsView === true) return String(leg.SimpleName).trim();
  if (kind === 'PipeExpression' && nodeKind(leg.Operator) === 'AsOperator') return String(leg.Operator.Name?.SimpleName).trim();
  throw new Unsupported('union withsource= over a leg that is not a table or `as` name', offset);
}
