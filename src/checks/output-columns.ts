/**
 * Entity mappings, custom details and alert-override placeholders must name
 * columns the query really outputs, with types that suit them.
 */
import type { ValuePath } from '../load/source-document.js';
import { didYouMean } from '../util/text.js';
import { defineCheck, type CheckContext } from './check.js';
import { ENTITY_TYPES } from './data/entities.js';
import { isRecord } from '../util/records.js';

/** `{{Column}}` placeholders in an alert-override format. */
export const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

const OVERRIDE_FORMATS = ['alertDisplayNameFormat', 'alertDescriptionFormat'] as const;
const OVERRIDE_COLUMNS = ['alertSeverityColumnName', 'alertTacticsColumnName'] as const;

interface OutputColumns {
  types: ReadonlyMap<string, string>;
  /** An open result or a broken query: missing columns cannot be judged. */
  unreliable: boolean;
}

function outputColumns(ctx: CheckContext): OutputColumns | undefined {
  const analysis = ctx.query?.analysis;
  if (!analysis || analysis.kind !== 'Query') return undefined;
  const broken = analysis.diagnostics.some((d) => d.syntax || d.code === 'KS204' || d.code === 'KS211');
  const columns = analysis.columns ?? [];
  return { types: new Map(columns.map((c) => [c.name, c.type])), unreliable: broken || analysis.openResult || !analysis.columns };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export const outputColumnsCheck = defineCheck({
  name: 'output-columns',
  rules: ['LG3001', 'LG3002', 'LG3003', 'LG3004', 'LG3005', 'LG3006', 'LG3007', 'LG3008'],
  run(ctx) {
    const data = ctx.detection.data;
    const output = outputColumns(ctx);

    /** Report a column that is not in the output; returns its type when it is. */
    const requireColumn = (ruleId: string, path: ValuePath, column: unknown, owner = ''): string | undefined => {
      if (typeof column !== 'string' || !output) return undefined;
      const type = output.types.get(column);
      if (type !== undefined || output.unreliable) return type;
      ctx.report(
        ruleId,
        path,
        `${owner}Column '${column}' is not a column of the query's output.${didYouMean(column, output.types.keys())}${columnList(output)}`,
      );
      return undefined;
    };

    asArray(data.entityMappings).forEach((mapping, m) => {
      if (!isRecord(mapping)) return;
      const entityType = mapping.entityType;
      const info = typeof entityType === 'string' ? ENTITY_TYPES.get(entityType) : undefined;
      if (typeof entityType === 'string' && !info) {
        ctx.report(
          'LG3003',
          ['entityMappings', m, 'entityType'],
          `Unknown entity type '${entityType}'.${didYouMean(entityType, ENTITY_TYPES.keys())}`,
        );
      }
      const seen = new Set<string>();
      const identifiers: string[] = [];
      asArray(mapping.fieldMappings).forEach((field, f) => {
        if (!isRecord(field)) return;
        const path = ['entityMappings', m, 'fieldMappings', f];
        const identifier = field.identifier;
        const idInfo = info && typeof identifier === 'string' ? info.identifiers.find((i) => i.name === identifier) : undefined;
        if (info && typeof identifier === 'string') {
          if (!idInfo) {
            ctx.report(
              'LG3004',
              [...path, 'identifier'],
              `'${identifier}' is not an identifier of entity type ${info.name}.${didYouMean(
                identifier,
                info.identifiers.map((i) => i.name),
              )}`,
            );
          } else if (seen.has(identifier)) {
            ctx.report(
              'LG3008',
              [...path, 'identifier'],
              `Identifier '${identifier}' is mapped more than once in this ${info.name} mapping.`,
            );
          } else {
            identifiers.push(identifier);
          }
          seen.add(identifier);
        }
        const type = requireColumn('LG3001', [...path, 'columnName'], field.columnName);
        // Sentinel converts mapped values to text, and a dynamic column holding one value
        // (x[0], a.b) is the common idiom in published rules, so only scalar mismatches count.
        if (idInfo && type && type !== 'unknown' && type !== 'dynamic' && !idInfo.types.includes(type as never)) {
          ctx.report(
            'LG3002',
            [...path, 'columnName'],
            `Column '${String(field.columnName)}' is ${type}, but ${info?.name}.${idInfo.name} expects ${idInfo.types.join(' or ')}.`,
          );
        }
      });
      if (info && info.requiredSets.length > 0 && identifiers.length > 0) {
        const complete = info.requiredSets.some((set) => set.every((name) => identifiers.includes(name)));
        if (!complete) {
          const options = info.requiredSets.map((set) => set.join(' + ')).join(', or ');
          ctx.report(
            'LG3005',
            ['entityMappings', m, 'entityType'],
            `This ${info.name} mapping (${identifiers.join(', ')}) does not identify the entity; map ${options}.`,
          );
        }
      }
    });

    asArray(data.sentinelEntitiesMappings).forEach((mapping, m) => {
      if (isRecord(mapping)) requireColumn('LG3001', ['sentinelEntitiesMappings', m, 'columnName'], mapping.columnName);
    });

    if (isRecord(data.customDetails)) {
      for (const [key, column] of Object.entries(data.customDetails)) {
        requireColumn('LG3006', ['customDetails', key], column, `Custom detail '${key}': `);
      }
    }

    const override = data.alertDetailsOverride;
    if (isRecord(override)) {
      for (const key of OVERRIDE_FORMATS) {
        const format = override[key];
        if (typeof format !== 'string') continue;
        for (const match of format.matchAll(PLACEHOLDER)) {
          const column = match[1] as string;
          if (output && !output.unreliable && !output.types.has(column)) {
            const span = ctx.detection.source.locateInScalar(['alertDetailsOverride', key], match.index ?? 0, match[0].length);
            ctx.report(
              'LG3007',
              span,
              `Placeholder {{${column}}} in ${key} is not a column of the query's output.${didYouMean(column, output.types.keys())}`,
            );
          }
        }
      }
      for (const key of OVERRIDE_COLUMNS) requireColumn('LG3007', ['alertDetailsOverride', key], override[key], `${key}: `);
      asArray(override.alertDynamicProperties).forEach((property, p) => {
        if (isRecord(property))
          requireColumn('LG3007', ['alertDetailsOverride', 'alertDynamicProperties', p, 'value'], property.value, 'Dynamic property: ');
      });
    }
  },
});

function columnList(output: OutputColumns): string {
  const names = [...output.types.keys()];
  if (names.length === 0) return '';
  const shown = names.slice(0, 12).join(', ');
  return ` Output columns: ${shown}${names.length > 12 ? `, … (${names.length} in all)` : ''}.`;
}
