/**
 * Microsoft Sentinel entity types that analytic rules and hunting queries can map
 * with `entityMappings`, their identifiers, the Kusto column types each identifier
 * accepts, and the identifier combinations that identify an entity.
 *
 * Sources (facts only, descriptions are our own):
 * - "Microsoft Sentinel entity types reference", learn.microsoft.com/azure/sentinel/entities-reference
 *   (the "Entity types and identifiers" table, the strong/weak identifier lists and the
 *   per-type schemas with field types).
 * - "Map data fields to entities in Microsoft Sentinel", learn.microsoft.com/azure/sentinel/map-data-fields-to-entities
 *   (up to three identifiers per mapping).
 * - The EntityMappingType enum of the Microsoft.SecurityInsights/alertRules ARM API and the
 *   entity list of the Azure/Azure-Sentinel template validation (which adds IoTDevice and its
 *   mappable identifiers, absent from the docs table).
 *
 * Types: Sentinel converts mapped values to text, so every identifier accepts `string`; the
 * other types listed are the identifier's natural type in the entity schema (Guid -> guid,
 * Int -> int/long, DateTime -> datetime, Bool -> bool, list/dictionary -> dynamic). `dynamic`
 * is accepted only where the schema field is itself a list or dictionary.
 *
 * Required sets: a mapping identifies its entity when it maps every identifier of at least one
 * set. The sets are the docs' strong identifier combinations plus its weak identifiers, with the
 * parts that are internal entities (Host, ImageFile, ParentProcess, the registry Key entity,
 * DnsServerIp, HostIpAddress, IoTHub, FileHash) left out because a field mapping cannot fill
 * them. FullName (Account, Host) is the docs' backward-compatible identifier that Sentinel splits
 * into name and domain parts, so it counts on its own. An empty list means no combination of at
 * most three mapped identifiers can identify the entity (SubmissionMail needs four), so no
 * completeness check applies.
 *
 * The SentinelEntities type (identifier Entities) is mapped through the separate
 * `sentinelEntitiesMappings` key, not `entityMappings`, so it is not listed here.
 */

/** Kusto scalar type names as the language service reports them. */
export type KustoType = 'string' | 'int' | 'long' | 'real' | 'bool' | 'datetime' | 'timespan' | 'guid' | 'dynamic' | 'decimal';

export interface EntityIdentifier {
  name: string;
  /** Column types this identifier accepts. */
  types: readonly KustoType[];
  description: string;
  /** The identifier's fixed value set, when the entity schema defines one. */
  values?: readonly string[];
}

export interface EntityTypeInfo {
  name: string;
  identifiers: readonly EntityIdentifier[];
  /** A mapping is complete when it maps all identifiers of at least one set. */
  requiredSets: readonly (readonly string[])[];
}

/** Values of FileHash.Algorithm. */
export const FILEHASH_ALGORITHMS = ['MD5', 'SHA1', 'SHA256', 'SHA256AC', 'Unknown'] as const;
export type FileHashAlgorithm = (typeof FILEHASH_ALGORITHMS)[number];

/** Values of Host.OSFamily. */
export const HOST_OS_FAMILIES = ['Linux', 'Windows', 'Android', 'IOS', 'Mac'] as const;

/** Values of RegistryKey.Hive. */
export const REGISTRY_HIVES = [
  'HKEY_LOCAL_MACHINE',
  'HKEY_CLASSES_ROOT',
  'HKEY_CURRENT_CONFIG',
  'HKEY_USERS',
  'HKEY_CURRENT_USER_LOCAL_SETTINGS',
  'HKEY_PERFORMANCE_DATA',
  'HKEY_PERFORMANCE_NLSTEXT',
  'HKEY_PERFORMANCE_TEXT',
  'HKEY_A',
  'HKEY_CURRENT_USER',
] as const;

/** Values of RegistryValue.ValueType (Microsoft.Win32.RegistryValueKind names). */
export const REGISTRY_VALUE_TYPES = ['String', 'Binary', 'DWord', 'Qword', 'MultiString', 'ExpandString', 'None', 'Unknown'] as const;

/** Values of Process.ElevationToken. */
export const ELEVATION_TOKENS = ['TokenElevationTypeDefault', 'TokenElevationTypeFull', 'TokenElevationTypeLimited'] as const;

const TEXT: readonly KustoType[] = ['string'];
const GUID: readonly KustoType[] = ['guid', 'string'];
const BOOL: readonly KustoType[] = ['bool', 'string'];
const TIME: readonly KustoType[] = ['datetime', 'string'];
const INTEGER: readonly KustoType[] = ['int', 'long', 'string'];
const LIST: readonly KustoType[] = ['dynamic', 'string'];

function id(name: string, types: readonly KustoType[], description: string, values?: readonly string[]): EntityIdentifier {
  return values ? { name, types, description, values } : { name, types, description };
}

const TYPES: readonly EntityTypeInfo[] = [
  {
    name: 'Account',
    identifiers: [
      id('Name', TEXT, 'Account name without any domain part, e.g. alice.'),
      id('FullName', TEXT, 'Full account name such as alice@contoso.com or CONTOSO\\alice; Sentinel splits it into name and domain.'),
      id('NTDomain', TEXT, 'NetBIOS domain as in DOMAIN\\user, e.g. CONTOSO or NT AUTHORITY.'),
      id('DnsDomain', TEXT, 'Fully qualified DNS domain of the account, e.g. finance.contoso.com.'),
      id('UPNSuffix', TEXT, 'User principal name suffix, e.g. contoso.com.'),
      id('Sid', TEXT, 'Windows security identifier of the account.'),
      id('AadTenantId', GUID, 'Microsoft Entra tenant id.'),
      id('AadUserId', GUID, 'Microsoft Entra object id of the account.'),
      id('PUID', GUID, 'Microsoft Entra Passport user id.'),
      id('IsDomainJoined', BOOL, 'Whether the account is a domain account.'),
      id('DisplayName', TEXT, 'Display name of the account (kept for older mappings).'),
      id('ObjectGuid', GUID, 'Active Directory objectGUID of the account.'),
      id('CloudAppAccountId', TEXT, 'Account id in a cloud application (Defender for Cloud Apps).'),
    ],
    requiredSets: [
      ['FullName'],
      ['Name', 'UPNSuffix'],
      ['AadUserId'],
      ['Sid'],
      ['Name', 'NTDomain'],
      ['Name', 'DnsDomain'],
      ['PUID'],
      ['ObjectGuid'],
      ['Name'],
    ],
  },
  {
    name: 'Host',
    identifiers: [
      id('DnsDomain', TEXT, 'DNS domain of the host, the full suffix if known.'),
      id('NTDomain', TEXT, 'NT domain the host belongs to.'),
      id('HostName', TEXT, 'Host name without the domain suffix.'),
      id('FullName', TEXT, 'Fully qualified host name; Sentinel splits it into host name and domain.'),
      id('NetBiosName', TEXT, 'Pre-Windows 2000 (NetBIOS) host name.'),
      id('AzureID', TEXT, 'Azure resource id of the virtual machine.'),
      id('OMSAgentID', GUID, 'Id of the Log Analytics (OMS) agent on the host.'),
      id('OSFamily', TEXT, 'Operating system family.', HOST_OS_FAMILIES),
      id('OSVersion', TEXT, 'Free-text operating system version.'),
      id('IsDomainJoined', BOOL, 'Whether the host is joined to a domain.'),
    ],
    requiredSets: [
      ['FullName'],
      ['HostName', 'NTDomain'],
      ['HostName', 'DnsDomain'],
      ['NetBiosName', 'NTDomain'],
      ['NetBiosName', 'DnsDomain'],
      ['AzureID'],
      ['OMSAgentID'],
      ['HostName'],
      ['NetBiosName'],
    ],
  },
  {
    name: 'IP',
    identifiers: [
      id('Address', TEXT, 'IPv4 or IPv6 address as text, e.g. 203.0.113.7.'),
      id('AddressScope', TEXT, 'Host, subnet or private network that scopes a non-global address; empty for global addresses.'),
    ],
    requiredSets: [['Address']],
  },
  {
    name: 'URL',
    identifiers: [id('Url', TEXT, 'The URL; an absolute URL identifies the entity, a relative one only weakly.')],
    requiredSets: [['Url']],
  },
  {
    name: 'AzureResource',
    identifiers: [id('ResourceId', TEXT, 'Azure resource id of the resource.')],
    requiredSets: [['ResourceId']],
  },
  {
    name: 'CloudApplication',
    identifiers: [
      id('AppId', INTEGER, 'Numeric Defender for Cloud Apps application id, e.g. 11161 for Office 365.'),
      id('Name', TEXT, 'Name of the cloud application.'),
      id('InstanceName', TEXT, 'User-defined name of the application instance.'),
    ],
    // The docs also list AppId+InstanceName and Name+InstanceName; they contain these sets.
    requiredSets: [['AppId'], ['Name']],
  },
  {
    name: 'DNS',
    identifiers: [id('DomainName', TEXT, 'The DNS name that was resolved.')],
    // The docs' combinations add the DNS server and client IPs, which are internal entities.
    requiredSets: [['DomainName']],
  },
  {
    name: 'File',
    identifiers: [id('Directory', TEXT, 'Full path of the folder holding the file.'), id('Name', TEXT, 'File name without the path.')],
    // Strong: Name + Directory, and Name + FileHash (an internal entity, so Name is what a mapping can give).
    requiredSets: [['Directory', 'Name'], ['Name']],
  },
  {
    name: 'FileHash',
    identifiers: [id('Algorithm', TEXT, 'Hash algorithm.', FILEHASH_ALGORITHMS), id('Value', TEXT, 'The hash value.')],
    requiredSets: [['Algorithm', 'Value']],
  },
  {
    name: 'Malware',
    identifiers: [
      id('Name', TEXT, 'Malware name assigned by the detecting vendor, e.g. Win32/Toga!rfn.'),
      id('Category', TEXT, 'Malware category assigned by the vendor, e.g. Trojan.'),
    ],
    requiredSets: [['Name', 'Category'], ['Name']],
  },
  {
    name: 'Process',
    identifiers: [
      id('ProcessId', INTEGER, 'Process id.'),
      id('CommandLine', TEXT, 'Command line the process was started with.'),
      id('ElevationToken', TEXT, 'Elevation token of the process.', ELEVATION_TOKENS),
      id('CreationTimeUtc', TIME, 'Time the process started.'),
    ],
    // The docs' combinations also need Host/ParentProcess/ImageFile internal entities, which a
    // field mapping cannot fill; Sentinel still builds the entity from ProcessId or CommandLine
    // alone (as countless public rules map it), so those count on their own.
    requiredSets: [['ProcessId'], ['CommandLine']],
  },
  {
    name: 'RegistryKey',
    identifiers: [id('Hive', TEXT, 'Registry hive.', REGISTRY_HIVES), id('Key', TEXT, 'Registry key path under the hive.')],
    requiredSets: [['Key'], ['Hive']],
  },
  {
    name: 'RegistryValue',
    identifiers: [
      id('Name', TEXT, 'Name of the registry value.'),
      id('Value', TEXT, 'The value data as text.'),
      id('ValueType', TEXT, 'Kind of registry value.', REGISTRY_VALUE_TYPES),
    ],
    // Strong: Key (an internal RegistryKey entity) + Name; weak: Name.
    requiredSets: [['Name']],
  },
  {
    name: 'SecurityGroup',
    identifiers: [
      id('DistinguishedName', TEXT, 'Distinguished name of the group.'),
      id('SID', TEXT, 'Security identifier of the group.'),
      id('ObjectGuid', GUID, 'Active Directory objectGUID of the group.'),
    ],
    requiredSets: [['DistinguishedName'], ['SID'], ['ObjectGuid']],
  },
  {
    name: 'Mailbox',
    identifiers: [
      id('MailboxPrimaryAddress', TEXT, 'Primary e-mail address of the mailbox.'),
      id('DisplayName', TEXT, 'Display name of the mailbox.'),
      id('Upn', TEXT, 'User principal name of the mailbox owner.'),
      id('ExternalDirectoryObjectId', GUID, 'Microsoft Entra id of the mailbox object.'),
      id('RiskLevel', TEXT, 'Risk level of the mailbox: None, Low, Medium or High.'),
    ],
    requiredSets: [['MailboxPrimaryAddress']],
  },
  {
    name: 'MailCluster',
    identifiers: [
      id('NetworkMessageIds', LIST, 'Network message ids of the messages in the cluster.'),
      id('CountByDeliveryStatus', LIST, 'Message counts per delivery status.'),
      id('CountByThreatType', LIST, 'Message counts per threat type.'),
      id('CountByProtectionStatus', LIST, 'Message counts per protection status.'),
      id('Threats', LIST, 'Threats found in the messages of the cluster.'),
      id('Query', TEXT, 'The query that selects the messages of the cluster.'),
      id('QueryTime', TIME, 'Time the cluster query ran.'),
      id('MailCount', INTEGER, 'Number of messages in the cluster.'),
      id('IsVolumeAnomaly', BOOL, 'Whether the cluster is a volume anomaly.'),
      id('Source', TEXT, 'Source of the cluster, by default O365 ATP.'),
      id('ClusterSourceIdentifier', TEXT, 'Identifier of the cluster source.'),
      id('ClusterSourceType', TEXT, 'Type of the cluster source.'),
      id('ClusterQueryStartTime', TIME, 'Start of the cluster query window.'),
      id('ClusterQueryEndTime', TIME, 'End of the cluster query window.'),
      id('ClusterGroup', TEXT, 'Group of the cluster.'),
    ],
    requiredSets: [['Query'], ['Source']],
  },
  {
    name: 'MailMessage',
    identifiers: [
      id('Recipient', TEXT, 'Recipient address of this copy of the message.'),
      id('Urls', LIST, 'URLs contained in the message.'),
      id('Threats', LIST, 'Threats found in the message.'),
      id('Sender', TEXT, 'Sender e-mail address.'),
      id('P1Sender', TEXT, 'Envelope (P1) sender address.'),
      id('P1SenderDisplayName', TEXT, 'Envelope (P1) sender display name.'),
      id('P1SenderDomain', TEXT, 'Envelope (P1) sender domain.'),
      id('SenderIP', TEXT, 'IP address of the sender.'),
      id('P2Sender', TEXT, 'Header (P2) sender address.'),
      id('P2SenderDisplayName', TEXT, 'Header (P2) sender display name.'),
      id('P2SenderDomain', TEXT, 'Header (P2) sender domain.'),
      id('ReceivedDate', TIME, 'Time the message was received.'),
      id('NetworkMessageId', GUID, 'Network message id of the message.'),
      id('InternetMessageId', TEXT, 'Internet message id of the message.'),
      id('Subject', TEXT, 'Subject line of the message.'),
      id('BodyFingerprintBin1', INTEGER, 'Body fingerprint bin 1.'),
      id('BodyFingerprintBin2', INTEGER, 'Body fingerprint bin 2.'),
      id('BodyFingerprintBin3', INTEGER, 'Body fingerprint bin 3.'),
      id('BodyFingerprintBin4', INTEGER, 'Body fingerprint bin 4.'),
      id('BodyFingerprintBin5', INTEGER, 'Body fingerprint bin 5.'),
      id('AntispamDirection', TEXT, 'Direction of the message: Unknown, Inbound, Outbound or Intraorg.'),
      id('DeliveryAction', TEXT, 'Delivery action, e.g. Delivered, DeliveredAsSpam, Blocked or Replaced.'),
      id('DeliveryLocation', TEXT, 'Delivery location, e.g. Inbox, JunkFolder, Quarantine or Failed.'),
      id('Language', TEXT, 'Language of the message.'),
      id('ThreatDetectionMethods', TEXT, 'Methods that detected threats in the message.'),
    ],
    requiredSets: [['NetworkMessageId'], ['Recipient']],
  },
  {
    name: 'SubmissionMail',
    identifiers: [
      id('NetworkMessageId', GUID, 'Network message id of the submitted message.'),
      id('Timestamp', TIME, 'Time the message was received.'),
      id('Recipient', TEXT, 'Recipient of the message.'),
      id('Sender', TEXT, 'Sender of the message.'),
      id('SenderIp', TEXT, 'IP address of the sender.'),
      id('Subject', TEXT, 'Subject of the message.'),
      id('ReportType', TEXT, 'Submission type: Junk, Phish, Malware or NotJunk.'),
      id('SubmissionId', GUID, 'Id of the submission.'),
      id('SubmissionDate', TIME, 'Time of the submission.'),
      id('Submitter', TEXT, 'E-mail address of the submitter.'),
    ],
    // The only strong combination (SubmissionId + NetworkMessageId + Recipient + Submitter)
    // has four identifiers, more than one mapping may hold.
    requiredSets: [],
  },
  {
    name: 'IoTDevice',
    identifiers: [
      id('DeviceId', TEXT, 'Id of the device within its IoT Hub.'),
      id('DeviceName', TEXT, 'Friendly name of the device.'),
      id('Manufacturer', TEXT, 'Manufacturer of the device.'),
      id('Model', TEXT, 'Model of the device.'),
      id('FirmwareVersion', TEXT, 'Firmware version of the device.'),
      id('OperatingSystem', TEXT, 'Operating system of the device.'),
      id('MacAddress', TEXT, 'MAC address of the device.'),
      id('Protocols', LIST, 'Protocols the device supports.'),
      id('SerialNumber', TEXT, 'Serial number of the device.'),
      id('Source', TEXT, 'Source of the device record (Microsoft or a vendor).'),
      id('IoTSecurityAgentId', GUID, 'Id of the Defender for IoT agent on the device.'),
      id('DeviceType', TEXT, "Type of the device, e.g. 'temperature sensor'."),
    ],
    // Strong: IoTHub (an internal entity) + DeviceId; weak: DeviceId.
    requiredSets: [['DeviceId']],
  },
];

/** Entity types by their exact (case-sensitive) mapping name. */
export const ENTITY_TYPES: ReadonlyMap<string, EntityTypeInfo> = new Map(TYPES.map((info) => [info.name, info]));
