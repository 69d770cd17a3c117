/**
 * A detection as a deployable ARM template: one
 * `Microsoft.OperationalInsights/workspaces/providers/alertRules` resource of kind
 * Scheduled or NRT, with the workspace as the template's one parameter. Durations
 * become ISO 8601, trigger operators their API names, techniques split into
 * techniques and sub-techniques; lakeguard's own keys (limits, expect, tests) and
 * the content repository's metadata never reach the template.
 */
import { parseDuration } from '../util/duration.js';
import { triggerOperatorOf } from '../load/trigger.js';
import { isRecord } from '../util/records.js';

/** API version of the alert-rule resource: the first with subTechniques and sentinelEntitiesMappings. */
export const ALERT_RULE_API_VERSION = '2023-12-01-preview';

/** The API's name of each trigger operator. */
const API_OPERATORS = { gt: 'GreaterThan', lt: 'LessThan', eq: 'Equal', ne: 'NotEqual' } as const;

/** ISO 8601 duration (`PT5H`, `P1D`, `PT1H30M`) of a `5h` / `1d` / ISO duration. */
export function isoDuration(value: unknown): string | undefined {
  const ms = parseDuration(value);
  if (ms === undefined) return undefined;
  let seconds = Math.round(ms / 1000);
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** Why a detection cannot be exported, or undefined when it can. */
export function notExportable(data: Record<string, unknown>): string | undefined {
  const kind = typeof data.kind === 'string' ? data.kind : data.severity !== undefined ? 'Scheduled' : undefined;
  if (kind === undefined) return 'it is a hunting query (no kind or severity), not an analytic rule';
  if (kind !== 'Scheduled' && kind !== 'NRT') return `kind ${kind} is not exported (only Scheduled and NRT rules)`;
  for (const key of ['id', 'name', 'query', 'severity'])
    if (typeof data[key] !== 'string' || !(data[key] as string).trim()) return `it has no ${key}`;
  if (kind === 'Scheduled') {
    for (const key of ['queryFrequency', 'queryPeriod']) if (!isoDuration(data[key])) return `it has no valid ${key}`;
    if (!triggerOperatorOf(data.triggerOperator)) return 'it has no valid triggerOperator';
    if (!Number.isInteger(data.triggerThreshold)) return 'it has no valid triggerThreshold';
  }
  return undefined;
}

/** Techniques and sub-techniques as the API wants them: parents in one list, `Txxxx.yyy` in the other. */
function splitTechniques(data: Record<string, unknown>): { techniques: string[]; subTechniques: string[] } {
  const all = [
    ...(Array.isArray(data.relevantTechniques) ? data.relevantTechniques : []),
    ...(Array.isArray(data.subTechniques) ? data.subTechniques : []),
  ].filter((t): t is string => typeof t === 'string');
  const techniques = new Set<string>();
  const subTechniques = new Set<string>();
  for (const id of all) {
    const [parent, sub] = id.trim().toUpperCase().split('.');
    if (!parent) continue;
    techniques.add(parent);
    if (sub) subTechniques.add(`${parent}.${sub}`);
  }
  return { techniques: [...techniques], subTechniques: [...subTechniques] };
}

function incidentConfiguration(value: unknown): Record<string, unknown> {
  const given = isRecord(value) ? value : {};
  const grouping = isRecord(given.groupingConfiguration) ? given.groupingConfiguration : {};
  return {
    createIncident: typeof given.createIncident === 'boolean' ? given.createIncident : true,
    groupingConfiguration: {
      enabled: grouping.enabled === true,
      reopenClosedIncident: grouping.reopenClosedIncident === true,
      lookbackDuration: isoDuration(grouping.lookbackDuration) ?? 'PT5H',
      matchingMethod: typeof grouping.matchingMethod === 'string' ? grouping.matchingMethod : 'AllEntities',
      groupByEntities: Array.isArray(grouping.groupByEntities) ? grouping.groupByEntities : [],
      groupByAlertDetails: Array.isArray(grouping.groupByAlertDetails) ? grouping.groupByAlertDetails : [],
      groupByCustomDetails: Array.isArray(grouping.groupByCustomDetails) ? grouping.groupByCustomDetails : [],
    },
  };
}

/** The alert rule's `properties`, for a detection that {@link notExportable} accepts. */
export function alertRuleProperties(data: Record<string, unknown>): Record<string, unknown> {
  const kind = data.kind === 'NRT' ? 'NRT' : 'Scheduled';
  const { techniques, subTechniques } = splitTechniques(data);
  const properties: Record<string, unknown> = {
    displayName: data.name,
    description: typeof data.description === 'string' ? data.description.trim() : '',
    severity: data.severity,
    enabled: data.enabled !== false,
    query: data.query,
  };
  if (kind === 'Scheduled') {
    properties.queryFrequency = isoDuration(data.queryFrequency);
    properties.queryPeriod = isoDuration(data.queryPeriod);
    properties.triggerOperator = API_OPERATORS[triggerOperatorOf(data.triggerOperator)!];
    properties.triggerThreshold = data.triggerThreshold;
  }
  Object.assign(properties, {
    suppressionDuration: isoDuration(data.suppressionDuration) ?? 'PT5H',
    suppressionEnabled: data.suppressionEnabled === true,
    tactics: Array.isArray(data.tactics) ? data.tactics : [],
    techniques,
    subTechniques,
    alertRuleTemplateName: data.id,
    templateVersion: typeof data.version === 'string' ? data.version : '1.0.0',
    incidentConfiguration: incidentConfiguration(data.incidentConfiguration),
    eventGroupingSettings: isRecord(data.eventGroupingSettings) ? data.eventGroupingSettings : { aggregationKind: 'SingleAlert' },
  });
  for (const key of ['entityMappings', 'customDetails', 'alertDetailsOverride', 'sentinelEntitiesMappings']) {
    const value = data[key];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) properties[key] = value;
  }
  return properties;
}

/** A whole deployment template for one detection. */
export function armTemplate(data: Record<string, unknown>): Record<string, unknown> {
  const id = String(data.id).toLowerCase();
  return {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      workspace: { type: 'string', metadata: { description: 'Name of the Log Analytics workspace Microsoft Sentinel uses.' } },
    },
    resources: [
      {
        type: 'Microsoft.OperationalInsights/workspaces/providers/alertRules',
        apiVersion: ALERT_RULE_API_VERSION,
        name: `[concat(parameters('workspace'), '/Microsoft.SecurityInsights/', '${id}')]`,
        kind: data.kind === 'NRT' ? 'NRT' : 'Scheduled',
        properties: alertRuleProperties(data),
      },
    ],
  };
}
