/**
 * What a reporter may know besides the {@link RunResult}: rule metadata, the
 * tool's version and a few presentation settings. Reporters are pure functions of
 * `(result, context)`; nothing here is read from the environment by a reporter
 * except the documented `process.cwd()` default of {@link ReportContext.root}.
 */
import { RULES } from '../checks/rules.js';
import { COVERAGE_RULES } from '../coverage/rules.js';
import { DEPLOY_RULES } from '../deploy/rules.js';
import { LIVE_RULES } from '../lake/run/live-rules.js';
import { LEVEL_RANK, type FailOn, type RuleMeta, type RunResult } from '../model/result.js';
import { TEST_RULES } from '../offline/test-rules.js';
import { TOOL_VERSION } from '../version.js';

/** Inputs every reporter receives next to the run result. */
export interface ReportContext {
  /** Rule metadata by rule id (titles, help, families, default levels). */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Version of lakeguard that writes the report (SARIF `tool.driver.version`). */
  toolVersion: string;
  /** Base URL for rule help, e.g. https://github.com/OWNER/REPO/blob/main/docs/checks; rule pages are `<base>/<ruleId>.md`. Default: no help links. */
  helpBaseUrl?: string;
  /** Colour output (console). Default: false. */
  color?: boolean;
  /** Repository root used to make SARIF URIs relative. Default: `process.cwd()`. */
  root?: string;
  /** GitHub server/repo/sha to link files in the summary, e.g. https://github.com/OWNER/REPO/blob/SHA. Default: no links. */
  fileLinkBase?: string;
}

/** A reporter: renders a run result as the text of one report. */
export type Reporter = (result: RunResult, ctx: ReportContext) => string;

/** Every rule reporters may see: check rules, offline-test rules, live-run rules and coverage rules. */
export function allRules(): ReadonlyMap<string, RuleMeta> {
  return new Map<string, RuleMeta>([...RULES, ...TEST_RULES, ...LIVE_RULES, ...COVERAGE_RULES, ...DEPLOY_RULES]);
}

/** The context of a run's reports: every rule, this version, the root and colour. */
export function reportContext(settings: { root: string; color?: boolean }, extra: Partial<ReportContext> = {}): ReportContext {
  return { rules: allRules(), toolVersion: TOOL_VERSION, root: settings.root, color: settings.color, ...extra };
}

/** True when the result has something at or above the fail level, or a failed/errored test. */
export function failsAt(result: RunResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const limit = LEVEL_RANK[failOn];
  const findingFails = result.results.some((r) => r.findings.some((f) => LEVEL_RANK[f.level] <= limit));
  const testFails = result.results.some((r) => r.tests.some((t) => t.status !== 'passed'));
  return findingFails || testFails;
}
