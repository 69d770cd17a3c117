import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/kql/catalog.js';
import { parseDetection } from '../../src/load/load-detection.js';
import { runDetectionTests } from '../../src/offline/run-tests.js';
import { lineOf } from '../helpers.js';

/** A temporary repository with files; returns its root. */
function repo(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-offline-')));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const catalog = new Catalog();

async function testsOf(root: string, file = 'detections/rule.yaml') {
  const abs = path.join(root, file);
  const { detection, findings } = parseDetection(fs.readFileSync(abs), file, abs);
  if (!detection) throw new Error(JSON.stringify(findings));
  return runDetectionTests(detection, { root, catalog });
}

const HEAD = `id: 0b7a6f8e-3c2d-4e1f-9a8b-7c6d5e4f3a2b
name: failures
queryFrequency: 1h
queryPeriod: 1h
triggerOperator: gt
triggerThreshold: 0
query: |
  SigninLogs
  | where TimeGenerated > ago(1h) and ResultType != "0"
  | summarize Failures = count() by UserPrincipalName, IPAddress
  | where Failures > 2
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
  - entityType: IP
    fieldMappings:
      - identifier: Address
        columnName: IPAddress
`;

const row = (minutesAgo: number, user: string, ip: string, result = '50126') =>
  JSON.stringify({
    TimeGenerated: new Date(Date.parse('2025-06-01T12:00:00Z') - minutesAgo * 60_000).toISOString(),
    UserPrincipalName: user,
    IPAddress: ip,
    ResultType: result,
  });

describe('lakeguard test: running a detection over fixtures', () => {
  it('passes a firing and a quiet test, with entities from the entity mappings', async () => {
    const root = repo({
      'detections/rule.yaml': `${HEAD}tests:
  - name: fires
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: fixtures/attack.jsonl
    expect:
      triggered: true
      rows: { min: 1, max: 1 }
      entities:
        - Account: { FullName: alice@contoso.com }
          IP: { Address: 203.0.113.7 }
  - name: quiet
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs:
        - { TimeGenerated: 2025-06-01T11:50:00Z, UserPrincipalName: bob@contoso.com, IPAddress: 198.51.100.1, ResultType: "50126" }
        - { TimeGenerated: 2025-06-01T11:51:00Z, UserPrincipalName: bob@contoso.com, IPAddress: 198.51.100.1, ResultType: "0" }
    expect: { triggered: false, rows: { max: 0 } }
`,
      'detections/fixtures/attack.jsonl': [1, 2, 3, 4].map((m) => row(m, 'alice@contoso.com', '203.0.113.7')).join('\n'),
    });
    const outcomes = await testsOf(root);
    expect(outcomes.map((o) => [o.name, o.status, o.message])).toEqual([
      ['fires', 'passed', undefined],
      ['quiet', 'passed', undefined],
    ]);
    const text = fs.readFileSync(path.join(root, 'detections/rule.yaml'), 'utf8');
    expect(outcomes.map((o) => o.line)).toEqual([lineOf(text, 'name: fires'), lineOf(text, 'name: quiet')]);
  });

  it('explains a failure: trigger, row bounds, missing and unexpected entities, first rows', async () => {
    const root = repo({
      'detections/rule.yaml': `${HEAD}tests:
  - name: wrong expectations
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: fixtures/attack.jsonl
    expect:
      triggered: false
      rows: { min: 2 }
      entities:
        - Account: { FullName: Alice@contoso.com }
        - Account: { FullName: mallory@contoso.com }
`,
      'detections/fixtures/attack.jsonl': [1, 2, 3].map((m) => row(m, 'alice@contoso.com', '203.0.113.7')).join('\n'),
    });
    const [outcome] = await testsOf(root);
    expect(outcome?.status).toBe('failed');
    const lines = outcome!.message!.split('\n');
    expect(lines).toContain('expected the rule to stay quiet, but it fired (rows > 0) with 1 row(s)');
    expect(lines).toContain('expected at least 2 row(s), got 1');
    expect(lines).toContain('missing entities: Account(FullName=Alice@contoso.com) (a row has them with different letter case)');
    expect(lines).toContain('missing entities: Account(FullName=mallory@contoso.com)');
    expect(lines).toContain('unexpected entities: Account(FullName=alice@contoso.com), IP(Address=203.0.113.7)');
    expect(lines).toContain('first rows:');
    expect(lines).toContain('  {"UserPrincipalName":"alice@contoso.com","IPAddress":"203.0.113.7","Failures":3}');
  });

  it('entities in one expected item must come from the same row', async () => {
    const root = repo({
      'detections/rule.yaml': `${HEAD}tests:
  - name: mixed rows
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: fixtures/two.jsonl
    expect:
      entities:
        - Account: { FullName: alice@contoso.com }
          IP: { Address: 203.0.113.8 }
`,
      'detections/fixtures/two.jsonl': [
        ...[1, 2, 3].map((m) => row(m, 'alice@contoso.com', '203.0.113.7')),
        ...[1, 2, 3].map((m) => row(m, 'bob@contoso.com', '203.0.113.8')),
      ].join('\n'),
    });
    const [outcome] = await testsOf(root);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toMatch(/^missing entities: Account\(FullName=alice@contoso.com\) \+ IP\(Address=203.0.113.8\)$/m);
  });

  it('applies the trigger operator and threshold', async () => {
    const yaml = HEAD.replace('triggerOperator: gt\ntriggerThreshold: 0', 'triggerOperator: GreaterThan\ntriggerThreshold: 1');
    const root = repo({
      'detections/rule.yaml': `${yaml}tests:
  - name: one row is not enough
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: fixtures/attack.jsonl
    expect: { triggered: false }
`,
      'detections/fixtures/attack.jsonl': [1, 2, 3].map((m) => row(m, 'alice@contoso.com', '203.0.113.7')).join('\n'),
    });
    expect((await testsOf(root))[0]?.status).toBe('passed');
  });

  it('leaves out rows outside the query period, as Sentinel does, and says so when a test fails', async () => {
    // The query itself has no time filter: only the rule's 1h query period limits it.
    const yaml = HEAD.replace('| where TimeGenerated > ago(1h) and ResultType != "0"', '| where ResultType != "0"');
    const root = repo({
      'detections/rule.yaml': `${yaml}tests:
  - name: old failures do not count
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: fixtures/old.jsonl
    expect: { triggered: true }
`,
      'detections/fixtures/old.jsonl': [1, 70, 80, 90].map((m) => row(m, 'alice@contoso.com', '203.0.113.7')).join('\n'),
    });
    const [outcome] = await testsOf(root);
    expect(outcome?.status).toBe('failed');
    expect(outcome?.message).toContain("note: 3 fixture row(s) fall outside the rule's 1h query period ending at now and were left out");
  });

  it('reports a bad fixture value with its file and line, and still runs the other tests', async () => {
    const root = repo({
      'detections/rule.yaml': `${HEAD}tests:
  - name: bad file
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: fixtures/bad.jsonl
  - name: bad inline row
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs:
        - { TimeGenerated: yesterday }
  - name: unknown column
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs:
        - { NoSuchColumn: 1 }
  - name: still runs
    now: 2025-06-01T12:00:00Z
    data:
      SigninLogs: []
    expect: { triggered: false }
`,
      'detections/fixtures/bad.jsonl': `${row(1, 'a', 'b')}\n{"TimeGenerated": 12}\n`,
    });
    const text = fs.readFileSync(path.join(root, 'detections/rule.yaml'), 'utf8');
    const outcomes = await testsOf(root);
    expect(outcomes.map((o) => o.status)).toEqual(['error', 'error', 'error', 'passed']);
    expect(outcomes[0]?.message).toBe("detections/fixtures/bad.jsonl:2: 12 is not a valid datetime for column 'TimeGenerated'");
    expect(outcomes[1]?.message).toBe(
      `detections/rule.yaml:${lineOf(text, 'TimeGenerated: yesterday')}: "yesterday" is not a valid datetime for column 'TimeGenerated'`,
    );
    expect(outcomes[2]?.message).toMatch(/column 'NoSuchColumn' is not in the table's schema/);
    // Annotations and SARIF point at the line that is wrong, in the fixture or the detection.
    expect(outcomes[0]?.location).toEqual({ file: 'detections/fixtures/bad.jsonl', line: 2 });
    expect(outcomes[1]?.location).toEqual({ file: 'detections/rule.yaml', line: lineOf(text, 'TimeGenerated: yesterday') });
  });

  it('keeps fixture paths inside the repository', async () => {
    const outside = repo({ 'secret.jsonl': row(1, 'a', 'b') });
    const root = repo({
      'detections/rule.yaml': `${HEAD}tests:
  - name: dot dot
    data: { SigninLogs: ../../secret.jsonl }
  - name: absolute
    data: { SigninLogs: ${path.join(outside, 'secret.jsonl')} }
  - name: symlink
    data: { SigninLogs: fixtures/link.jsonl }
  - name: missing
    data: { SigninLogs: fixtures/none.jsonl }
`,
    });
    fs.mkdirSync(path.join(root, 'detections/fixtures'));
    fs.symlinkSync(path.join(outside, 'secret.jsonl'), path.join(root, 'detections/fixtures/link.jsonl'));
    const messages = (await testsOf(root)).map((o) => `${o.status}: ${o.message}`);
    expect(messages).toEqual([
      "error: fixture path '../../secret.jsonl' resolves outside the repository",
      `error: fixture path '${path.join(outside, 'secret.jsonl')}' must be relative to the detection file`,
      'error: fixture detections/fixtures/link.jsonl is a link to a file outside the repository',
      'error: fixture detections/fixtures/none.jsonl does not exist',
    ]);
  });

  it('names an unsupported construct with its line and column in the detection file', async () => {
    const yaml = HEAD.replace('| where Failures > 2', '| where Failures > 2\n  | evaluate autocluster()');
    const root = repo({ 'detections/rule.yaml': `${yaml}tests:\n  - name: refused\n    data: { SigninLogs: [] }\n` });
    const [outcome] = await testsOf(root);
    expect(outcome?.status).toBe('error');
    expect(outcome?.message).toMatch(/^not supported offline: .* at detections\/rule\.yaml:12:5$/);
    expect(outcome?.location).toEqual({ file: 'detections/rule.yaml', line: 12, column: 5 });
  });

  it('supplies watchlist rows through _GetWatchlist', async () => {
    const root = repo({
      'detections/rule.yaml': `id: 0b7a6f8e-3c2d-4e1f-9a8b-7c6d5e4f3a2b
name: vip sign-ins
query: |
  SigninLogs
  | where UserPrincipalName in ((_GetWatchlist('VIPUsers') | project SearchKey))
tests:
  - name: vip
    data:
      SigninLogs:
        - { UserPrincipalName: ceo@contoso.com }
        - { UserPrincipalName: intern@contoso.com }
      "_GetWatchlist('VIPUsers')":
        - { SearchKey: ceo@contoso.com }
    expect: { rows: { min: 1, max: 1 } }
`,
    });
    const [outcome] = await testsOf(root);
    expect([outcome?.status, outcome?.message]).toEqual(['passed', undefined]);
  });

  it('supplies externaldata rows under externaldata(uri), in the declared schema; refuses without them', async () => {
    const rule = `id: 0b7a6f8e-3c2d-4e1f-9a8b-7c6d5e4f3a2b
name: known bad domains
query: |
  let bad = externaldata (Domain:string, Score:int) [@"https://example.org/bad.csv"] with (format="csv");
  print d = "evil.example"
  | join kind=inner (bad) on $left.d == $right.Domain
  | where Score > 5
`;
    const root = repo({
      'detections/rule.yaml': `${rule}tests:
  - name: listed
    data:
      "externaldata('https://example.org/bad.csv')": fixtures/bad.csv
    expect: { rows: { min: 1, max: 1 } }
  - name: low score
    data:
      "externaldata('https://example.org/bad.csv')":
        - { Domain: evil.example, Score: 2 }
    expect: { triggered: false }
  - name: wrong column
    data:
      "externaldata('https://example.org/bad.csv')":
        - { Domain: evil.example, Rank: 2 }
    expect: { triggered: false }
  - name: no rows given
    data: {}
    expect: { triggered: false }
`,
      'detections/fixtures/bad.csv': 'Domain,Score\nevil.example,9\nother.example,7\n',
    });
    const outcomes = await testsOf(root);
    expect(outcomes.map((o) => [o.name, o.status])).toEqual([
      ['listed', 'passed'],
      ['low score', 'passed'],
      ['wrong column', 'error'],
      ['no rows given', 'error'],
    ]);
    expect(outcomes[2]?.message).toMatch(/Rank/);
    expect(outcomes[3]?.message).toMatch(
      /^not supported offline: operator externaldata \(a test can supply its rows under the data key externaldata\('https:\/\/example\.org\/bad\.csv'\)\)/,
    );
  });

  it('turns malformed tests into errors that say why', async () => {
    const root = repo({
      'detections/rule.yaml': `${HEAD}tests:
  - just a string
  - name: bad expect
    expect: { rows: { min: -1 } }
  - name: bad now
    now: tomorrow
`,
    });
    const outcomes = await testsOf(root);
    expect(outcomes.map((o) => `${o.name}: ${o.status}: ${o.message}`)).toEqual([
      'test 1: error: a test is a mapping with name, data and expect',
      'bad expect: error: expect.rows.min must be a non-negative whole number',
      "bad now: error: now 'tomorrow' is not a date-time such as 2025-06-01T12:00:00Z",
    ]);
  });
});

describe('entities from live answers', () => {
  it('keeps a long beyond 2^53 exact in entity identifiers', async () => {
    const { entitiesByRow } = await import('../../src/engine/entities.js');
    const data = { entityMappings: [{ entityType: 'Process', fieldMappings: [{ identifier: 'ProcessId', columnName: 'Pid' }] }] };
    const table = { columns: [{ name: 'Pid', type: 'long' as const }], data: [[123456789012345678901n as unknown as number]], rowCount: 1 };
    expect(entitiesByRow(data, table)).toEqual([[{ type: 'Process', identifiers: { ProcessId: '123456789012345678901' } }]]);
  });
});
