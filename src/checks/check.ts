/**
 * What a check is and what it sees. Each check lives in its own file, declares
 * the rule ids it may report, and is listed in `index.ts`.
 */
import type { Catalog } from '../kql/catalog.js';
import type { QueryFacts } from '../kql/query-facts.js';
import type { Detection } from '../load/load-detection.js';
import type { Span, ValuePath } from '../load/source-document.js';
import type { Finding, Level } from '../model/result.js';
import { ruleMeta } from './rules.js';

export type { QueryFacts } from '../kql/query-facts.js';

/** Everything a per-detection check may look at. */
export interface CheckContext {
  detection: Detection;
  /** Present when the detection has a string `query`. */
  query?: QueryFacts;
  catalog: Catalog;
  /** Report at a document path (value or key) or an explicit span. */
  report(ruleId: string, where: ValuePath | Span, message: string, options?: { level?: Level; at?: 'value' | 'key' }): void;
}

/** A check that looks at one detection at a time. */
export interface Check {
  /** Kebab-case name of the check (its file name). */
  name: string;
  /** Rule ids this check may report; each id belongs to exactly one check. */
  rules: readonly string[];
  run(context: CheckContext): void;
}

/** Identity of a detection, for checks across files. */
export interface DetectionSummary {
  file: string;
  id?: string;
  name?: string;
  idSpan?: Span;
  nameSpan?: Span;
}

/** A check that compares detections with each other (ids, names). */
export interface ProjectCheck {
  name: string;
  rules: readonly string[];
  run(detections: readonly DetectionSummary[], report: (file: string, ruleId: string, span: Span, message: string) => void): void;
}

export function defineCheck(check: Check): Check {
  for (const id of check.rules) ruleMeta(id);
  return check;
}

export function defineProjectCheck(check: ProjectCheck): ProjectCheck {
  for (const id of check.rules) ruleMeta(id);
  return check;
}

/** Build a finding for a span, at the rule's default level unless given. */
export function findingAt(file: string, ruleId: string, span: Span, message: string, level?: Level): Finding {
  return {
    ruleId,
    level: level ?? ruleMeta(ruleId).defaultLevel,
    message,
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
}

export function isSpan(where: ValuePath | Span): where is Span {
  return !Array.isArray(where) && typeof (where as Span).line === 'number';
}
