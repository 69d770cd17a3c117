/**
 * How many alerts one evaluation of a scheduled rule raises, after Sentinel's
 * documented semantics (learn.microsoft.com, "Scheduled analytics rules in
 * Microsoft Sentinel", sections "Alert threshold" and "Event grouping"):
 * none unless the result count passes the trigger; one alert for all events
 * (`eventGroupingSettings.aggregationKind: SingleAlert`, the default); one per
 * result row with `AlertPerResult`, up to 150 per run — the docs say that past
 * 150 results the first 149 rows raise an alert each and the 150th summarizes
 * the rest, so a run never raises more than 150.
 */
import { fires, triggerOf } from '../load/trigger.js';
import { isRecord } from '../util/records.js';

/** Most alerts one run of a scheduled rule raises with "Trigger an alert for each event". */
export const ALERTS_PER_RUN_CAP = 150;

/** Does the rule raise one alert per result row? */
export function alertPerResult(data: Record<string, unknown>): boolean {
  const grouping = data.eventGroupingSettings;
  return isRecord(grouping) && typeof grouping.aggregationKind === 'string' && grouping.aggregationKind.toLowerCase() === 'alertperresult';
}

/** Alerts raised by one evaluation that returned `rows` rows. */
export function alertsOf(data: Record<string, unknown>, rows: number): number {
  if (!fires(triggerOf(data), rows)) return 0;
  return alertPerResult(data) ? Math.min(rows, ALERTS_PER_RUN_CAP) : 1;
}
