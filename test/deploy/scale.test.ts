/**
 * Figures: requests of a first and second deploy of the seven examples, and
 * drift over 500 rules against the emulator (paged lists of 100).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { parseCommandArgs } from '../../src/commands/parse.js';
import type { DeploySettings } from '../../src/commands/deploy.js';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/server.js';

const TOKEN = 'scale-token-0123456789';
let emulator: RunningEmulator;
let root: string;

async function run(name: 'deploy' | 'drift', dir: string) {
  const command = COMMANDS.get(name)!;
  const args = [
    dir,
    '--subscription-id',
    's',
    '--resource-group',
    'rg',
    '--workspace',
    'w',
    '--arm-endpoint',
    emulator.url,
    '--no-config',
    '--format',
    'none',
  ];
  const { values, positionals } = parseCommandArgs(command, args);
  const settings = command.settings(values, positionals, {
    kind: 'cli',
    root,
    env: { LAKEGUARD_ARM_TOKEN: TOKEN, GITHUB_REPOSITORY: 'o/r' },
    isTty: false,
  }) as DeploySettings;
  return command.run(settings, { out: () => {}, err: () => {} });
}

function counts(): Record<string, number> {
  return { ...emulator.management.counts };
}

beforeAll(async () => {
  emulator = await startEmulator({ token: TOKEN, warmUp: false, management: { pageSize: 100 } });
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lakeguard-scale-'));
  await fs.cp(path.resolve(__dirname, '../../detections'), path.join(root, 'detections'), { recursive: true });
  const template = await fs.readFile(path.join(root, 'detections', 'brute-force-signin.yaml'), 'utf8');
  await fs.mkdir(path.join(root, 'many'));
  for (let i = 0; i < 500; i++) {
    const text = template.replace(/^id:.*$/m, `id: ${randomUUID()}`).replace(/^name:.*$/m, `name: Brute force sign-in copy ${i}`);
    await fs.writeFile(path.join(root, 'many', `rule-${i}.yaml`), text);
  }
});

afterAll(async () => {
  await emulator.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('figures', () => {
  it('seven rules: first deploy 2 list reads + 14 PUTs, second deploy 2 reads and no write', async () => {
    const a = counts();
    expect((await run('deploy', 'detections')).exitCode).toBe(0);
    const b = counts();
    expect((await run('deploy', 'detections')).exitCode).toBe(0);
    const c = counts();
    const first = { GET: (b.GET ?? 0) - (a.GET ?? 0), PUT: (b.PUT ?? 0) - (a.PUT ?? 0) };
    const second = { GET: (c.GET ?? 0) - (b.GET ?? 0), PUT: (c.PUT ?? 0) - (b.PUT ?? 0), DELETE: c.DELETE ?? 0 };
    console.log(`first deploy: ${JSON.stringify(first)}; second deploy: ${JSON.stringify(second)}`);
    expect(first).toEqual({ GET: 2, PUT: 14 });
    expect(second).toEqual({ GET: 2, PUT: 0, DELETE: 0 });
  });

  it('drift over 500 rules', async () => {
    expect((await run('deploy', 'many')).exitCode).toBe(0);
    const before = counts();
    const started = performance.now();
    const outcome = await run('drift', 'many');
    const ms = performance.now() - started;
    const after = counts();
    console.log(`drift over 500 rules: ${Math.round(ms)} ms, ${(after.GET ?? 0) - (before.GET ?? 0)} GET requests`);
    // The seven example rules of the same repository are not under many/: orphans, so drift fails.
    expect(outcome.exitCode).toBe(1);
    expect(outcome.result!.results).toHaveLength(500);
    expect(outcome.result!.totals.findings.error).toBe(0);
    expect((after.GET ?? 0) - (before.GET ?? 0)).toBe(2 + 2 * 5); // two paged lists of 507 items, pages of 100
  }, 240_000);
});
