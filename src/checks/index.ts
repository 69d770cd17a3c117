/**
 * The registry of checks. "Which checks exist?" and "which check reports rule X?"
 * are lookups here; docs and the parity test are driven from it.
 */
import { attackMappingCheck } from './attack-mapping.js';
import type { Check, ProjectCheck } from './check.js';
import { detectionSchemaCheck } from './detection-schema.js';
import { kqlQueryCheck } from './kql-query.js';
import { outputColumnsCheck } from './output-columns.js';
import { sentinelLimitsCheck } from './sentinel-limits.js';
import { testDefinitionsCheck } from './test-definitions.js';
import { uniqueIdentityCheck } from './unique-identity.js';

/** Checks run on each detection, in this order. */
export const DETECTION_CHECKS: readonly Check[] = [
  detectionSchemaCheck,
  kqlQueryCheck,
  outputColumnsCheck,
  attackMappingCheck,
  sentinelLimitsCheck,
  testDefinitionsCheck,
];

/** Checks run across all detections. */
export const PROJECT_CHECKS: readonly ProjectCheck[] = [uniqueIdentityCheck];

/** Rule ids reported by the loader itself rather than by a check. */
export const LOADER_RULES: readonly string[] = ['LG0001', 'LG0002', 'LG0003', 'LG0004'];

/** Rule ids reported on the repository's function files (parsers) rather than on detections. */
export const FUNCTION_FILE_RULES: readonly string[] = ['LG2008'];

/** Rule ids reported by the pipeline when a check itself fails. */
export const PIPELINE_RULES: readonly string[] = ['LG0000'];

/** Which check reports a rule id (`loader` for loading rules). */
export const CHECK_OF_RULE: ReadonlyMap<string, string> = new Map([
  ...LOADER_RULES.map((id) => [id, 'loader'] as const),
  ...PIPELINE_RULES.map((id) => [id, 'pipeline'] as const),
  ...FUNCTION_FILE_RULES.map((id) => [id, 'function files'] as const),
  ...[...DETECTION_CHECKS, ...PROJECT_CHECKS].flatMap((check) => check.rules.map((id) => [id, check.name] as const)),
]);

export { RULES, RULE_LIST } from './rules.js';
