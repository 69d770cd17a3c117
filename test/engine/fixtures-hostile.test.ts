/** Fixture files written to break the loader: each gives a clear error with file:line, or loads correctly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FixtureError, parseFixture, readFixture, readFixtureText, tableFromRecords } from '../../src/engine/fixtures.js';
import type { Column } from '../../src/engine/table.js';
import { cli } from './helpers.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-hostile-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(work, name);
  fs.writeFileSync(p, content);
  return p;
}

const N: Column[] = [{ name: 'n', type: 'long' }];
const S: Column[] = [{ name: 's', type: 'string' }];
const D: Column[] = [{ name: 'd', type: 'dynamic' }];

async function loadError(p: string, columns: Column[], maxBytes?: number): Promise<string> {
  try {
    await readFixture(p, columns, path.basename(p), maxBytes);
  } catch (error) {
    expect(error).toBeInstanceOf(FixtureError);
    return (error as Error).message;
  }
  throw new Error('expected the fixture to be rejected');
}

describe('hostile fixtures', () => {
  it('names file and line for a value of the wrong type, in every format', async () => {
    expect(await loadError(file('a.jsonl', '{"n": 1}\n\n{"n": true}\n'), N)).toBe(`a.jsonl:3: true is not a valid long for column 'n'`);
    expect(await loadError(file('a.json', '[\n  {"n": 1},\n  {"n": "x"}\n]\n'), N)).toBe(
      `a.json:3: "x" is not a valid long for column 'n'`,
    );
    expect(await loadError(file('a.csv', 'n\n1\n2.5\n'), N)).toBe(`a.csv:3: "2.5" is not a valid long for column 'n'`);
  });

  it('loads a 10 MB string value intact', async () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const table = await readFixture(file('big.jsonl', `{"s": "${big}"}\n`), S);
    expect((table.data[0]![0] as string).length).toBe(big.length);
  });

  it('refuses values nested 100,000 levels deep without overflowing the stack', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(await loadError(file('deep.jsonl', `{"d": 1}\n{"d": ${deep}}\n`), D)).toBe(
      'deep.jsonl:2: values nested deeper than 256 levels are not supported',
    );
    expect(await loadError(file('deep.json', `[{"d": ${deep}}]`), D)).toMatch(/^deep\.json:1: values nested deeper than 256/);
    expect(() => parseFixture('['.repeat(100_000), 'open.json')).toThrow(/open\.json:1: values nested deeper/);
    // Within the limit it loads.
    const ok = await readFixture(file('ok.jsonl', `{"d": ${'['.repeat(200)}${']'.repeat(200)}}\n`), D);
    expect(JSON.stringify(ok.data[0]![0]).length).toBe(400);
  });

  it('refuses integers beyond ±2^53 instead of rounding them', async () => {
    expect(await loadError(file('huge.jsonl', '{"n": 1}\n{"n": 99999999999999999999}\n'), N)).toBe(
      'huge.jsonl:2: the integer 99999999999999999999 is beyond ±2^53 and cannot be read exactly (write it as a string, or as a real with a decimal point)',
    );
    expect(await loadError(file('huge2.jsonl', '{"d": {"id": -9223372036854775808}}\n'), D)).toMatch(
      /^huge2\.jsonl:1: the integer -9223372036854775808/,
    );
    expect(await loadError(file('huge.csv', 'n\n9223372036854775807\n'), N)).toBe(
      `huge.csv:2: "9223372036854775807" is not a valid long for column 'n'`,
    );
    expect(await loadError(file('exp.jsonl', '{"n": 1e300}\n'), N)).toBe(`exp.jsonl:1: 1e+300 is not a valid long for column 'n'`);
    // 2^53 - 1 and reals are fine; digits inside strings are not numbers.
    const ok = await readFixture(file('safe.jsonl', '{"n": 9007199254740991}\n{"n": "-9007199254740991"}\n'), N);
    expect(ok.data[0]).toEqual([9007199254740991, -9007199254740991]);
    const text = await readFixture(file('str.jsonl', '{"s": "99999999999999999999"}\n'), S);
    expect(text.data[0]).toEqual(['99999999999999999999']);
  });

  it('refuses invalid UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('{"s": "ok"}\n{"s": "caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    expect(await loadError(file('bad.jsonl', bytes), S)).toBe('bad.jsonl:2: not valid UTF-8 text');
    const table = await readFixture(file('good.jsonl', '{"s": "café ✓ 😀"}\n'), S);
    expect(table.data[0]).toEqual(['café ✓ 😀']);
  });

  it('refuses a CSV quote that is never closed, naming where it opens', async () => {
    expect(await loadError(file('q.csv', 's\nok\n"never closed\nmore\n'), S)).toBe('q.csv:3: a quoted cell is never closed (unbalanced ")');
    const ok = await readFixture(file('q2.csv', 's\n"multi\nline ""quoted"""\nnext\n'), S);
    expect(ok.data[0]).toEqual(['multi\nline "quoted"', 'next']);
  });

  it('refuses a .json file that is not an array of objects', async () => {
    expect(await loadError(file('obj.json', '{"n": 1}'), N)).toBe('obj.json: a .json fixture is an array of objects');
    expect(await loadError(file('nums.json', '[\n{"n": 1},\n2\n]'), N)).toBe('nums.json:3: element 1 of the array is not an object');
    expect(await loadError(file('trail.json', '[{"n": 1}] x'), N)).toBe('trail.json:1: unexpected text after the end of the array');
    expect(await loadError(file('open.json', '[{"n": 1},\n{"n": 2}'), N)).toBe(
      'open.json:2: the file ends inside an unclosed array or object',
    );
    expect(await loadError(file('bad.json', '[{"n": 1},\n{"n": }]'), N)).toMatch(/^bad\.json:2: not valid JSON/);
    expect(await loadError(file('line.jsonl', '[1, 2]\n'), N)).toBe('line.jsonl:1: each line must be a JSON object');
  });

  it('refuses duplicate column names', async () => {
    expect(await loadError(file('dup.jsonl', '{"n": 1}\n{"n": 1, "m": {"n": 2}, "n": 3}\n'), N)).toBe(
      "dup.jsonl:2: column 'n' appears twice in one record",
    );
    expect(await loadError(file('dup.json', '[{"n": 1,\n "\\u006e": 2}]'), N)).toBe("dup.json:2: column 'n' appears twice in one record");
    expect(await loadError(file('dup.csv', 'n,n\n1,2\n'), N)).toBe("dup.csv:1: column 'n' appears twice in the header");
    expect(await loadError(file('empty.csv', 'n,\n1,\n'), N)).toBe('empty.csv:1: the header has an empty column name');
    expect(await loadError(file('esc.jsonl', '{"a\\"b": 1, "a\\u0022b": 2}\n'), N)).toBe(
      `esc.jsonl:1: column 'a"b' appears twice in one record`,
    );
    // Brackets, quotes and backslashes inside strings are text, not structure.
    const text = await readFixture(file('brackets.jsonl', `{"s": "${'[{'.repeat(300)}\\"\\\\"}\n{"s": "\\\\"}\n`), S);
    expect(text.data[0]).toEqual([`${'[{'.repeat(300)}"\\`, '\\']);
    // Nested objects may reuse a name.
    const ok = await readFixture(file('nested.jsonl', '{"d": {"a": {"a": 1}}}\n'), D);
    expect(ok.data[0]).toEqual([{ a: { a: 1 } }]);
  });

  it('keeps __proto__ keys as plain data and never pollutes Object.prototype', async () => {
    const payload = '{"d": {"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}}\n';
    const table = await readFixture(file('proto.jsonl', payload), D);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const value = table.data[0]![0] as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true);
    expect(await loadError(file('proto2.jsonl', '{"__proto__": {"polluted": 1}}\n'), N)).toBe(
      "proto2.jsonl:1: column '__proto__' is not in the table's schema",
    );
    expect(await loadError(file('proto.csv', '__proto__\n1\n'), N)).toBe("proto.csv:2: column '__proto__' is not in the table's schema");
    // A schema column named like an Object.prototype member is absent, not a function.
    const named = tableFromRecords(parseFixture('{}\n', 'c.jsonl'), [{ name: 'constructor', type: 'string' }], 'c.jsonl');
    expect(named.data[0]).toEqual(['']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads an empty file as an empty table', async () => {
    for (const name of ['e.jsonl', 'e.json', 'e.csv']) {
      const table = await readFixture(file(name, ''), N);
      expect(table.rowCount).toBe(0);
    }
    expect((await readFixture(file('ws.json', ' \n'), N)).rowCount).toBe(0);
  });

  it('refuses a file over the size limit before reading it, and the limit is configurable', async () => {
    const big = file('big200.jsonl', '');
    // A sparse 200 MB file: its size is checked before any byte is read.
    fs.truncateSync(big, 200 * 1024 * 1024);
    expect(await loadError(big, N)).toBe(
      'big200.jsonl: the file is 200.0 MB, over the fixture size limit of 100.0 MB (raise it with --max-fixture-mb)',
    );
    fs.rmSync(big);
    const small = file('small.jsonl', '{"n": 1}\n'.repeat(100));
    expect(await loadError(small, N, 500)).toMatch(/over the fixture size limit of 0\.0 MB/);
    expect((await readFixtureText(small, 'small.jsonl', 10_000)).length).toBe(900);
  });

  it('the query command reports fixture errors and takes --max-fixture-mb and --max-rows', async () => {
    const d = fs.mkdtempSync(path.join(work, 'cli-'));
    fs.writeFileSync(path.join(d, 'T.jsonl'), '{"n": 1}\n'.repeat(200_000));
    const limited = await cli(['query', '--data', d, '--max-fixture-mb', '1', 'T | count']);
    expect(limited.code).toBe(2);
    expect(limited.err).toMatch(/T\.jsonl: the file is 1\.7 MB, over the fixture size limit of 1\.0 MB/);
    const ok = await cli(['query', '--data', d, '--max-fixture-mb', '2', '--format', 'json', 'T | count']);
    expect(ok.err).toBe('');
    expect(JSON.parse(ok.out).rows).toEqual([[200_000]]);
    const rows = await cli(['query', '--data', d, '--max-rows', '1000', 'T | where n == 1 | count']);
    expect(rows.code).toBe(1);
    expect(rows.err).toBe('lakeguard: query error: query exceeded the row budget of 1000 rows at 1:5 (where)\n');
    expect((await cli(['query', '--max-rows', '0', 'print 1'])).err).toMatch(/--max-rows must be a positive whole number/);
  });
});
