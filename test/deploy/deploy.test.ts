/**
 * deploy, --plan, --prune and drift end to end against the emulator's
 * management API over loopback: requests counted on the server.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { parseCommandArgs } from '../../src/commands/parse.js';
import type { CommandOutcome, Surface } from '../../src/commands/command.js';
import type { DeploySettings } from '../../src/commands/deploy.js';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/server.js';
import type { ManagementFault } from '../../src/lake/emulator/management.js';
import { parseDuration } from '../../src/util/duration.js';

const TOKEN = 'arm-secret-token-1234567890';
const REPO = 'contoso/detections';
const SOURCE = path.resolve(__dirname, '../../detections');
const TARGET = ['--subscription-id', 'sub-1', '--resource-group', 'rg-sec', '--workspace', 'ws-prod'];

let emulator: RunningEmulator;
let root: string;
let fault: ((r: { index: number; method: string; path: string; body: unknown }) => ManagementFault | undefined) | undefined;
let refuse: ((q: string) => string | undefined) | undefined;

async function copyDetections(): Promise<void> {
  await fs.rm(root, { recursive: true, force: true });
  await fs.cp(SOURCE, path.join(root, 'detections'), { recursive: true });
}

async function run(name: 'deploy' | 'drift', args: string[], env: NodeJS.ProcessEnv = {}) {
  const command = COMMANDS.get(name)!;
  const { values, positionals } = parseCommandArgs(command, [...args, ...TARGET, '--arm-endpoint', emulator.url, '--no-config']);
  const surface: Surface = {
    kind: 'cli',
    root,
    env: { LAKEGUARD_ARM_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_SHA: 'abc123', ...env },
    isTty: false,
  };
  const settings = command.settings(values, positionals, surface) as DeploySettings;
  settings.retry = { baseDelayMs: 5, maxDelayMs: 20 };
  let out = '';
  let err = '';
  const outcome = (await command.run(settings, { out: (t) => (out += t), err: (t) => (err += t) })) as CommandOutcome;
  return { outcome, out, err };
}

function writes(): number {
  return emulator.management.writes;
}

function ruleIds(): string[] {
  return [...emulator.management.resources.values()]
    .filter((r) => r.type.endsWith('alertRules'))
    .map((r) => r.name)
    .sort();
}

beforeAll(async () => {
  emulator = await startEmulator({
    token: TOKEN,
    warmUp: false,
    management: { pageSize: 3, faults: (r) => fault?.(r), refuseQuery: (q) => refuse?.(q) },
  });
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lakeguard-deploy-'));
});

afterAll(async () => {
  await emulator.close();
  await fs.rm(root, { recursive: true, force: true });
});

beforeEach(async () => {
  fault = undefined;
  refuse = undefined;
  emulator.management.resources.clear();
  emulator.management.writes = 0;
  for (const k of Object.keys(emulator.management.counts)) delete emulator.management.counts[k];
  await copyDetections();
});

describe('deploy', () => {
  it('--plan writes nothing and lists seven creates', async () => {
    const { outcome, out } = await run('deploy', ['--plan']);
    expect(outcome.exitCode).toBe(0);
    expect(writes()).toBe(0);
    expect(emulator.management.counts.PUT ?? 0).toBe(0);
    expect(out).toContain('Plan: 7 to create, 0 to update, 0 to delete, 0 unchanged.');
  });

  it('creates seven rules and their metadata, then a second deploy makes zero writes', async () => {
    const first = await run('deploy', []);
    expect(first.outcome.exitCode, first.out + first.err).toBe(0);
    expect(ruleIds()).toHaveLength(7);
    expect(emulator.management.counts.PUT).toBe(14);
    const meta = [...emulator.management.resources.values()].filter((r) => r.type.endsWith('metadata'));
    expect(meta).toHaveLength(7);
    const m = meta[0]!.properties as { kind?: string; source?: unknown; customVersion?: string; parentId?: string };
    expect(m.kind).toBe('AnalyticsRule');
    expect(m.source).toEqual({ kind: 'SourceRepository', name: REPO });
    expect(m.customVersion).toBe('abc123');
    expect(m.parentId).toMatch(/\/workspaces\/ws-prod\/providers\/Microsoft\.SecurityInsights\/alertRules\/[0-9a-f-]{36}$/);
    const before = { ...emulator.management.counts };
    const second = await run('deploy', []);
    expect(second.outcome.exitCode).toBe(0);
    expect((emulator.management.counts.PUT ?? 0) - (before.PUT ?? 0)).toBe(0);
    expect((emulator.management.counts.DELETE ?? 0) - (before.DELETE ?? 0)).toBe(0);
    expect(second.out).toContain('Plan: 0 to create, 0 to update, 0 to delete, 7 unchanged.');
    expect(second.out).toContain('0 write request(s).');
  });

  it('semantic comparison: an equal duration, reordered tactics and absent defaults are no change', async () => {
    await run('deploy', []);
    const id = [...emulator.management.resources.keys()].find((k) => k.includes('/alertrules/'))!;
    emulator.management.edit(id, (p) => {
      p.queryFrequency = `PT${parseDuration(p.queryFrequency)! / 60_000}M`;
      p.queryPeriod = `PT${parseDuration(p.queryPeriod)! / 1000}S`;
      (p.tactics as string[]).reverse();
      p.tactics = (p.tactics as string[]).map((t) => t.toLowerCase());
      delete p.suppressionEnabled;
      delete p.subTechniques;
    });
    const w = writes();
    const { out } = await run('deploy', ['--plan']);
    expect(out).toContain('7 unchanged');
    expect(writes()).toBe(w);
  });

  it('an edit behind its back shows in drift at the YAML line and is undone by deploy (If-Match)', async () => {
    await run('deploy', []);
    const file = path.join(root, 'detections', 'brute-force-signin.yaml');
    const text = await fs.readFile(file, 'utf8');
    const id = /^id:\s*(\S+)/m.exec(text)![1]!.toLowerCase();
    const key = [...emulator.management.resources.keys()].find((k) => k.endsWith(`/alertrules/${id}`))!;
    emulator.management.edit(key, (p) => {
      p.queryFrequency = 'PT7H';
      p.enabled = false;
    });
    const drift = await run('drift', ['--format', 'json']);
    expect(drift.outcome.exitCode).toBe(1);
    const findings = drift.outcome.result!.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'LG7101');
    const lines = text.split('\n');
    const lineOf = (k: string) => lines.findIndex((l) => l.startsWith(`${k}:`)) + 1;
    const freq = findings.find((f) => f.message.includes('queryFrequency'))!;
    expect(freq.file).toBe('detections/brute-force-signin.yaml');
    expect(freq.line).toBe(lineOf('queryFrequency'));
    expect(freq.message).toContain('"PT7H"');
    const enabled = findings.find((f) => f.message.includes('enabled'))!;
    // `enabled` absent from the YAML: the finding points at the id line.
    expect(enabled.line).toBe(lineOf('enabled') || lineOf('id'));
    expect(findings).toHaveLength(2);

    const plan = await run('deploy', ['--plan']);
    expect(plan.out).toMatch(/~ update\s+[0-9a-f-]+ \(detections\/brute-force-signin\.yaml\)/);
    expect(plan.out).toContain('~ queryFrequency: "PT7H" →');
    const puts = emulator.management.counts.PUT ?? 0;
    const fix = await run('deploy', []);
    expect(fix.outcome.exitCode).toBe(0);
    expect((emulator.management.counts.PUT ?? 0) - puts).toBe(2); // the rule (If-Match) and its metadata
    const again = await run('drift', []);
    expect(again.outcome.exitCode).toBe(0);
  });

  it('412: the rule changed between read and write; it is re-read and re-planned once', async () => {
    await run('deploy', []);
    const key = [...emulator.management.resources.keys()].find((k) => k.includes('/alertrules/'))!;
    emulator.management.edit(key, (p) => (p.severity = 'Informational'));
    let injected = false;
    fault = (r) => {
      if (r.method === 'PUT' && r.path.toLowerCase().includes('/alertrules/') && !injected) {
        injected = true;
        return { kind: 'etag-changed' };
      }
      return undefined;
    };
    const { outcome, out } = await run('deploy', []);
    expect(outcome.exitCode, out).toBe(0);
    expect(out).toContain('re-read and re-planned');
    expect(emulator.management.counts.GET).toBeGreaterThan(0);
    expect((emulator.management.resources.get(key)!.properties as { severity: string }).severity).not.toBe('Informational');
  });

  it('--prune deletes only rules whose metadata names this repository', async () => {
    await run('deploy', []);
    // One rule's metadata names another repository, another rule has no metadata at all.
    const idOf = async (name: string) =>
      /^id:\s*(\S+)/m.exec(await fs.readFile(path.join(root, 'detections', name), 'utf8'))![1]!.toLowerCase();
    const foreignId = await idOf('beaconing-hourly.yaml');
    const bareId = await idOf('credential-dumping-tools.yaml');
    const metaKey = (id: string) => [...emulator.management.resources.keys()].find((k) => k.endsWith(`/metadata/analyticrule-${id}`))!;
    emulator.management.edit(metaKey(foreignId), (p) => ((p.source as { name: string }).name = 'other/repo'));
    emulator.management.resources.delete(metaKey(bareId));
    // This repository drops four detections: two of its own, the foreign one, the bare one.
    for (const f of [
      'unusual-signin-country.yaml',
      'lateral-movement-internal.yaml',
      'beaconing-hourly.yaml',
      'credential-dumping-tools.yaml',
    ])
      await fs.rm(path.join(root, 'detections', f));
    const plan = await run('deploy', ['--plan', '--prune']);
    expect(plan.out).toContain('2 to delete');
    const drift = await run('drift', []);
    expect(drift.outcome.exitCode).toBe(1);
    expect(drift.out.match(/but no detection has this id/g)).toHaveLength(2);
    // The JSON report lists them too, with no file, as orphans.
    const orphans = drift.outcome.result!.deployment!.items.filter((i) => i.action === 'orphan');
    expect(orphans.map((o) => o.file)).toEqual([undefined, undefined]);
    expect(drift.outcome.result!.deployment!.mode).toBe('drift');
    const before = ruleIds();
    const pruned = await run('deploy', ['--prune']);
    expect(pruned.outcome.exitCode, pruned.out).toBe(0);
    const deleted = pruned.outcome.result!.deployment!.items.filter((i) => i.action === 'delete');
    expect(deleted.map((d) => d.outcome)).toEqual(['ok', 'ok']);
    expect(pruned.outcome.result!.deployment!.writes).toBe(4);
    const after = ruleIds();
    expect(before.length - after.length).toBe(2);
    expect(after).toContain(foreignId);
    expect(after).toContain(bareId);
    expect(after).not.toContain(await Promise.resolve(before.find((id) => !after.includes(id))));
    const second = await run('deploy', ['--prune']);
    expect(second.out).toContain('0 to delete');
  });

  it('never deletes a rule without our provenance', async () => {
    await run('deploy', [], { GITHUB_REPOSITORY: 'someone/else' });
    await fs.rm(path.join(root, 'detections', 'unusual-signin-country.yaml'));
    const { out } = await run('deploy', ['--prune']);
    expect(out).toContain('0 to delete');
    expect(ruleIds()).toHaveLength(7);
  });

  it('an ARM 400 on one rule fails that detection at its query line; the others deploy', async () => {
    refuse = (q) =>
      q.includes('DeviceProcessEvents')
        ? "Failed to run the analytics rule query. One of the tables does not exist: 'DeviceProcessEvents'."
        : undefined;
    const { outcome, out } = await run('deploy', ['--format', 'json']);
    expect(outcome.exitCode).toBe(1);
    const failed = outcome.result!.results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'LG7001');
    expect(failed.length).toBeGreaterThan(0);
    // The report's deployment section says which writes failed and why, and that the rest went through.
    const items = outcome.result!.deployment!.items;
    expect(items.filter((i) => i.outcome === 'failed').map((i) => i.file)).toEqual(failed.map((f) => f.file));
    expect(items.find((i) => i.outcome === 'failed')!.error).toContain("does not exist: 'DeviceProcessEvents'");
    expect(items.filter((i) => i.outcome === 'ok').length).toBe(items.length - failed.length);
    for (const f of failed) {
      const lines = (await fs.readFile(path.join(root, f.file), 'utf8')).split('\n');
      expect(lines[f.line - 1]).toMatch(/^query:/);
      expect(f.message).toContain('One of the tables does not exist');
    }
    expect(ruleIds().length).toBe(7 - failed.length);
    expect(out).not.toContain(TOKEN);
  });

  it('429 with Retry-After, 500 and a reset are retried', async () => {
    const seen: string[] = [];
    fault = (r) => {
      if (r.index === 1) return { kind: 'status', status: 429, retryAfter: '0' };
      if (r.index === 3) return { kind: 'status', status: 500 };
      if (r.index === 6) return { kind: 'reset' };
      seen.push(r.method);
      return undefined;
    };
    const { outcome, out, err } = await run('deploy', []);
    expect(outcome.exitCode, out + err).toBe(0);
    expect(ruleIds()).toHaveLength(7);
    expect(out + err).not.toContain(TOKEN);
  });

  it('hostile answers: persistent 500 with the token echoed, a non-JSON body, a nextLink to another host', async () => {
    fault = () => ({ kind: 'status', status: 500, body: { error: { code: 'Boom', message: `leaked Bearer ${TOKEN} here` } } });
    const a = await run('deploy', []);
    expect(a.outcome.exitCode).toBe(1);
    expect(JSON.stringify(a)).not.toContain(TOKEN);
    expect(a.outcome.error).toContain('Boom');
    fault = (r) => (r.method === 'GET' ? { kind: 'status', status: 200, body: '{"value": [1, 2' } : undefined);
    const b = await run('deploy', []);
    expect(b.outcome.exitCode).toBe(1);
    expect(b.outcome.error).toMatch(/malformed/);
    fault = (r) =>
      r.method === 'GET' ? { kind: 'status', status: 200, body: { value: [], nextLink: 'https://evil.example/steal' } } : undefined;
    const c = await run('deploy', []);
    expect(c.outcome.exitCode).toBe(1);
    expect(c.outcome.error).toMatch(/another host/);
    expect(writes()).toBe(0);
  });

  it('a detection with an error finding is never deployed', async () => {
    const file = path.join(root, 'detections', 'brute-force-signin.yaml');
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(/^severity: .*$/m, 'severity: Catastrophic'));
    const { outcome } = await run('deploy', []);
    expect(outcome.exitCode).toBe(1);
    expect(ruleIds()).toHaveLength(6);
  });

  it('refuses plain http to a non-loopback endpoint and missing workspace settings', async () => {
    const command = COMMANDS.get('deploy')!;
    const { values, positionals } = parseCommandArgs(command, ['--arm-endpoint', 'http://management.example', ...TARGET, '--no-config']);
    const settings = command.settings(values, positionals, {
      kind: 'cli',
      root,
      env: { LAKEGUARD_ARM_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO },
      isTty: false,
    });
    const outcome = await command.run(settings, { out: () => {}, err: () => {} });
    expect(outcome.exitCode).toBe(2);
    expect(outcome.error).toMatch(/https/);
    const p2 = parseCommandArgs(command, ['--no-config']);
    const s2 = command.settings(p2.values, p2.positionals, {
      kind: 'cli',
      root,
      env: { LAKEGUARD_ARM_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO },
      isTty: false,
    });
    const o2 = await command.run(s2, { out: () => {}, err: () => {} });
    expect(o2.exitCode).toBe(2);
    expect(o2.error).toMatch(/--subscription-id/);
  });
});
