/**
 * Every rule id lakeguard can report, in one table. Ids are stable forever:
 * deprecate with `replacedBy` instead of renaming or reusing.
 *
 * Numbering: LG0xxx loading, LG1xxx format/schema, LG2xxx KQL, LG3xxx entities and
 * output columns, LG4xxx ATT&CK, LG5xxx identity, LG6xxx Sentinel limits,
 * LG9xxx offline tests.
 */
import type { Level, RuleMeta } from '../report/result.js';

function rule(id: string, name: string, family: string, defaultLevel: Level, title: string, help: string): RuleMeta {
  return { id, name, family, defaultLevel, title, help };
}

export const RULE_LIST: readonly RuleMeta[] = [
  rule('LG0000', 'internal-error', 'load', 'error', 'lakeguard could check the file',
    'lakeguard itself failed while checking this file. Please report it with the file (run with --debug for details).'),
  rule('LG0001', 'readable-file', 'load', 'error', 'File can be read',
    'The file must exist, be at most the size cap (1 MiB by default, `--max-file-size`), and be valid UTF-8.'),
  rule('LG0002', 'valid-yaml', 'load', 'error', 'File is one valid YAML mapping',
    'A detection file holds exactly one YAML document whose top level is a mapping (key: value pairs). Fix the YAML syntax at the reported position.'),
  rule('LG0003', 'no-duplicate-keys', 'load', 'error', 'No key appears twice',
    'YAML mappings must not repeat a key: parsers disagree on which value wins, so Sentinel and lakeguard could read different rules.'),
  rule('LG0004', 'bounded-aliases', 'load', 'error', 'YAML aliases stay within limits',
    'Aliases (`*name`) that expand into huge documents ("billion laughs") are refused. Detections do not need aliases; write the values out.'),
  rule('LG1001', 'match-schema', 'schema', 'error', 'Detection matches the schema',
    'The detection must match `schemas/detection.schema.json`: the Sentinel analytic-rule / hunting-query format plus lakeguard’s `limits`, `expect` and `tests`.'),
  rule('LG1002', 'known-keys', 'schema', 'warning', 'Keys are known',
    'A key the format does not define is ignored by Sentinel and lakeguard; it is usually a typo. The message suggests the closest known key.'),
  rule('LG2001', 'kql-syntax', 'kql', 'error', 'Query parses',
    'The KQL query must parse. The position points at the offending token in the YAML file.'),
  rule('LG2002', 'kql-semantics', 'kql', 'error', 'Query binds against the table schemas',
    'Names, types and function calls must resolve against the table catalog (Sentinel and Defender XDR tables, plus the tables, functions and watchlists declared in lakeguard.yaml).'),
  rule('LG2003', 'kql-warnings', 'kql', 'warning', 'Query has no language-service warnings',
    'Warnings from the Kusto language service, such as expressions that always evaluate the same way or deprecated functions.'),
  rule('LG2004', 'known-tables', 'kql', 'error', 'Tables and functions are known',
    'Every table or function the query uses must be in the catalog. Declare custom tables (`*_CL`), workspace functions (ASIM parsers) and watchlists in lakeguard.yaml.'),
  rule('LG2005', 'no-control-commands', 'kql', 'error', 'Query is not a control command',
    'Detections are read-only queries; control commands (starting with `.`) are refused before any request is sent.'),
  rule('LG2006', 'query-has-result', 'kql', 'error', 'Query returns a table',
    'A detection query must end in a tabular expression whose rows become alerts.'),
  rule('LG3001', 'entity-column-exists', 'entities', 'error', 'Entity mappings use output columns',
    'Every `entityMappings[].fieldMappings[].columnName` must be a column of the query’s output, as computed by the language service.'),
  rule('LG3002', 'entity-column-type', 'entities', 'warning', 'Entity columns have a suitable type',
    'An identifier expects a scalar value of a certain type (most are strings). Dynamic columns and mismatched types map badly; convert with `tostring()`.'),
  rule('LG3003', 'entity-type-known', 'entities', 'error', 'Entity types are known',
    'The entity type must be one of Sentinel’s mappable entity types (Account, Host, IP, URL, File, FileHash, Process, …).'),
  rule('LG3004', 'entity-identifier-known', 'entities', 'error', 'Entity identifiers are known',
    'Each field mapping’s identifier must be one of the entity type’s identifiers.'),
  rule('LG3005', 'entity-identifiers-complete', 'entities', 'warning', 'Entity mappings identify the entity',
    'An entity mapping must include at least one of the identifier sets that identify the entity (e.g. Account: FullName, or Name + UPNSuffix); otherwise Sentinel cannot build the entity.'),
  rule('LG3006', 'custom-detail-column-exists', 'entities', 'error', 'Custom details use output columns',
    'Each `customDetails` value must be a column of the query’s output.'),
  rule('LG3007', 'override-column-exists', 'entities', 'error', 'Alert overrides use output columns',
    'Each `{{Column}}` placeholder in `alertDetailsOverride` formats, and each column named by alertSeverityColumnName / alertTacticsColumnName / alertDynamicProperties, must be an output column.'),
  rule('LG3008', 'no-duplicate-entity-identifiers', 'entities', 'warning', 'Identifiers are mapped once',
    'An identifier mapped twice in one entity mapping keeps only one value in Sentinel.'),
  rule('LG4001', 'tactic-known', 'attack', 'error', 'Tactics are Sentinel tactic names',
    'Tactics use Sentinel’s PascalCase names: InitialAccess, Execution, Persistence, PrivilegeEscalation, DefenseEvasion, CredentialAccess, Discovery, LateralMovement, Collection, Exfiltration, CommandAndControl, Impact, Reconnaissance, ResourceDevelopment (and the ICS tactics).'),
  rule('LG4002', 'technique-known', 'attack', 'error', 'Techniques exist in ATT&CK Enterprise',
    'Each technique id (T1234 or T1234.001) must exist in MITRE ATT&CK Enterprise (v18.1 or v19.2) and not be revoked.'),
  rule('LG4003', 'technique-current', 'attack', 'warning', 'Techniques are not deprecated or revoked',
    'A deprecated technique, or one revoked in the newest ATT&CK version, should be replaced; the message names the replacement when known.'),
  rule('LG4004', 'technique-matches-tactic', 'attack', 'warning', 'Techniques belong to a listed tactic',
    'Each technique should belong to at least one of the detection’s tactics; otherwise the tactic or the technique is probably wrong.'),
  rule('LG4005', 'tactic-has-technique', 'attack', 'note', 'Tactics are backed by a technique',
    'A tactic with none of the listed techniques under it is allowed but usually an oversight.'),
  rule('LG5001', 'unique-id', 'identity', 'error', 'Ids are unique',
    'Every detection `id` (a GUID) must be unique across all files checked; Sentinel uses it as the rule template identity.'),
  rule('LG5002', 'unique-name', 'identity', 'error', 'Names are unique',
    'Two detections with the same name are indistinguishable in the Sentinel portal and in reports.'),
  rule('LG6001', 'query-length', 'limits', 'error', 'Query within 10,000 characters',
    'Sentinel rejects analytic-rule queries longer than 10,000 characters.'),
  rule('LG6002', 'entity-mapping-count', 'limits', 'error', 'Entity mappings within Sentinel limits',
    'Sentinel allows 1–10 entity mappings per rule and 1–3 field mappings per entity.'),
  rule('LG6003', 'custom-details-count', 'limits', 'error', 'Custom details within Sentinel limits',
    'Sentinel allows at most 20 custom details per rule.'),
  rule('LG6004', 'override-placeholder-count', 'limits', 'error', 'Override formats within Sentinel limits',
    'An alert-override format may use at most 3 `{{Column}}` placeholders (display name 256 characters, description 5,000).'),
  rule('LG6005', 'schedule-bounds', 'limits', 'error', 'Schedule within Sentinel limits',
    'Scheduled rules: queryFrequency 5m..14d, queryPeriod 5m..14d and not shorter than queryFrequency; suppressionDuration and lookbackDuration 5m..24h. NRT rules have no schedule.'),
  rule('LG6006', 'trigger-threshold-range', 'limits', 'error', 'Trigger threshold within 0..10,000',
    'Sentinel’s triggerThreshold is an integer from 0 to 10,000.'),
  rule('LG6007', 'scheduled-fields-present', 'limits', 'error', 'Scheduled rules have their schedule and trigger',
    'An analytic rule (one with a severity or kind Scheduled) needs queryFrequency, queryPeriod, triggerOperator and triggerThreshold; NRT rules need none of the schedule fields.'),
];

/** Rule metadata by id. */
export const RULES: ReadonlyMap<string, RuleMeta> = new Map(RULE_LIST.map((r) => [r.id, r]));

/** Metadata of a rule id that must exist (throws on a programming error). */
export function ruleMeta(id: string): RuleMeta {
  const meta = RULES.get(id);
  if (!meta) throw new Error(`unknown rule id ${id}`);
  return meta;
}
