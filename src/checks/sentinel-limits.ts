/**
 * Microsoft Sentinel's own limits for analytic rules: query length, mapping and
 * detail counts, override formats, schedule bounds and trigger threshold.
 */
import { formatDuration, parseDuration } from '../util/duration.js';
import { defineCheck } from './check.js';
import { PLACEHOLDER } from './output-columns.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const MAX_QUERY_LENGTH = 10_000;
const DURATION_BOUNDS: readonly { path: readonly string[]; min: number; max: number }[] = [
  { path: ['queryFrequency'], min: 5 * MINUTE, max: 14 * DAY },
  { path: ['queryPeriod'], min: 5 * MINUTE, max: 14 * DAY },
  { path: ['suppressionDuration'], min: 5 * MINUTE, max: DAY },
  { path: ['incidentConfiguration', 'groupingConfiguration', 'lookbackDuration'], min: 5 * MINUTE, max: 7 * DAY },
];
const SCHEDULE_KEYS = ['queryFrequency', 'queryPeriod', 'triggerOperator', 'triggerThreshold'] as const;

/** True when the detection is an analytic rule rather than a hunting query. */
export function isAnalyticRule(data: Record<string, unknown>): boolean {
  // `kind` alone does not decide: some published hunting queries carry `kind: Scheduled`.
  return ['severity', 'queryFrequency', 'queryPeriod', 'triggerOperator', 'triggerThreshold'].some((key) => key in data);
}

function valueAt(data: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

export const sentinelLimitsCheck = defineCheck({
  name: 'sentinel-limits',
  rules: ['LG6001', 'LG6002', 'LG6003', 'LG6004', 'LG6005', 'LG6006', 'LG6007'],
  run(ctx) {
    const data = ctx.detection.data;
    if (typeof data.query === 'string' && data.query.length > MAX_QUERY_LENGTH) {
      ctx.report(
        'LG6001',
        ['query'],
        `The query is ${data.query.length.toLocaleString('en-US')} characters; Sentinel accepts at most ${MAX_QUERY_LENGTH.toLocaleString('en-US')}.`,
        { at: 'key' },
      );
    }

    if (Array.isArray(data.entityMappings)) {
      if (data.entityMappings.length === 0 || data.entityMappings.length > 10) {
        ctx.report(
          'LG6002',
          ['entityMappings'],
          `${data.entityMappings.length} entity mappings; Sentinel allows 1 to 10 (omit the key for none).`,
          { at: 'key' },
        );
      }
      data.entityMappings.forEach((mapping, m) => {
        const fields = (mapping as Record<string, unknown> | null)?.fieldMappings;
        if (Array.isArray(fields) && (fields.length === 0 || fields.length > 3)) {
          ctx.report(
            'LG6002',
            ['entityMappings', m, 'fieldMappings'],
            `${fields.length} field mappings; Sentinel allows 1 to 3 per entity.`,
            { at: 'key' },
          );
        }
      });
    }

    if (typeof data.customDetails === 'object' && data.customDetails !== null && !Array.isArray(data.customDetails)) {
      const count = Object.keys(data.customDetails).length;
      if (count > 20) ctx.report('LG6003', ['customDetails'], `${count} custom details; Sentinel allows at most 20.`, { at: 'key' });
    }

    const override = data.alertDetailsOverride as Record<string, unknown> | undefined;
    if (override && typeof override === 'object') {
      for (const [key, maxLength] of [
        ['alertDisplayNameFormat', 256],
        ['alertDescriptionFormat', 5000],
      ] as const) {
        const format = override[key];
        if (typeof format !== 'string') continue;
        const placeholders = [...format.matchAll(PLACEHOLDER)].length;
        if (placeholders > 3)
          ctx.report('LG6004', ['alertDetailsOverride', key], `${key} uses ${placeholders} placeholders; Sentinel allows at most 3.`);
        if (format.length > maxLength)
          ctx.report(
            'LG6004',
            ['alertDetailsOverride', key],
            `${key} is ${format.length} characters; Sentinel allows at most ${maxLength}.`,
          );
      }
    }

    for (const bound of DURATION_BOUNDS) {
      const raw = valueAt(data, bound.path);
      const ms = parseDuration(raw);
      if (raw === undefined) continue;
      if (ms === undefined) continue; // the schema check reports malformed durations
      if (ms < bound.min || ms > bound.max) {
        ctx.report(
          'LG6005',
          bound.path,
          `${bound.path.at(-1)} ${raw} is outside Sentinel's range ${formatDuration(bound.min)} to ${formatDuration(bound.max)}.`,
        );
      }
    }
    const frequency = parseDuration(data.queryFrequency);
    const period = parseDuration(data.queryPeriod);
    if (frequency !== undefined && period !== undefined && period < frequency) {
      ctx.report(
        'LG6005',
        ['queryPeriod'],
        `queryPeriod ${String(data.queryPeriod)} is shorter than queryFrequency ${String(data.queryFrequency)}: events between runs would never be queried.`,
      );
    }

    const threshold = data.triggerThreshold;
    if (typeof threshold === 'number' && (!Number.isInteger(threshold) || threshold < 0 || threshold > 10_000)) {
      ctx.report('LG6006', ['triggerThreshold'], `triggerThreshold ${threshold} must be an integer from 0 to 10,000.`);
    }

    if (!isAnalyticRule(data)) return;
    if (typeof data.kind === 'string' && data.kind.toLowerCase() === 'nrt') {
      for (const key of SCHEDULE_KEYS) {
        if (key in data)
          ctx.report('LG6007', [key], `NRT rules run every minute over new data; ${key} is ignored by Sentinel. Remove it.`, {
            level: 'warning',
            at: 'key',
          });
      }
    } else {
      const missing = SCHEDULE_KEYS.filter((key) => !(key in data));
      if (missing.length > 0) {
        const anchor = ['kind', 'severity', 'query'].find((key) => key in data);
        ctx.report('LG6007', anchor ? [anchor] : [], `This scheduled analytic rule lacks ${missing.join(', ')}.`, { at: 'key' });
      }
    }
  },
});
