/**
 * The verdict comment against a loopback stand-in of the GitHub REST API (issue
 * comments: list with pagination, create, update): created once, found again by
 * its marker on a later page and edited in place, so two runs leave one comment.
 * Forks and read-only tokens get the job summary only, with a notice.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type * as Core from '@actions/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { valuesFromInputs } from '../../src/commands/parse.js';
import { publishOutcome } from '../../src/commands/publish.js';
import { publishVerdict } from '../../src/github/pr-comment.js';
import type { RunResult } from '../../src/model/result.js';
import { VERDICT_MARKER, verdictMarkdown } from '../../src/report/verdict.js';

interface Comment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

/** Issue comments of o/r#7: GET (paged, Link headers), POST, PATCH; `token write-token` may write, `token read-token` only read. */
function fakeGitHub() {
  const comments: Comment[] = [];
  const requests: { method: string; url: string }[] = [];
  let nextId = 1000;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '' });
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      const auth = req.headers.authorization;
      if (auth !== 'token write-token' && auth !== 'token read-token') return json(401, { message: 'Bad credentials' });
      const canWrite = auth === 'token write-token';
      const list = url.pathname === '/repos/o/r/issues/7/comments';
      const one = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (list && req.method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < comments.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next}>; rel="next"`;
        }
        return json(200, comments.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (!canWrite) return json(403, { message: 'Resource not accessible by integration' });
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string }).body : undefined;
      if (typeof body !== 'string') return json(422, { message: 'body is missing' });
      if (list && req.method === 'POST') {
        const id = nextId++;
        const comment = {
          id,
          body,
          user: { login: 'github-actions[bot]' },
          html_url: `https://github.example/o/r/pull/7#issuecomment-${id}`,
        };
        comments.push(comment);
        return json(201, comment);
      }
      if (one && req.method === 'PATCH') {
        const comment = comments.find((c) => c.id === Number(one[1]));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = body;
        return json(200, comment);
      }
      return json(404, { message: 'Not Found' });
    });
  });
  return { server, comments, requests };
}

function result(overrides: Partial<RunResult> = {}): RunResult {
  return {
    tool: 'lakeguard',
    version: '0.1.0',
    command: 'backtest',
    startedAt: '2026-03-02T12:00:00Z',
    durationMs: 1200,
    totals: { passed: 1, failed: 1, error: 0, skipped: 0, findings: { error: 1, warning: 2, note: 0 } },
    results: [
      {
        id: 'a',
        name: 'Brute force',
        file: 'detections/brute.yaml',
        status: 'failed',
        findings: [
          { ruleId: 'LG1201', level: 'error', message: 'unknown column', file: 'detections/brute.yaml', line: 9, column: 3 },
          { ruleId: 'LG3001', level: 'warning', message: 'x', file: 'detections/brute.yaml', line: 2, column: 1 },
          { ruleId: 'LG3001', level: 'warning', message: 'y', file: 'detections/brute.yaml', line: 3, column: 1 },
        ],
        tests: [
          { name: 'fires on 12 failures', status: 'failed', line: 30, message: 'expected the rule to fire, it did not\n  rows: 0' },
          { name: 'quiet on one failure', status: 'passed', line: 40 },
        ],
        backtest: {
          from: '2026-02-23T12:00:00Z',
          to: '2026-03-02T12:00:00Z',
          evaluations: 168,
          sampled: 48,
          alerts: 36,
          alertsPerDay: 12,
          min: 8,
          max: 15,
          perDay: [],
          before: {
            ref: 'origin/main',
            from: '2026-02-23T12:00:00Z',
            to: '2026-03-02T12:00:00Z',
            evaluations: 168,
            sampled: 48,
            alerts: 12,
            alertsPerDay: 4,
            min: 2,
            max: 6,
            perDay: [],
          },
        },
      },
      {
        id: 'b',
        name: 'Unchanged rule',
        file: 'detections/other.yaml',
        status: 'passed',
        findings: [],
        tests: [],
        backtest: { from: '', to: '', evaluations: 7, sampled: 7, alerts: 7, alertsPerDay: 1, min: 1, max: 1, perDay: [] },
      },
    ],
    ...overrides,
  };
}

describe('the verdict comment', () => {
  const api = fakeGitHub();
  let base = '';
  let dir = '';
  const env = (head = 'o/r'): NodeJS.ProcessEnv => {
    const event = path.join(dir, `event-${head.replace('/', '-')}.json`);
    fs.writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          head: { sha: 'abcdef1234567890', repo: { full_name: head } },
          base: { sha: '0123', repo: { full_name: 'o/r' } },
        },
      }),
    );
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: base,
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '99',
    };
  };
  const logs: { level: string; line: string }[] = [];
  const log = {
    info: (line: string) => logs.push({ level: 'info', line }),
    notice: (line: string) => logs.push({ level: 'notice', line }),
    warning: (line: string) => logs.push({ level: 'warning', line }),
  };
  beforeAll(async () => {
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-pr-'));
  });
  afterAll(() => api.server.close());
  beforeEach(() => {
    logs.length = 0;
    api.requests.length = 0;
  });

  it('renders findings, failed tests and before → after alert volume of the changed detections', () => {
    const body = verdictMarkdown(result(), { toolVersion: '0.1.0', commit: 'abcdef1234567890', workflowRunUrl: 'https://x/runs/1' });
    expect(body.startsWith(`${VERDICT_MARKER}\n### ❌ lakeguard backtest: 1 failed of 2 detections`)).toBe(true);
    expect(body).toContain('**Findings:** 3 — 🔴 1 error, 🟡 2 warnings, 🔵 0 notes.');
    expect(body).toContain('#### Failed tests (1)');
    expect(body).toContain('- ❌ `detections/brute.yaml:30` **fires on 12 failures**: expected the rule to fire, it did not');
    expect(body).toContain('against `origin/main`');
    expect(body).toContain('| Brute force | 4 → 12 (×3) | 8–15 | 48 of 168 (sampled) |');
    // Only the changed detection (the one with a before) is listed.
    expect(body).not.toContain('Unchanged rule');
    expect(body).toContain('commit abcdef123456 · [workflow run](https://x/runs/1)');
  });

  it('is created once, then found on a later page and updated: one comment after two runs', async () => {
    // 120 comments by people first, so the verdict lands on the second page of 100.
    for (let i = 0; i < 120; i++)
      api.comments.push({ id: i + 1, body: `looks good ${i}`, user: { login: 'reviewer' }, html_url: `https://github.example/c/${i}` });
    const first = await publishVerdict(result(), 'write-token', log, env());
    expect(first.kind).toBe('created');
    const second = await publishVerdict(
      result({ totals: { passed: 2, failed: 0, error: 0, skipped: 0, findings: { error: 0, warning: 0, note: 0 } }, command: 'test' }),
      'write-token',
      log,
      env(),
    );
    expect(second).toMatchObject({ kind: 'updated', id: (first as { id: number }).id });
    const verdicts = api.comments.filter((c) => c.body.includes(VERDICT_MARKER));
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]!.body).toContain('### ✅ lakeguard test: 2 detections passed');
    expect(api.comments).toHaveLength(121);
    // The second run listed both pages, then patched the comment it found.
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url, base).searchParams.get('page') ?? '1')).toEqual([
      '1',
      '2',
      '1',
      '2',
    ]);
    expect(api.requests.filter((r) => r.method !== 'GET').map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(logs.map((l) => l.line)).toEqual([
      expect.stringMatching(/^pr-comment: verdict comment created \(https:\/\/github\.example\/o\/r\/pull\/7#issuecomment-\d+\)\.$/),
      expect.stringMatching(/^pr-comment: verdict comment updated/),
    ]);
  });

  it('a fork gets the job summary only, with a notice, and no API call', async () => {
    const outcome = await publishVerdict(result(), 'write-token', log, env('someone/r'));
    expect(outcome.kind).toBe('skipped');
    expect(api.requests).toHaveLength(0);
    expect(logs).toEqual([
      {
        level: 'notice',
        line: 'pr-comment: pull request #7 comes from the fork someone/r, whose token may not comment on o/r; the verdict is in the job summary only.',
      },
    ]);
  });

  it('a token without write permission (403) gets a notice, and nothing is written', async () => {
    const before = api.comments.map((c) => c.body);
    const outcome = await publishVerdict(result({ command: 'validate' }), 'read-token', log, env());
    expect(outcome).toMatchObject({ kind: 'forbidden', status: 403 });
    expect(api.comments.map((c) => c.body)).toEqual(before);
    expect(logs).toHaveLength(1);
    expect(logs[0]!.level).toBe('notice');
    expect(logs[0]!.line).toMatch(/HTTP 403; the workflow needs permissions: pull-requests: write.*job summary only/);
  });

  it('the action wires it: input pr-comment → settings → the step after the summary', async () => {
    const command = COMMANDS.get('test')!;
    const inputs: Record<string, string> = {
      'pr-comment': 'true',
      'github-token': 'write-token',
      annotations: 'false',
      'job-summary': 'false',
    };
    const { values, positionals } = valuesFromInputs(command, (name) => inputs[name] ?? '');
    const settings = command.settings(values, positionals, { kind: 'action', root: dir, env: {}, isTty: false }) as {
      prComment?: boolean;
      githubToken?: string;
    };
    expect(settings).toMatchObject({ prComment: true, githubToken: 'write-token' });
    const saved = { ...process.env };
    Object.assign(process.env, env());
    delete process.env.GITHUB_STEP_SUMMARY;
    const lines: string[] = [];
    const failed: string[] = [];
    const core = {
      setOutput: () => {},
      setFailed: (m: string) => failed.push(m),
      info: (l: string) => lines.push(l),
      notice: (l: string) => lines.push(l),
      warning: (l: string) => lines.push(l),
    } as unknown as typeof Core;
    try {
      const ok = result({
        totals: { passed: 2, failed: 0, error: 0, skipped: 0, findings: { error: 0, warning: 0, note: 0 } },
        command: 'test',
      });
      await publishOutcome(core, command, settings, { exitCode: 0, result: ok });
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
    expect(failed).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^pr-comment: verdict comment updated/)]);
    expect(api.comments.filter((c) => c.body.includes(VERDICT_MARKER))).toHaveLength(1);
  });
});
