import { describe, expect, it } from 'vitest';
import { sentinelLimitsCheck } from '../../src/checks/sentinel-limits.js';
import { brief, runCheck } from '../helpers.js';

const base = 'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: t\nseverity: Medium\nkind: Scheduled\n';
const schedule = 'queryFrequency: 1h\nqueryPeriod: 1d\ntriggerOperator: gt\ntriggerThreshold: 0\n';

describe('sentinel-limits', () => {
  it('accepts a normal scheduled rule', () => {
    expect(runCheck(sentinelLimitsCheck, `${base}${schedule}query: SigninLogs\n`)).toEqual([]);
  });

  it('reports a period shorter than the frequency', () => {
    const findings = runCheck(
      sentinelLimitsCheck,
      `${base}queryFrequency: 1d\nqueryPeriod: 1h\ntriggerOperator: gt\ntriggerThreshold: 0\nquery: T\n`,
    );
    expect(brief(findings)).toEqual(['LG6005@6:14']);
  });

  it('reports durations outside their ranges', () => {
    const findings = runCheck(
      sentinelLimitsCheck,
      `${base}queryFrequency: 1m\nqueryPeriod: 15d\ntriggerOperator: gt\ntriggerThreshold: 0\nsuppressionDuration: 2d\nquery: T\n`,
    );
    expect(brief(findings)).toEqual(['LG6005@5:17', 'LG6005@6:14', 'LG6005@9:22']);
  });

  it('reports a threshold outside 0..10000', () => {
    expect(
      brief(
        runCheck(
          sentinelLimitsCheck,
          `${base}queryFrequency: 1h\nqueryPeriod: 1h\ntriggerOperator: gt\ntriggerThreshold: 10001\nquery: T\n`,
        ),
      ),
    ).toEqual(['LG6006@8:19']);
  });

  it('reports missing schedule fields on a scheduled rule', () => {
    const findings = runCheck(sentinelLimitsCheck, `${base}query: T\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(['LG6007']);
    expect(findings[0]!.message).toContain('queryFrequency, queryPeriod, triggerOperator, triggerThreshold');
  });

  it('does not ask a hunting query for a schedule', () => {
    expect(runCheck(sentinelLimitsCheck, 'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: h\nquery: T\n')).toEqual([]);
  });

  it('warns about schedule fields on an NRT rule', () => {
    const findings = runCheck(sentinelLimitsCheck, `id: a\nname: n\nseverity: High\nkind: NRT\nqueryFrequency: 1h\nquery: T\n`);
    expect(findings.map((f) => [f.ruleId, f.level, f.line])).toEqual([['LG6007', 'warning', 5]]);
  });

  it('reports a query over 10,000 characters', () => {
    const long = `SigninLogs | where UserPrincipalName == "${'a'.repeat(10_001)}"`;
    expect(runCheck(sentinelLimitsCheck, `${base}${schedule}query: '${long}'\n`).map((f) => f.ruleId)).toEqual(['LG6001']);
  });

  it('reports too many entity mappings, field mappings, custom details and placeholders', () => {
    const mappings = Array.from(
      { length: 11 },
      () => '  - entityType: IP\n    fieldMappings:\n      - identifier: Address\n        columnName: IP\n',
    ).join('');
    const details = Array.from({ length: 21 }, (_, i) => `  D${i}: C${i}\n`).join('');
    const text = `${base}${schedule}query: T\nentityMappings:\n${mappings}customDetails:\n${details}alertDetailsOverride:\n  alertDisplayNameFormat: '{{A}} {{B}} {{C}} {{D}}'\n`;
    expect(runCheck(sentinelLimitsCheck, text).map((f) => f.ruleId)).toEqual(['LG6002', 'LG6003', 'LG6004']);
    const fields = `${base}${schedule}query: T\nentityMappings:\n  - entityType: Account\n    fieldMappings: []\n`;
    expect(brief(runCheck(sentinelLimitsCheck, fields))).toEqual(['LG6002@12:5']);
  });
});
