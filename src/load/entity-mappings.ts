/**
 * A detection's `entityMappings`, read once into plain shapes: the entity type and
 * its field mappings. Malformed parts are skipped here; the schema check reports them.
 */
import { isRecord } from '../util/records.js';

/** An entity surfaced by one result row. */
export interface SurfacedEntity {
  type: string;
  identifiers: Record<string, string>;
}

/** Entities a test expects to see together in one result row. */
export type EntityGroup = SurfacedEntity[];

export interface EntityMapping {
  entityType: string;
  /** Field mappings with a string identifier; columnName is undefined when it is not text. */
  fields: { identifier: string; columnName: string | undefined }[];
}

/** The mappings that name an entity type, in order. */
export function entityMappingsOf(data: Record<string, unknown>): EntityMapping[] {
  const out: EntityMapping[] = [];
  for (const mapping of Array.isArray(data.entityMappings) ? data.entityMappings : []) {
    if (!isRecord(mapping) || typeof mapping.entityType !== 'string') continue;
    const fields: EntityMapping['fields'] = [];
    for (const field of Array.isArray(mapping.fieldMappings) ? mapping.fieldMappings : []) {
      if (!isRecord(field) || typeof field.identifier !== 'string') continue;
      fields.push({ identifier: field.identifier, columnName: typeof field.columnName === 'string' ? field.columnName : undefined });
    }
    out.push({ entityType: mapping.entityType, fields });
  }
  return out;
}

/** Columns the entity mappings read. */
export function entityColumnsOf(data: Record<string, unknown>): string[] {
  return [...new Set(entityMappingsOf(data).flatMap((m) => m.fields.flatMap((f) => (f.columnName ? [f.columnName] : []))))];
}
