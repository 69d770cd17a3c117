/**
 * What a reporter may know besides the {@link RunResult}: rule metadata, the
 * tool's version and a few presentation settings. Reporters are pure functions of
 * `(result, context)`; nothing here is read from the environment by a reporter
 * except the documented `process.cwd()` default of {@link ReportContext.root}.
 */
import type { RuleMeta, RunResult } from '../model/result.js';

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
