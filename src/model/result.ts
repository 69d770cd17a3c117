/**
 * The one result model every command produces and every reporter renders.
 * `--json` writes a {@link RunResult} as is.
 */

/** Severity of a finding, ordered most severe first. */
export type Level = 'error' | 'warning' | 'note';

/** Lowest finding level that fails a run, or `never`. */
export type FailOn = Level | 'never';

/** Level ranks used for sorting and for `--fail-on` (lower = more severe). */
export const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 0, warning: 1, note: 2 };

/** One problem found in one file, at an exact position (1-based line and column). */
export interface Finding {
  /** Stable rule id, e.g. `LG1201`. */
  ruleId: string;
  level: Level;
  message: string;
  /** Path of the file, relative to the repository root (`root`), with `/` separators. */
  file: string;
  line: number;
  column: number;
  /** Last line/column of the span (inclusive line, exclusive column); default: same as start. */
  endLine?: number;
  endColumn?: number;
}

/** Outcome of one offline test of a detection. */
export interface TestOutcome {
  name: string;
  status: 'passed' | 'failed' | 'error';
  message?: string;
  line?: number;
  durationMs?: number;
  /** Where the cause is when it is not the test itself: a fixture file's line, or a construct in the query. */
  location?: { file: string; line: number; column?: number };
}

/** An entity surfaced by a live run: its type plus identifier values. */
export interface EntityRecord {
  type: string;
  [identifier: string]: string;
}

/** Outcome of a live run against a lake endpoint. */
export interface LiveOutcome {
  fired: boolean;
  rows: number;
  bytes: number;
  durationMs: number;
  entities?: EntityRecord[];
  clientRequestId?: string;
  attempts?: number;
  /** Why the query could not be judged (throttled, timeout, partial, …), when it could not. */
  error?: string;
  /** The first result rows, at `show-results: rows`. */
  sampleRows?: Record<string, unknown>[];
  /** The window the query covered (ISO 8601, UTC): the time scope's start and the run's now. */
  window?: { from: string; to: string };
  /** Result rows per time bin over the window, by the result's first datetime column (fired detections). */
  timeline?: { start: string; binMinutes: number; counts: number[]; column: string };
}

/** Alert volume of one version of a detection replayed over a past range (`lakeguard backtest`). */
export interface BacktestFigures {
  /** The range replayed (ISO 8601, UTC). */
  from: string;
  to: string;
  /** Evaluations the rule's schedule makes over the range. */
  evaluations: number;
  /** Evaluations actually run (fewer than `evaluations` when sampled under --max-runs). */
  sampled: number;
  /** Alerts the sampled evaluations raised. */
  alerts: number;
  /** Estimated alerts per day over the range (scaled up from the sample when sampled). */
  alertsPerDay: number;
  /** Fewest and most alerts of one day (estimated per day when sampled). */
  min: number;
  max: number;
  perDay: { day: string; alerts: number }[];
  /** Queries that failed (their evaluations count as unknown, not as quiet). */
  failed?: number;
}

/** A backtest: the current version, and with --compare the version at the given ref. */
export interface BacktestOutcome extends BacktestFigures {
  /** The detection as of --compare REF, over the same evaluations. */
  before?: BacktestFigures & { ref: string };
}

export type DetectionStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** Everything known about one detection file after a command ran. */
export interface DetectionResult {
  /** The detection's GUID, or empty when the file could not be read far enough. */
  id: string;
  name: string;
  file: string;
  status: DetectionStatus;
  findings: Finding[];
  tests: TestOutcome[];
  live?: LiveOutcome;
  backtest?: BacktestOutcome;
}

export interface Totals {
  passed: number;
  failed: number;
  error: number;
  skipped: number;
  findings: Record<Level, number>;
}

export type CommandName = 'validate' | 'test' | 'run' | 'coverage' | 'deploy' | 'drift' | 'backtest';

export interface RunResult {
  tool: 'lakeguard';
  version: string;
  command: CommandName;
  startedAt: string;
  durationMs: number;
  results: DetectionResult[];
  totals: Totals;
  /** `lakeguard coverage`: techniques and data sources. */
  coverage?: CoverageSection;
  /** `lakeguard deploy` / `drift`: the plan and, for deploy, what each write did. */
  deployment?: DeploymentSection;
  /** `run --write-table`: the hunt records sent to the custom table. */
  ingestion?: IngestionSection;
}

/** One call of `run --write-table` to the Logs Ingestion API, as the JSON report shows it. */
export interface IngestionBatch {
  /** 1-based. */
  batch: number;
  records: number;
  /** Uncompressed JSON bytes (what the per-call limit is checked on), and gzip bytes sent. */
  bytes: number;
  gzipBytes: number;
  attempts: number;
  requestId: string;
  ok: boolean;
  /** Why the batch failed, one line with the request id (never the token). */
  error?: string;
}

/** What `run --write-table` sent through the Logs Ingestion API. */
export interface IngestionSection {
  /** The stream written (`Custom-…`); the endpoint and rule stay out of reports. */
  stream: string;
  /** Records built (one per detection). */
  records: number;
  /** Records the service accepted. */
  sent: number;
  batches: IngestionBatch[];
  /** Records too large for one call (not sent). */
  oversized: number;
}

/** Rule ids whose findings mean "could not be evaluated" rather than "broke a rule". */
export const EVALUATION_ERROR_RULES: ReadonlySet<string> = new Set(['LG0000', 'LG0001', 'LG0002', 'LG0004']);

/**
 * Decide a detection's status from its findings and tests.
 * A file that could not be read or parsed at all is `error`; any error-level finding
 * or failed test is `failed`.
 */
export function statusOf(findings: readonly Finding[], tests: readonly TestOutcome[]): DetectionStatus {
  if (findings.some((f) => f.level === 'error' && EVALUATION_ERROR_RULES.has(f.ruleId))) return 'error';
  if (tests.some((t) => t.status === 'error')) return 'error';
  if (findings.some((f) => f.level === 'error') || tests.some((t) => t.status === 'failed')) return 'failed';
  return 'passed';
}

/** Count statuses and finding levels. */
export function totalsOf(results: readonly DetectionResult[]): Totals {
  const totals: Totals = { passed: 0, failed: 0, error: 0, skipped: 0, findings: { error: 0, warning: 0, note: 0 } };
  for (const r of results) {
    totals[r.status]++;
    for (const f of r.findings) totals.findings[f.level]++;
  }
  return totals;
}

/** Sort findings by file, line, column, then severity, so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Metadata of a rule, as reporters need it (SARIF rules, docs, help). */
export interface RuleMeta {
  id: string;
  /** Short kebab-case name that says what the rule requires, e.g. `require-known-columns`. */
  name: string;
  /** Family used to group JUnit test cases: schema, kql, entities, attack, identity, limits, format. */
  family: string;
  title: string;
  help: string;
  defaultLevel: Level;
}

/** One technique (or sub-technique) the detections cover. */
export interface CoveredTechnique {
  id: string;
  name: string;
  /** ATT&CK tactic short names (`credential-access`) the covering detections list for it; empty when none matched. */
  tactics: string[];
  /** Display paths of the enabled detections that list it. */
  detections: string[];
  /** Disabled detections that list it (not counted in the score). */
  disabled: string[];
}

/** A table, workspace function or watchlist the detections read. */
export interface CoveredDataSource {
  name: string;
  kind: 'table' | 'function' | 'watchlist';
  unknown?: boolean;
  /** Display paths of the detections reading it. */
  detections: string[];
}

/** Techniques a change gains and loses (`--compare REF`, or a pull request's base). */
export interface CoverageChange {
  ref: string;
  gained: string[];
  lost: string[];
}

/** What `lakeguard coverage` adds to the JSON report. */
export interface CoverageSection {
  attackVersion: string;
  detections: number;
  enabled: number;
  techniques: CoveredTechnique[];
  /** ATT&CK tactics (short name, display name) in matrix order, with how many techniques each covers. */
  tactics: { shortName: string; name: string; techniques: number }[];
  dataSources: CoveredDataSource[];
  change?: CoverageChange;
}

/** One rule of a deployment plan, as the JSON report shows it. */
export interface DeploymentItem {
  ruleId: string;
  /** The detection file; absent for a deployed rule of this repository whose detection is gone. */
  file?: string;
  /** `orphan`: deployed from this repository, detection gone, and not pruned by this run. */
  action: 'create' | 'update' | 'unchanged' | 'delete' | 'orphan';
  /** Properties that differ, by path (`query`, `tactics`, `eventGroupingSettings.aggregationKind`). */
  changes: { property: string; repository: unknown; deployed: unknown }[];
  /** Deploy only: whether the write succeeded, and the service's message when not. */
  outcome?: 'ok' | 'failed';
  error?: string;
  /** The rule changed between read and write (412) and was re-read and re-planned. */
  replanned?: boolean;
}

/** What `lakeguard deploy` and `lakeguard drift` add to the JSON report. */
export interface DeploymentSection {
  mode: 'plan' | 'apply' | 'drift';
  workspace: { subscriptionId: string; resourceGroup: string; workspace: string };
  repository: string;
  items: DeploymentItem[];
  /** PUT and DELETE requests made (0 for plan and drift). */
  writes: number;
}
