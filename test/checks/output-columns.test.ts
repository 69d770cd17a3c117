import { describe, expect, it } from 'vitest';
import { outputColumnsCheck } from '../../src/checks/output-columns.js';
import { brief, lineOf, runCheck } from '../helpers.js';

const head = 'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: t\n';
const query =
  'query: |\n  SigninLogs\n  | summarize Failures = count(), Apps = make_set(AppDisplayName) by UserPrincipalName, IPAddress, UserId\n';
const mapping = (type: string, fields: [string, string][]) =>
  `  - entityType: ${type}\n    fieldMappings:\n${fields.map(([i, c]) => `      - identifier: ${i}\n        columnName: ${c}\n`).join('')}`;

describe('output-columns', () => {
  it('accepts mappings, details and placeholders on output columns', () => {
    const text = `${head}${query}entityMappings:\n${mapping('Account', [
      ['FullName', 'UserPrincipalName'],
      ['AadUserId', 'UserId'],
    ])}${mapping('IP', [['Address', 'IPAddress']])}customDetails:\n  Failures: Failures\nalertDetailsOverride:\n  alertDisplayNameFormat: '{{UserPrincipalName}} failed {{Failures}} times'\n`;
    expect(runCheck(outputColumnsCheck, text)).toEqual([]);
  });

  it('checks mappings after an open source (an ASIM parser) once summarize or project fixes the columns', () => {
    const asim = (q: string, column: string) => `${head}query: |\n  ${q}\nentityMappings:\n${mapping('Account', [['FullName', column]])}`;
    const summarized = 'imAuthentication\n  | summarize n = count() by TargetUsername\n  | where n > 5\n  | sort by n desc';
    expect(runCheck(outputColumnsCheck, asim(summarized, 'TargetUsername'))).toEqual([]);
    expect(runCheck(outputColumnsCheck, asim(summarized, 'AccountCustomEntity')).map((f) => f.ruleId)).toEqual(['LG3001']);
    // Still open: no closing operator, or a * among its columns (arg_max(…, *)).
    expect(runCheck(outputColumnsCheck, asim('imAuthentication\n  | where EventResult == "Failure"', 'AnyAlias'))).toEqual([]);
    expect(
      runCheck(outputColumnsCheck, asim('imAuthentication\n  | summarize arg_max(TimeGenerated, *) by TargetUsername', 'AnyAlias')),
    ).toEqual([]);
  });

  it('reports a column the query no longer outputs, with a suggestion', () => {
    const text = `${head}${query}entityMappings:\n${mapping('Account', [['FullName', 'UserPrincipalNam']])}`;
    const findings = runCheck(outputColumnsCheck, text);
    expect(brief(findings)).toEqual([`LG3001@${lineOf(text, 'columnName: UserPrincipalNam')}:21`]);
    expect(findings[0]!.message).toContain("Did you mean 'UserPrincipalName'?");
  });

  it('reports a column dropped by project even when the source table has it', () => {
    const text = `${head}query: |\n  SigninLogs\n  | project UserPrincipalName\nentityMappings:\n${mapping('IP', [['Address', 'IPAddress']])}`;
    expect(runCheck(outputColumnsCheck, text).map((f) => f.ruleId)).toEqual(['LG3001']);
  });

  it('warns about a column whose type does not suit the identifier, but accepts single dynamic values', () => {
    const findings = runCheck(outputColumnsCheck, `${head}${query}entityMappings:\n${mapping('Account', [['FullName', 'Failures']])}`);
    expect(findings.map((f) => [f.ruleId, f.level])).toEqual([['LG3002', 'warning']]);
    expect(findings[0]!.message).toContain('long');
    expect(runCheck(outputColumnsCheck, `${head}${query}entityMappings:\n${mapping('Account', [['FullName', 'Apps']])}`)).toEqual([]);
  });

  it('reports unknown entity types and identifiers with suggestions', () => {
    const text = `${head}${query}entityMappings:\n${mapping('Acount', [['FullName', 'UserPrincipalName']])}${mapping('IP', [['Adress', 'IPAddress']])}`;
    const findings = runCheck(outputColumnsCheck, text);
    expect(brief(findings)).toEqual([`LG3003@${lineOf(text, 'Acount')}:17`, `LG3004@${lineOf(text, 'Adress')}:21`]);
    expect(findings[0]!.message).toContain("'Account'");
    expect(findings[1]!.message).toContain("'Address'");
  });

  it('warns when a mapping cannot identify its entity', () => {
    const text = `${head}${query}entityMappings:\n${mapping('FileHash', [['Value', 'UserPrincipalName']])}`;
    const findings = runCheck(outputColumnsCheck, text);
    expect(findings.map((f) => f.ruleId)).toEqual(['LG3005']);
    expect(findings[0]!.message).toContain('Algorithm + Value');
  });

  it('warns about an identifier mapped twice', () => {
    const text = `${head}${query}entityMappings:\n${mapping('IP', [
      ['Address', 'IPAddress'],
      ['Address', 'IPAddress'],
    ])}`;
    expect(runCheck(outputColumnsCheck, text).map((f) => f.ruleId)).toEqual(['LG3008']);
  });

  it('reports custom details and placeholders that are not output columns, at the placeholder', () => {
    const text = `${head}${query}customDetails:\n  Count: FailureCount\nalertDetailsOverride:\n  alertDisplayNameFormat: 'Failures for {{UPN}}'\n  alertSeverityColumnName: Sev\n`;
    const findings = runCheck(outputColumnsCheck, text);
    const line = lineOf(text, '{{UPN}}');
    expect(brief(findings)).toEqual([`LG3006@${lineOf(text, 'FailureCount')}:10`, `LG3007@${line}:41`, `LG3007@${lineOf(text, 'Sev')}:28`]);
  });

  it('does not judge columns when the query cannot be analysed', () => {
    const text = `${head}query: |\n  Unknown_CL\n  | project A\nentityMappings:\n${mapping('IP', [['Address', 'B']])}`;
    expect(runCheck(outputColumnsCheck, text)).toEqual([]);
  });

  it('uses the output of joins and unions with generated names', () => {
    const text = `${head}query: |\n  SigninLogs\n  | join kind=inner (AADNonInteractiveUserSignInLogs) on UserPrincipalName\n  | project UserPrincipalName, IPAddress1\nentityMappings:\n${mapping('IP', [['Address', 'IPAddress1']])}`;
    expect(runCheck(outputColumnsCheck, text)).toEqual([]);
  });
});
