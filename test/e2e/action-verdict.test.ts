/**
 * The bundled action (dist/, Node 24, INPUT_* variables) with the history
 * inputs, against loopback services:
 *   - `pr-comment: true` twice on one pull request → one verdict comment, edited;
 *     from a fork → the job summary only, with a notice, and no comment;
 *   - `write-table: true` on a hunt → the records in the emulator's table.
 */
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/index.js';
import { copyBundle, copyDetections, pullRequestEvent, runBundledAction } from './action-harness.js';

const BRUTE = 'brute-force-signin';
const DUMPING = 'credential-dumping-tools';
const MARKER = '<!-- lakeguard:verdict -->';
const TOKEN = 'ghs_verdict_token_0123456789abcdef';
const LAKE_TOKEN = 'lake-ready-token-5a4b3c2d1e';
const INGESTION_TOKEN = 'ingestion-ready-token-9f8e7d6c5b';
const DCR = 'dcr-00112233445566778899aabbccddeeff';

let work: string;
beforeAll(() => {
  work = copyBundle();
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Issue comments of o/r#7 (list in pages of per_page, create, update); writes need TOKEN. */
async function fakeIssueComments() {
  const comments: { id: number; body: string }[] = [{ id: 1, body: 'a reviewer' }];
  const writes: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      if (req.headers.authorization !== `token ${TOKEN}`) return send(401, { message: 'Bad credentials' });
      const id = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname)?.[1];
      if (url.pathname === '/repos/o/r/issues/7/comments' && req.method === 'GET') {
        const per = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const more = page * per < comments.length;
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        return send(200, comments.slice((page - 1) * per, page * per), more ? { link: `<${next}>; rel="next"` } : {});
      }
      const body = (JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { body?: string }).body ?? '';
      if (url.pathname === '/repos/o/r/issues/7/comments' && req.method === 'POST') {
        writes.push('create');
        const comment = { id: 100 + comments.length, body };
        comments.push(comment);
        return send(201, { ...comment, html_url: `https://github.example/o/r/pull/7#issuecomment-${comment.id}` });
      }
      if (id && req.method === 'PATCH') {
        writes.push(`update ${id}`);
        const comment = comments.find((c) => c.id === Number(id));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = body;
        return send(200, { ...comment, html_url: `https://github.example/o/r/pull/7#issuecomment-${comment.id}` });
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    comments,
    writes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('pr-comment: the verdict on the pull request', () => {
  it('two pushes leave one comment, created then edited; a fork gets a notice and no comment', async () => {
    const repo = path.join(work, 'verdict-repo');
    fs.mkdirSync(repo);
    copyDetections(repo, [BRUTE, DUMPING]);
    const file = path.join(repo, 'detections', `${BRUTE}.yaml`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('rows: { min: 1, max: 1 }', 'rows: { min: 2, max: 2 }'));
    const api = await fakeIssueComments();
    try {
      const inputs = { command: 'test', 'pr-comment': 'true', 'github-token': TOKEN, 'changed-only': 'false' };
      const env = (event: string) => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url });
      const event = pullRequestEvent(path.join(work, 'verdict-event.json'), 7, 'base0', 'head1');
      const first = await runBundledAction({ work, workspace: repo, inputs, env: env(event) });
      expect(first.stderr).toBe('');
      expect(first.status).toBe(1);
      expect(first.stdout).toMatch(/^pr-comment: verdict comment created/m);
      const verdict = () => api.comments.filter((c) => c.body.includes(MARKER));
      expect(verdict()).toHaveLength(1);
      expect(verdict()[0]!.body).toContain('### ❌ lakeguard test: 1 failed of 2 detections');
      expect(verdict()[0]!.body).toContain('#### Failed tests (1)');
      expect(verdict()[0]!.body).toContain('**fires on twelve wrong passwords from one address**');

      // The next push fixes the test: the same comment now says so.
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('rows: { min: 2, max: 2 }', 'rows: { min: 1, max: 1 }'));
      const second = await runBundledAction({ work, workspace: repo, inputs, env: env(event) });
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/^pr-comment: verdict comment updated/m);
      expect(verdict()).toHaveLength(1);
      expect(verdict()[0]!.body).toContain('### ✅ lakeguard test: 2 detections passed');
      expect(api.comments).toHaveLength(2);
      expect(api.writes).toEqual(['create', `update ${verdict()[0]!.id}`]);
      // The token is masked and never printed otherwise.
      for (const run of [first, second]) expect(run.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`]);

      const forkEvent = pullRequestEvent(path.join(work, 'verdict-fork.json'), 7, 'base0', 'head2', 'mallory/r');
      const fork = await runBundledAction({ work, workspace: repo, inputs, env: env(forkEvent) });
      expect(fork.status).toBe(0);
      expect(fork.stdout).toMatch(
        /^::notice::pr-comment: pull request #7 comes from the fork mallory\/r, whose token may not comment on o\/r; the verdict is in the job summary only\.$/m,
      );
      expect(fork.summary).toMatch(/^### ✅ lakeguard test/m);
      expect(api.writes).toHaveLength(2);
    } finally {
      await api.close();
    }
  }, 120_000);
});

describe('write-table: hunt records from the action', () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    const data = path.join(work, 'hunt-data');
    fs.mkdirSync(data);
    const now = Date.now();
    const rows = Array.from({ length: 12 }, (_, i) => ({
      TimeGenerated: new Date(now - (30 - i) * 60_000).toISOString(),
      UserPrincipalName: 'alice@contoso.com',
      IPAddress: '203.0.113.7',
      ResultType: '50126',
      AppDisplayName: 'OfficeHome',
    }));
    fs.writeFileSync(path.join(data, 'SigninLogs.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    emulator = await startEmulator({ data: [data], ingestion: { dcr: DCR } });
  });
  afterAll(() => emulator.close());

  it('sends one record per detection to the stream, and no token is printed', async () => {
    const repo = path.join(work, 'hunt-repo');
    fs.mkdirSync(repo);
    copyDetections(repo, [BRUTE, DUMPING]);
    const run = await runBundledAction({
      work,
      workspace: repo,
      inputs: {
        command: 'run',
        database: 'hunts',
        endpoint: emulator.endpoint,
        'write-table': 'true',
        'ingestion-endpoint': emulator.url,
        dcr: DCR,
        stream: 'Custom-LakeguardHunts_CL',
      },
      env: {
        LAKEGUARD_TOKEN: LAKE_TOKEN,
        LAKEGUARD_INGESTION_TOKEN: INGESTION_TOKEN,
        GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '4242',
      },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/hunt records: 2 of 2 sent to Custom-LakeguardHunts_CL in 1 batch\(es\)/);
    const records = emulator.ingestion.records.get('LakeguardHunts_CL')!;
    expect(records.map((r) => r.File).sort()).toEqual([`detections/${BRUTE}.yaml`, `detections/${DUMPING}.yaml`]);
    expect(records.find((r) => r.File === `detections/${BRUTE}.yaml`)).toMatchObject({
      Fired: true,
      Commit: '0123456789abcdef0123456789abcdef01234567',
      Repository: 'o/r',
      WorkflowRunUrl: 'https://github.example/o/r/actions/runs/4242',
    });
    expect(run.summary).toContain('#### Hunt records: 2 of 2 records sent to Custom-LakeguardHunts\\_CL ✅');
    for (const secret of [LAKE_TOKEN, INGESTION_TOKEN]) {
      expect(run.stdout.split('\n').filter((l) => l.includes(secret) && !l.startsWith('::add-mask::'))).toEqual([]);
      expect(run.summary).not.toContain(secret);
    }
  }, 120_000);
});
