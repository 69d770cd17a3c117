/**
 * The streamed .jsonl/.csv readers give exactly what the whole-file reader
 * (parseFixture + tableFromRecords) gives: the same values, the same errors with
 * file:line, across chunk boundaries, with the fast paths and their fallbacks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFixture, readFixture, tableFromRecords } from '../../src/engine/fixtures.js';
import type { Column, Table } from '../../src/engine/table.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-stream-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const COLUMNS: Column[] = [
  { name: 't', type: 'datetime' },
  { name: 's', type: 'string' },
  { name: 'n', type: 'long' },
  { name: 'd', type: 'dynamic' },
];

async function both(name: string, text: string, columns = COLUMNS): Promise<{ streamed: Table | string; whole: Table | string }> {
  const file = path.join(work, name);
  fs.writeFileSync(file, text);
  const csv = name.endsWith('.csv');
  const run = async (f: () => Promise<Table> | Table) => {
    try {
      return await f();
    } catch (error) {
      return (error as Error).message;
    }
  };
  return {
    streamed: await run(() => readFixture(file, columns, name)),
    whole: await run(() => tableFromRecords(parseFixture(text, name), columns, name, csv)),
  };
}

describe('streamed fixtures', () => {
  it('reads datetimes like parseDatetime, including the forms the fast path leaves to it', async () => {
    const times = [
      '2026-01-15T12:00:00Z',
      '2026-01-15T12:00:00.1234567Z',
      '2026-01-15T12:00:00.5Z',
      '2024-02-29T23:59:59.999Z',
      '2026-01-15 12:00',
      '2026-01-15T12:00:00+02:00',
      '0050-01-01T00:00:00Z',
    ];
    const text = times.map((t, i) => JSON.stringify({ t, s: `u${i}`, n: i })).join('\n');
    const { streamed, whole } = await both('times.jsonl', `${text}\n`);
    expect(typeof streamed).toBe('object');
    expect(streamed).toEqual(whole);
    // Invalid days and hours are errors in both.
    for (const bad of ['2023-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-01-01T24:00:00Z']) {
      const r = await both('bad.jsonl', `${JSON.stringify({ t: bad })}\n`);
      expect(r.streamed).toBe(r.whole);
      expect(r.streamed).toMatch(/^bad\.jsonl:1: .* is not a valid datetime/);
    }
  });

  it('keeps scanJson checks: repeated keys (also spaced), big integers, nesting, bad JSON', async () => {
    const cases = [
      '{"s":"a","s":"b"}',
      '{"s":"a", "s" :"b"}',
      '{"s":"a",\t"s"\t:"b"}',
      '{"n":12345678901234567890}',
      '{"n":9007199254740993}',
      '{"d":{"s":1,"s":2}}',
      `{"d":${'['.repeat(200)}${']'.repeat(200)}}`,
      '{"s":"a":}',
      '[1]',
      '{"x":1}',
      '{"s":"has \\": inside","n":1}',
      '{"d":{"a":[1,{"b":2}]},"s":"ok"}',
      '{"n":-0,"s":"1e400"}',
    ];
    for (const line of cases) {
      const { streamed, whole } = await both('case.jsonl', `{"s":"first"}\n${line}\n`);
      expect(streamed, line).toEqual(whole);
    }
  });

  it('gives the same table across chunk boundaries, with a BOM and CRLF line ends', async () => {
    const lines: string[] = [];
    // Over 4 MiB, so lines cross the reader's chunks; a BOM and CRLF line ends too.
    for (let i = 0; i < 60_000; i++)
      lines.push(
        JSON.stringify({
          t: `2026-01-${String(1 + (i % 28)).padStart(2, '0')}T01:02:03.${i % 1000}Z`,
          s: `user${i % 50} ${'é'.repeat(i % 7)}`,
          n: i,
          d: { i },
        }),
      );
    const text = `\uFEFF${lines.join('\r\n')}`;
    const { streamed, whole } = await both('big.jsonl', text);
    expect((streamed as Table).rowCount).toBe(60_000);
    expect(streamed).toEqual(whole);
  });

  it('reads simple .csv streamed and quoted .csv through the full parser, with the same results and errors', async () => {
    const columns: Column[] = [
      { name: 's', type: 'string' },
      { name: 'n', type: 'long' },
      { name: 't', type: 'datetime' },
    ];
    const texts = [
      's,n,t\na,1,2026-01-15T12:00:00Z\r\nb,,\n\n,2,2026-01-15T12:00:00.25Z',
      's,n,t\n"a, quoted",1,2026-01-15T12:00:00Z\n"multi\nline",2,\n',
      's,n\na,1,extra\n',
      's,s\na,b\n',
      's,n\na,x\n',
      's,n\ra,1\r',
      '__proto__\n1\n',
    ];
    for (const text of texts) {
      const { streamed, whole } = await both('c.csv', text, columns);
      expect(streamed, text).toEqual(whole);
    }
  });
});
