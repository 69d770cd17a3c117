/**
 * `lakeguard run` end to end against the emulator on loopback: hunts report,
 * gates fail, each failure is classified and the other detections complete,
 * and the token never appears in any output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../../src/engine/table.js';
import { startEmulator, type Fault, type RunningEmulator } from '../../src/lake/emulator/index.js';
import { runDetections as run } from '../../src/commands/detections.js';
import type { DetectionSettings, LiveSettings } from '../../src/commands/detections.js';

const TOKEN = 'lakeguard-test-token-6c1f0b2e9d';
const now = Date.now();
const ticks = (msAgo: number) => BigInt(now - msAgo) * 10_000n;

/** Sign-ins: alice fails 12 times from one address in the last hour; bob once; an old burst outside every window. */
function signins(): Table {
  const rows: [bigint, string, string, string][] = [];
  for (let i = 0; i < 12; i++) rows.push([ticks((i + 1) * 60_000), 'alice@contoso.com', '203.0.113.7', '50126']);
  rows.push([ticks(5 * 60_000), 'bob@contoso.com', '198.51.100.1', '50126']);
  for (let i = 0; i < 20; i++) rows.push([ticks(3 * 86_400_000), 'carol@contoso.com', '203.0.113.9', '50126']);
  return {
    columns: [
      { name: 'TimeGenerated', type: 'datetime' },
      { name: 'UserPrincipalName', type: 'string' },
      { name: 'IPAddress', type: 'string' },
      { name: 'ResultType', type: 'string' },
    ],
    data: [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
    rowCount: rows.length,
  };
}

const detection = (n: number, query: string, extra = '') => `id: 6f3c9a8e-2b1d-4c7e-9f10-${String(n).padStart(12, '0')}
name: rule ${n}
severity: Medium
kind: Scheduled
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
query: ${JSON.stringify(query)}
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
${extra}`;

const FAILURES = 'SigninLogs | where ResultType != "0" | summarize Failures = count() by UserPrincipalName, IPAddress';

function repo(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-run-')));
  fs.mkdirSync(path.join(dir, 'detections'));
  const files: Record<string, string> = {
    'a-fires.yaml': detection(
      1,
      `${FAILURES} | where Failures > 10`,
      'expect:\n  entities:\n    - Account: { FullName: alice@contoso.com }\n',
    ),
    'b-quiet.yaml': detection(2, `${FAILURES} | where Failures > 100`),
    'c-noisy.yaml': detection(3, FAILURES, 'expect:\n  rows: { max: 1 }\n  entities:\n    - Account: { FullName: mallory@contoso.com }\n'),
    'd-partial.yaml': detection(4, `${FAILURES} | where UserPrincipalName != "partial"`),
    'e-throttled.yaml': detection(5, `${FAILURES} | where UserPrincipalName != "throttled"`),
    'f-limit.yaml': detection(6, FAILURES, 'limits: { maxRows: 1 }\n'),
    'g-broken.yaml': detection(7, 'SigninLogs | where NoSuchColumn == 1'),
    'h-raw.yaml': detection(8, 'SigninLogs | where ResultType != "0" | project TimeGenerated, UserPrincipalName, IPAddress'),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'detections', name), text);
  return dir;
}

let lake: RunningEmulator;
beforeAll(async () => {
  const faults = (r: { csl: string }): Fault | undefined => {
    if (r.csl.includes('"partial"')) return { kind: 'partial-failure', message: 'One of the storage shards did not answer.' };
    if (r.csl.includes('"throttled"')) return { kind: 'throttle', retryAfterSeconds: 0 };
    return undefined;
  };
  lake = await startEmulator({ tables: new Map([['SigninLogs', signins()]]), token: TOKEN, faults });
  process.env.LAKEGUARD_TOKEN = TOKEN;
});
afterAll(async () => {
  delete process.env.LAKEGUARD_TOKEN;
  await lake.close();
});

function settings(root: string, live: Partial<LiveSettings>, extra: Partial<DetectionSettings> = {}): DetectionSettings {
  return {
    command: 'run',
    live: { endpoint: lake.endpoint, database: 'lake-db', gate: false, concurrency: 3, showResults: 'entities', ...live },
    paths: [],
    root,
    cache: false,
    color: false,
    debug: false,
    format: 'none',
    jobs: 1,
    ...extra,
  };
}

describe('lakeguard run', () => {
  it('hunts: reports what fired, rows and entities; breaches are warnings; only errors fail', async () => {
    const root = repo();
    const progress: string[] = [];
    const outcome = await run({
      ...settings(root, {}),
      onProgress: (l) => progress.push(l),
      jsonFile: 'r.json',
      sarifFile: 'r.sarif',
      summaryFile: 'r.md',
      junitFile: 'r.xml',
    });
    if (!outcome.result) throw new Error(String(outcome.error));
    const byFile = new Map(outcome.result!.results.map((r) => [path.basename(r.file), r]));
    expect(byFile.get('a-fires.yaml')).toMatchObject({
      status: 'passed',
      live: { fired: true, rows: 1, entities: [{ type: 'Account', FullName: 'alice@contoso.com' }] },
    });
    expect(byFile.get('a-fires.yaml')!.live!.clientRequestId).toMatch(/^lakeguard;[0-9a-f-]{36}$/);
    expect(byFile.get('b-quiet.yaml')).toMatchObject({ status: 'passed', live: { fired: false, rows: 0 } });
    // The old burst lies outside the 1h window the run asked for.
    expect(byFile.get('c-noisy.yaml')!.live!.rows).toBe(2);
    expect(byFile.get('c-noisy.yaml')!.findings.map((f) => [f.ruleId, f.level])).toEqual([
      ['LG8003', 'warning'],
      ['LG8004', 'warning'],
    ]);
    expect(byFile.get('d-partial.yaml')).toMatchObject({ status: 'error', live: { error: 'partial' } });
    expect(byFile.get('d-partial.yaml')!.findings[0]!.message).toMatch(/request id lakeguard;/);
    // Throttled on every attempt: retried, then reported as throttled.
    expect(byFile.get('e-throttled.yaml')).toMatchObject({ status: 'error', live: { error: 'throttled' } });
    expect(byFile.get('e-throttled.yaml')!.live!.attempts).toBeGreaterThan(1);
    expect(byFile.get('f-limit.yaml')!.findings.map((f) => [f.ruleId, f.level])).toEqual([['LG8002', 'warning']]);
    // A detection with static errors is never sent.
    expect(byFile.get('g-broken.yaml')!.live).toBeUndefined();
    expect(outcome.exitCode).toBe(1);
    expect(progress).toHaveLength(8);
    // A fired detection with a datetime column gets its rows over the window, bin by bin.
    const timeline = byFile.get('h-raw.yaml')!.live!.timeline!;
    expect(timeline.column).toBe('TimeGenerated');
    expect(timeline.binMinutes).toBe(5);
    expect(timeline.counts).toHaveLength(12);
    expect(timeline.counts.reduce((a, b) => a + b, 0)).toBe(13);
    const summary = fs.readFileSync(path.join(root, 'r.md'), 'utf8');
    expect(summary).toContain('```mermaid\nxychart-beta\n  title "Rows per fired detection"');
    expect(summary).toMatch(/title "rule 8: rows per 5 minutes by TimeGenerated \(UTC\)"/);
    expect(progress.find((l) => l.includes('a-fires'))).toMatch(/^● detections\/a-fires\.yaml: fired, 1 row/);
    // The token appears in no report.
    for (const f of ['r.json', 'r.sarif', 'r.md', 'r.xml']) expect(fs.readFileSync(path.join(root, f), 'utf8')).not.toContain(TOKEN);
    expect(progress.join('\n')).not.toContain(TOKEN);
  }, 60_000);

  it('gates: any breach fails the detection; counts hide the entities', async () => {
    const root = repo();
    for (const f of ['d-partial.yaml', 'e-throttled.yaml', 'g-broken.yaml', 'h-raw.yaml']) fs.rmSync(path.join(root, 'detections', f));
    const outcome = await run(settings(root, { gate: true, showResults: 'counts' }));
    const status = Object.fromEntries(outcome.result!.results.map((r) => [path.basename(r.file), r.status]));
    expect(status).toEqual({ 'a-fires.yaml': 'passed', 'b-quiet.yaml': 'passed', 'c-noisy.yaml': 'failed', 'f-limit.yaml': 'failed' });
    expect(outcome.result!.results.every((r) => r.live!.entities === undefined)).toBe(true);
    expect(outcome.exitCode).toBe(1);
    fs.rmSync(path.join(root, 'detections', 'c-noisy.yaml'));
    fs.rmSync(path.join(root, 'detections', 'f-limit.yaml'));
    expect((await run(settings(root, { gate: true }))).exitCode).toBe(0);
  }, 60_000);

  it('explains missing settings and credentials instead of failing mysteriously', async () => {
    const root = repo();
    const noDb = await run(settings(root, { database: undefined }));
    expect([noDb.exitCode, noDb.error]).toEqual([2, expect.stringMatching(/run needs the database/)]);
    delete process.env.LAKEGUARD_TOKEN;
    try {
      const none = await run(settings(root, {}));
      expect(none.exitCode).toBe(2);
      expect(none.noCredentials).toBe(true);
    } finally {
      process.env.LAKEGUARD_TOKEN = TOKEN;
    }
    // --now moves the window: ten days on, the sign-ins are outside every detection's hour.
    const later = await run(settings(root, { now: new Date(now + 10 * 86_400_000).toISOString() }));
    expect(later.result!.results.find((r) => r.file.endsWith('a-fires.yaml'))!.live).toMatchObject({ fired: false, rows: 0 });
    const badNow = await run(settings(root, { now: 'someday' }));
    expect([badNow.exitCode, badNow.error]).toEqual([2, "--now must be an ISO 8601 date-time, not 'someday'"]);
    const wrong = await run(settings(root, { endpoint: 'http://192.0.2.1/lake/kql/v2/rest/query' }));
    expect(wrong.result!.results.find((r) => r.file.endsWith('a-fires.yaml'))!.findings[0]!.message).toMatch(/refused/);
  }, 60_000);
});
