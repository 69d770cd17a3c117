/**
 * Annotations on the pull-request diff. GitHub shows at most 10 errors, 10
 * warnings and 10 notices per step and silently drops the rest, so lakeguard picks
 * the most important per level and says how many more there are.
 *
 * Selection is a pure function ({@link selectAnnotations}); emitting takes the
 * `@actions/core` functions as a parameter ({@link emitAnnotations}) so tests can
 * pass a recorder.
 */
import type * as actionsCore from '@actions/core';
import {
  compareFindings,
  LEVEL_RANK,
  type DetectionResult,
  type Finding,
  type Level,
  type RuleMeta,
  type RunResult,
} from '../../model/result.js';
import { TEST_ERROR_RULE_ID, TEST_FAILED_RULE_ID, TEST_RULES } from '../../offline/test-rules.js';

/** How many annotations of each level GitHub shows per step. */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

/** One annotation to emit. Positions are 1-based; `endColumn` is exclusive, as in {@link Finding}. */
export interface Annotation {
  level: Level;
  message: string;
  /** `ruleId: rule title` (just the rule id when the rule is unknown). */
  title: string;
  file: string;
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

/** The annotations to emit, and how many of each level were left out. */
export interface AnnotationSelection {
  annotations: Annotation[];
  omitted: Record<Level, number>;
}

/** The part of `@actions/core` annotations need. */
export type AnnotationCore = Pick<typeof actionsCore, 'error' | 'warning' | 'notice' | 'info'>;

interface Candidate extends Finding {
  failing: boolean;
}

function isPositive(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

function candidatesOf(r: DetectionResult): Candidate[] {
  const failing = r.status === 'failed' || r.status === 'error';
  const list: Candidate[] = r.findings.map((f) => ({ ...f, failing }));
  for (const t of r.tests) {
    if (t.status === 'passed') continue;
    const what = t.status === 'failed' ? `Offline test '${t.name}' failed` : `Offline test '${t.name}' could not run`;
    list.push({
      ruleId: t.status === 'failed' ? TEST_FAILED_RULE_ID : TEST_ERROR_RULE_ID,
      level: 'error',
      message: t.message ? `${what}: ${t.message}` : `${what}.`,
      file: t.location?.file ?? r.file,
      line: t.location?.line ?? t.line ?? 1,
      column: t.location?.column ?? 1,
      failing,
    });
  }
  return list;
}

/**
 * Pick up to `perLevel` annotations per level: errors, then warnings, then notes;
 * within a level, findings in failed (or unevaluable) detections first, then file
 * and line order. Failed and errored offline tests are error annotations (rules
 * LG9001/LG9002) at the test's line. `rules` supplies titles; default: only the
 * offline-test rules are known, other titles are just the rule id.
 */
export function selectAnnotations(
  result: RunResult,
  perLevel = GITHUB_ANNOTATIONS_PER_LEVEL,
  rules?: ReadonlyMap<string, RuleMeta>,
): AnnotationSelection {
  const candidates = result.results.flatMap(candidatesOf);
  candidates.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || Number(b.failing) - Number(a.failing) || compareFindings(a, b));
  const taken: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const omitted: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  const annotations: Annotation[] = [];
  for (const c of candidates) {
    if (taken[c.level] >= perLevel) {
      omitted[c.level]++;
      continue;
    }
    taken[c.level]++;
    const meta = rules?.get(c.ruleId) ?? TEST_RULES.get(c.ruleId);
    const startLine = isPositive(c.line) ? c.line : 1;
    const annotation: Annotation = {
      level: c.level,
      message: c.message,
      title: meta ? `${c.ruleId}: ${meta.title}` : c.ruleId,
      file: c.file,
      startLine,
      startColumn: isPositive(c.line) && isPositive(c.column) ? c.column : 1,
    };
    if (isPositive(c.line) && isPositive(c.endLine) && c.endLine >= startLine) annotation.endLine = c.endLine;
    if (isPositive(c.line) && isPositive(c.endColumn)) annotation.endColumn = c.endColumn;
    annotations.push(annotation);
  }
  return { annotations, omitted };
}

const LEVEL_WORD: Record<Level, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  note: ['note', 'notes'],
};

/** The line that tells how many annotations of a level were left out. */
export function omittedMessage(level: Level, count: number): string {
  return `${count} more ${LEVEL_WORD[level][count === 1 ? 0 : 1]} not shown as annotations; see the job summary or SARIF.`;
}

/** Annotation properties for GitHub: columns only for single-line spans (GitHub ignores them otherwise); GitHub's end column is inclusive. */
function propertiesOf(a: Annotation): actionsCore.AnnotationProperties {
  const properties: actionsCore.AnnotationProperties = { title: a.title, file: a.file, startLine: a.startLine };
  if (a.endLine !== undefined && a.endLine > a.startLine) {
    properties.endLine = a.endLine;
    return properties;
  }
  properties.endLine = a.startLine;
  properties.startColumn = a.startColumn;
  if (a.endColumn !== undefined) properties.endColumn = Math.max(a.startColumn, a.endColumn - 1);
  return properties;
}

/**
 * Emit the selected annotations, then one line per level with omitted > 0 saying
 * how many more there are. That line is a notice while the step's notice quota
 * has room (so it shows next to the annotations), otherwise an info log line.
 */
export function emitAnnotations(selection: AnnotationSelection, core: AnnotationCore): void {
  let notices = 0;
  for (const a of selection.annotations) {
    const properties = propertiesOf(a);
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else {
      core.notice(a.message, properties);
      notices++;
    }
  }
  for (const level of ['error', 'warning', 'note'] as const) {
    const count = selection.omitted[level];
    if (count <= 0) continue;
    const message = omittedMessage(level, count);
    if (notices < GITHUB_ANNOTATIONS_PER_LEVEL) {
      core.notice(message);
      notices++;
    } else {
      core.info(message);
    }
  }
}
