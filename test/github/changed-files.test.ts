import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFilesFromApi, changedFilesFromGit, changedFilesOfPullRequest, pullRequestOf } from '../../src/github/changed-files.js';
import { runDetections as run } from '../../src/commands/detections.js';
import type { DetectionSettings } from '../../src/commands/detections.js';

/** A fake GitHub REST API: pulls.listFiles in pages of `per_page`, with Link headers. */
function fakeGitHub(files: { filename: string; previous_filename?: string }[]) {
  const requests: { url: string; auth?: string }[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? '', auth: req.headers.authorization });
    const url = new URL(req.url ?? '/', 'http://x');
    const match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (!match || req.headers.authorization !== 'token test-token') {
      res.writeHead(match ? 401 : 404, { 'content-type': 'application/json' }).end('{"message":"no"}');
      return;
    }
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = files.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page * perPage < files.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`;
    }
    res.writeHead(200, headers).end(JSON.stringify(slice.map((f) => ({ ...f, status: 'modified' }))));
  });
  return { server, requests };
}

describe('changed files of a pull request', () => {
  const files: { filename: string; previous_filename?: string }[] = Array.from({ length: 230 }, (_, i) => ({
    filename: `detections/d${i}.yaml`,
  }));
  files.push({ filename: 'detections/new-name.yaml', previous_filename: 'detections/old-name.yaml' });
  const api = fakeGitHub(files);
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  });
  afterAll(() => api.server.close());

  it('lists every page from the API, with the old names of renamed files', async () => {
    process.env.GITHUB_API_URL = base;
    try {
      const listed = await changedFilesFromApi({ owner: 'o', repo: 'r', number: 7 }, 'test-token');
      expect(listed).toHaveLength(232);
      expect(listed).toContain('detections/old-name.yaml');
      expect(api.requests.filter((r) => r.url.startsWith('/repos/o/r/pulls/7/files')).length).toBe(3);
      expect(await changedFilesFromApi({ owner: 'o', repo: 'r', number: 7 }, 'wrong-token')).toBeUndefined();
    } finally {
      delete process.env.GITHUB_API_URL;
    }
  });

  it('reads the pull request from the event and falls back to git without a token', async () => {
    const repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-git-')));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    fs.writeFileSync(path.join(repo, 'a.yaml'), 'a');
    fs.writeFileSync(path.join(repo, 'b.yaml'), 'b');
    git('add', '.');
    git('commit', '-qm', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    fs.writeFileSync(path.join(repo, 'b.yaml'), 'b2');
    fs.mkdirSync(path.join(repo, 'fx'));
    fs.writeFileSync(path.join(repo, 'fx', 'c.jsonl'), '{}');
    git('add', '.');
    git('commit', '-qm', 'head');
    const event = path.join(repo, 'event.json');
    fs.writeFileSync(
      event,
      JSON.stringify({ pull_request: { number: 3, base: { sha: baseSha }, head: { sha: git('rev-parse', 'HEAD') } } }),
    );
    const env = { GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' };
    expect(await pullRequestOf(env)).toMatchObject({ owner: 'o', repo: 'r', number: 3, baseSha });
    expect(await changedFilesOfPullRequest(repo, undefined, env)).toEqual({ files: ['b.yaml', 'fx/c.jsonl'], source: 'git' });
    expect((await changedFilesFromGit(repo, baseSha))?.sort()).toEqual(['b.yaml', 'fx/c.jsonl']);
    expect(await changedFilesFromGit(repo, 'no-such-ref')).toBeUndefined();
    expect(await changedFilesOfPullRequest(repo, undefined, { ...env, GITHUB_EVENT_NAME: 'push' })).toEqual({
      files: undefined,
      reason: 'this run is not for a pull request',
    });
  });
});

describe('checking only what changed', () => {
  function repo(): string {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-changed-')));
    fs.mkdirSync(path.join(dir, 'detections', 'fixtures'), { recursive: true });
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
    write('detections/a.yaml', 'id: 6f3c9a8e-2b1d-4c7e-9f10-000000000001\nname: a\nquery: SigninLogs\n');
    write(
      'detections/b.yaml',
      'id: 6f3c9a8e-2b1d-4c7e-9f10-000000000002\nname: b\nquery: SigninLogs\ntests:\n  - name: t\n    data: { SigninLogs: fixtures/b.jsonl }\n',
    );
    write('detections/c.yaml', 'id: 6f3c9a8e-2b1d-4c7e-9f10-000000000001\nname: c\nquery: SigninLogs\n');
    write('detections/fixtures/b.jsonl', '');
    write('lakeguard.yaml', 'paths: [detections]\n');
    return dir;
  }
  const settings = (root: string, changedFiles?: string[]): DetectionSettings => ({
    command: 'validate',
    paths: [],
    root,
    cache: false,
    color: false,
    debug: false,
    format: 'none',
    jobs: 1,
    changedFiles,
  });
  const files = async (root: string, changed?: string[]) => (await run(settings(root, changed))).result!.results.map((r) => r.file);

  it('selects detections by their file or a fixture they read; lakeguard.yaml selects all', async () => {
    const root = repo();
    expect(await files(root, ['detections/a.yaml', 'README.md'])).toEqual(['detections/a.yaml']);
    expect(await files(root, ['detections/fixtures/b.jsonl'])).toEqual(['detections/b.yaml']);
    expect(await files(root, ['lakeguard.yaml'])).toEqual(['detections/a.yaml', 'detections/b.yaml', 'detections/c.yaml']);
    expect(await files(root, [])).toEqual([]);
  });

  it('--changed-since asks git which files changed since a commit', async () => {
    const root = repo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    fs.appendFileSync(path.join(root, 'detections/fixtures/b.jsonl'), '{}\n');
    git('commit', '-qam', 'fixture');
    const outcome = await run({ ...settings(root), changedSince: base });
    expect(outcome.result!.results.map((r) => r.file)).toEqual(['detections/b.yaml']);
    const bad = await run({ ...settings(root), changedSince: 'no-such-ref' });
    expect([bad.exitCode, bad.error]).toEqual([2, "git cannot compare with 'no-such-ref' (is it a commit of this clone?)"]);
  });

  it('still finds a duplicate id against an unchanged detection', async () => {
    const root = repo();
    const result = (await run(settings(root, ['detections/c.yaml']))).result!;
    expect(result.results.map((r) => r.file)).toEqual(['detections/c.yaml']);
    expect(result.results[0]!.findings.map((f) => f.ruleId)).toContain('LG5001');
  });
});
