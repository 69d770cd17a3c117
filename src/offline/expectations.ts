/**
 * Compares a test run's result with what the test expects: whether the rule
 * fires (its trigger operator and threshold applied to the row count), the row
 * count bounds, and the entities surfaced through the rule's entityMappings.
 * A failure explains itself: what was expected, what came out, and the first rows.
 */
import { serializeValue } from '../engine/serialize.js';
import type { Table } from '../engine/table.js';
import type { Value } from '../engine/values.js';
import { entityMappingsOf } from '../load/entity-mappings.js';
import type { EntityGroup, TestExpectation } from './test-spec.js';

/** An entity surfaced by one result row. */
export interface SurfacedEntity {
  type: string;
  identifiers: Record<string, string>;
}

type Trigger = { operator: 'gt' | 'lt' | 'eq' | 'ne'; threshold: number };

const OPERATOR_ALIASES: Readonly<Record<string, Trigger['operator']>> = {
  gt: 'gt',
  greaterthan: 'gt',
  lt: 'lt',
  lessthan: 'lt',
  eq: 'eq',
  equal: 'eq',
  ne: 'ne',
  notequal: 'ne',
};

const SYMBOL: Readonly<Record<Trigger['operator'], string>> = { gt: '>', lt: '<', eq: '=', ne: '≠' };

/** A triggerOperator as written (`gt`, `GreaterThan`, …) in short form, or undefined when it is none. */
export function triggerOperatorOf(value: unknown): Trigger['operator'] | undefined {
  return typeof value === 'string' ? OPERATOR_ALIASES[value.toLowerCase()] : undefined;
}

/** The rule's trigger; a detection without one (a hunting query) fires on any row. */
export function triggerOf(data: Record<string, unknown>): Trigger {
  const operator = triggerOperatorOf(data.triggerOperator);
  const threshold = typeof data.triggerThreshold === 'number' ? data.triggerThreshold : 0;
  return { operator: operator ?? 'gt', threshold: operator ? threshold : 0 };
}

export function fires(trigger: Trigger, rows: number): boolean {
  switch (trigger.operator) {
    case 'gt':
      return rows > trigger.threshold;
    case 'lt':
      return rows < trigger.threshold;
    case 'eq':
      return rows === trigger.threshold;
    case 'ne':
      return rows !== trigger.threshold;
  }
}

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

const entityText = (e: { type: string; identifiers: Record<string, string> }): string =>
  `${e.type}(${Object.entries(e.identifiers)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')})`;

export const groupText = (group: EntityGroup): string => group.map(entityText).join(' + ');

/** Does a row's entity list hold every entity of the group (identifiers compared exactly)? */
function rowMatches(group: EntityGroup, entities: readonly SurfacedEntity[], fold = false): boolean {
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

/** The first rows of a result, one JSON object per line, for failure messages. */
export function firstRows(table: Table, limit = 3): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(limit, table.rowCount); r++) {
    const row: Record<string, unknown> = {};
    table.columns.forEach((c, i) => (row[c.name] = serializeValue(table.data[i]![r] as Value, c.type)));
    let text = JSON.stringify(row);
    if (text.length > 400) text = `${text.slice(0, 400)}…`;
    lines.push(`  ${text}`);
  }
  if (table.rowCount > limit) lines.push(`  … ${table.rowCount - limit} more row(s)`);
  return lines;
}

/** Problems with a result, one line each; empty when the test passes. */
export function compareWithExpectation(expect: TestExpectation, data: Record<string, unknown>, table: Table): string[] {
  const problems: string[] = [];
  const rows = table.rowCount;
  if (expect.triggered !== undefined) {
    const trigger = triggerOf(data);
    const fired = fires(trigger, rows);
    if (fired !== expect.triggered) {
      const rule = `rows ${SYMBOL[trigger.operator]} ${trigger.threshold}`;
      problems.push(
        expect.triggered
          ? `expected the rule to fire (${rule}), but it returned ${rows} row(s)`
          : `expected the rule to stay quiet, but it fired (${rule}) with ${rows} row(s)`,
      );
    }
  }
  if (expect.rows) {
    const { min, max } = expect.rows;
    if (min !== undefined && rows < min) problems.push(`expected at least ${min} row(s), got ${rows}`);
    if (max !== undefined && rows > max) problems.push(`expected at most ${max} row(s), got ${rows}`);
  }
  if (expect.entities?.length) {
    const byRow = entitiesByRow(data, table);
    const missing = expect.entities.filter((group) => !surfaces(byRow, group));
    for (const group of missing) {
      const caseOnly = byRow.some((entities) => rowMatches(group, entities, true));
      problems.push(`missing entities: ${groupText(group)}${caseOnly ? ' (a row has them with different letter case)' : ''}`);
    }
    if (missing.length > 0) {
      const expected = new Set(expect.entities.flatMap((g) => g.map(entityText)));
      const surfaced = [...new Set(byRow.flat().map(entityText))];
      const unexpected = surfaced.filter((e) => !expected.has(e));
      if (surfaced.length === 0) problems.push('the result surfaced no entities');
      else if (unexpected.length > 0)
        problems.push(
          `unexpected entities: ${unexpected.slice(0, 10).join(', ')}${unexpected.length > 10 ? ` and ${unexpected.length - 10} more` : ''}`,
        );
    }
  }
  if (problems.length > 0 && rows > 0) problems.push('first rows:', ...firstRows(table));
  return problems;
}
