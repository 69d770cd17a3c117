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

  it('keeps a U+FEFF that starts a chunk after an ASCII chunk, and a character split between chunks', async () => {
    const CHUNK = 4 * 1024 * 1024;
    // `insert` starts at byte `at` of the file: ASCII lines before it, then a line holding it.
    const text = (at: number, insert: string, csv: boolean): string => {
      const row = (fill: string) => (csv ? `${fill},1` : JSON.stringify({ s: fill, n: 1 }));
      const head = csv ? 's,n\n' : '';
      const lines: string[] = [];
      let size = head.length;
      while (size + 200 < at) {
        const line = row('a'.repeat(90));
        lines.push(line);
        size += line.length + 1;
      }
      const open = csv ? '' : '{"s":"';
      const pad = 'b'.repeat(at - size - open.length);
      return `${head}${lines.join('\n')}\n${open}${pad}${insert}z${csv ? ',2' : '","n":2}'}\n${row('tail')}\n`;
    };
    const columns: Column[] = [
      { name: 's', type: 'string' },
      { name: 'n', type: 'long' },
    ];
    for (const [csv, at, insert] of [
      [false, CHUNK, '\uFEFF'],
      [false, CHUNK - 1, 'é'],
      [true, CHUNK, '\uFEFF'],
      [true, CHUNK - 2, '😀'],
    ] as const) {
      const body = text(at, insert, csv);
      expect(Buffer.byteLength(body.slice(0, body.indexOf(insert)))).toBe(at);
      const { streamed, whole } = await both(csv ? 'edge.csv' : 'edge.jsonl', body, columns);
      expect(streamed).toEqual(whole);
      const values = (streamed as Table).data[0]!;
      expect(values[values.length - 2]).toMatch(new RegExp(`^b*${insert}z$`, 'u'));
    }
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

  it('reads flat lines on the no-object fast path exactly as the general reader, and falls back line by line', async () => {
    const columns: Column[] = [
      { name: 't', type: 'datetime' },
      { name: 's', type: 'string' },
      { name: 'n', type: 'long' },
      { name: 'b', type: 'bool' },
      { name: 'x', type: 'real' },
      { name: 'span', type: 'timespan' },
      { name: 'd', type: 'dynamic' },
    ];
    const good = [
      '{"t":"2026-01-15T12:00:00.1234567Z","s":"a","n":1,"b":true,"x":1.5,"span":"01:00:00"}',
      '{ "s" : "a" , "t" : "2026-01-15T12:00:00Z" }',
      '{"s":"esc\\"aped\\u00e9","n":-0,"x":1e3}',
      '{"s":12,"n":"42","b":"false","x":"NaN","t":"2026-01-15 12:00"}',
      '{"s":true,"n":null,"t":null,"d":{"k":[1,2]}}',
      '{}',
      '   ',
      '{"s":"a very long string value that is longer than twelve characters","n":1.0}',
      '{"n":9007199254740991}',
    ];
    const a = await both('fast.jsonl', `${good.join('\n')}\n`, columns);
    expect(typeof a.streamed).toBe('object');
    expect((a.streamed as Table).data).toEqual((a.whole as Table).data);
    for (const bad of [
      '{"s":"a","s":"b"}',
      '{"q":1}',
      '{"n":12345678901234567890}',
      '{"n":1.5}',
      '{"t":"2026-02-30T00:00:00Z"}',
      '{"s":"a"} x',
      '{"s":"a",}',
      '{"n":01}',
      '[1]',
      '{"s":"tab\there"}',
    ]) {
      const r = await both('bad.jsonl', `{"s":"ok"}\n${bad}\n`, columns);
      expect(typeof r.streamed, bad).toBe('string');
      expect(r.streamed, bad).toBe(r.whole);
    }
    const csv = await both('fast.csv', 's,n,t,b\na,1,2026-01-15T12:00:00Z,true\n,,,\nb\n,2,,False\nc,3,2026-01-15T12:00:00.5Z\n', columns);
    expect((csv.streamed as Table).data).toEqual((csv.whole as Table).data);
    for (const bad of ['s,n\na,1.5\n', 's,q\na,1\n', 's,n\na,1,2\n', 's,t\na,2026-13-01T00:00:00Z\n']) {
      const r = await both('bad.csv', bad, columns);
      expect(typeof r.streamed, bad).toBe('string');
      expect(r.streamed, bad).toBe(r.whole);
    }
  });

  it('reads lines from code units the same in ASCII and non-ASCII chunks (bytes or UTF-16), with the same errors', async () => {
    const columns: Column[] = [
      { name: 't', type: 'datetime' },
      { name: 's', type: 'string' },
      { name: 'n', type: 'long' },
    ];
    const lines = [
      '{"t":"2026-01-15T12:00:00.1234567Z","s":"user@contoso.com","n":1}',
      '{"t":"2026-01-15T12:00:00Z","s":"","n":2}',
      '{"s":"user@contoso.com","t":"2026-01-15T12:00:00.5Z"}',
      '{"s":"esc\\u00e9","n":3}',
      '{"s":"esc\\ud800 lone","n":4}',
      '{"s":12.5,"n":"7"}',
      '{"s":"ends with a space ","n":5}  ',
      '{"s":"a,b;c","t":null}',
      // The same string through the general reader (an escape elsewhere) must find the fast path's entry.
      '{"s":"user@contoso.com","t":"2026\\u002d01-15T12:00:00Z"}',
      '{"s":"odd length","n":1}',
      '{"s":"odd length","t":"2026\\u002d01-15T12:00:00Z"}',
    ];
    const bad = [
      '{"s":"tab\there"}',
      '{"s":"raw\u0001control"}',
      '{"s\u0001":"control in a key"}',
      '{"s":"unterminated}',
      '{"s":"a","n":1,}',
      '{"t":"2026-01-15T12:00:00.Z"}',
      '{"n":1e999999}',
      '{"s":"a"',
    ];
    // The same lines in an all-ASCII file (read from its bytes) and after a non-ASCII line (its UTF-16 code units).
    for (const prefix of ['', '{"s":"é 😀 中文"}\n']) {
      const a = await both('units.jsonl', `${prefix}${lines.join('\n')}\n`, columns);
      expect(typeof a.streamed).toBe('object');
      expect(a.streamed).toEqual(a.whole);
      const mixed = await both('units.jsonl', `${prefix}${lines.map((l) => l.replace('user', 'üser')).join('\n')}\n`, columns);
      expect(mixed.streamed).toEqual(mixed.whole);
      for (const line of bad) {
        const r = await both('units.jsonl', `${prefix}{"s":"ok"}\n${line}\n`, columns);
        expect(typeof r.streamed, line).toBe('string');
        expect(r.streamed, line).toBe(r.whole);
      }
      const csv = await both(
        'units.csv',
        `s,n,t\n${prefix ? 'é,0,\n' : ''}a\tb,1,2026-01-15T12:00:00Z\n,2,\nü,,2026-01-15T12:00:00.25Z\n`,
        columns,
      );
      expect(typeof csv.streamed).toBe('object');
      expect(csv.streamed).toEqual(csv.whole);
    }
  });

  it('reads long lines that span chunks the same, over and under the size the fast path takes joined', async () => {
    const columns: Column[] = [
      { name: 's', type: 'string' },
      { name: 'n', type: 'long' },
    ];
    const MB = 1024 * 1024;
    // Lines 2 (2 MB) and 4 (0.6 MB) cross the reader's 4 MiB chunk ends.
    const sizes = [3 * MB, 2 * MB, 2.5 * MB, 0.6 * MB, 10];
    const text = sizes.map((n, i) => JSON.stringify({ s: String.fromCharCode(97 + i).repeat(n), n: i })).join('\n');
    const { streamed, whole } = await both('long.jsonl', `${text}\n`, columns);
    expect((streamed as Table).rowCount).toBe(sizes.length);
    expect(streamed).toEqual(whole);
    const csv = sizes.map((n, i) => `${String.fromCharCode(97 + i).repeat(n)},${i}`).join('\n');
    const c = await both('long.csv', `s,n\n${csv}`, columns);
    expect((c.streamed as Table).rowCount).toBe(sizes.length);
    expect(c.streamed).toEqual(c.whole);
  });
});
