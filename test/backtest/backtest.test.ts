/**
 * `lakeguard backtest` against the emulator over seven days of fixture
 * sign-ins (test/lake/fixtures/backtest): exact alert counts per day for a
 * threshold rule, an AlertPerResult rule and a rule whose window is longer than
 * its frequency; sampling under --max-runs; --compare before → after; the
 * alerts-per-day budget; the shared rate limit; no token in any output.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/index.js';
import { backtestDetections } from '../../src/backtest/backtest.js';
import { validateDetections } from '../../src/pipeline/validate.js';
import { loadConfig } from '../../src/load/config.js';
import type { RunResult } from '../../src/model/result.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lake', 'fixtures', 'backtest');
const TOKEN = 'backtest-token-3e8a51c07f';
const RANGE = ['--from', '2025-06-01T00:00:00Z', '--to', '2025-06-08T00:00:00Z'];
const FAILED = "SigninLogs | where ResultType == '50126'";

const detection = (n: number, settings: string, extra = '') => `id: 7a1c2e3f-4b5d-4e6f-8a9b-${String(n).padStart(12, '0')}
name: backtest rule ${n}
severity: Medium
kind: Scheduled
${settings}
query: ${JSON.stringify(FAILED)}
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
${extra}`;

const THRESHOLD = (n: number) => `queryFrequency: 1h\nqueryPeriod: 1h\ntriggerOperator: gt\ntriggerThreshold: ${n}`;
const PER_RESULT =
  'queryFrequency: 1h\nqueryPeriod: 1h\ntriggerOperator: gt\ntriggerThreshold: 0\neventGroupingSettings:\n  aggregationKind: AlertPerResult';
const LONG_WINDOW = 'queryFrequency: 1h\nqueryPeriod: 3h\ntriggerOperator: gt\ntriggerThreshold: 0';

function repo(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-backtest-')));
  fs.mkdirSync(path.join(dir, 'detections'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'detections', name), text);
  return dir;
}

let lake: RunningEmulator;
const starts: number[] = [];
beforeAll(async () => {
  lake = await startEmulator({
    data: [FIXTURES],
    token: TOKEN,
    faults: () => {
      starts.push(performance.now());
      return undefined;
    },
  });
});
afterAll(() => lake.close());

async function cli(root: string, args: string[]): Promise<{ code: number; out: string; err: string; report: RunResult }> {
  const cwd = process.cwd();
  process.env.LAKEGUARD_TOKEN = TOKEN;
  process.chdir(root);
  let out = '';
  let err = '';
  try {
    const code = await runCli(
      [
        'backtest',
        '--endpoint',
        lake.endpoint,
        '--database',
        'db',
        '--json',
        'r.json',
        '--summary',
        's.md',
        '--no-cache',
        '--rate',
        '100000',
        ...args,
      ],
      {
        out: (s) => (out += s),
        err: (s) => (err += s),
      },
    );
    return { code, out, err, report: JSON.parse(fs.readFileSync(path.join(root, 'r.json'), 'utf8')) as RunResult };
  } finally {
    process.chdir(cwd);
    delete process.env.LAKEGUARD_TOKEN;
  }
}

const days = (counts: number[]) => counts.map((alerts, i) => ({ day: `2025-06-0${i + 1}`, alerts }));

describe('lakeguard backtest', () => {
  it('counts the alerts of every evaluation of the schedule, exactly, per day', async () => {
    const root = repo({
      'a-threshold.yaml': detection(1, THRESHOLD(2)),
      'b-per-result.yaml': detection(2, PER_RESULT),
      'c-long-window.yaml': detection(3, LONG_WINDOW),
    });
    const before = lake.requests;
    const { code, out, err, report } = await cli(root, [...RANGE, '--max-runs', '200']);
    expect(err).not.toMatch(/Internal error/);
    expect(code).toBe(0);
    expect(report.command).toBe('backtest');
    // 7 days of hourly evaluations, all of them run: 3 × 168 queries.
    expect(lake.requests - before).toBe(3 * 168);
    const byFile = new Map(report.results.map((r) => [path.basename(r.file), r.backtest]));
    // Day d has d failures in one hour: the threshold (> 2) fires once a day from day 3.
    expect(byFile.get('a-threshold.yaml')).toEqual({
      from: '2025-06-01T00:00:00.000Z',
      to: '2025-06-08T00:00:00.000Z',
      evaluations: 168,
      sampled: 168,
      alerts: 5,
      alertsPerDay: 0.71,
      min: 0,
      max: 1,
      perDay: days([0, 0, 1, 1, 1, 1, 1]),
    });
    // One alert per failure.
    expect(byFile.get('b-per-result.yaml')).toMatchObject({
      alerts: 28,
      alertsPerDay: 4,
      min: 1,
      max: 7,
      perDay: days([1, 2, 3, 4, 5, 6, 7]),
    });
    // A 3-hour window every hour sees each burst three times (evaluations at 11:00, 12:00 and 13:00).
    expect(byFile.get('c-long-window.yaml')).toMatchObject({
      alerts: 21,
      alertsPerDay: 3,
      min: 3,
      max: 3,
      perDay: days([3, 3, 3, 3, 3, 3, 3]),
    });
    expect(out).toMatch(/backtest: 4 alerts\/day, min 1, max 7 a day, 28 alerts, 168 evaluations/);
    const summary = fs.readFileSync(path.join(root, 's.md'), 'utf8');
    expect(summary).toContain('#### Backtest');
    expect(summary).toContain('xychart-beta');
    expect(summary).toContain('  bar [1, 2, 3, 4, 5, 6, 7]');
    expect(summary).toContain('x-axis ["06-01", "06-02", "06-03", "06-04", "06-05", "06-06", "06-07"]');
    expect(out + err + summary + JSON.stringify(report)).not.toContain(TOKEN);
  }, 120_000);

  it('samples evenly beyond --max-runs and says so', async () => {
    const root = repo({ 'b-per-result.yaml': detection(2, PER_RESULT) });
    const before = lake.requests;
    const { report, out } = await cli(root, [...RANGE]);
    expect(lake.requests - before).toBe(48);
    const b = report.results[0]!.backtest!;
    expect(b).toMatchObject({ evaluations: 168, sampled: 48 });
    // Each sampled evaluation raises at most the day's failures; the estimate is scaled to the full schedule.
    expect(b.alerts).toBeLessThanOrEqual(28);
    expect(out).toContain('48 of 168 evaluations (sampled)');
    expect(fs.readFileSync(path.join(root, 's.md'), 'utf8')).toContain('48 of 168 (sampled)');
  }, 60_000);

  it('gates on expect.alertsPerDay: a warning in a hunt, an error with --gate, at the budget line', async () => {
    const root = repo({ 'b-per-result.yaml': detection(2, PER_RESULT, 'expect:\n  alertsPerDay:\n    max: 3\n') });
    const hunt = await cli(root, [...RANGE, '--max-runs', '200']);
    const finding = hunt.report.results[0]!.findings.find((f) => f.ruleId === 'LG8005')!;
    expect(finding).toMatchObject({ level: 'warning', line: 19 });
    expect(finding.message).toMatch(/About 4 alerts per day .* above the budget of 3/);
    expect(hunt.code).toBe(0);
    const gate = await cli(root, [...RANGE, '--max-runs', '200', '--gate']);
    expect(gate.report.results[0]!.findings.find((f) => f.ruleId === 'LG8005')!.level).toBe('error');
    expect(gate.code).toBe(1);
  }, 60_000);

  it('--compare REF backtests the version at REF of changed detections: before → after', async () => {
    const root = repo({ 'a-threshold.yaml': detection(1, THRESHOLD(2)), 'c-long-window.yaml': detection(3, LONG_WINDOW) });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'base');
    fs.writeFileSync(path.join(root, 'detections', 'a-threshold.yaml'), detection(1, THRESHOLD(4)));
    const { report, out } = await cli(root, [...RANGE, '--max-runs', '200', '--compare', 'HEAD']);
    const a = report.results.find((r) => r.file.endsWith('a-threshold.yaml'))!.backtest!;
    // Threshold 2 → 4: days 3–7 fired before, days 5–7 now.
    expect(a.before).toMatchObject({ ref: 'HEAD', alerts: 5, alertsPerDay: 0.71, perDay: days([0, 0, 1, 1, 1, 1, 1]) });
    expect(a).toMatchObject({ alerts: 3, alertsPerDay: 0.43, perDay: days([0, 0, 0, 0, 1, 1, 1]) });
    expect(out).toContain('0.71 → 0.43 alerts/day (×0.6 since HEAD)');
    // The unchanged detection has no before.
    expect(report.results.find((r) => r.file.endsWith('c-long-window.yaml'))!.backtest!.before).toBeUndefined();
    expect(fs.readFileSync(path.join(root, 's.md'), 'utf8')).toContain('0.71 → 0.43 (×0.6)');
  }, 60_000);

  it('explains bad ranges and refs without running anything', async () => {
    const root = repo({ 'a-threshold.yaml': detection(1, THRESHOLD(2)) });
    let err = '';
    const cwd = process.cwd();
    process.chdir(root);
    process.env.LAKEGUARD_TOKEN = TOKEN;
    try {
      const io = { out: () => {}, err: (s: string) => (err += s) };
      expect(await runCli(['backtest', '--database', 'db', '--from', 'yesterday'], io)).toBe(2);
      expect(err).toMatch(/--from must be a duration such as 30d or an ISO 8601 date-time, not 'yesterday'/);
      expect(await runCli(['backtest', '--database', 'db', '--from', '2025-06-09T00:00:00Z', '--to', '2025-06-08T00:00:00Z'], io)).toBe(2);
      expect(err).toMatch(/must be before --to/);
      expect(await runCli(['backtest', '--database', 'db', '--compare', 'no-such-ref'], io)).toBe(2);
      expect(err).toMatch(/--compare: git does not know 'no-such-ref'/);
    } finally {
      process.chdir(cwd);
      delete process.env.LAKEGUARD_TOKEN;
    }
  });

  it('keeps the whole run under the shared query rate', async () => {
    const root = repo({ 'a-threshold.yaml': detection(1, THRESHOLD(2)), 'b-per-result.yaml': detection(2, PER_RESULT) });
    const config = await loadConfig(undefined);
    const { result } = await validateDetections({ paths: ['detections'], root, config, jobs: 1 });
    starts.length = 0;
    const windowMs = 400;
    const t0 = performance.now();
    await backtestDetections(result, {
      root,
      config,
      endpoint: lake.endpoint,
      database: 'db',
      token: async () => TOKEN,
      from: new Date('2025-06-01T00:00:00Z'),
      to: new Date('2025-06-08T00:00:00Z'),
      maxRuns: 6,
      gate: false,
      concurrency: 8,
      perMinute: 5,
      rateWindowMs: windowMs,
    });
    // 12 queries at 5 per window: the last ones wait two windows.
    expect(starts).toHaveLength(12);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(2 * windowMs - 20);
    // No window (less a little network jitter) saw more than 5 queries arrive.
    for (let i = 0; i + 5 < starts.length; i++) expect(starts[i + 5]! - starts[i]!).toBeGreaterThan(windowMs - 50);
    expect(result.results.every((r) => r.backtest?.sampled === 6)).toBe(true);
  }, 60_000);
});
