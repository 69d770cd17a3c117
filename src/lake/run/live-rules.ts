/**
 * Rules for live-run outcomes (`lakeguard run`). Like the offline-test rules they
 * are not static checks, but SARIF, annotations and the docs need their ids.
 */
import type { RuleMeta } from '../../model/result.js';

export const LIVE_QUERY_ERROR = 'LG8001';
export const LIVE_RESULT_LIMIT = 'LG8002';
export const LIVE_ROW_BUDGET = 'LG8003';
export const LIVE_ENTITIES_MISSING = 'LG8004';
export const LIVE_ALERT_BUDGET = 'LG8005';

const rule = (id: string, name: string, title: string, help: string): [string, RuleMeta] => [
  id,
  { id, name, family: 'live', defaultLevel: 'error', title, help },
];

export const LIVE_RULES: ReadonlyMap<string, RuleMeta> = new Map<string, RuleMeta>([
  rule(
    LIVE_QUERY_ERROR,
    'live-query-ran',
    'The query runs on the lake',
    'The query could not be run to completion on the Sentinel data lake: throttled, timed out, refused, unauthorized, a partial failure, a malformed answer or the service’s own error. The message names the cause and the request id (x-ms-client-request-id) to quote to support. A partially failed result is never judged as if complete.',
  ),
  rule(
    LIVE_RESULT_LIMIT,
    'live-result-within-limits',
    'The result stays within its size limits',
    'The detection’s `limits` (maxRows, maxBytes, timeout) bound what one run may return; the lake also truncates at its own limits (E_QUERY_RESULT_SET_TOO_LARGE). A result over the limit is too large to act on: narrow the query or raise the limit. In a hunt this is a warning; with --gate it fails the detection.',
  ),
  rule(
    LIVE_ROW_BUDGET,
    'live-alert-volume',
    'The alert volume stays within budget',
    '`expect.rows` bounds how many rows (alerts) one run over the query period may produce: a noisy detection burns analyst time, and one that never fires may be broken. In a hunt this is a warning; with --gate it fails the detection.',
  ),
  rule(
    LIVE_ENTITIES_MISSING,
    'live-entities-surfaced',
    'Expected entities are surfaced',
    '`expect.entities` lists entities a live run must surface through the entity mappings, e.g. the account of an attack simulation. A missing one means the detection did not catch what it should. In a hunt this is a warning; with --gate it fails the detection.',
  ),
  rule(
    LIVE_ALERT_BUDGET,
    'backtest-alerts-per-day',
    'The backtested alert volume stays within budget',
    '`expect.alertsPerDay.max` bounds the alerts per day that `lakeguard backtest` estimates by replaying the rule’s schedule over a past range. A rule over budget would flood the incident queue: tighten it or raise the budget. A warning, or an error with --gate.',
  ),
]);
