/**
 * lookup: extends each left row with the columns of the matching right rows
 * (kind=leftouter, the default, keeps unmatched left rows with nulls; kind=inner
 * drops them). Unlike join, the right side's key columns are not repeated: the
 * output is every left column, then the right columns other than the keys, as
 * the binder lists them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { Unsupported } from '../refusal.js';
import type { Table } from '../table.js';
import { nullOf, type Value } from '../values.js';
import { namedParameters, resultColumns } from './columns.js';
import { keyIndexes, keyOf } from './join.js';
import type { TabularOperator } from './operator.js';

export const lookupOperator: TabularOperator = {
  kind: 'LookupOperator',
  keyword: 'lookup',
  evaluate(node: any, input, context) {
    let kind = 'leftouter';
    for (const { name, value } of namedParameters(node.Parameters)) {
      if (name !== 'kind' || (value !== 'leftouter' && value !== 'inner')) throw new Unsupported(`lookup ${name}=${value}`, node.TextStart);
      kind = value;
    }
    const left = input as Table;
    const right = context.evaluateTabular(node.Expression);
    const { leftKeys, rightKeys } = keyIndexes(node, left, right, 'lookup');
    const offset = Number(node.TextStart);
    const output = resultColumns(node);
    const rightKept = right.columns.map((_, i) => i).filter((i) => !rightKeys.includes(i));
    if (output.length !== left.columns.length + rightKept.length)
      throw new Unsupported('lookup whose output columns do not map one to one', offset);

    const rightByKey = new Map<string, number[]>();
    for (let r = 0; r < right.rowCount; r++) {
      const k = keyOf(right, rightKeys, r, offset);
      const list = rightByKey.get(k) ?? [];
      list.push(r);
      rightByKey.set(k, list);
    }
    const pairs: [number, number | null][] = [];
    for (let l = 0; l < left.rowCount; l++) {
      const matches = rightByKey.get(keyOf(left, leftKeys, l, offset)) ?? [];
      for (const r of matches) pairs.push([l, r]);
      if (matches.length === 0 && kind === 'leftouter') pairs.push([l, null]);
      if (pairs.length > context.maxRows) throw new Unsupported('lookup beyond the row budget', offset);
    }
    const data: Value[][] = [
      ...left.columns.map((_, c) => pairs.map(([l]) => left.data[c]![l] as Value)),
      ...rightKept.map((c, i) =>
        pairs.map(([, r]) => (r === null ? nullOf(output[left.columns.length + i]!.type) : (right.data[c]![r] as Value))),
      ),
    ];
    return { columns: output, data, rowCount: pairs.length };
  },
};
