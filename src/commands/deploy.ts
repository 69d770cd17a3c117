/**
 * `lakeguard deploy` (and the shared run of `lakeguard drift`): the static
 * checks, then each sound analytic rule compared with the Sentinel workspace
 * over the management API and written only where it differs.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ConfigError, configPathFor, loadConfig } from '../load/config.js';
import { UsageError } from '../model/errors.js';
import {
  compareFindings,
  statusOf,
  totalsOf,
  type DeploymentSection,
  type DetectionResult,
  type Finding,
  type RunResult,
} from '../model/result.js';
import { MissingPathError } from '../pipeline/discover.js';
import { reportContext } from '../report/context.js';
import { REPORTERS } from '../report/reporters/index.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command, type CommandOutcome, type FlagSpec, type Io, type Surface } from './command.js';
import { internalErrorMessage, writeReport } from './detections.js';
import { CONFIG_FLAGS, FlagReader, PATHS, PUBLISH_FLAGS, SIGN_IN_FLAGS } from './flags.js';

export interface DeploySettings {
  command: 'deploy' | 'drift';
  paths: string[];
  root: string;
  configFile?: string | false;
  subscriptionId?: string;
  resourceGroup?: string;
  workspace?: string;
  armEndpoint?: string;
  plan: boolean;
  prune: boolean;
  repository?: string;
  commit?: string;
  tenantId?: string;
  clientId?: string;
  audience?: string;
  authorityHost?: string;
  format: 'console' | 'json' | 'none';
  jsonFile?: string;
  summaryFile?: string;
  debug: boolean;
  jobSummary?: boolean;
  annotations?: boolean;
  surface: 'cli' | 'action';
  env: NodeJS.ProcessEnv;
  /** Test hook: retry timing of the ARM client. */
  retry?: { baseDelayMs?: number; maxDelayMs?: number; maxAttempts?: number };
}

export const TARGET_FLAGS: readonly FlagSpec[] = [
  { name: 'subscription-id', type: 'string', value: 'ID', help: "the workspace's Azure subscription" },
  { name: 'resource-group', type: 'string', value: 'RG', help: "the workspace's resource group" },
  { name: 'workspace', type: 'string', value: 'NAME', help: 'the Log Analytics workspace Microsoft Sentinel uses' },
  {
    name: 'arm-endpoint',
    type: 'string',
    value: 'URL',
    default: 'https://management.azure.com',
    help: 'Azure Resource Manager endpoint (sovereign clouds, the emulator)',
  },
  {
    name: 'repository',
    type: 'string',
    value: 'OWNER/NAME',
    default: 'GITHUB_REPOSITORY',
    help: 'the provenance recorded and trusted by --prune',
  },
];

const OUTPUT_FLAGS: readonly FlagSpec[] = [
  { name: 'json', type: 'string', value: 'FILE', help: 'write the JSON report', input: 'json-file', group: 'Reports' },
  {
    name: 'summary',
    type: 'string',
    value: 'FILE',
    help: 'write the Markdown summary (with the plan table)',
    input: false,
    group: 'Reports',
  },
  {
    name: 'format',
    type: 'string',
    value: 'console|json|none',
    default: 'console',
    help: 'what to print on stdout',
    input: false,
    group: 'Reports',
  },
  { name: 'debug', type: 'boolean', help: 'stack traces for internal errors', group: 'Reports' },
];

const SIGN_IN = SIGN_IN_FLAGS.filter((f) => f.name !== 'scope');

export const DEPLOY_FLAGS: readonly FlagSpec[] = [
  ...TARGET_FLAGS,
  { name: 'plan', type: 'boolean', help: 'print the plan (create/update/delete/unchanged with changed properties) and write nothing' },
  { name: 'prune', type: 'boolean', help: 'delete rules whose metadata says they came from this repository and whose detection is gone' },
  ...CONFIG_FLAGS,
  ...OUTPUT_FLAGS,
  ...SIGN_IN,
  ...PUBLISH_FLAGS,
];

export const DRIFT_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, ...CONFIG_FLAGS, ...OUTPUT_FLAGS, ...SIGN_IN, ...PUBLISH_FLAGS];

export function deploySettings(
  command: 'deploy' | 'drift',
  reader: FlagReader,
  positionals: readonly string[],
  surface: Surface,
): DeploySettings {
  const action = surface.kind === 'action';
  return {
    command,
    paths: [...positionals],
    root: surface.root,
    configFile: reader.configFile(),
    subscriptionId: reader.string('subscription-id'),
    resourceGroup: reader.string('resource-group'),
    workspace: reader.string('workspace'),
    armEndpoint: reader.string('arm-endpoint'),
    plan: command === 'deploy' && reader.bool('plan'),
    prune: command === 'deploy' && reader.bool('prune'),
    repository: reader.string('repository'),
    commit: surface.env.GITHUB_SHA,
    tenantId: reader.string('tenant-id'),
    clientId: reader.string('client-id'),
    audience: reader.string('audience'),
    authorityHost: reader.string('authority-host'),
    format: reader.choice('format', ['console', 'json', 'none'] as const, 'console'),
    jsonFile: reader.string('json') ?? (action ? path.join(surface.env.RUNNER_TEMP || surface.root, 'lakeguard-report.json') : undefined),
    summaryFile: reader.string('summary'),
    debug: reader.bool('debug') || (action && surface.env.RUNNER_DEBUG === '1'),
    ...(action ? { jobSummary: reader.maybeBool('job-summary') ?? true, annotations: reader.maybeBool('annotations') ?? true } : {}),
    surface: surface.kind,
    env: surface.env,
  };
}

/** Run deploy or drift; never throws for bad input, configuration or service answers. */
export async function runDeployment(settings: DeploySettings, io: Io): Promise<CommandOutcome> {
  try {
    return await execute(settings, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError || error instanceof MissingPathError)
      return { exitCode: EXIT_USAGE, error: error.message };
    return { exitCode: EXIT_USAGE, error: internalErrorMessage(error, settings.debug) };
  }
}

async function execute(settings: DeploySettings, io: Io): Promise<CommandOutcome> {
  const { validateDetections } = await import('../pipeline/validate.js');
  const { loadDetectionFile, DEFAULT_MAX_FILE_BYTES } = await import('../load/load-detection.js');
  const { notExportable } = await import('../export/arm-template.js');
  const { ArmClient, ArmError, armScope, DEFAULT_ARM_ENDPOINT } = await import('../lake/arm/client.js');
  const { AuthError, createTokenProvider } = await import('../lake/auth/index.js');
  const ws = await import('../deploy/workspace.js');
  const rep = await import('../deploy/report.js');

  const configFile = await configPathFor(settings.root, settings.configFile);
  const config = await loadConfig(configFile, settings.root);
  const target = config.deploy ?? {};
  const ref = {
    subscriptionId: settings.subscriptionId ?? target.subscriptionId,
    resourceGroup: settings.resourceGroup ?? target.resourceGroup,
    workspace: settings.workspace ?? target.workspace,
  };
  const missing = (['subscriptionId', 'resourceGroup', 'workspace'] as const).filter((k) => !ref[k]);
  const flagOf = { subscriptionId: '--subscription-id', resourceGroup: '--resource-group', workspace: '--workspace' } as const;
  if (missing.length)
    throw new UsageError(
      `${settings.command} needs ${missing.map((k) => flagOf[k]).join(', ')} (or ${missing.map((k) => `deploy.${k}`).join(', ')} in lakeguard.yaml)`,
    );
  const workspaceRef = ref as { subscriptionId: string; resourceGroup: string; workspace: string };
  const repository = settings.repository ?? target.repository ?? settings.env.GITHUB_REPOSITORY;
  if (!repository)
    throw new UsageError(
      `${settings.command} needs the repository recorded as the rules' source: --repository OWNER/NAME, deploy.repository in lakeguard.yaml, or GITHUB_REPOSITORY`,
    );
  const provenance = { repository, ...(settings.commit ? { commit: settings.commit } : {}) };
  const endpoint = settings.armEndpoint ?? target.armEndpoint ?? DEFAULT_ARM_ENDPOINT;

  // Static checks first: a detection with an error finding is never deployed.
  const { result } = await validateDetections({
    paths: settings.paths.length ? settings.paths : (config.paths ?? ['detections']),
    root: settings.root,
    config,
  });
  const results: DetectionResult[] = result.results.map((r) => ({ ...r, findings: [...r.findings], tests: [...r.tests] }));
  const deployable = [];
  let refused = 0;
  for (const entry of results) {
    if (entry.findings.some((f) => f.level === 'error')) {
      refused++;
      continue;
    }
    const { detection } = await loadDetectionFile(path.resolve(settings.root, entry.file), entry.file, {
      maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    });
    if (!detection || notExportable(detection.data)) continue;
    const why = ws.notDeployable(detection.data);
    if (why) {
      io.err(`- ${entry.file}: not deployed, ${why}\n`);
      continue;
    }
    deployable.push({ id: String(detection.data.id), file: entry.file, data: detection.data, source: detection.source });
  }

  // The sign-in chain with the ARM scope; LAKEGUARD_ARM_TOKEN is a ready token for it.
  const env: NodeJS.ProcessEnv = { ...settings.env, LAKEGUARD_TOKEN: settings.env.LAKEGUARD_ARM_TOKEN ?? '' };
  const provider = createTokenProvider(
    {
      tenantId: settings.tenantId ?? config.lake?.tenantId,
      clientId: settings.clientId ?? config.lake?.clientId,
      audience: settings.audience ?? config.lake?.audience,
      scope: armScope(endpoint),
      authorityHost: settings.authorityHost ?? config.lake?.authorityHost,
    },
    env,
  );
  if (provider.kind === 'none')
    throw new UsageError(
      `${settings.command} needs credentials for Azure Resource Manager: ${provider.message.replace(/LAKEGUARD_TOKEN/g, 'LAKEGUARD_ARM_TOKEN')}`,
    );
  try {
    await provider.getToken();
  } catch (error) {
    if (error instanceof AuthError) throw new UsageError(error.message.replace(/LAKEGUARD_TOKEN/g, 'LAKEGUARD_ARM_TOKEN'));
    throw error;
  }
  let client;
  try {
    client = new ArmClient({ endpoint, token: () => provider.getToken(), ...settings.retry });
  } catch (error) {
    if (error instanceof ArmError) throw new UsageError(`--arm-endpoint: ${error.message}`);
    throw error;
  }
  const byFile = new Map(results.map((r) => [r.file, r]));
  const addFinding = (f: Finding) => byFile.get(f.file)?.findings.push(f);
  let text = '';
  let markdown = '';
  let failedDeploys = 0;
  let writes = 0;
  let deployment: DeploymentSection | undefined;
  try {
    let deployed;
    try {
      deployed = await ws.readWorkspace(client, workspaceRef);
    } catch (error) {
      if (error instanceof ArmError)
        return {
          exitCode: EXIT_FAILED,
          failure: `lakeguard ${settings.command}: cannot read workspace ${workspaceRef.workspace}: ${error.message}`,
          error: `cannot read workspace ${workspaceRef.workspace}: ${error.message}`,
        };
      throw error;
    }
    const plan = ws.planFrom(deployed, deployable, workspaceRef, provenance);
    if (settings.command === 'drift') {
      for (const item of plan.items) for (const f of rep.driftFindings(item, workspaceRef.workspace)) addFinding(f);
      const orphanLines = plan.orphans.map(
        (o) => `✗ ${o.ruleId}: deployed from ${repository} but no detection has this id (lakeguard deploy --prune deletes it)`,
      );
      text = `${orphanLines.map((l) => `${l}\n`).join('')}`;
      failedDeploys = plan.orphans.length;
      markdown = rep.planMarkdown(plan, false, `Drift of workspace ${workspaceRef.workspace}`);
      deployment = rep.deploymentSection(plan, { mode: 'drift', prune: false, workspace: workspaceRef, repository, writes: 0 });
    } else if (settings.plan) {
      text = rep.planText(plan, settings.prune);
      markdown = rep.planMarkdown(plan, settings.prune, `Deployment plan for workspace ${workspaceRef.workspace}`);
      deployment = rep.deploymentSection(plan, { mode: 'plan', prune: settings.prune, workspace: workspaceRef, repository, writes: 0 });
    } else {
      const outcomes = await ws.applyPlan(client, plan, workspaceRef, provenance, { prune: settings.prune });
      const lines: string[] = [];
      for (const outcome of outcomes) {
        const f = rep.failureFinding(outcome);
        if (f) {
          failedDeploys++;
          addFinding(f);
          lines.push(`✗ ${outcome.item.ruleId}: ${outcome.error!.message}`);
        } else if (outcome.error) {
          failedDeploys++;
          lines.push(`✗ delete ${outcome.item.ruleId}: ${outcome.error.message}`);
        } else if (outcome.item.action !== 'unchanged' || outcome.replanned) {
          lines.push(
            `✓ ${outcome.item.action === 'create' ? 'created' : outcome.item.action === 'delete' ? 'deleted' : outcome.item.action === 'update' ? 'updated' : 'unchanged'} ${outcome.item.ruleId}${outcome.replanned ? ' (changed under us: re-read and re-planned)' : ''}`,
          );
        }
      }
      writes = (client.sent.PUT ?? 0) + (client.sent.DELETE ?? 0);
      text = `${rep.planText(plan, settings.prune)}${lines.map((l) => `${l}\n`).join('')}${writes} write request(s).\n`;
      markdown = rep.planMarkdown(plan, settings.prune, `Deployment to workspace ${workspaceRef.workspace}`);
      deployment = rep.deploymentSection(plan, {
        mode: 'apply',
        prune: settings.prune,
        workspace: workspaceRef,
        repository,
        outcomes,
        writes,
      });
    }
  } finally {
    await client.close();
  }
  for (const r of results) {
    r.findings.sort(compareFindings);
    r.status = statusOf(r.findings, r.tests);
  }
  const run: RunResult = {
    ...result,
    command: settings.command,
    results,
    totals: totalsOf(results),
    ...(deployment ? { deployment } : {}),
  };
  const context = reportContext({ root: settings.root });
  if (settings.format === 'console') io.out(`${REPORTERS.get('console')!(run, context)}\n${text}`);
  else if (settings.format === 'json') io.out(`${REPORTERS.get('json')!(run, context)}\n`);
  if (settings.jsonFile) await writeReport(settings.root, settings.jsonFile, REPORTERS.get('json')!(run, context));
  const summary = `${markdown}\n${REPORTERS.get('markdown')!(run, context)}`;
  if (settings.summaryFile) await writeReport(settings.root, settings.summaryFile, summary);
  if (settings.surface === 'action' && settings.jobSummary !== false && settings.env.GITHUB_STEP_SUMMARY)
    await fs.appendFile(settings.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
  const failed = refused > 0 || failedDeploys > 0 || run.totals.findings.error > 0;
  return {
    exitCode: failed ? EXIT_FAILED : EXIT_OK,
    result: run,
    outputs: { writes },
    ...(failed
      ? {
          failure:
            settings.command === 'drift'
              ? `lakeguard drift: workspace ${workspaceRef.workspace} differs from the repository.`
              : `lakeguard deploy: ${refused} detection(s) with errors not deployed, ${failedDeploys} failed to deploy.`,
        }
      : {}),
  };
}

export const deployCommand: Command<DeploySettings> = {
  name: 'deploy',
  summary: 'deploy analytic rules to a Sentinel workspace (only what differs)',
  description:
    'Runs the static checks, then compares each sound analytic rule (the body export writes) with the workspace over the ' +
    'management API (Microsoft.SecurityInsights/alertRules, 2024-09-01) and creates or updates only what differs (PUT with ' +
    'If-Match), recording provenance in a metadata resource. --plan prints the plan and writes nothing; --prune deletes rules ' +
    "this repository deployed whose detection is gone. Defaults come from lakeguard.yaml's deploy: section.",
  flags: DEPLOY_FLAGS,
  positionals: [PATHS],
  inAction: true,
  settings: (values, positionals, surface) => deploySettings('deploy', new FlagReader(values, surface, DEPLOY_FLAGS), positionals, surface),
  run: runDeployment,
};
