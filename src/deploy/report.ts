/**
 * The plan as text (like `terraform plan`) and as a Markdown table, and the
 * findings of drift and of failed deployments, each at the line of the YAML key
 * it concerns.
 */
import type { DeploymentItem, DeploymentSection, Finding } from '../model/result.js';
import type { ValuePath } from '../load/source-document.js';
import { propertyName, shortValue, type PropertyChange } from './compare.js';
import type { ApplyOutcome, DeployableDetection, Plan, PlanItem } from './workspace.js';

import { DEPLOY_FAILED_RULE, DRIFT_RULE, MISSING_RULE } from './rules.js';

const SIGN: Record<string, string> = { create: '+', update: '~', unchanged: '=', delete: '-' };

/** The detection's YAML key behind an alert-rule property path. */
export function yamlPathOf(path: readonly (string | number)[], data: Record<string, unknown>): ValuePath {
  const [head, ...rest] = path;
  switch (head) {
    case 'displayName':
      return ['name'];
    case 'alertRuleTemplateName':
      return ['id'];
    case 'templateVersion':
      return ['version'];
    case 'techniques':
    case 'subTechniques':
      return [data.subTechniques !== undefined && data.relevantTechniques === undefined ? 'subTechniques' : 'relevantTechniques'];
    default:
      return [head as string, ...rest];
  }
}

/** Where a finding about `path` goes: the key's line, else the nearest existing key, else the id. */
function at(detection: DeployableDetection, path: ValuePath): { line: number; column: number; endLine: number; endColumn: number } {
  const doc = detection.source;
  if (doc.node([path[0] as string]) === undefined) return doc.locate(['id'], 'key');
  return doc.locate(path, 'key');
}

function finding(ruleId: string, detection: DeployableDetection, path: ValuePath, message: string): Finding {
  const span = at(detection, path);
  return { ruleId, level: 'error', message, file: detection.file, ...span };
}

/** Drift findings of one detection's plan item (update = drift, create = missing). */
export function driftFindings(item: PlanItem, workspace: string): Finding[] {
  const detection = item.detection;
  if (!detection) return [];
  if (item.action === 'create')
    return [finding(MISSING_RULE, detection, ['id'], `The rule is not deployed in workspace ${workspace} (run lakeguard deploy).`)];
  if (item.action !== 'update') return [];
  return item.changes.map((change) =>
    finding(
      DRIFT_RULE,
      detection,
      yamlPathOf(change.path, detection.data),
      `Drift: ${propertyName(change.path)} is ${shortValue(change.deployed)} in workspace ${workspace}, the repository says ${shortValue(change.wanted)}.`,
    ),
  );
}

/** The finding of a detection whose deployment failed: the service's message at the `query:` line. */
export function failureFinding(outcome: ApplyOutcome): Finding | undefined {
  const detection = outcome.item.detection;
  if (!outcome.error || !detection) return undefined;
  return finding(DEPLOY_FAILED_RULE, detection, ['query'], `Not deployed: ${outcome.error.message}`);
}

function changeLines(changes: readonly PropertyChange[]): string[] {
  return changes.map((c) => `      ~ ${propertyName(c.path)}: ${shortValue(c.deployed, 60)} → ${shortValue(c.wanted, 60)}`);
}

/** Counts of the plan as `N to create, …`. */
export function planCounts(plan: Plan, prune: boolean): Record<'create' | 'update' | 'unchanged' | 'delete', number> {
  const counts = { create: 0, update: 0, unchanged: 0, delete: prune ? plan.orphans.length : 0 };
  for (const item of plan.items) counts[item.action as 'create' | 'update' | 'unchanged']++;
  return counts;
}

/** `terraform plan`-like text. */
export function planText(plan: Plan, prune: boolean): string {
  const lines: string[] = [];
  for (const item of plan.items) {
    const label = item.detection ? `${item.ruleId} (${item.detection.file})` : item.ruleId;
    lines.push(
      `  ${SIGN[item.action]} ${item.action.padEnd(9)} ${label}${item.action === 'unchanged' && item.metadataStale ? ' [metadata]' : ''}`,
    );
    lines.push(...changeLines(item.changes));
  }
  for (const item of plan.orphans)
    lines.push(
      prune ? `  - delete    ${item.ruleId} (detection gone)` : `  ! orphan    ${item.ruleId} (detection gone; --prune deletes it)`,
    );
  const c = planCounts(plan, prune);
  lines.push(`Plan: ${c.create} to create, ${c.update} to update, ${c.delete} to delete, ${c.unchanged} unchanged.`);
  return `${lines.join('\n')}\n`;
}

/** The plan as a Markdown table for the job summary. */
export function planMarkdown(plan: Plan, prune: boolean, title: string): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = [
    ...plan.items.map(
      (i) =>
        `| ${i.action} | ${esc(i.detection?.file ?? '')} | \`${i.ruleId}\` | ${esc(i.changes.map((c) => propertyName(c.path)).join(', '))} |`,
    ),
    ...plan.orphans.map((i) => `| ${prune ? 'delete' : 'orphan'} | | \`${i.ruleId}\` | detection gone |`),
  ];
  const c = planCounts(plan, prune);
  return [
    `## ${title}`,
    '',
    `${c.create} to create, ${c.update} to update, ${c.delete} to delete, ${c.unchanged} unchanged.`,
    '',
    '| Action | File | Rule | Changed properties |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** The plan (and, after a deploy, each write's outcome) as the JSON report's `deployment` section. */
export function deploymentSection(
  plan: Plan,
  options: {
    mode: DeploymentSection['mode'];
    prune: boolean;
    workspace: DeploymentSection['workspace'];
    repository: string;
    outcomes?: readonly ApplyOutcome[];
    writes: number;
  },
): DeploymentSection {
  const outcomeOf = new Map((options.outcomes ?? []).map((o) => [o.item, o]));
  const entry = (item: PlanItem, action: DeploymentItem['action']): DeploymentItem => {
    const outcome = outcomeOf.get(item);
    return {
      ruleId: item.ruleId,
      ...(item.detection ? { file: item.detection.file } : {}),
      action,
      changes: item.changes.map((c) => ({ property: propertyName(c.path), repository: c.wanted, deployed: c.deployed })),
      ...(outcome ? { outcome: outcome.error ? ('failed' as const) : ('ok' as const) } : {}),
      ...(outcome?.error ? { error: outcome.error.message } : {}),
      ...(outcome?.replanned ? { replanned: true } : {}),
    };
  };
  return {
    mode: options.mode,
    workspace: options.workspace,
    repository: options.repository,
    items: [
      ...plan.items.map((i) => entry(i, i.action)),
      ...plan.orphans.map((i) => entry(i, options.prune && options.mode !== 'drift' ? 'delete' : 'orphan')),
    ],
    writes: options.writes,
  };
}
