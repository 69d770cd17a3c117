/**
 * Rules for offline-test outcomes. Failed and errored tests are not findings in
 * the result model (they are {@link TestOutcome}s), but SARIF and annotations need
 * a rule id for them, so they get one here, in the LG9xxx range of the rule table.
 */
import type { RuleMeta } from '../model/result.js';

/** Rule id of a failed offline test (the detection returned something other than expected). */
export const TEST_FAILED_RULE_ID = 'LG9001';
/** Rule id of an offline test that could not run (bad fixture, unsupported operator, ...). */
export const TEST_ERROR_RULE_ID = 'LG9002';

/** Metadata of the offline-test rules, by id. */
export const TEST_RULES: ReadonlyMap<string, RuleMeta> = new Map<string, RuleMeta>([
  [
    TEST_FAILED_RULE_ID,
    {
      id: TEST_FAILED_RULE_ID,
      name: 'test-failed',
      family: 'tests',
      defaultLevel: 'error',
      title: 'Offline tests pass',
      help: 'Each test in the detection’s `tests` list runs the query over its sample events with the embedded KQL engine and compares the outcome with what the test expects. The message says what differed; fix the query or the expectation.',
    },
  ],
  [
    TEST_ERROR_RULE_ID,
    {
      id: TEST_ERROR_RULE_ID,
      name: 'test-error',
      family: 'tests',
      defaultLevel: 'error',
      title: 'Offline tests can run',
      help: 'The test could not be evaluated: its sample data could not be read, or the query uses an operator or function the embedded engine does not support offline (lakeguard refuses rather than approximates). The message names the cause and its position.',
    },
  ],
]);
