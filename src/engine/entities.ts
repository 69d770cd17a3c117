/**
 * Entities a result surfaces through a detection's entityMappings: per row, the
 * mapped identifiers as Sentinel would read them from the cells.
 */
import { entityMappingsOf, type EntityGroup, type SurfacedEntity } from '../load/entity-mappings.js';
import { serializeValue } from './serialize.js';
import type { Table } from './table.js';
import type { Value } from './values.js';

export type { EntityGroup, SurfacedEntity } from '../load/entity-mappings.js';

/** Text of a cell as Sentinel would put it into an entity identifier. */
function cellText(value: Value, type: Table['columns'][number]['type']): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const serialized = serializeValue(value, type);
  if (typeof serialized === 'string') return serialized;
  if (typeof serialized === 'bigint') return serialized.toString();
  // A long beyond 2^53 from the lake arrives as a bigint (inside dynamic values too).
  return JSON.stringify(serialized, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Entities of each result row, from the rule's entityMappings. */
export function entitiesByRow(data: Record<string, unknown>, table: Table): SurfacedEntity[][] {
  const mappings = entityMappingsOf(data);
  const columnIndex = new Map(table.columns.map((c, i) => [c.name, i]));
  const rows: SurfacedEntity[][] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const entities: SurfacedEntity[] = [];
    for (const { entityType, fields } of mappings) {
      const identifiers: Record<string, string> = {};
      for (const { identifier, columnName } of fields) {
        const c = columnName === undefined ? undefined : columnIndex.get(columnName);
        if (c === undefined) continue;
        const text = cellText(table.data[c]![r] as Value, table.columns[c]!.type);
        if (text !== undefined) identifiers[identifier] = text;
      }
      if (Object.keys(identifiers).length > 0) entities.push({ type: entityType, identifiers });
    }
    rows.push(entities);
  }
  return rows;
}

export const entityText = (e: { type: string; identifiers: Record<string, string> }): string =>
  `${e.type}(${Object.entries(e.identifiers)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')})`;

export const groupText = (group: EntityGroup): string => group.map(entityText).join(' + ');

/** Does a row's entity list hold every entity of the group (identifiers compared exactly)? */
export function rowMatches(group: EntityGroup, entities: readonly SurfacedEntity[], fold = false): boolean {
  const same = (a: string, b: string) => (fold ? a.toLowerCase() === b.toLowerCase() : a === b);
  return group.every((want) =>
    entities.some(
      (got) =>
        got.type === want.type &&
        Object.entries(want.identifiers).every(([id, v]) => got.identifiers[id] !== undefined && same(got.identifiers[id]!, v)),
    ),
  );
}

/** Does some row surface every entity of the group? */
export function surfaces(byRow: readonly SurfacedEntity[][], group: EntityGroup): boolean {
  return byRow.some((entities) => rowMatches(group, entities));
}
