/**
 * Hunt records to a table: the Logs Ingestion client against the emulator on
 * loopback (batches under the per-call limit, gzip, 429 retried, a failed batch
 * reported while the others arrive), then `run --write-table` followed by
 * `lakeguard query` against the same emulator, and no token in any output.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Table } from '../../src/engine/table.js';
import { runCli } from '../../src/cli.js';
import { runDetections as run } from '../../src/commands/detections.js';
import type { DetectionSettings, LiveSettings } from '../../src/commands/detections.js';
import { startEmulator, type Fault, type RunningEmulator } from '../../src/lake/emulator/index.js';
import {
  batchRecords,
  huntRecords,
  ingestionUrl,
  MAX_CALL_BYTES,
  MAX_FIELD_BYTES,
  uploadRecords,
  workflowRunUrl,
} from '../../src/lake/ingestion/index.js';
import type { RunResult } from '../../src/model/result.js';
import { loadConfig } from '../../src/load/config.js';

const LAKE_TOKEN = 'lake-token-7d2c1e9a0b';
const INGESTION_TOKEN = 'ingestion-token-3f8e6a1c5d';
const DCR = 'dcr-0123456789abcdef0123456789abcdef';
const STREAM = 'Custom-LakeguardHunts_CL';

describe('the ingestion URL and batches', () => {
  it('builds the documented path and refuses what must not carry a token', () => {
    const ok = ingestionUrl('https://dce-x.westeurope-1.ingest.monitor.azure.com/', DCR, STREAM);
    expect(ok.ok && ok.url.toString()).toBe(
      `https://dce-x.westeurope-1.ingest.monitor.azure.com/dataCollectionRules/${DCR}/streams/${STREAM}?api-version=2023-01-01`,
    );
    expect(ingestionUrl('http://127.0.0.1:9/', DCR, STREAM).ok).toBe(true);
    const plain = ingestionUrl('http://dce.example.com/', DCR, STREAM);
    expect(!plain.ok && plain.reason).toMatch(/refusing to send a token over plain http/);
    const creds = ingestionUrl('https://u:p@dce.example.com/', DCR, STREAM);
    expect(!creds.ok && creds.reason).toMatch(/credentials/);
    const dcr = ingestionUrl('https://dce.example.com/', 'my-rule', STREAM);
    expect(!dcr.ok && dcr.reason).toMatch(/immutable id/);
    expect(ingestionUrl('https://dce.example.com/', DCR, 'a/b').ok).toBe(false);
  });

  it('splits records into batches whose uncompressed JSON is within the limit, in order', () => {
    const records = Array.from({ length: 5000 }, (_, i) => ({ DetectionId: `d-${i}`, Note: 'x'.repeat(300 + (i % 7) * 40) }));
    const { batches, oversized } = batchRecords(records, MAX_CALL_BYTES);
    expect(oversized).toEqual([]);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) {
      expect(b.bytes).toBe(Buffer.byteLength(b.json));
      expect(b.bytes).toBeLessThanOrEqual(MAX_CALL_BYTES);
    }
    // Greedy: every batch but the last is too full to take the next record.
    for (let i = 0; i < batches.length - 1; i++) {
      const next = Buffer.byteLength(JSON.stringify(records[batches[i + 1]!.first]));
      expect(batches[i]!.bytes + 1 + next).toBeGreaterThan(MAX_CALL_BYTES);
    }
    const back = batches.flatMap((b) => JSON.parse(b.json) as { DetectionId: string }[]).map((r) => r.DetectionId);
    expect(back).toEqual(records.map((r) => r.DetectionId));
    const big = batchRecords([{ a: 1 }, { huge: 'y'.repeat(MAX_CALL_BYTES) }, { b: 2 }]);
    expect(big.oversized.map((o) => o.index)).toEqual([1]);
    expect(big.batches).toHaveLength(1);
    expect(big.batches[0]!.records).toBe(2);
  });
});

describe('uploads to the emulator', () => {
  let lake: RunningEmulator;
  const faults: (Fault | undefined)[] = [];
  beforeAll(async () => {
    lake = await startEmulator({ token: INGESTION_TOKEN, warmUp: false, ingestion: { dcr: DCR, faults } });
  });
  afterAll(() => lake.close());

  it('accepts gzip batches, retries a 429, reports a failed batch and still sends the others', async () => {
    const url = ingestionUrl(lake.url, DCR, 'Custom-Upload_CL');
    if (!url.ok) throw new Error(url.reason);
    const records = Array.from({ length: 300 }, (_, i) => ({ TimeGenerated: '2026-01-01T00:00:00Z', N: i, Pad: 'p'.repeat(200) }));
    // Call 1: throttled (then retried as call 2); batch 2 fails with 503 on every attempt (calls 3-6).
    faults.push({ kind: 'throttle', retryAfterSeconds: 0 }, undefined);
    for (let i = 0; i < 4; i++) faults.push({ kind: 'server-error', status: 503 });
    const waits: number[] = [];
    const report = await uploadRecords(records, {
      url: url.url,
      token: async () => INGESTION_TOKEN,
      maxBatchBytes: 25_000,
      sleep: async (ms) => void waits.push(ms),
      random: () => 0.5,
    });
    expect(report.batches.length).toBe(Math.ceil(records.length / Math.floor(25_000 / Buffer.byteLength(JSON.stringify(records[0])))));
    for (const b of report.batches) {
      expect(b.bytes).toBeLessThanOrEqual(25_000);
      expect(b.gzipBytes).toBeLessThan(b.bytes);
    }
    expect(report.batches[0]).toMatchObject({ ok: true, attempts: 2, status: 204 });
    expect(report.batches[1]).toMatchObject({ ok: false, attempts: 4, status: 503 });
    expect(report.batches[1]!.error).toMatch(
      /^batch 2 of \d+ \(\d+ records, \d+ bytes\): HTTP 503 ServiceUnavailable: .*retries exhausted \(request id [0-9a-f-]{36}, 4 attempts\)$/,
    );
    expect(report.batches.slice(2).every((b) => b.ok && b.attempts === 1)).toBe(true);
    // Retry-After: 0 waits 0; the 5xx backoff is bounded (1 s, 2 s, 4 s at half jitter: 0.75, 1.5, 3 s).
    expect(waits).toEqual([0, 750, 1500, 3000]);
    const lost = report.batches[1]!.records;
    expect(report.sent).toBe(records.length - lost);
    const stored = lake.ingestion.records.get('Upload_CL')!;
    expect(stored).toHaveLength(records.length - lost);
    expect(new Set(stored.map((r) => r.N)).size).toBe(stored.length);
    expect(JSON.stringify(report)).not.toContain(INGESTION_TOKEN);
  });

  it('answers as the service does: bad token, version, rule, stream, body and size', async () => {
    const post = async (p: string, body: Buffer | string, headers: Record<string, string> = {}) => {
      const res = await request(`${lake.url}${p}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${INGESTION_TOKEN}`, 'content-type': 'application/json', ...headers },
        body,
      });
      const text = await res.body.text();
      return { status: res.statusCode, code: text ? (JSON.parse(text) as { error: { code: string } }).error.code : '' };
    };
    const good = `/dataCollectionRules/${DCR}/streams/Custom-Probe_CL?api-version=2023-01-01`;
    expect(await post(good, '[{"a":1}]')).toEqual({ status: 204, code: '' });
    expect(await post(good, gzipSync('[{"a":2}]'), { 'content-encoding': 'gzip' })).toEqual({ status: 204, code: '' });
    expect((await post(good, '[{"a":1}]', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect(await post(good.replace('2023-01-01', '2021-11-01-preview'), '[]')).toMatchObject({ status: 400, code: 'InvalidApiVersion' });
    expect(await post(good.replace(DCR, `dcr-${'f'.repeat(32)}`), '[]')).toMatchObject({ status: 404 });
    expect(await post(good.replace('Custom-Probe_CL', 'Microsoft-Syslog'), '[]')).toMatchObject({ status: 400, code: 'InvalidStream' });
    expect(await post(good, '{"a":1}')).toMatchObject({ status: 400, code: 'InvalidContent' });
    const tooBig = `[${JSON.stringify({ pad: 'z'.repeat(1_000_000) })}]`;
    expect(await post(good, tooBig)).toMatchObject({ status: 413 });
    // Compressed small, decompressed over the limit: still refused.
    expect(await post(good, gzipSync(tooBig), { 'content-encoding': 'gzip' })).toMatchObject({ status: 413 });
    expect(lake.ingestion.records.get('Probe_CL')).toEqual([{ a: 1 }, { a: 2 }]);
  });
});

/** Sign-ins: alice fails 12 times in the last hour, bob once. */
function signins(now: number): Table {
  const rows: [bigint, string, string][] = [];
  for (let i = 0; i < 12; i++) rows.push([BigInt(now - (i + 1) * 60_000) * 10_000n, 'alice@contoso.com', '50126']);
  rows.push([BigInt(now - 5 * 60_000) * 10_000n, 'bob@contoso.com', '50126']);
  return {
    columns: [
      { name: 'TimeGenerated', type: 'datetime' },
      { name: 'UserPrincipalName', type: 'string' },
      { name: 'ResultType', type: 'string' },
    ],
    data: [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    rowCount: rows.length,
  };
}

const detection = (n: number, threshold: number) => `id: 6f3c9a8e-2b1d-4c7e-9f10-${String(n).padStart(12, '0')}
name: rule ${n}
severity: Medium
kind: Scheduled
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
query: "SigninLogs | where ResultType != \\"0\\" | summarize Failures = count() by UserPrincipalName | where Failures > ${threshold}"
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
`;

describe('run --write-table', () => {
  const now = Date.parse('2026-03-02T12:00:00Z');
  let lake: RunningEmulator;
  const faults: (Fault | undefined)[] = [];
  let root = '';
  beforeAll(async () => {
    lake = await startEmulator({
      tables: new Map([['SigninLogs', signins(now)]]),
      token: undefined,
      warmUp: false,
      ingestion: { dcr: DCR, faults },
    });
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-hunt-table-')));
    fs.mkdirSync(path.join(root, 'detections'));
    fs.writeFileSync(path.join(root, 'detections', 'a-fires.yaml'), detection(1, 10));
    fs.writeFileSync(path.join(root, 'detections', 'b-quiet.yaml'), detection(2, 100));
    fs.writeFileSync(
      path.join(root, 'lakeguard.yaml'),
      `lake:\n  database: lake-db\n  ingestion:\n    endpoint: ${lake.url}\n    dcr: ${DCR}\n    stream: ${STREAM}\n`,
    );
    process.env.LAKEGUARD_TOKEN = LAKE_TOKEN;
    process.env.LAKEGUARD_INGESTION_TOKEN = INGESTION_TOKEN;
  });
  afterAll(async () => {
    delete process.env.LAKEGUARD_TOKEN;
    delete process.env.LAKEGUARD_INGESTION_TOKEN;
    await lake.close();
  });

  const settings = (live: Partial<LiveSettings> = {}, extra: Partial<DetectionSettings> = {}): DetectionSettings => ({
    command: 'run',
    live: {
      endpoint: lake.endpoint,
      gate: false,
      concurrency: 2,
      showResults: 'entities',
      now: new Date(now).toISOString(),
      writeTable: true,
      ...live,
    },
    paths: [],
    root,
    cache: false,
    color: false,
    debug: false,
    format: 'none',
    jobs: 1,
    ...extra,
  });

  it('reads lake.ingestion from lakeguard.yaml and refuses unknown keys there', async () => {
    const config = await loadConfig(path.join(root, 'lakeguard.yaml'), root);
    expect(config.lake?.ingestion).toEqual({ endpoint: lake.url, dcr: DCR, stream: STREAM });
    const bad = path.join(root, 'bad.yaml');
    fs.writeFileSync(bad, 'lake:\n  ingestion:\n    endpoint: https://x\n    rule: dcr-1\n');
    await expect(loadConfig(bad, root)).rejects.toThrow(/bad\.yaml:4:5: unknown key 'rule'.*Known keys: endpoint, dcr, stream/);
  });

  it('sends one record per detection, retried past a 429, then `lakeguard query` reads them back', async () => {
    faults.push({ kind: 'throttle', retryAfterSeconds: 0 });
    const progress: string[] = [];
    const errors: string[] = [];
    const outcome = await run(
      { ...settings(), jsonFile: 'r.json', summaryFile: 'r.md', onProgress: (l) => progress.push(l) },
      { out: () => {}, err: (s) => errors.push(s) },
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.exitCode).toBe(0);
    const ingestion = outcome.result!.ingestion!;
    expect(ingestion).toMatchObject({ stream: STREAM, records: 2, sent: 2, oversized: 0 });
    expect(ingestion.batches).toHaveLength(1);
    expect(ingestion.batches[0]).toMatchObject({ ok: true, attempts: 2, records: 2 });
    const stored = lake.ingestion.records.get('LakeguardHunts_CL')!;
    expect(stored).toHaveLength(2);
    const fired = stored.find((r) => r.DetectionName === 'rule 1')!;
    expect(fired).toMatchObject({
      TimeGenerated: '2026-03-02T12:00:00.000Z',
      DetectionId: '6f3c9a8e-2b1d-4c7e-9f10-000000000001',
      File: 'detections/a-fires.yaml',
      Mode: 'hunt',
      Status: 'passed',
      Ran: true,
      WindowStart: '2026-03-02T11:00:00.000Z',
      WindowEnd: '2026-03-02T12:00:00.000Z',
      Fired: true,
      Rows: 1,
      Entities: [{ type: 'Account', FullName: 'alice@contoso.com' }],
    });
    expect(fired.RequestId).toMatch(/^lakeguard;/);
    expect(typeof fired.DurationMs).toBe('number');
    expect(stored.find((r) => r.DetectionName === 'rule 2')).toMatchObject({ Fired: false, Rows: 0 });
    expect(progress.at(-1)).toMatch(/^▤ hunt records: 2 of 2 sent to Custom-LakeguardHunts_CL in 1 batch\(es\)/);

    let out = '';
    const code = await runCli(
      [
        'query',
        '--endpoint',
        lake.endpoint,
        '--database',
        'lake-db',
        '--format',
        'json',
        'LakeguardHunts_CL | summarize Runs = count(), Fired = countif(Fired) by DetectionName | order by DetectionName asc',
      ],
      { out: (s) => (out += s), err: (s) => (out += s) },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).rows).toEqual([
      ['rule 1', 1, 1],
      ['rule 2', 1, 0],
    ]);
    // The README's trending query runs as written over the records.
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const trend = /Trend the records[\s\S]*?```kql\n([\s\S]*?)```/.exec(readme)![1]!;
    let trended = '';
    const trendCode = await runCli(
      ['query', '--endpoint', lake.endpoint, '--database', 'lake-db', '--format', 'json', '--now', '2026-03-03T00:00:00Z', trend],
      { out: (s) => (trended += s), err: (s) => (trended += s) },
    );
    expect(trendCode, trended).toBe(0);
    const table = JSON.parse(trended) as { columns: { name: string }[]; rows: unknown[][] };
    expect(table.columns.map((c) => c.name)).toEqual(['DetectionName', 'Day', 'Runs', 'Fired', 'Rows', 'Failed', 'MaxDurationMs']);
    expect(table.rows.map((r) => r.slice(0, 6))).toEqual([
      ['rule 1', '2026-03-02T00:00:00Z', 1, 1, 1, 0],
      ['rule 2', '2026-03-02T00:00:00Z', 1, 0, 0, 0],
    ]);
    for (const f of ['r.json', 'r.md']) {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      expect(text).not.toContain(INGESTION_TOKEN);
      expect(text).not.toContain(LAKE_TOKEN);
    }
    expect([...progress, ...errors, out].join('\n')).not.toMatch(new RegExp(`${INGESTION_TOKEN}|${LAKE_TOKEN}`));
  }, 60_000);

  it('a batch that cannot be written fails the run with a clear error', async () => {
    for (let i = 0; i < 4; i++) faults.push({ kind: 'server-error', status: 500 });
    const errors: string[] = [];
    const progress: string[] = [];
    const outcome = await run(
      { ...settings({ showResults: 'counts' }, {}), onProgress: (l) => progress.push(l) },
      { out: () => {}, err: (s) => errors.push(s) },
    );
    expect(outcome.exitCode).toBe(1);
    expect(outcome.failure).toBe('2 of 2 hunt record(s) did not reach Custom-LakeguardHunts_CL.');
    expect(outcome.result!.ingestion!.batches[0]).toMatchObject({ ok: false, attempts: 4 });
    const { markdownReporter } = await import('../../src/report/reporters/markdown.js');
    const { reportContext } = await import('../../src/report/context.js');
    const summary = markdownReporter(outcome.result!, reportContext({ root }));
    expect(summary).toContain('#### Hunt records: 0 of 2 records sent to Custom-LakeguardHunts\\_CL ❌');
    expect(summary).toMatch(/\| 1 \| 2 \| \d+ \| \d+ \| 4 \| ❌ batch 1 of 1/);
    expect(progress.join('\n')).toMatch(/✗ hunt records: batch 1 of 1 \(2 records, \d+ bytes\): HTTP 500 ServiceUnavailable/);
    expect(errors.join('')).toContain('did not reach');
    // The detections themselves passed: only the table write failed.
    expect(outcome.result!.totals.failed).toBe(0);
  }, 120_000);

  it('refuses before any query when the table is not configured or the endpoint is plain http', async () => {
    const before = lake.requests;
    const missing = await run({
      ...settings({ ingestionEndpoint: undefined }),
      configFile: false,
      live: { ...settings().live!, database: 'lake-db' },
    });
    expect(missing.exitCode).toBe(2);
    expect(missing.error).toMatch(/--write-table needs --ingestion-endpoint URL \(lake.ingestion.endpoint\), --dcr IMMUTABLE_ID/);
    const plain = await run(settings({ ingestionEndpoint: 'http://dce.example.com/' }));
    expect(plain.error).toMatch(/refusing to send a token over plain http to dce\.example\.com/);
    delete process.env.LAKEGUARD_INGESTION_TOKEN;
    const env = { ...process.env };
    for (const k of Object.keys(env)) if (/^(AZURE_|ACTIONS_ID_TOKEN)/.test(k)) delete process.env[k];
    try {
      const none = await run(settings());
      expect(none.error).toMatch(/--write-table needs credentials for Azure Monitor: .*LAKEGUARD_INGESTION_TOKEN/);
    } finally {
      process.env.LAKEGUARD_INGESTION_TOKEN = INGESTION_TOKEN;
      Object.assign(process.env, env);
    }
    expect(lake.requests).toBe(before);
  }, 60_000);
});

describe('hunt records', () => {
  it('one per detection, with the workflow run URL; entities capped under the 64 KB field limit', () => {
    const entities = Array.from({ length: 5000 }, (_, i) => ({ type: 'Account', FullName: `user${i}@contoso.com` }));
    const result = {
      results: [
        {
          id: 'x',
          name: 'many',
          file: 'd/x.yaml',
          status: 'passed',
          findings: [],
          tests: [],
          live: { fired: true, rows: 5000, bytes: 1, durationMs: 2.4, entities },
        },
        { id: 'y', name: 'not sent', file: 'd/y.yaml', status: 'failed', findings: [], tests: [] },
      ],
    } as unknown as RunResult;
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' };
    const records = huntRecords(result, {
      runTime: '2026-03-02T12:00:00.000Z',
      mode: 'gate',
      toolVersion: '0.1.0',
      workflowRunUrl: workflowRunUrl(env),
    });
    expect(records).toHaveLength(2);
    expect(records[0]!.WorkflowRunUrl).toBe('https://github.com/o/r/actions/runs/42/attempts/2');
    expect(records[0]!.EntitiesTotal).toBe(5000);
    const kept = records[0]!.Entities as unknown[];
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.length).toBeLessThan(5000);
    expect(Buffer.byteLength(JSON.stringify(kept))).toBeLessThanOrEqual(MAX_FIELD_BYTES);
    expect(records[0]).toMatchObject({ Mode: 'gate', DurationMs: 2, Fired: true });
    expect(records[1]).toMatchObject({ Ran: false, Fired: false, Rows: 0, Status: 'failed', WindowStart: null });
    expect(records[1]).not.toHaveProperty('Entities');
  });
});
