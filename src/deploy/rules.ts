/**
 * Rules of `deploy` and `drift` outcomes. Not static checks, but SARIF,
 * annotations and the docs need their ids.
 */
import type { RuleMeta } from '../model/result.js';

export const DEPLOY_FAILED_RULE = 'LG7001';
export const DRIFT_RULE = 'LG7101';
export const MISSING_RULE = 'LG7102';

const rule = (id: string, name: string, title: string, help: string): [string, RuleMeta] => [
  id,
  { id, name, family: 'deploy', defaultLevel: 'error', title, help },
];

export const DEPLOY_RULES: ReadonlyMap<string, RuleMeta> = new Map<string, RuleMeta>([
  rule(
    DEPLOY_FAILED_RULE,
    'rule-deploys',
    'The rule deploys to the workspace',
    'Microsoft Sentinel refused the alert rule or the request failed after its retries (for example a query naming a table the workspace does not have). The message is the service’s own; the other detections still deploy and the run exits 1.',
  ),
  rule(
    DRIFT_RULE,
    'deployed-rule-matches',
    'The deployed rule matches the repository',
    'A property of the rule deployed in the workspace differs from the detection (someone changed it in the portal, for example queryFrequency, enabled or the query). The next `lakeguard deploy` puts the repository’s value back; or change the YAML if the workspace is right.',
  ),
  rule(
    MISSING_RULE,
    'rule-is-deployed',
    'The rule is deployed',
    'The detection has no alert rule in the workspace. Run `lakeguard deploy`.',
  ),
]);
