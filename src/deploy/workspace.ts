/**
 * Planning and applying a deployment of analytic rules to one Sentinel
 * workspace, and reading its drift. The rule body is `export`'s
 * ({@link alertRuleProperties}); provenance is a `Microsoft.SecurityInsights/metadata`
 * resource per rule (kind AnalyticsRule, source SourceRepository = the repository).
 */
import { alertRuleProperties } from '../export/arm-template.js';
import { ArmError, type ArmClient } from '../lake/arm/client.js';
import type { SourceDocument } from '../load/source-document.js';
import { diffProperties, type PropertyChange } from './compare.js';

export const SECURITY_INSIGHTS_API_VERSION = '2024-09-01';

/** A detection that passed the static checks and can be deployed. */
export interface DeployableDetection {
  id: string;
  file: string;
  data: Record<string, unknown>;
  source: SourceDocument;
}

export interface WorkspaceRef {
  subscriptionId: string;
  resourceGroup: string;
  workspace: string;
}

export interface Provenance {
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** The commit deployed (GITHUB_SHA), when known. */
  commit?: string;
}

export type PlanAction = 'create' | 'update' | 'unchanged' | 'delete';

export interface PlanItem {
  action: PlanAction;
  /** Rule name (the detection id, lower case). */
  ruleId: string;
  detection?: DeployableDetection;
  /** Changed properties (update). */
  changes: PropertyChange[];
  /** The deployed rule's etag (update). */
  etag?: string;
  /** The metadata must be (re)written even when the rule is unchanged. */
  metadataStale?: boolean;
  /** Name of the deployed metadata resource (delete). */
  metadataName?: string;
}

export interface Plan {
  items: PlanItem[];
  /** Rules of this repository deployed with no detection (prune deletes them). */
  orphans: PlanItem[];
}

/** The workspace's Security Insights prefix. */
export function workspacePath(ref: WorkspaceRef): string {
  const e = encodeURIComponent;
  return `/subscriptions/${e(ref.subscriptionId)}/resourceGroups/${e(ref.resourceGroup)}/providers/Microsoft.OperationalInsights/workspaces/${e(ref.workspace)}/providers/Microsoft.SecurityInsights`;
}

const q = `?api-version=${SECURITY_INSIGHTS_API_VERSION}`;

export function ruleResourceId(ref: WorkspaceRef, ruleId: string): string {
  return `${workspacePath(ref)}/alertRules/${encodeURIComponent(ruleId)}`;
}

export function metadataName(ruleId: string): string {
  return `analyticrule-${ruleId}`;
}

/** Properties of `export`'s body that the stable 2024-09-01 API does not have (they came with 2023-12-01-preview). */
const PREVIEW_ONLY = ['subTechniques', 'sentinelEntitiesMappings'] as const;

/** Why the stable API cannot take this detection, or undefined. */
export function notDeployable(data: Record<string, unknown>): string | undefined {
  if (data.kind === 'NRT')
    return `NRT rules are not in the stable API ${SECURITY_INSIGHTS_API_VERSION} (only Scheduled); deploy it from the export template`;
  return undefined;
}

/** The alert-rule resource body lakeguard PUTs: `export`'s properties, less what the stable API lacks. */
export function ruleBody(data: Record<string, unknown>, etag?: string): Record<string, unknown> {
  const properties = alertRuleProperties(data);
  for (const key of PREVIEW_ONLY) delete properties[key];
  return { ...(etag ? { etag } : {}), kind: 'Scheduled', properties };
}

/** The metadata resource body: where the rule came from. */
export function metadataBody(ref: WorkspaceRef, detection: DeployableDetection, provenance: Provenance): Record<string, unknown> {
  const ruleId = detection.id.toLowerCase();
  return {
    properties: {
      contentId: ruleId,
      parentId: ruleResourceId(ref, ruleId),
      kind: 'AnalyticsRule',
      version: typeof detection.data.version === 'string' ? detection.data.version : '1.0.0',
      source: { kind: 'SourceRepository', name: provenance.repository },
      ...(provenance.commit ? { customVersion: provenance.commit } : {}),
    },
  };
}

interface Deployed {
  rules: Map<string, Record<string, unknown>>;
  metadata: Map<string, Record<string, unknown>>;
}

/** Rule id (lower case) a metadata resource of this repository points at, when it is ours. */
function ownRuleOf(item: Record<string, unknown>, provenance: Provenance): string | undefined {
  const p = item.properties as Record<string, unknown> | undefined;
  const source = p?.source as Record<string, unknown> | undefined;
  if (p?.kind !== 'AnalyticsRule' || source?.kind !== 'SourceRepository') return undefined;
  if (typeof source.name !== 'string' || source.name.toLowerCase() !== provenance.repository.toLowerCase()) return undefined;
  if (typeof p.parentId !== 'string') return undefined;
  return decodeURIComponent(p.parentId.split('/').pop() ?? '').toLowerCase() || undefined;
}

/** Read every rule and metadata item of the workspace (two paged lists). */
export async function readWorkspace(client: ArmClient, ref: WorkspaceRef): Promise<Deployed> {
  const base = workspacePath(ref);
  const [rules, metadata] = await Promise.all([client.list(`${base}/alertRules${q}`), client.list(`${base}/metadata${q}`)]);
  const byName = (items: Record<string, unknown>[]) =>
    new Map(items.filter((i) => typeof i.name === 'string').map((i) => [(i.name as string).toLowerCase(), i]));
  return { rules: byName(rules), metadata: byName(metadata) };
}

function metadataStale(existing: Record<string, unknown> | undefined, wanted: Record<string, unknown>): boolean {
  if (!existing) return true;
  const p = (existing.properties ?? {}) as Record<string, unknown>;
  const w = wanted.properties as Record<string, unknown>;
  return diffProperties({ parentId: w.parentId, kind: w.kind, version: w.version, source: w.source }, p).length > 0;
}

/** Compare each detection with what is deployed. */
export function planFrom(deployed: Deployed, detections: readonly DeployableDetection[], ref: WorkspaceRef, provenance: Provenance): Plan {
  const items: PlanItem[] = [];
  const wantedIds = new Set<string>();
  for (const detection of detections) {
    const ruleId = detection.id.toLowerCase();
    wantedIds.add(ruleId);
    items.push(planOne(deployed.rules.get(ruleId), deployed.metadata.get(metadataName(ruleId)), detection, ref, provenance));
  }
  const orphans: PlanItem[] = [];
  for (const [name, item] of deployed.metadata) {
    const ruleId = ownRuleOf(item, provenance);
    if (!ruleId || wantedIds.has(ruleId)) continue;
    const exists = deployed.rules.has(ruleId);
    orphans.push({ action: 'delete', ruleId, changes: [], metadataName: name, ...(exists ? {} : { metadataStale: true }) });
  }
  orphans.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
  return { items, orphans };
}

function planOne(
  rule: Record<string, unknown> | undefined,
  meta: Record<string, unknown> | undefined,
  detection: DeployableDetection,
  ref: WorkspaceRef,
  provenance: Provenance,
): PlanItem {
  const ruleId = detection.id.toLowerCase();
  const stale = metadataStale(meta, metadataBody(ref, detection, provenance));
  if (!rule) return { action: 'create', ruleId, detection, changes: [], metadataStale: true };
  const wanted = ruleBody(detection.data);
  const changes: PropertyChange[] = [];
  if (rule.kind !== wanted.kind) changes.push({ path: ['kind'], wanted: wanted.kind, deployed: rule.kind });
  changes.push(...diffProperties(wanted.properties as Record<string, unknown>, (rule.properties ?? {}) as Record<string, unknown>));
  const etag = typeof rule.etag === 'string' ? rule.etag : undefined;
  return { action: changes.length ? 'update' : 'unchanged', ruleId, detection, changes, ...(etag ? { etag } : {}), metadataStale: stale };
}

/** What happened to one plan item when applied. */
export interface ApplyOutcome {
  item: PlanItem;
  /** Set when the service refused or the request failed. */
  error?: ArmError | Error;
  /** The rule changed under us (412) and was re-read and re-planned. */
  replanned?: boolean;
}

/** Write the plan: PUT creates and updates (If-Match), metadata, and deletes when `prune`. Failures stay per item. */
export async function applyPlan(
  client: ArmClient,
  plan: Plan,
  ref: WorkspaceRef,
  provenance: Provenance,
  options: { prune: boolean; concurrency?: number },
): Promise<ApplyOutcome[]> {
  const work = [...plan.items, ...(options.prune ? plan.orphans : [])];
  const outcomes: ApplyOutcome[] = new Array(work.length);
  let next = 0;
  const worker = async () => {
    while (next < work.length) {
      const index = next++;
      const item = work[index]!;
      try {
        outcomes[index] = await applyOne(client, item, ref, provenance);
      } catch (error) {
        outcomes[index] = { item, error: error as Error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, work.length) }, worker));
  return outcomes;
}

async function applyOne(client: ArmClient, item: PlanItem, ref: WorkspaceRef, provenance: Provenance): Promise<ApplyOutcome> {
  const base = workspacePath(ref);
  if (item.action === 'delete') {
    if (!item.metadataStale) await client.delete(`${ruleResourceId(ref, item.ruleId)}${q}`);
    if (item.metadataName) await client.delete(`${base}/metadata/${encodeURIComponent(item.metadataName)}${q}`);
    return { item };
  }
  const detection = item.detection!;
  let replanned = false;
  let current = item;
  if (current.action === 'create' || current.action === 'update') {
    try {
      await client.put(`${ruleResourceId(ref, current.ruleId)}${q}`, ruleBody(detection.data, current.etag), current.etag);
    } catch (error) {
      if (!(error instanceof ArmError) || error.status !== 412) throw error;
      // The rule changed since it was read: read it again and plan this rule once more.
      replanned = true;
      const fresh = await client.get(`${ruleResourceId(ref, current.ruleId)}${q}`);
      const rule = fresh.status === 404 ? undefined : (fresh.body as Record<string, unknown>);
      if (rule && fresh.etag && typeof rule.etag !== 'string') rule.etag = fresh.etag;
      current = { ...planOne(rule, undefined, detection, ref, provenance), metadataStale: true };
      if (current.action !== 'unchanged')
        await client.put(`${ruleResourceId(ref, current.ruleId)}${q}`, ruleBody(detection.data, current.etag), current.etag);
    }
  }
  if (item.metadataStale || current.action !== 'unchanged') {
    await client.put(`${base}/metadata/${encodeURIComponent(metadataName(current.ruleId))}${q}`, metadataBody(ref, detection, provenance));
  }
  return { item: current, ...(replanned ? { replanned } : {}) };
}
