import { readFileSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENTITY_TYPES, FILEHASH_ALGORITHMS } from '../src/checks/data/entities.js';

// ajv and ajv-formats are CommonJS; under NodeNext their default export may sit on `.default`.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

const schema = JSON.parse(readFileSync(new URL('../schemas/detection.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function compile(): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = compile();

/** Validate YAML text (parsed as the loader does, YAML 1.2 core schema); returns the errors. */
function errorsOf(yamlText: string): ErrorObject[] {
  return validate(parse(yamlText)) ? [] : [...(validate.errors ?? [])];
}

/** `keyword@instancePath` for every error, for compact assertions. */
function brief(errors: readonly ErrorObject[]): string[] {
  return errors.map((e) => `${e.keyword}@${e.instancePath}`);
}

// The full example from DETECTION-FORMAT.md.
const FORMAT_EXAMPLE = `# yaml-language-server: $schema=../schemas/detection.schema.json
id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f    # GUID, unique in the repo, never changes
name: Brute force against Entra ID accounts
description: |
  More than 10 failed sign-ins for one account from one IP address.
severity: Medium                  # Informational | Low | Medium | High
kind: Scheduled                   # Scheduled | NRT
status: Available
requiredDataConnectors:
  - connectorId: AzureActiveDirectory
    dataTypes: [SigninLogs, AADNonInteractiveUserSignInLogs]
queryFrequency: 1h                # 5m..14d
queryPeriod: 1d                   # >= queryFrequency, <= 14d
triggerOperator: gt               # gt | lt | eq | ne
triggerThreshold: 0               # 0..10000; the rule fires when rowCount <op> threshold
tactics: [CredentialAccess]
relevantTechniques: [T1110, T1110.001]
query: |
  union SigninLogs, AADNonInteractiveUserSignInLogs
  | where ResultType !in ("0", "50125", "50140", "70043", "70044")
  | summarize FailureCount = count() by UserPrincipalName, IPAddress
  | where FailureCount > 10
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
  - entityType: IP
    fieldMappings:
      - identifier: Address
        columnName: IPAddress
customDetails:
  Failures: FailureCount
version: 1.0.0

# ---- lakeguard extensions (never sent to Sentinel) ----
limits:                           # result-size limits for live runs
  timeout: 4m                     # servertimeout; default 4m
  maxRows: 5000                   # more rows than this = the run fails "result too large"
  maxBytes: 8MB
expect:                           # live expectations (hunts report them, gates enforce them)
  rows: { max: 50 }               # alert-volume budget over queryPeriod
  entities:                       # entities that must be surfaced (e.g. from an attack simulation)
    - Account: { FullName: svc-redteam@contoso.com }
tests:                            # offline unit tests, run by \`lakeguard test\`
  - name: fires on twelve failures from one address
    now: 2025-06-01T12:00:00Z     # fixes now()/ago() for the test
    data:
      SigninLogs: fixtures/bruteforce/SigninLogs.jsonl   # relative to this file, must stay inside the repo
      AADNonInteractiveUserSignInLogs: []                # inline rows are allowed too
    expect:
      triggered: true             # triggerOperator/threshold applied to the row count
      rows: { min: 1, max: 1 }
      entities:
        - Account: { FullName: alice@contoso.com }
          IP: { Address: 203.0.113.7 }
  - name: quiet on ordinary sign-in noise
    data:
      SigninLogs: fixtures/bruteforce/benign.jsonl
    expect: { triggered: false }
`;

// A hunting query in the Hunting Queries/ shape: no severity, kind or schedule.
const HUNTING_QUERY = `id: 0b8e4c3a-7d51-4f2e-9a60-1c2d3e4f5a6b
name: Sign-ins from many countries in one day
description: |
  'Lists accounts that signed in successfully from more than three countries within a day.'
description-detailed: |
  'Accounts that authenticate from many countries in a short time may be shared or compromised.
  Review the countries and client applications before acting.'
requiredDataConnectors:
  - connectorId: AzureActiveDirectory
    dataTypes:
      - SigninLogs
tactics:
  - InitialAccess
relevantTechniques:
  - T1078.004
query: |
  SigninLogs
  | where ResultType == "0"
  | summarize Countries = dcount(tostring(LocationDetails.countryOrRegion)) by UserPrincipalName
  | where Countries > 3
  | extend AccountName = tostring(split(UserPrincipalName, "@")[0]), AccountUPNSuffix = tostring(split(UserPrincipalName, "@")[1])
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: UserPrincipalName
      - identifier: Name
        columnName: AccountName
      - identifier: UPNSuffix
        columnName: AccountUPNSuffix
tags:
  - Identity
version: 1.0.0
metadata:
  source:
    kind: Community
  author:
    name: Example Author
  support:
    tier: Community
  categories:
    domains: [ "Security - Other", "Identity" ]
`;

// Modelled on Solutions/*/Analytic Rules that re-raise product alerts with overrides.
const OVERRIDE_RULE = `id: "d3f1a2b4-5c6d-4e7f-8a9b-0c1d2e3f4a5b"
name: "High severity endpoint alert on a tier-0 server"
description: |
  'Re-raises endpoint alerts on tier-0 servers with the product's own name, tactics and severity.'
severity: "High"
status: "Available"
requiredDataConnectors:
  - connectorId: "MicrosoftThreatProtection"
    dataTypes:
      - "SecurityAlert"
queryFrequency: "5m"
queryPeriod: "15m"
triggerOperator: "gt"
triggerThreshold: 0
tactics:
  - "Execution"
relevantTechniques:
  - "T1059"
query: |
  let Tier0 = _GetWatchlist('Tier0Servers') | project Host = tolower(SearchKey);
  SecurityAlert
  | where ProductName == "Microsoft Defender Advanced Threat Protection"
  | extend Host = tolower(CompromisedEntity)
  | where Host in (Tier0)
  | extend AlertTactics = Tactics, AlertSeverityText = AlertSeverity
entityMappings:
  - entityType: "Host"
    fieldMappings:
      - identifier: "FullName"
        columnName: "CompromisedEntity"
customDetails:
  OriginalAlertId: "SystemAlertId"
  Product: "ProductName"
alertDetailsOverride:
  alertDisplayNameFormat: "Tier-0: {{AlertName}} on {{CompromisedEntity}}"
  alertDescriptionFormat: "{{Description}}"
  alertTacticsColumnName: "AlertTactics"
  alertSeverityColumnName: "AlertSeverityText"
  alertDynamicProperties:
    - alertProperty: "AlertLink"
      value: "AlertLink"
    - alertProperty: "ProductName"
      value: "ProductName"
    - alertProperty: "RemediationSteps"
      value: "RemediationSteps"
sentinelEntitiesMappings:
  - columnName: "Entities"
eventGroupingSettings:
  aggregationKind: "AlertPerResult"
incidentConfiguration:
  createIncident: true
  groupingConfiguration:
    enabled: true
    reopenClosedIncident: false
    lookbackDuration: 5h
    matchingMethod: Selected
    groupByEntities:
      - Host
    groupByAlertDetails:
      - DisplayName
    groupByCustomDetails:
      - Product
suppressionEnabled: false
suppressionDuration: 5h
version: "1.0.2"
kind: "Scheduled"
metadata:
  source:
    kind: Solution
    name: Example Solution
  author:
    name: Example Security Research
    email: security@example.com
  support:
    tier: Partner
    name: Example Ltd
    link: https://example.com/support
  categories:
    domains: [ "Security - Threat Protection" ]
    verticals: [ "Healthcare" ]
`;

// Modelled on the NRT rules in Solutions/Microsoft Entra ID/Analytic Rules.
const NRT_RULE = `id: 5a0c2b9e-1f3d-4c6a-8b7e-2d4f6a8c0e13
name: NRT Member added to a privileged group
description: |
  'Identifies a user being added to a privileged directory group, as soon as it is logged.'
severity: Medium
requiredDataConnectors:
  - connectorId: AzureActiveDirectory
    dataTypes:
      - AuditLogs
tactics:
  - Persistence
  - PrivilegeEscalation
relevantTechniques:
  - T1098
  - T1078
tags:
  - AADSecOpsGuide
  - Id: 7c1a3e5b-9d2f-4a6c-8e0b-1d3f5a7c9e2b
    version: 1.0.0
query: |
  AuditLogs
  | where OperationName == "Add member to group"
  | extend Actor = tostring(InitiatedBy.user.userPrincipalName), ActorId = tostring(InitiatedBy.user.id)
  | mv-expand Target = TargetResources
  | extend Member = tostring(Target.userPrincipalName)
  | extend MemberName = tostring(split(Member, "@")[0]), MemberUPNSuffix = tostring(split(Member, "@")[1])
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: Member
      - identifier: Name
        columnName: MemberName
      - identifier: UPNSuffix
        columnName: MemberUPNSuffix
  - entityType: Account
    fieldMappings:
      - identifier: AadUserId
        columnName: ActorId
eventGroupingSettings:
  aggregationKind: SingleAlert
suppressionEnabled: true
suppressionDuration: PT1H
version: 1.0.5
kind: NRT
`;

// Modelled on older Detections/ rules: lowercase kind, CustomEntity columns, Process mapping.
const LEGACY_RULE = `id: 9e8d7c6b-5a49-4838-a726-15f4e3d2c1b0
name: Encoded PowerShell command from an Office application
description: |
  'Identifies PowerShell started by an Office application with an encoded command line.'
severity: High
requiredDataConnectors:
  - connectorId: SecurityEvents
    dataTypes:
      - SecurityEvent
queryFrequency: 1d
queryPeriod: 1d
triggerOperator: GreaterThan
triggerThreshold: 0
tactics:
  - Execution
  - DefenseEvasion
relevantTechniques:
  - T1059.001
  - T1027
query: |
  SecurityEvent
  | where EventID == 4688
  | where ParentProcessName has_any ("winword.exe", "excel.exe")
  | where CommandLine has "-enc"
  | extend AccountCustomEntity = Account, HostCustomEntity = Computer, ProcessCustomEntity = NewProcessId
entityMappings:
  - entityType: Account
    fieldMappings:
      - identifier: FullName
        columnName: AccountCustomEntity
  - entityType: Host
    fieldMappings:
      - identifier: FullName
        columnName: HostCustomEntity
  - entityType: Process
    fieldMappings:
      - identifier: ProcessId
        columnName: ProcessCustomEntity
      - identifier: CommandLine
        columnName: CommandLine
version: 1.1.0
kind: scheduled
`;

const MINIMAL = 'id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: n\nquery: T\n';

describe('detection schema', () => {
  it('is a draft-07 schema with the lakeguard $id that compiles in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://lakeguard.dev/schemas/detection.schema.json');
    expect(() => compile()).not.toThrow();
  });

  it('gives every property and item schema a description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const s = node as Record<string, unknown>;
      if (typeof s.description !== 'string' || s.description.length === 0) missing.push(path || '(root)');
      for (const [key, child] of Object.entries((s.properties as Record<string, unknown> | undefined) ?? {})) walk(child, `${path}/${key}`);
      for (const [key, child] of Object.entries((s.definitions as Record<string, unknown> | undefined) ?? {})) walk(child, `#${key}`);
      if (s.items) walk(s.items, `${path}[]`);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${path}/*`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('accepts the full example from DETECTION-FORMAT.md', () => {
    expect(errorsOf(FORMAT_EXAMPLE)).toEqual([]);
  });

  it('accepts a hunting query without severity or schedule', () => {
    expect(errorsOf(HUNTING_QUERY)).toEqual([]);
  });

  it('accepts a rule with alert overrides, custom details, grouping, Sentinel entities and metadata', () => {
    expect(errorsOf(OVERRIDE_RULE)).toEqual([]);
  });

  it('accepts an NRT rule with string and mapping tags', () => {
    expect(errorsOf(NRT_RULE)).toEqual([]);
  });

  it('accepts an older rule with lowercase kind and the long trigger operator', () => {
    expect(errorsOf(LEGACY_RULE)).toEqual([]);
  });

  it('accepts the minimal detection: id, name and query', () => {
    expect(errorsOf(MINIMAL)).toEqual([]);
  });

  it('requires id, name and query', () => {
    const errors = errorsOf('description: nothing else\n');
    expect(errors.filter((e) => e.keyword === 'required').map((e) => e.params.missingProperty)).toEqual(['id', 'name', 'query']);
  });

  it('rejects a severity outside the enum', () => {
    const errors = errorsOf(`${MINIMAL}severity: Critical\n`);
    expect(brief(errors)).toEqual(['enum@/severity']);
    expect(errors[0]!.params.allowedValues).toEqual(['Informational', 'Low', 'Medium', 'High']);
  });

  it('rejects an id that is not a GUID', () => {
    expect(brief(errorsOf('id: brute-force-1\nname: n\nquery: T\n'))).toEqual(['pattern@/id']);
  });

  it('reports an unknown top-level key as additionalProperties at the root', () => {
    const errors = errorsOf(`${MINIMAL}queryFrequence: 1h\n`);
    expect(brief(errors)).toEqual(['additionalProperties@']);
    expect(errors[0]!.params.additionalProperty).toBe('queryFrequence');
  });

  it('reports unknown keys inside fixed objects', () => {
    const errors = errorsOf(
      `${MINIMAL}entityMappings:\n  - entityType: IP\n    fieldMapping:\n      - identifier: Address\n        columnName: A\n`,
    );
    expect(brief(errors)).toEqual(['required@/entityMappings/0', 'additionalProperties@/entityMappings/0']);
    expect(errors[1]!.params.additionalProperty).toBe('fieldMapping');
  });

  it('rejects a quoted triggerThreshold', () => {
    expect(brief(errorsOf(`${MINIMAL}triggerThreshold: '0'\n`))).toEqual(['type@/triggerThreshold']);
  });

  it('accepts out-of-range numbers that the limits check reports', () => {
    expect(errorsOf(`${MINIMAL}triggerThreshold: 20000\nqueryFrequency: 30d\n`)).toEqual([]);
  });

  it('rejects a test without a name', () => {
    const errors = errorsOf(`${MINIMAL}tests:\n  - data: { SigninLogs: [] }\n    expect: { triggered: true }\n`);
    expect(brief(errors)).toEqual(['required@/tests/0']);
    expect(errors[0]!.params.missingProperty).toBe('name');
  });

  it('checks durations, versions, the trigger operator and kind', () => {
    const errors = errorsOf(`${MINIMAL}queryFrequency: 1 hour\nversion: '1.0'\ntriggerOperator: '>'\nkind: Fusion\n`);
    expect(brief(errors).sort()).toEqual(['enum@/kind', 'enum@/triggerOperator', 'pattern@/queryFrequency', 'pattern@/version']);
    expect(errorsOf(`${MINIMAL}queryFrequency: PT5M\nqueryPeriod: P2DT1H30M\nsuppressionDuration: 5h\n`)).toEqual([]);
    expect(brief(errorsOf(`${MINIMAL}queryPeriod: PT\n`))).toEqual(['pattern@/queryPeriod']);
  });

  it('leaves tactic, technique and entity values to the semantic checks', () => {
    const text = `${MINIMAL}tactics: [Credential Access]\nrelevantTechniques: [T110]\nentityMappings:\n  - entityType: User\n    fieldMappings:\n      - identifier: Upn\n        columnName: X\n`;
    expect(errorsOf(text)).toEqual([]);
    expect(brief(errorsOf(`${MINIMAL}tactics: [1]\n`))).toEqual(['type@/tactics/0']);
  });

  it('checks the enums of overrides, event grouping and incident grouping', () => {
    const text = `${MINIMAL}alertDetailsOverride:\n  alertDynamicProperties:\n    - alertProperty: Severity\n      value: S\neventGroupingSettings:\n  aggregationKind: OneAlert\nincidentConfiguration:\n  createIncident: yes\n  groupingConfiguration:\n    matchingMethod: Entities\n    groupByAlertDetails: [Name]\n`;
    expect(brief(errorsOf(text))).toEqual([
      'enum@/alertDetailsOverride/alertDynamicProperties/0/alertProperty',
      'enum@/eventGroupingSettings/aggregationKind',
      'type@/incidentConfiguration/createIncident',
      'enum@/incidentConfiguration/groupingConfiguration/matchingMethod',
      'enum@/incidentConfiguration/groupingConfiguration/groupByAlertDetails/0',
    ]);
  });

  it('checks the lakeguard limits', () => {
    expect(errorsOf(`${MINIMAL}limits: { timeout: 90s, maxRows: 10, maxBytes: 524288 }\n`)).toEqual([]);
    expect(errorsOf(`${MINIMAL}limits: { maxBytes: 512KB }\n`)).toEqual([]);
    const errors = errorsOf(`${MINIMAL}limits: { timeout: soon, maxRows: 0, maxBytes: 8 megabytes, retries: 2 }\n`);
    expect(brief(errors)).toEqual([
      'additionalProperties@/limits',
      'pattern@/limits/timeout',
      'minimum@/limits/maxRows',
      'type@/limits/maxBytes',
      'pattern@/limits/maxBytes',
      'anyOf@/limits/maxBytes',
    ]);
  });

  it('checks tests: date-time now, fixture data, expectations', () => {
    const good = `${MINIMAL}tests:\n  - name: t\n    now: 2025-06-01T12:00:00+02:00\n    data:\n      SigninLogs: [{ UserPrincipalName: a@b.c, ResultType: '50126' }]\n    expect:\n      rows: { min: 0 }\n      entities:\n        - Process: { ProcessId: 4242 }\n`;
    expect(errorsOf(good)).toEqual([]);
    const bad = `${MINIMAL}tests:\n  - name: t\n    now: yesterday\n    data:\n      SigninLogs: 3\n    expect:\n      fired: true\n      entities:\n        - Account: alice\n`;
    expect(brief(errorsOf(bad))).toEqual([
      'format@/tests/0/now',
      'type@/tests/0/data/SigninLogs',
      'type@/tests/0/data/SigninLogs',
      'anyOf@/tests/0/data/SigninLogs',
      'additionalProperties@/tests/0/expect',
      'type@/tests/0/expect/entities/0/Account',
    ]);
  });

  it('checks top-level expect', () => {
    expect(errorsOf(`${MINIMAL}expect:\n  rows: { max: 50 }\n`)).toEqual([]);
    expect(brief(errorsOf(`${MINIMAL}expect:\n  rows: { max: -1, exactly: 3 }\n  entities: []\n`))).toEqual([
      'additionalProperties@/expect/rows',
      'minimum@/expect/rows/max',
    ]);
  });

  it('checks expect.alertsPerDay (the backtest budget)', () => {
    expect(errorsOf(`${MINIMAL}expect:\n  alertsPerDay: { max: 5 }\n`)).toEqual([]);
    expect(brief(errorsOf(`${MINIMAL}expect:\n  alertsPerDay: { max: -1, min: 2 }\n`))).toEqual([
      'additionalProperties@/expect/alertsPerDay',
      'minimum@/expect/alertsPerDay/max',
    ]);
    expect(brief(errorsOf(`${MINIMAL}expect:\n  alertsPerDay: {}\n`))).toEqual(['required@/expect/alertsPerDay']);
  });
});

describe('entity catalog', () => {
  it('has Account with FullName and the entity types Sentinel maps', () => {
    const account = ENTITY_TYPES.get('Account');
    expect(account?.identifiers.map((i) => i.name)).toContain('FullName');
    for (const name of [
      'Account',
      'Host',
      'IP',
      'URL',
      'FileHash',
      'File',
      'Process',
      'CloudApplication',
      'DNS',
      'AzureResource',
      'RegistryKey',
      'RegistryValue',
      'SecurityGroup',
      'Malware',
      'Mailbox',
      'MailCluster',
      'MailMessage',
      'SubmissionMail',
      'IoTDevice',
    ]) {
      expect(ENTITY_TYPES.get(name)?.name, name).toBe(name);
    }
  });

  it('names only declared identifiers in every required set, each mappable in one mapping', () => {
    for (const info of ENTITY_TYPES.values()) {
      const names = info.identifiers.map((i) => i.name);
      expect(new Set(names).size, `${info.name} has duplicate identifiers`).toBe(names.length);
      for (const set of info.requiredSets) {
        expect(set.length, `${info.name}: ${set.join('+')}`).toBeGreaterThan(0);
        expect(set.length, `${info.name}: ${set.join('+')}`).toBeLessThanOrEqual(3);
        for (const identifier of set) expect(names, `${info.name}.${identifier}`).toContain(identifier);
      }
    }
  });

  it('accepts string columns for every identifier (Sentinel maps values as text)', () => {
    for (const info of ENTITY_TYPES.values()) {
      for (const identifier of info.identifiers) {
        expect(identifier.types, `${info.name}.${identifier.name}`).toContain('string');
        expect(identifier.description.length, `${info.name}.${identifier.name}`).toBeGreaterThan(0);
      }
    }
    expect(ENTITY_TYPES.get('Process')?.identifiers.find((i) => i.name === 'ProcessId')?.types).toContain('long');
    expect(ENTITY_TYPES.get('Account')?.identifiers.find((i) => i.name === 'AadUserId')?.types).toContain('guid');
    expect(ENTITY_TYPES.get('Host')?.identifiers.find((i) => i.name === 'HostName')?.types).not.toContain('dynamic');
  });

  it('lists the FileHash algorithms', () => {
    expect([...FILEHASH_ALGORITHMS].sort()).toEqual(['MD5', 'SHA1', 'SHA256', 'SHA256AC', 'Unknown']);
    expect(ENTITY_TYPES.get('FileHash')?.identifiers.find((i) => i.name === 'Algorithm')?.values).toEqual(FILEHASH_ALGORITHMS);
    expect(ENTITY_TYPES.get('FileHash')?.requiredSets).toEqual([['Algorithm', 'Value']]);
  });
});
