/**
 * The fault matrix: each detection meets one fault of the lake (on every
 * attempt), each is classified correctly, and the others still complete.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Fault, type RunningEmulator } from '../../src/lake/emulator/index.js';
import { runLive } from '../../src/pipeline/run-live.js';
import { loadConfig } from '../../src/load/config.js';

const TOKEN = 'matrix-token-91d2f0c4';

const FAULTS: Record<string, { fault?: Fault; error?: string; finding?: string }> = {
  ok: {},
  slow: { fault: { kind: 'delay', ms: 50 } },
  throttled: { fault: { kind: 'throttle', retryAfterSeconds: 0 }, error: 'throttled', finding: 'LG8001' },
  unavailable: { fault: { kind: 'server-error', status: 503 }, error: 'service', finding: 'LG8001' },
  reset: { fault: { kind: 'reset' }, error: 'network', finding: 'LG8001' },
  hang: { fault: { kind: 'hang' }, error: 'timeout', finding: 'LG8001' },
  partial: { fault: { kind: 'partial-failure', message: 'A shard did not answer.' }, error: 'partial', finding: 'LG8001' },
  truncated: { fault: { kind: 'truncation', rows: 1 }, error: 'truncated', finding: 'LG8002' },
  malformed: { fault: { kind: 'malformed-json' }, error: 'malformed', finding: 'LG8001' },
  // The connection drops mid-answer: a network failure (retried), not a complete but broken answer.
  cutoff: { fault: { kind: 'cut-off' }, error: 'network', finding: 'LG8001' },
  denied: { fault: { kind: 'unauthorized' }, error: 'unauthorized', finding: 'LG8001' },
};

let lake: RunningEmulator;
beforeAll(async () => {
  lake = await startEmulator({
    token: TOKEN,
    faults: (r) => {
      const marker = /"fault:(\w+)"/.exec(r.csl)?.[1];
      return marker ? FAULTS[marker]?.fault : undefined;
    },
  });
});
afterAll(() => lake.close());

describe('lakeguard run: fault matrix', () => {
  it('classifies every fault and completes the other detections', async () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-faults-')));
    fs.mkdirSync(path.join(root, 'detections'));
    Object.keys(FAULTS).forEach((name, i) => {
      fs.writeFileSync(
        path.join(root, 'detections', `${name}.yaml`),
        `id: 6f3c9a8e-2b1d-4c7e-9f10-${String(i).padStart(12, '0')}\nname: ${name}\nlimits: { timeout: 1s }\nquery: 'range x from 1 to 3 step 1 | where "fault:${name}" != ""'\n`,
      );
    });
    const lines: string[] = [];
    const { result } = await runLive({
      paths: ['detections'],
      root,
      config: await loadConfig(undefined),
      jobs: 1,
      endpoint: lake.endpoint,
      database: 'db',
      gate: false,
      concurrency: 4,
      showResults: 'counts',
      token: async () => TOKEN,
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      timeoutGraceMs: 500,
      onProgress: (l) => lines.push(l),
    });
    for (const [name, want] of Object.entries(FAULTS)) {
      const entry = result.results.find((r) => r.file === `detections/${name}.yaml`)!;
      expect(entry.live?.error, name).toBe(want.error);
      expect(
        entry.findings.map((f) => f.ruleId),
        name,
      ).toEqual(want.finding ? [want.finding] : []);
      if (!want.error) expect(entry.live?.rows, name).toBe(3);
      if (want.finding === 'LG8001') {
        expect(entry.status, name).toBe('error');
        expect(entry.findings[0]!.message, name).toMatch(/request id lakeguard;[0-9a-f-]{36}/);
      }
      if (want.fault && want.fault.kind !== 'delay') expect(entry.live?.attempts, name).toBeGreaterThanOrEqual(1);
    }
    // Retryable faults were retried; permanent ones were not.
    const attempts = (name: string) => result.results.find((r) => r.file === `detections/${name}.yaml`)!.live!.attempts;
    expect(attempts('throttled')).toBe(2);
    expect(attempts('unavailable')).toBe(2);
    expect(attempts('denied')).toBe(1);
    expect(lines).toHaveLength(Object.keys(FAULTS).length);
    const everything = JSON.stringify(result) + lines.join('\n');
    expect(everything).not.toContain(TOKEN);
  }, 60_000);
});

describe('lakeguard run: --timeout', () => {
  it('bounds a hanging query by the timeout given on the command line', async () => {
    const { runCli } = await import('../../src/cli.js');
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-timeout-')));
    fs.mkdirSync(path.join(root, 'detections'));
    fs.writeFileSync(
      path.join(root, 'detections', 'h.yaml'),
      `id: 6f3c9a8e-2b1d-4c7e-9f10-000000000099\nname: h\nquery: 'range x from 1 to 3 step 1 | where "fault:hang" != ""'\n`,
    );
    const cwd = process.cwd();
    process.env.LAKEGUARD_TOKEN = TOKEN;
    process.chdir(root);
    let err = '';
    const started = Date.now();
    try {
      const code = await runCli(
        ['run', '--endpoint', lake.endpoint, '--database', 'db', '--timeout', '1s', '--format', 'none', '--json', 'r.json'],
        {
          out: () => {},
          err: (s) => (err += s),
        },
      );
      expect(code).toBe(1);
    } finally {
      process.chdir(cwd);
      delete process.env.LAKEGUARD_TOKEN;
    }
    // servertimeout 1 s + the client's grace: well under the 4-minute default.
    expect(Date.now() - started).toBeLessThan(45_000);
    const report = JSON.parse(fs.readFileSync(path.join(root, 'r.json'), 'utf8'));
    expect(report.results[0].live.error).toBe('timeout');
    expect(err).toMatch(/✗ detections\/h\.yaml: no complete answer/);
  }, 60_000);
});
