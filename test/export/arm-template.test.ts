import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { armTemplate, isoDuration, notExportable } from '../../src/export/arm-template.js';

const ROOT = path.resolve(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'arm-alert-rule.schema.json'), 'utf8'));
// ajv is CommonJS; under NodeNext its default export sits on `.default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const scheduled = {
  id: '6F3C9A8E-2B1D-4C7E-9F10-3A5B7C9D1E2F',
  name: 'Brute force',
  description: 'Many failures.\n',
  severity: 'Medium',
  kind: 'Scheduled',
  queryFrequency: '1h',
  queryPeriod: '1d',
  triggerOperator: 'gt',
  triggerThreshold: 0,
  suppressionEnabled: true,
  suppressionDuration: '90m',
  tactics: ['CredentialAccess'],
  relevantTechniques: ['T1110.001', 'T1110', 't1078.004'],
  query: 'SigninLogs | take 1',
  entityMappings: [{ entityType: 'Account', fieldMappings: [{ identifier: 'FullName', columnName: 'UserPrincipalName' }] }],
  customDetails: { Failures: 'FailureCount' },
  incidentConfiguration: {
    createIncident: true,
    groupingConfiguration: { enabled: true, lookbackDuration: '5h', matchingMethod: 'Selected', groupByEntities: ['Account'] },
  },
  version: '1.2.0',
  limits: { maxRows: 10 },
  expect: { rows: { max: 1 } },
  tests: [{ name: 't' }],
  requiredDataConnectors: [],
};

describe('ARM export', () => {
  it('converts durations to ISO 8601', () => {
    expect(['5m', '1h', '90m', '1d', '14d', 'PT1H', 'P1DT2H', '0m'].map(isoDuration)).toEqual([
      'PT5M',
      'PT1H',
      'PT1H30M',
      'P1D',
      'P14D',
      'PT1H',
      'P1DT2H',
      'PT0S',
    ]);
    expect(isoDuration('soon')).toBeUndefined();
  });

  it('writes a Scheduled rule that matches the documented resource schema, without lakeguard keys', () => {
    const template = armTemplate(scheduled);
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
    const resource = (template.resources as Record<string, unknown>[])[0]!;
    expect(resource.name).toBe("[concat(parameters('workspace'), '/Microsoft.SecurityInsights/', '6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f')]");
    const props = resource.properties as Record<string, unknown>;
    expect(props).toMatchObject({
      displayName: 'Brute force',
      description: 'Many failures.',
      queryFrequency: 'PT1H',
      queryPeriod: 'P1D',
      triggerOperator: 'GreaterThan',
      suppressionDuration: 'PT1H30M',
      suppressionEnabled: true,
      techniques: ['T1110', 'T1078'],
      subTechniques: ['T1110.001', 'T1078.004'],
      templateVersion: '1.2.0',
      alertRuleTemplateName: scheduled.id,
      customDetails: { Failures: 'FailureCount' },
    });
    expect(props.incidentConfiguration).toEqual({
      createIncident: true,
      groupingConfiguration: {
        enabled: true,
        reopenClosedIncident: false,
        lookbackDuration: 'PT5H',
        matchingMethod: 'Selected',
        groupByEntities: ['Account'],
        groupByAlertDetails: [],
        groupByCustomDetails: [],
      },
    });
    for (const key of ['limits', 'expect', 'tests', 'requiredDataConnectors', 'version', 'relevantTechniques'])
      expect(props).not.toHaveProperty(key);
  });

  it('writes an NRT rule without schedule or trigger', () => {
    const nrt = {
      ...scheduled,
      kind: 'NRT',
      queryFrequency: undefined,
      queryPeriod: undefined,
      triggerOperator: undefined,
      triggerThreshold: undefined,
    };
    expect(notExportable(nrt)).toBeUndefined();
    const template = armTemplate(nrt);
    expect(validate(template), JSON.stringify(validate.errors)).toBe(true);
    const props = (template.resources as { properties: Record<string, unknown> }[])[0]!.properties;
    expect(props).not.toHaveProperty('queryFrequency');
    expect(props).not.toHaveProperty('triggerOperator');
  });

  it('the schema rejects what Sentinel would reject', () => {
    const broken = armTemplate(scheduled) as { resources: { properties: Record<string, unknown> }[] };
    delete broken.resources[0]!.properties.suppressionEnabled;
    broken.resources[0]!.properties.queryPeriod = '1d';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e: { instancePath: string; params: unknown }) => e.instancePath || e.params)).toEqual(
      expect.arrayContaining(['/resources/0/properties/queryPeriod']),
    );
  });

  it('says why hunting queries and incomplete rules are not exported', () => {
    expect(notExportable({ id: 'x', name: 'h', query: 'T' })).toBe('it is a hunting query (no kind or severity), not an analytic rule');
    expect(notExportable({ ...scheduled, triggerOperator: 'bigger' })).toBe('it has no valid triggerOperator');
    expect(notExportable({ ...scheduled, queryPeriod: 'soon' })).toBe('it has no valid queryPeriod');
  });

  it('lakeguard export writes a valid template per shipped detection and refuses detections with errors', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-arm-'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    let stdout = '';
    try {
      expect(await runCli(['export', '--format', 'arm', out, 'detections'], { out: (s) => (stdout += s), err: () => {} })).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(fs.readdirSync(path.join(ROOT, 'detections')).filter((f) => f.endsWith('.yaml')).length);
    for (const f of files) expect(validate(JSON.parse(fs.readFileSync(path.join(out, f), 'utf8'))), f).toBe(true);
    expect(stdout).toMatch(/7 template\(s\) written/);

    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-arm-bad-'));
    fs.mkdirSync(path.join(bad, 'detections'));
    fs.writeFileSync(path.join(bad, 'detections', 'x.yaml'), 'id: nope\nname: x\nseverity: Medium\nquery: NoSuchTable\n');
    process.chdir(bad);
    let stderr = '';
    try {
      expect(await runCli(['export', '--format', 'arm', 'out'], { out: () => {}, err: (s) => (stderr += s) })).toBe(1);
    } finally {
      process.chdir(cwd);
    }
    expect(stderr).toMatch(/detections\/x\.yaml: not exported, \d+ error\(s\)/);
    expect(fs.readdirSync(path.join(bad, 'out'))).toEqual([]);
    expect(await runCli(['export', 'out'], { out: () => {}, err: () => {} })).toBe(2);
  });
});
