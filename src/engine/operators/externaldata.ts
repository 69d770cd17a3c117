/**
 * externaldata (Schema) [uri, …]: rows from outside the workspace. Offline there is
 * no storage to read, so a test supplies the rows under the data key
 * `externaldata('<uri>')` (any of the operator's URIs), converted to the declared
 * schema when loaded; without them the operator is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { syntaxDescendants } from '../../kql/language-service.js';
import { Unsupported } from '../refusal.js';
import { listOf, nodeKind } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { nullOf } from '../values.js';
import { resultColumns } from './columns.js';
import type { TabularOperator } from './operator.js';

/** The data key under which a test supplies an externaldata source's rows. */
export function externalDataKey(uri: string): string {
  return `externaldata('${uri}')`;
}

/** The URIs an externaldata node reads (constant strings only). */
export function externalDataUris(node: any): string[] {
  return listOf(node.URIs)
    .map((e: any) => e.Element ?? e)
    .map((e: any) => e.ConstantValue ?? e.Token?.ValueText)
    .filter((v: unknown): v is string => typeof v === 'string');
}

/** Every externaldata node under `node`, with its declared columns. */
export function externalDataSources(node: any): { uris: string[]; columns: Column[] }[] {
  const found: { uris: string[]; columns: Column[] }[] = [];
  for (const n of syntaxDescendants(node))
    if (nodeKind(n) === 'ExternalDataExpression') found.push({ uris: externalDataUris(n), columns: resultColumns(n) });
  return found;
}

export const externalDataOperator: TabularOperator = {
  kind: 'ExternalDataExpression',
  keyword: 'externaldata',
  evaluate(node: any, _input, context) {
    const columns = resultColumns(node);
    const uris = externalDataUris(node);
    const supplied = uris.map((uri) => context.tables.get(externalDataKey(uri))).find((t) => t !== undefined);
    if (!supplied) {
      const key = uris[0] === undefined ? 'externaldata(…)' : externalDataKey(uris[0]);
      throw new Unsupported(`operator externaldata (a test can supply its rows under the data key ${key})`, node.TextStart);
    }
    // Declared columns in declared order; the loader already converted the rows to them.
    const data = columns.map((column) => {
      const at = supplied.columns.findIndex((c) => c.name === column.name);
      if (at >= 0 && supplied.columns[at]!.type === column.type) return supplied.data[at]!;
      if (at >= 0) throw new Unsupported(`externaldata column ${column.name} supplied as ${supplied.columns[at]!.type}`, node.TextStart);
      return new Array(supplied.rowCount).fill(nullOf(column.type));
    });
    return { columns, data, rowCount: supplied.rowCount } satisfies Table;
  },
};
