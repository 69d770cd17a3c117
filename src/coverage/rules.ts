/**
 * The rule of `lakeguard coverage`: techniques counted as covered that the bundled
 * ATT&CK data marks deprecated or revoked. Reported by coverage, not by a check.
 */
import type { RuleMeta } from '../model/result.js';

export const COVERED_TECHNIQUE_RULE_ID = 'LG4006';

/** Metadata of the coverage rules, by id. */
export const COVERAGE_RULES: ReadonlyMap<string, RuleMeta> = new Map<string, RuleMeta>([
  [
    COVERED_TECHNIQUE_RULE_ID,
    {
      id: COVERED_TECHNIQUE_RULE_ID,
      name: 'covered-technique-current',
      family: 'attack',
      defaultLevel: 'warning',
      title: 'Covered techniques are not deprecated or revoked',
      help: '`lakeguard coverage` counts a technique as covered when an enabled detection lists it. A technique the bundled ATT&CK data (v18.1 or v19.2) marks deprecated or revoked is a warning at the line that lists it, naming the replacement when ATT&CK gives one (a technique of the same name added in v19.2).',
    },
  ],
]);
