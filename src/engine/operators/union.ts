/** union: the rows of every leg, columns matched by name (kind=outer, the default). */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import type { Table } from '../table.js';
import { nullOf, type Value } from '../values.js';
import { expressions, namedParameters, resultColumns } from './columns.js';
import type { TabularOperator } from './operator.js';

export const unionOperator: TabularOperator = {
  kind: 'UnionOperator',
  keyword: 'union',
  evaluate(node: any, input, context) {
    for (const { name, value } of namedParameters(node.Parameters)) {
      if (!(name === 'kind' && value === 'outer')) throw new Unsupported(`union ${name}=${value}`, node.TextStart);
    }
    const output = resultColumns(node);
    const legs: Table[] = [...(input ? [input] : []), ...expressions(node.Expressions).map((e: any) => context.evaluateTabular(e))];
    // Check the total before copying any leg.
    context.budget.rows(
      legs.reduce((n, leg) => n + leg.rowCount, 0),
      node,
      'union',
    );
    const data: Value[][] = output.map(() => []);
    let rowCount = 0;
    for (const leg of legs) {
      // Each output column takes the leg's column of the same name and type; a name the
      // legs type differently is split by the binder into `<name>_<type>` columns.
      const sources = output.map((column) => {
        const index = leg.columns.findIndex(
          (c) => (c.name === column.name || `${c.name}_${c.type}` === column.name) && c.type === column.type,
        );
        return index < 0 ? undefined : leg.data[index]!;
      });
      for (const c of leg.columns) {
        if (!output.some((o) => (o.name === c.name || o.name === `${c.name}_${c.type}`) && o.type === c.type)) {
          throw new Unsupported(`union of column ${c.name} whose output name is not known`, node.TextStart);
        }
      }
      sources.forEach((source, i) => {
        const target = data[i]!;
        for (let r = 0; r < leg.rowCount; r++) target.push(source ? (source[r] as Value) : nullOf(output[i]!.type));
      });
      rowCount += leg.rowCount;
    }
    return { columns: output, data, rowCount };
  },
};
