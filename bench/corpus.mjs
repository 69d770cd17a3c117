// Generates a deterministic corpus of realistic Sentinel detections for the
// validation benchmark: several tables, let/summarize/join/extend shapes, entity
// mappings, ATT&CK, custom details — the mix found in public analytic rules.
import fs from 'node:fs';
import path from 'node:path';

/** Small seeded PRNG (mulberry32) so every run validates the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES = [
  {
    table: 'SigninLogs',
    tactic: 'CredentialAccess',
    techniques: ['T1110', 'T1110.003'],
    entities: [
      ['Account', 'FullName', 'UserPrincipalName'],
      ['IP', 'Address', 'IPAddress'],
    ],
    query: (n, r) => `let threshold = ${n};
let lookback = ${1 + Math.floor(r() * 6)}d;
SigninLogs
| where TimeGenerated > ago(lookback)
| where ResultType in ("50126", "50053", "50055")
| extend Country = tostring(LocationDetails.countryOrRegion), Browser = tostring(DeviceDetail.browser)
| summarize Failures = count(), Apps = make_set(AppDisplayName, 20), Countries = dcount(Country),
    FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by UserPrincipalName, IPAddress
| where Failures > threshold
| extend AppCount = array_length(Apps)`,
    details: { Failures: 'Failures', Countries: 'Countries' },
  },
  {
    table: 'AuditLogs',
    tactic: 'Persistence',
    techniques: ['T1098', 'T1098.001'],
    entities: [
      ['Account', 'FullName', 'InitiatedByUpn'],
      ['IP', 'Address', 'InitiatedByIp'],
    ],
    query: (n) => `AuditLogs
| where TimeGenerated > ago(1d)
| where OperationName has_any ("Add member to role", "Add owner to application", "Update application")
| extend InitiatedByUpn = tostring(InitiatedBy.user.userPrincipalName),
         InitiatedByIp = tostring(InitiatedBy.user.ipAddress)
| mv-expand TargetResource = TargetResources
| extend Target = tostring(TargetResource.displayName)
| summarize Changes = count(), Targets = make_set(Target, ${n}) by InitiatedByUpn, InitiatedByIp, OperationName
| where Changes > ${Math.max(1, n % 5)}`,
    details: { Changes: 'Changes' },
  },
  {
    table: 'SecurityEvent',
    tactic: 'LateralMovement',
    techniques: ['T1021', 'T1021.002'],
    entities: [
      ['Account', 'FullName', 'TargetAccount'],
      ['Host', 'FullName', 'Computer'],
      ['IP', 'Address', 'IpAddress'],
    ],
    query: (n) => `let window = 1h;
SecurityEvent
| where TimeGenerated > ago(1d)
| where EventID == 4624 and LogonType in (3, 10)
| where AccountType =~ "User" and not(TargetAccount endswith "$")
| summarize Logons = count(), Hosts = dcount(Computer), StartTime = min(TimeGenerated) by TargetAccount, IpAddress, Computer, bin(TimeGenerated, window)
| where Hosts > ${(n % 7) + 2}
| project StartTime, TargetAccount, IpAddress, Computer, Logons, Hosts`,
    details: { Logons: 'Logons', Hosts: 'Hosts' },
  },
  {
    table: 'DeviceProcessEvents',
    tactic: 'Execution',
    techniques: ['T1059', 'T1059.001'],
    entities: [
      ['Host', 'FullName', 'DeviceName'],
      ['Account', 'Name', 'AccountName'],
      ['Process', 'CommandLine', 'ProcessCommandLine'],
    ],
    query: (n) => `DeviceProcessEvents
| where TimeGenerated > ago(1d)
| where FileName in~ ("powershell.exe", "pwsh.exe")
| where ProcessCommandLine has_any ("-enc", "-encodedcommand", "FromBase64String", "IEX")
| extend Decoded = base64_decode_tostring(extract(@"(?i)-enc\\S*\\s+([A-Za-z0-9+/=]{${n},})", 1, ProcessCommandLine))
| summarize Executions = count(), arg_max(TimeGenerated, ProcessCommandLine, Decoded) by DeviceName, AccountName
| extend Suspicious = iff(Decoded has "http", true, false)`,
    details: { Executions: 'Executions' },
  },
  {
    table: 'DeviceNetworkEvents',
    tactic: 'CommandAndControl',
    techniques: ['T1071', 'T1071.001'],
    entities: [
      ['Host', 'FullName', 'DeviceName'],
      ['IP', 'Address', 'RemoteIP'],
      ['URL', 'Url', 'RemoteUrl'],
    ],
    query: (n) => `DeviceNetworkEvents
| where TimeGenerated > ago(1d)
| where ActionType == "ConnectionSuccess" and RemotePort in (80, 443, 8080)
| where not(ipv4_is_private(RemoteIP))
| summarize Connections = count(), Ports = make_set(RemotePort), First = min(TimeGenerated), Last = max(TimeGenerated) by DeviceName, RemoteIP, RemoteUrl
| extend DurationHours = datetime_diff("hour", Last, First)
| where Connections > ${n * 3} and DurationHours >= 1`,
    details: { Connections: 'Connections' },
  },
  {
    table: 'OfficeActivity',
    tactic: 'Collection',
    techniques: ['T1114', 'T1114.002'],
    entities: [
      ['Account', 'FullName', 'UserId'],
      ['IP', 'Address', 'ClientIP'],
    ],
    query: (n) => `OfficeActivity
| where TimeGenerated > ago(1d)
| where Operation in ("New-InboxRule", "Set-InboxRule", "UpdateInboxRules")
| extend Params = tostring(Parameters)
| where Params has_any ("ForwardTo", "RedirectTo", "DeleteMessage")
| summarize Rules = count(), LastRule = arg_max(TimeGenerated, Params) by UserId, ClientIP
| where Rules >= ${1 + (n % 3)}
| project-away LastRule`,
    details: { Rules: 'Rules' },
  },
  {
    table: 'AzureActivity',
    tactic: 'Impact',
    techniques: ['T1496'],
    entities: [
      ['Account', 'FullName', 'Caller'],
      ['IP', 'Address', 'CallerIpAddress'],
      ['AzureResource', 'ResourceId', '_ResourceId'],
    ],
    query: (n) => `let baseline = AzureActivity
| where TimeGenerated between (ago(14d) .. ago(1d))
| where OperationNameValue =~ "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE"
| summarize by Caller;
AzureActivity
| where TimeGenerated > ago(1d)
| where OperationNameValue =~ "MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE" and ActivityStatusValue =~ "Success"
| join kind=leftanti baseline on Caller
| summarize Created = count() by Caller, CallerIpAddress, _ResourceId
| where Created > ${(n % 10) + 1}`,
    details: { Created: 'Created' },
  },
  {
    table: 'CommonSecurityLog',
    tactic: 'Exfiltration',
    techniques: ['T1048'],
    entities: [
      ['IP', 'Address', 'SourceIP'],
      ['Host', 'HostName', 'DestinationHostName'],
    ],
    query: (n) => `CommonSecurityLog
| where TimeGenerated > ago(1h)
| where DeviceVendor =~ "Palo Alto Networks" and Activity == "TRAFFIC"
| summarize SentBytes = sum(SentBytes), Sessions = count() by SourceIP, DestinationIP, DestinationHostName
| where SentBytes > ${n} * 1024 * 1024
| extend SentMB = round(SentBytes / 1048576.0, 2)`,
    details: { SentMB: 'SentMB', Sessions: 'Sessions' },
  },
  {
    table: 'Syslog',
    tactic: 'PrivilegeEscalation',
    techniques: ['T1548', 'T1548.003'],
    entities: [
      ['Host', 'HostName', 'HostName'],
      ['Account', 'Name', 'User'],
    ],
    query: (n) => `Syslog
| where TimeGenerated > ago(1d)
| where Facility == "authpriv" and SyslogMessage has "sudo"
| parse SyslogMessage with * "USER=" User " ;" *
| where isnotempty(User)
| summarize Attempts = count(), Commands = make_set(ProcessName, ${n}) by HostName, User
| where Attempts > ${(n % 4) + 1}`,
    details: { Attempts: 'Attempts' },
  },
  {
    table: 'DnsEvents',
    tactic: 'CommandAndControl',
    techniques: ['T1071.004', 'T1568'],
    entities: [
      ['Host', 'HostName', 'Computer'],
      ['DNS', 'DomainName', 'Name'],
    ],
    query: (n) => `DnsEvents
| where TimeGenerated > ago(1d)
| where SubType == "LookupQuery"
| extend Labels = split(Name, "."), NameLength = strlen(Name)
| where NameLength > ${40 + n}
| summarize Queries = count(), Clients = dcount(ClientIP) by Computer, Name
| where Queries > 10`,
    details: { Queries: 'Queries', Clients: 'Clients' },
  },
];

const SEVERITIES = ['Low', 'Medium', 'High'];

function guid(r) {
  const hex = () => Math.floor(r() * 16).toString(16);
  const part = (n) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[Math.floor(r() * 4)]}${part(3)}-${part(12)}`;
}

function indent(text, spaces) {
  return text
    .split('\n')
    .map((l) => ' '.repeat(spaces) + l)
    .join('\n');
}

/** Write `count` detections to `dir` (emptied first); returns the file paths. */
export function writeCorpus(dir, count, seed = 20261123) {
  const r = prng(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    const n = 5 + Math.floor(r() * 50);
    const entityYaml = t.entities
      .map(
        ([type, identifier, column]) =>
          `  - entityType: ${type}\n    fieldMappings:\n      - identifier: ${identifier}\n        columnName: ${column}`,
      )
      .join('\n');
    const details = Object.entries(t.details)
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n');
    const text = `# yaml-language-server: $schema=../schemas/detection.schema.json
id: ${guid(r)}
name: Corpus ${String(i).padStart(4, '0')} ${t.table} ${t.tactic}
description: |
  Generated benchmark detection ${i} over ${t.table}.
severity: ${SEVERITIES[i % 3]}
kind: Scheduled
requiredDataConnectors: []
queryFrequency: 1h
queryPeriod: 1d
triggerOperator: gt
triggerThreshold: 0
tactics:
  - ${t.tactic}
relevantTechniques:
${t.techniques.map((x) => `  - ${x}`).join('\n')}
query: |
${indent(t.query(n, r), 2)}
entityMappings:
${entityYaml}
customDetails:
${details}
version: 1.0.${i % 10}
`;
    const file = path.join(dir, `corpus-${String(i).padStart(4, '0')}.yaml`);
    fs.writeFileSync(file, text);
    files.push(file);
  }
  return files;
}
