/**
 * `lakeguard emulator` from the built CLI (run `npm run build` first, as CI does):
 * it prints its URL on the first line, answers queries, and stops on SIGTERM.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { FIXTURES, post, queryBody, table } from './emulator-helpers.js';

const root = path.resolve(__dirname, '..', '..');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('lakeguard emulator (CLI)', () => {
  it('starts from dist/cli.js, prints its URL first, serves the fixtures and stops on SIGTERM', async () => {
    expect(fs.existsSync(path.join(root, 'dist', 'cli.js')), 'run npm run build first').toBe(true);
    const child = spawn(
      process.execPath,
      [path.join(root, 'dist', 'cli.js'), 'emulator', '--data', FIXTURES, '--now', '2025-06-01T12:00:00Z'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const lines = createInterface({ input: child.stdout });
      const first = await new Promise<string>((resolve, reject) => {
        lines.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`exited early with ${code} (is dist/ rebuilt?): ${stderr}`)));
      });
      const url = /^lakeguard emulator listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(first)?.[1];
      expect(url, first).toBeDefined();
      const r = await post(`${url}/lake/kql/v2/rest/query`, queryBody('AppEvents_CL | where TimeGenerated > ago(1d) | count'), {
        token: 'any',
      });
      expect(table(r, 'PrimaryResult').Rows).toEqual([[2]]);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('stops in-process when interrupted', async () => {
    const { serveUntilStopped } = await import('../../src/lake/emulator/index.js');
    const stop = new AbortController();
    let out = '';
    const done = serveUntilStopped(
      { data: [], host: '127.0.0.1', port: 0, allowRemote: false },
      { out: (s) => (out += s), err: () => {} },
      stop.signal,
    );
    while (!out.includes('\n')) await new Promise((r) => setTimeout(r, 10));
    const url = /listening on (\S+)/.exec(out)![1]!;
    expect((await post(`${url}/v2/rest/query`, queryBody('print 1'), { token: 't' })).status).toBe(200);
    stop.abort();
    expect(await done).toBe(0);
  });

  it('refuses a public host without --allow-remote and bad flags, with exit code 2', async () => {
    const help = await cli(['emulator', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('lakeguard emulator [--data DIR|FILE ...]');
    const publicHost = await cli(['emulator', '--host', '0.0.0.0']);
    expect(publicHost.code).toBe(2);
    expect(publicHost.err).toContain('loopback only');
    expect((await cli(['emulator', '--port', 'eighty'])).code).toBe(2);
    expect((await cli(['emulator', 'extra'])).code).toBe(2);
    const missing = await cli(['emulator', '--data', path.join(FIXTURES, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or folder');
  });
});
