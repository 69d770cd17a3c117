/**
 * Judges a complete live answer: did the rule fire (its trigger on the row
 * count), is the answer within its limits, within the alert-volume budget of
 * `expect.rows`, and does it surface the entities `expect.entities` names?
 */
import type { Table } from '../../engine/table.js';
import type { Value } from '../../engine/values.js';
import { entitiesByRow, groupText, surfaces, type EntityGroup } from '../../engine/entities.js';
import { fires, triggerOf } from '../../load/trigger.js';
import { isRecord } from '../../util/records.js';
import type { EntityRecord } from '../../model/result.js';
import type { LakeResult } from '../client/index.js';
import { LIVE_ENTITIES_MISSING, LIVE_RESULT_LIMIT, LIVE_ROW_BUDGET } from './live-rules.js';
import type { Limits } from './plan.js';

export interface Breach {
  ruleId: string;
  /** Where in the detection the broken expectation is written. */
  path: (string | number)[];
  message: string;
}

export interface Judgement {
  fired: boolean;
  breaches: Breach[];
  entities: EntityRecord[];
}

/** A lake answer as an engine table (longs beyond 2^53 stay bigint, which only entity text needs). */
export function tableOfResult(result: LakeResult): Table {
  return {
    columns: result.columns.map((c) => ({ name: c.name, type: c.type })),
    data: result.columns.map((_, c) => result.rows.map((row) => row[c] as Value)),
    rowCount: result.rowCount,
  };
}

export function judge(data: Record<string, unknown>, result: LakeResult, limits: Limits): Judgement {
  const breaches: Breach[] = [];
  const fired = fires(triggerOf(data), result.rowCount);
  if (result.rowCount > limits.maxRows)
    breaches.push({
      ruleId: LIVE_RESULT_LIMIT,
      path: ['limits', 'maxRows'],
      message: `The run returned ${result.rowCount} rows, over the limit of ${limits.maxRows}.`,
    });
  if (result.bytes > limits.maxBytes)
    breaches.push({
      ruleId: LIVE_RESULT_LIMIT,
      path: ['limits', 'maxBytes'],
      message: `The answer was ${result.bytes} bytes, over the limit of ${limits.maxBytes}.`,
    });

  const expect = isRecord(data.expect) ? data.expect : {};
  if (isRecord(expect.rows)) {
    const { min, max } = expect.rows;
    if (typeof max === 'number' && result.rowCount > max)
      breaches.push({
        ruleId: LIVE_ROW_BUDGET,
        path: ['expect', 'rows', 'max'],
        message: `${result.rowCount} rows over the query period, above the budget of ${max}.`,
      });
    if (typeof min === 'number' && result.rowCount < min)
      breaches.push({
        ruleId: LIVE_ROW_BUDGET,
        path: ['expect', 'rows', 'min'],
        message: `${result.rowCount} rows over the query period, below the expected minimum of ${min}.`,
      });
  }

  const byRow = entitiesByRow(data, tableOfResult(result));
  const entities: EntityRecord[] = [];
  const seen = new Set<string>();
  for (const row of byRow) {
    for (const e of row) {
      const record: EntityRecord = { type: e.type, ...e.identifiers };
      const key = JSON.stringify(record);
      if (!seen.has(key)) {
        seen.add(key);
        entities.push(record);
      }
    }
  }
  if (Array.isArray(expect.entities)) {
    expect.entities.forEach((item, i) => {
      if (!isRecord(item)) return;
      const group: EntityGroup = Object.entries(item)
        .filter((e): e is [string, Record<string, unknown>] => isRecord(e[1]))
        .map(([type, ids]) => ({ type, identifiers: Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, String(v)])) }));
      if (!surfaces(byRow, group))
        breaches.push({
          ruleId: LIVE_ENTITIES_MISSING,
          path: ['expect', 'entities', i],
          message: `The run did not surface ${groupText(group)}.`,
        });
    });
  }
  return { fired, breaches, entities };
}
