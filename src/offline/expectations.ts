/**
 * Compares a test run's result with what the test expects: whether the rule
 * fires (its trigger operator and threshold applied to the row count), the row
 * count bounds, and the entities surfaced through the rule's entityMappings.
 * A failure explains itself: what was expected, what came out, and the first rows.
 */
import { serializeValue, toJson } from '../engine/serialize.js';
import type { Table } from '../engine/table.js';
import type { Value } from '../engine/values.js';
import { entitiesByRow, entityText, groupText, rowMatches, surfaces } from '../engine/entities.js';
import { fires, TRIGGER_SYMBOL, triggerOf } from '../load/trigger.js';
import type { TestExpectation } from './test-spec.js';

/** The first rows of a result, one JSON object per line, for failure messages. */
export function firstRows(table: Table, limit = 3): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(limit, table.rowCount); r++) {
    const row: Record<string, unknown> = {};
    table.columns.forEach((c, i) => (row[c.name] = serializeValue(table.data[i]![r] as Value, c.type)));
    let text = toJson(row);
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
      const rule = `rows ${TRIGGER_SYMBOL[trigger.operator]} ${trigger.threshold}`;
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
