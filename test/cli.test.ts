import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, runCli } from '../src/cli.js';
import { runDetections as run } from '../src/commands/detections.js';
import { failsAt } from '../src/report/context.js';
import type { DetectionSettings } from '../src/commands/detections.js';

describe('parseCliArgs', () => {
  it('builds settings from flags', () => {
    const parsed = parseCliArgs(
      ['validate', 'a', 'b', '--sarif', 'o.sarif', '--fail-on', 'warning', '--jobs', '3', '--no-cache', '--no-color'],
      {},
      true,
    );
    expect(parsed).toMatchObject({
      settings: { command: 'validate', paths: ['a', 'b'], sarifFile: 'o.sarif', failOn: 'warning', jobs: 3, cache: false, color: false },
    });
  });

  it('colours only on a TTY without NO_COLOR', () => {
    expect(parseCliArgs(['validate'], {}, true)).toMatchObject({ settings: { color: true } });
    expect(parseCliArgs(['validate'], { NO_COLOR: '1' }, true)).toMatchObject({ settings: { color: false } });
    expect(parseCliArgs(['validate'], {}, false)).toMatchObject({ settings: { color: false } });
  });

  it('rejects bad usage with a message', () => {
    expect(parseCliArgs([])).toEqual({ error: 'No command given.' });
    expect(parseCliArgs(['frobnicate'])).toEqual({ error: "Unknown command 'frobnicate'." });
    expect(parseCliArgs(['validate', '--jobs', 'two'])).toEqual({ error: "--jobs needs a positive whole number, not 'two'." });
    expect(parseCliArgs(['validate', '--bogus'])).toHaveProperty('error');
    expect(parseCliArgs(['test', 'x'])).toMatchObject({ settings: { command: 'test', paths: ['x'] } });
  });
});

describe('runCli and run', () => {
  function repo(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-cli-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  const settings = (root: string, extra: Partial<DetectionSettings> = {}): DetectionSettings => ({
    command: 'validate',
    paths: [],
    root,
    cache: false,
    color: false,
    debug: false,
    format: 'none',
    jobs: 1,
    ...extra,
  });
  const warnOnly = 'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: h\nquery: SigninLogs\nentityMapings: []\n';

  it('prints usage and version', async () => {
    let out = '';
    expect(await runCli(['--help'], { out: (s) => (out += s), err: () => {} })).toBe(0);
    expect(out).toContain('lakeguard validate');
    let err = '';
    expect(await runCli(['nope'], { out: () => {}, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain("Unknown command 'nope'");
  });

  it('honours fail-on: warnings fail only at warning level', async () => {
    const root = repo({ 'detections/h.yaml': warnOnly });
    const atError = await run(settings(root));
    expect(atError.exitCode).toBe(0);
    expect(atError.result!.totals.findings.warning).toBe(1);
    expect((await run(settings(root, { failOn: 'warning' }))).exitCode).toBe(1);
    expect(failsAt(atError.result!, 'never')).toBe(false);
  });

  it('uses lakeguard.yaml paths and failOn, and reports a broken config as exit 2 with its position', async () => {
    const root = repo({ 'rules/h.yaml': warnOnly, 'lakeguard.yaml': 'paths: [rules]\nfailOn: warning\n' });
    const outcome = await run(settings(root));
    expect(outcome.result!.results.map((r) => r.file)).toEqual(['rules/h.yaml']);
    expect(outcome.exitCode).toBe(1);
    const broken = repo({ 'lakeguard.yaml': 'tables:\n  - name: X\n    columns: { A: nope }\n' });
    const bad = await run(settings(broken));
    expect(bad.exitCode).toBe(2);
    expect(bad.error).toMatch(/^lakeguard\.yaml:3:\d+: column 'A' has unknown type 'nope'/);
  });

  it('writes every report file it is asked for', async () => {
    const root = repo({ 'detections/h.yaml': warnOnly });
    await run(settings(root, { sarifFile: 'out/r.sarif', junitFile: 'out/r.xml', jsonFile: 'out/r.json', summaryFile: 'out/r.md' }));
    for (const f of ['r.sarif', 'r.xml', 'r.json', 'r.md']) expect(fs.statSync(path.join(root, 'out', f)).size).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out', 'r.json'), 'utf8')).command).toBe('validate');
  });

  it('test: runs the offline tests after the static checks and reports them in JUnit, SARIF and JSON', async () => {
    const detection = `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f
name: sign-ins
query: SigninLogs | where ResultType != "0"
tests:
  - name: fires
    data:
      SigninLogs: [{ ResultType: "50126" }]
    expect: { rows: { min: 1 } }
  - name: wrong
    data:
      SigninLogs: [{ ResultType: "0" }]
    expect: { rows: { min: 1 } }
`;
    const root = repo({ 'detections/t.yaml': detection });
    const outcome = await run(settings(root, { command: 'test', sarifFile: 'r.sarif', junitFile: 'r.xml', jsonFile: 'r.json' }));
    expect(outcome.exitCode).toBe(1);
    const json = JSON.parse(fs.readFileSync(path.join(root, 'r.json'), 'utf8'));
    expect(json.command).toBe('test');
    expect(json.results[0].status).toBe('failed');
    expect(json.results[0].tests.map((t: { name: string; status: string }) => `${t.name}:${t.status}`)).toEqual([
      'fires:passed',
      'wrong:failed',
    ]);
    const junit = fs.readFileSync(path.join(root, 'r.xml'), 'utf8');
    expect(junit).toMatch(/<testcase [^>]*name="[^"]*fires"/);
    expect(junit).toMatch(/<testcase [^>]*name="[^"]*wrong"[^>]*>\s*<failure [^>]*message="expected at least 1 row\(s\), got 0"/);
    const sarif = JSON.parse(fs.readFileSync(path.join(root, 'r.sarif'), 'utf8'));
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0].ruleId).toBe('LG9001');
    expect(results[0].locations[0].physicalLocation.region.startLine).toBe(detection.split('\n').indexOf('  - name: wrong') + 1);
    // With the failing test fixed, the run passes.
    fs.writeFileSync(path.join(root, 'detections/t.yaml'), detection.replace('[{ ResultType: "0" }]', '[{ ResultType: "50053" }]'));
    expect((await run(settings(root, { command: 'test' }))).exitCode).toBe(0);
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const { TOOL_VERSION } = await import('../src/version.js');
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
