import { describe, expect, it } from 'vitest';
import { detectionSchemaCheck } from '../../src/checks/detection-schema.js';
import { brief, runCheck } from '../helpers.js';

const valid = `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f
name: Brute force
description: x
severity: Medium
kind: Scheduled
queryFrequency: 1h
queryPeriod: 1d
triggerOperator: gt
triggerThreshold: 0
tactics: [CredentialAccess]
relevantTechniques: [T1110]
query: SigninLogs
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
version: 1.0.0
`;

describe('detection-schema', () => {
  it('accepts a complete rule', () => {
    expect(runCheck(detectionSchemaCheck, valid)).toEqual([]);
  });

  it('accepts a hunting query', () => {
    const hunting =
      'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: Hunt\ndescription: x\nrequiredDataConnectors: []\ntactics: [Discovery]\nrelevantTechniques: [T1087]\nquery: SigninLogs\n';
    expect(runCheck(detectionSchemaCheck, hunting)).toEqual([]);
  });

  it('warns on an unknown key with a suggestion, at the key', () => {
    const findings = runCheck(detectionSchemaCheck, valid.replace('entityMappings:', 'entityMapping:'));
    expect(findings.map((f) => [f.ruleId, f.level, f.line, f.column])).toEqual([['LG1002', 'warning', 13, 1]]);
    expect(findings[0]!.message).toContain("Did you mean 'entityMappings'?");
  });

  it('warns on an unknown nested key', () => {
    const findings = runCheck(detectionSchemaCheck, valid.replace('columnName:', 'columName:'));
    // The misspelt key is unknown (warning) and the real one is missing (error).
    expect(brief(findings)).toEqual(['LG1001@16:9', 'LG1002@17:9']);
    expect(findings.find((f) => f.ruleId === 'LG1002')!.message).toContain("'columnName'");
  });

  it('reports a wrong enum value with a suggestion at the value', () => {
    const findings = runCheck(detectionSchemaCheck, valid.replace('severity: Medium', 'severity: Meduim'));
    expect(brief(findings)).toEqual(['LG1001@4:11']);
    expect(findings[0]!.message).toContain("Did you mean 'Medium'?");
  });

  it('reports a wrong type at the value', () => {
    const findings = runCheck(detectionSchemaCheck, valid.replace('triggerThreshold: 0', 'triggerThreshold: ten'));
    expect(brief(findings)).toEqual(['LG1001@9:19']);
    expect(findings[0]!.message).toMatch(/triggerThreshold must be integer/);
  });

  it('reports a malformed id and version', () => {
    const findings = runCheck(
      detectionSchemaCheck,
      valid.replace('6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f', 'not-a-guid').replace('version: 1.0.0', 'version: 1.0'),
    );
    expect(brief(findings)).toEqual(['LG1001@1:5', 'LG1001@18:10']);
  });

  it('reports a missing required key', () => {
    const findings = runCheck(detectionSchemaCheck, valid.replace('query: SigninLogs\n', ''));
    expect(findings.map((f) => f.ruleId)).toEqual(['LG1001']);
    expect(findings[0]!.message).toContain("'query'");
  });

  it('reports an offline test without a name at the test', () => {
    const findings = runCheck(detectionSchemaCheck, `${valid}tests:\n  - data: {}\n    expect: { triggered: true }\n`);
    expect(findings.map((f) => [f.ruleId, f.line])).toEqual([['LG1001', 20]]);
  });
});
