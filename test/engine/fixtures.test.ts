import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { coerce, FixtureError, parseFixture, tableFromRecords } from '../../src/engine/fixtures.js';
import { cli, rows } from './helpers.js';

function dir(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-fx-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(d, name), text);
  return d;
}

describe('fixture values are converted to the column type', () => {
  it('converts exactly or says it cannot', () => {
    expect(coerce('2025-06-01T12:00:00.5Z', 'datetime')).toBe(17487792005000000n);
    expect(coerce('42', 'long')).toBe(42);
    expect(coerce(4.5, 'long')).toBeUndefined();
    expect(coerce('9007199254740993', 'long')).toBeUndefined();
    expect(coerce(null, 'string')).toBe('');
    expect(coerce({ a: 1 }, 'string')).toBe('{"a":1}');
    expect(coerce('yes', 'bool')).toBeUndefined();
  });

  it('names file, line and column for a value that does not fit, and for an unknown column', () => {
    const records = parseFixture('{"n": 1}\n{"n": "x"}\n', 'T.jsonl');
    expect(() => tableFromRecords(records, [{ name: 'n', type: 'long' }], 'T.jsonl')).toThrow(
      /^T\.jsonl:2: "x" is not a valid long for column 'n'$/,
    );
    expect(() => tableFromRecords(parseFixture('{"m": 1}\n', 'T.jsonl'), [{ name: 'n', type: 'long' }], 'T.jsonl')).toThrow(
      /T\.jsonl:1: column 'm' is not in the table's schema/,
    );
    expect(() => parseFixture('{"n": 1}\n{oops\n', 'T.jsonl')).toThrow(FixtureError);
  });

  it('reads CSV with quoted cells and typed empty cells', () => {
    const records = parseFixture('a,b,c\n"x, y",,"[1,2]"\n', 'T.csv');
    const table = tableFromRecords(
      records,
      [
        { name: 'a', type: 'string' },
        { name: 'b', type: 'long' },
        { name: 'c', type: 'dynamic' },
      ],
      'T.csv',
      true,
    );
    expect(table.data).toEqual([['x, y'], [null], [[1, 2]]]);
  });
});

describe('lakeguard query --data', () => {
  it('runs a detection query over fixtures typed by the catalog; other catalog tables are empty', async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({
        TimeGenerated: `2025-06-01T11:${String(10 + i).padStart(2, '0')}:00Z`,
        UserPrincipalName: 'alice@contoso.com',
        IPAddress: '203.0.113.7',
        ResultType: '50126',
      }),
    );
    const d = dir({ 'SigninLogs.jsonl': lines.join('\n') });
    const q =
      'union SigninLogs, AADNonInteractiveUserSignInLogs | where TimeGenerated > ago(1h) | where ResultType !in ("0", "50125") | summarize Failures = count(), First = minif(TimeGenerated, ResultType != "0") by UserPrincipalName, IPAddress | where Failures > 10';
    const r = await cli(['query', '--data', d, '--now', '2025-06-01T12:00:00Z', '--format', 'json', q]);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).rows).toEqual([['alice@contoso.com', '203.0.113.7', 12, '2025-06-01T11:10:00Z']]);
  });

  it('infers the columns of a table the catalog does not know', async () => {
    const d = dir({ 'Custom_CL.csv': 'TimeGenerated,User,Count\n2025-06-01T10:00:00Z,"a, b",3\n' });
    const r = await cli(['query', '--data', path.join(d, 'Custom_CL.csv'), '--format', 'json', 'Custom_CL | project User, Count']);
    expect(JSON.parse(r.out)).toEqual({
      columns: [
        { name: 'User', type: 'string' },
        { name: 'Count', type: 'long' },
      ],
      rows: [['a, b', 3]],
    });
  });

  it('exits 2 with file and line for a bad fixture', async () => {
    const d = dir({ 'SigninLogs.jsonl': '{"TimeGenerated": "not a date"}\n' });
    const r = await cli(['query', '--data', d, 'SigninLogs | count']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/SigninLogs\.jsonl:1: "not a date" is not a valid datetime for column 'TimeGenerated'/);
  });
});

describe('union and conditional aggregates', () => {
  it('union matches columns by name and fills the rest with nulls', () => {
    expect(rows('union (print a = 1), (print a = 2, b = "x"), (print b = "y")')).toEqual([
      [1, ''],
      [2, 'x'],
      [null, 'y'],
    ]);
  });

  it('minif/maxif/make_set_if look only at rows where the predicate holds', () => {
    expect(
      rows(
        'range x from 1 to 6 step 1 | summarize mn = minif(x, x > 2), mx = maxif(x, x < 5), s = make_set_if(x % 2, x > 4), a = avgif(x, x > 10)',
      ),
    ).toEqual([[3, 4, [1, 0], 'NaN']]);
  });
});
