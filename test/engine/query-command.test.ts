import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('lakeguard query', () => {
  it('prints v2-serialized JSON and a text table', async () => {
    const json = await cli(['query', '--format', 'json', 'print a = 1, t = datetime(2021-01-01)']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({
      columns: [
        { name: 'a', type: 'long' },
        { name: 't', type: 'datetime' },
      ],
      rows: [[1, '2021-01-01T00:00:00Z']],
    });
    const table = await cli(['query', 'range x from 1 to 2 step 1']);
    expect(table.out.split('\n').slice(0, 4)).toEqual(['x', '-', '1', '2']);
  });

  it('fixes now() with --now', async () => {
    const r = await cli(['query', '--format', 'json', '--now', '2025-06-01T12:00:00Z', 'print ago(1d)']);
    expect(JSON.parse(r.out).rows).toEqual([['2025-05-31T12:00:00Z']]);
  });

  it('runs a batch, one JSON line per query, refusals and errors included', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-q-')), 'b.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ id: 'ok', query: 'print 1' }),
        JSON.stringify({ id: 'refused', query: 'print hash_combine(1, 2)' }),
        JSON.stringify({ id: 'bad', query: 'print nope' }),
        'not json',
        '',
      ].join('\n'),
    );
    const r = await cli(['query', '--batch', file]);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.error?.kind ?? 'ok'])).toEqual([
      ['ok', 'ok'],
      ['refused', 'unsupported'],
      ['bad', 'error'],
      ['line 4', 'error'],
    ]);
  });

  it('exits 1 on a refused query and 2 on usage errors', async () => {
    const refused = await cli(['query', 'print hash_combine(1, 2)']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not supported offline: function hash_combine() at 1:7');
    expect((await cli(['query'])).code).toBe(2);
    expect((await cli(['query', '--now', 'yesterday', 'print 1'])).code).toBe(2);
  });
});
