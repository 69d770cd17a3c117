import { describe, expect, it } from 'vitest';
import { testDefinitionsCheck } from '../../src/checks/test-definitions.js';
import { brief, lineOf, runCheck } from '../helpers.js';

const head = `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f
name: t
query: |
  SigninLogs
  | join kind=leftsemi (_GetWatchlist('VIPs') | project UserPrincipalName = SearchKey) on UserPrincipalName
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
`;

describe('test-definitions', () => {
  it('accepts well-formed tests', () => {
    const yaml = `${head}tests:
  - name: a
    data:
      SigninLogs: fixtures/a.jsonl
      "_GetWatchlist('vips')": []
    expect: { entities: [{ Account: { FullName: x } }] }
  - name: b
    data: { SigninLogs: ../fixtures/b.csv }
`;
    expect(runCheck(testDefinitionsCheck, yaml)).toEqual([]);
  });

  it('reports duplicate test names at the later one', () => {
    const yaml = `${head}tests:\n  - name: same\n  - name: other\n  - name: same\n`;
    const findings = runCheck(testDefinitionsCheck, yaml);
    expect(brief(findings)).toEqual([`LG9101@${yaml.split('\n').length - 1}:11`]);
    expect(findings[0]?.message).toBe("Another test (number 1) is already named 'same'.");
  });

  it('reports fixture paths that are absolute, climb out of the repository or are not fixture files', () => {
    const yaml = `${head}tests:
  - name: a
    data: { SigninLogs: /etc/passwd }
  - name: b
    data: { SigninLogs: ../../../outside.jsonl }
  - name: c
    data: { SigninLogs: fixtures/a.txt }
  - name: d
    data: { SigninLogs: "https://example.com/a.jsonl" }
`;
    const findings = runCheck(testDefinitionsCheck, yaml);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['LG9102', lineOf(yaml, '/etc/passwd'), "Fixture path '/etc/passwd' must be relative to the detection file."],
      ['LG9102', lineOf(yaml, 'outside.jsonl'), "Fixture path '../../../outside.jsonl' leads outside the repository."],
      ['LG9102', lineOf(yaml, 'a.txt'), "Fixture 'fixtures/a.txt' is not a .jsonl, .ndjson, .json or .csv file."],
      ['LG9102', lineOf(yaml, 'https:'), "Fixture path 'https://example.com/a.jsonl' must be relative to the detection file."],
    ]);
  });

  it('warns about data for tables and watchlists the query never reads, with a suggestion', () => {
    const yaml = `${head}tests:
  - name: a
    data:
      SignInLogs: []
      "_GetWatchlist('Other')": []
`;
    const findings = runCheck(testDefinitionsCheck, yaml);
    expect(findings.map((f) => [f.ruleId, f.level, f.line, f.message])).toEqual([
      [
        'LG9103',
        'warning',
        lineOf(yaml, 'SignInLogs'),
        "The query does not read 'SignInLogs'; these rows are never used. Did you mean 'SigninLogs'?",
      ],
      ['LG9103', 'warning', lineOf(yaml, "'Other'"), "The query does not read watchlist 'Other'; these rows are never used."],
    ]);
  });

  it('accepts externaldata rows for a URI the query reads, and warns about others', () => {
    const yaml = `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f
name: t
query: |
  externaldata (Domain:string) [@"https://example.org/bad.csv"] with (format="csv")
tests:
  - name: a
    data:
      "externaldata('https://example.org/bad.csv')": []
      "externaldata('https://example.org/other.csv')": []
`;
    const findings = runCheck(testDefinitionsCheck, yaml);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      [
        'LG9103',
        lineOf(yaml, 'other.csv'),
        "The query reads no externaldata from 'https://example.org/other.csv'; these rows are never used.",
      ],
    ]);
  });

  it('reports expected entities the rule does not map', () => {
    const yaml = `${head}tests:
  - name: a
    expect:
      entities:
        - Account: { FullName: alice, Sid: S-1-5 }
          IP: { Address: 203.0.113.7 }
`;
    const findings = runCheck(testDefinitionsCheck, yaml);
    expect(findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([
      ['LG9104', lineOf(yaml, 'Sid:'), 'The rule maps no Account.Sid, so the test can never see it (mapped: FullName).'],
      ['LG9104', lineOf(yaml, 'IP:'), 'The test expects a IP entity, but the rule maps no IP. It maps Account.'],
    ]);
  });

  it('asks time-dependent tests to fix now', () => {
    const yaml = `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f
name: t
query: SigninLogs | where TimeGenerated > ago(1h)
tests:
  - name: no clock
  - name: clock
    now: 2025-06-01T12:00:00Z
`;
    const findings = runCheck(testDefinitionsCheck, yaml);
    expect(findings.map((f) => [f.ruleId, f.level, f.line])).toEqual([['LG9105', 'warning', 5]]);
    const period = runCheck(testDefinitionsCheck, 'id: x\nname: t\nqueryPeriod: 1d\nquery: SigninLogs\ntests:\n  - name: a\n');
    expect(period.map((f) => f.message)).toEqual([
      "Set 'now' for this test: the rule has a query period, so without it the result depends on the day the test runs.",
    ]);
  });
});
