import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { runDetections as run } from '../src/commands/detections.js';
import { COMMANDS } from '../src/commands/index.js';
import { initFiles } from '../src/init/init-files.js';

const io = () => {
  const out = { text: '' };
  return { out, io: { out: (s: string) => (out.text += s), err: (s: string) => (out.text += s) } };
};

describe('lakeguard init', () => {
  it('scaffolds a repository whose example detection passes validate and its offline tests', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-init-')));
    const { out, io: streams } = io();
    expect(await runCli(['init', dir, '--action', 'acme/lakeguard@v1'], streams)).toBe(0);
    const files = [
      'lakeguard.yaml',
      'schemas/detection.schema.json',
      '.github/workflows/lakeguard-pr.yml',
      '.github/workflows/lakeguard-hunt.yml',
      '.github/workflows/lakeguard-release.yml',
      '.github/workflows/lakeguard-drift.yml',
    ];
    for (const f of files) expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    expect(out.text).toContain('Next steps');
    // Workflows are valid YAML, use the given action, and ask only for the permissions they need.
    const pr = parse(fs.readFileSync(path.join(dir, '.github/workflows/lakeguard-pr.yml'), 'utf8'));
    expect(pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'read', 'security-events': 'write' });
    expect(pr.jobs.test.steps[1].uses).toBe('acme/lakeguard@v1');
    const hunt = parse(fs.readFileSync(path.join(dir, '.github/workflows/lakeguard-hunt.yml'), 'utf8'));
    expect(hunt.permissions['id-token']).toBe('write');
    expect(hunt.on.schedule).toHaveLength(1);
    const release = parse(fs.readFileSync(path.join(dir, '.github/workflows/lakeguard-release.yml'), 'utf8'));
    expect(release.on.push.tags).toEqual(['v*']);
    // Release is test -> gate -> deploy: deploy waits for the gate and runs in its own environment.
    expect(release.jobs.deploy.needs).toBe('gate');
    expect(release.jobs.deploy.environment).toBe('production');
    expect(release.jobs.deploy.steps.at(-1).with).toMatchObject({ command: 'deploy', prune: true });
    const drift = parse(fs.readFileSync(path.join(dir, '.github/workflows/lakeguard-drift.yml'), 'utf8'));
    expect(drift.on.schedule).toHaveLength(1);
    expect(drift.jobs.drift.steps.at(-1).with.command).toBe('drift');
    // The example detection is checked and tested as a user would.
    const outcome = await run({ command: 'test', paths: [], root: dir, cache: false, color: false, debug: false, format: 'none', jobs: 1 });
    expect(outcome.result!.results.map((r) => [r.file, r.status, r.findings.length])).toEqual([
      ['detections/password-spray-single-source.yaml', 'passed', 0],
    ]);
    expect(outcome.result!.results[0]!.tests.map((t) => t.status)).toEqual(['passed', 'passed']);
  });

  it('writes workflows whose every lakeguard step uses real action inputs and commands', () => {
    const action = parse(fs.readFileSync(path.join(__dirname, '..', 'action.yml'), 'utf8'));
    const inputs = new Set(Object.keys(action.inputs));
    const commands = new Set(COMMANDS.keys());
    let steps = 0;
    for (const [name, text] of initFiles('acme/lakeguard@v1', 'id')) {
      if (!name.startsWith('.github/workflows/')) continue;
      const workflow = parse(text);
      for (const job of Object.values<{ steps: { uses?: string; with?: Record<string, unknown> }[] }>(workflow.jobs))
        for (const step of job.steps.filter((s) => s.uses === 'acme/lakeguard@v1')) {
          steps++;
          for (const key of Object.keys(step.with ?? {})) expect(inputs.has(key), `${name}: input ${key}`).toBe(true);
          expect(commands.has(String(step.with?.command ?? 'test')), `${name}: command`).toBe(true);
        }
    }
    expect(steps).toBeGreaterThanOrEqual(7);
  });

  it('never overwrites without --force', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-init-'));
    fs.writeFileSync(path.join(dir, 'lakeguard.yaml'), 'paths: [mine]\n');
    const { out, io: streams } = io();
    expect(await runCli(['init', dir], streams)).toBe(2);
    expect(out.text).toContain('not overwriting lakeguard.yaml');
    expect(fs.readFileSync(path.join(dir, 'lakeguard.yaml'), 'utf8')).toBe('paths: [mine]\n');
    expect(fs.existsSync(path.join(dir, 'detections'))).toBe(false);
    expect(await runCli(['init', dir, '--force'], streams)).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'lakeguard.yaml'), 'utf8')).toContain('paths: [detections]');
    expect(await runCli(['init', dir, '--action', 'not a ref'], streams)).toBe(2);
  });

  it('--from-repo writes a lakeguard.yaml for an Azure-Sentinel-shaped clone that validate then uses', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-from-repo-')));
    fs.cpSync(path.resolve(__dirname, 'fixtures/sentinel-repo'), dir, { recursive: true });
    fs.rmSync(path.join(dir, 'lakeguard.yaml'));
    const { out, io: streams } = io();
    expect(await runCli(['init', '--from-repo', dir], streams)).toBe(0);
    expect(out.text).toContain('1 CustomTables folder(s), 1 Parsers folder(s), 1 CustomFunctions folder(s), 1 analytic-rule folder(s)');
    const config = parse(fs.readFileSync(path.join(dir, 'lakeguard.yaml'), 'utf8'));
    expect(config).toEqual({
      paths: ['Solutions/Contoso/Analytic Rules'],
      tables: [{ path: '.script/tests/KqlvalidationsTests/CustomTables' }],
      functions: [{ path: 'Solutions/Contoso/Parsers' }, { path: '.script/tests/KqlvalidationsTests/CustomFunctions' }],
    });
    // Only lakeguard.yaml is written: no example detection or workflows in someone else's repository.
    expect(fs.existsSync(path.join(dir, 'detections'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '.github'))).toBe(false);
    expect(await runCli(['init', '--from-repo', dir], streams)).toBe(2);

    const outcome = await run({
      command: 'validate',
      paths: [],
      root: dir,
      cache: false,
      color: false,
      debug: false,
      format: 'none',
      jobs: 1,
    });
    const status = new Map(outcome.result!.results.map((r) => [r.file, r.status]));
    expect(status.get('Solutions/Contoso/Analytic Rules/ContosoRepoDestroyed.yaml')).toBe('passed');
    expect(status.get('Solutions/Contoso/Analytic Rules/ContosoSigninBurst.yaml')).toBe('passed');
    expect(status.get('Solutions/Contoso/Analytic Rules/WafBlockedBurst.yaml')).toBe('passed');
    expect(status.get('Solutions/Contoso/Analytic Rules/ContosoAliasBadEntity.yaml')).toBe('failed');
    expect(status.get('Solutions/Contoso/Parsers/ContosoBroken.yaml')).toBe('failed');
  });
});
