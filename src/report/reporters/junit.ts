/**
 * JUnit XML reporter, for test-report actions and CI systems that show JUnit.
 *
 * One `<testsuite>` per detection file. Inside it, one `<testcase>` per check
 * family (schema, kql, entities, attack, identity, limits, format; `load` when the
 * file had loading findings; any other family a finding's rule names): it fails
 * with `<failure>` when the family has error-level findings, or with `<error>` when
 * one of them means "could not be evaluated"; warnings and notes are listed in
 * `<system-out>` and do not fail it. A file that could not be loaded gets only the
 * cases of the families it has findings in (usually just `load`). Then one
 * `<testcase name="test: NAME">` per offline test. Times are in seconds.
 */
import type { ReportContext } from '../context.js';
import { EVALUATION_ERROR_RULES, type DetectionResult, type Finding, type RunResult } from '../../model/result.js';
import { sortedResult } from './json.js';

/** Check families every loaded detection gets a test case for, in this order. */
export const JUNIT_FAMILIES: readonly string[] = ['schema', 'kql', 'entities', 'attack', 'identity', 'limits', 'format'];

/** Family of findings whose rule is unknown to the context. */
const OTHER_FAMILY = 'other';
const LOAD_FAMILY = 'load';

/** Characters XML 1.0 forbids anywhere (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates). */
const ILLEGAL_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escape text for an XML text node; characters illegal in XML 1.0 are removed. */
export function xmlText(text: string): string {
  return text
    .replace(ILLEGAL_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Escape text for a double-quoted XML attribute (line breaks and tabs kept as character references). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function seconds(ms: number | undefined): string {
  return ((ms ?? 0) / 1000).toFixed(3);
}

function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Problem {
  kind: 'failure' | 'error' | 'skipped';
  message: string;
  type: string;
  body: string;
}

interface TestCase {
  name: string;
  timeMs?: number;
  line?: number;
  problem?: Problem;
  systemOut?: string;
}

function findingLine(f: Finding, withLevel: boolean): string {
  return `${f.file}:${f.line}:${f.column} ${withLevel ? `${f.level} ` : ''}${f.ruleId} ${oneLine(f.message)}`;
}

/** Order families: `load` first, then the standard ones, then any others alphabetically. */
function familyOrder(families: Iterable<string>): string[] {
  const rank = (f: string): number =>
    f === LOAD_FAMILY ? -1 : JUNIT_FAMILIES.includes(f) ? JUNIT_FAMILIES.indexOf(f) : JUNIT_FAMILIES.length;
  return [...new Set(families)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function detectionCases(r: DetectionResult, ctx: ReportContext): TestCase[] {
  if (r.status === 'skipped') return [{ name: 'detection', problem: { kind: 'skipped', message: 'skipped', type: 'skipped', body: '' } }];

  const byFamily = new Map<string, Finding[]>();
  for (const f of r.findings) {
    const family = ctx.rules.get(f.ruleId)?.family ?? OTHER_FAMILY;
    byFamily.set(family, [...(byFamily.get(family) ?? []), f]);
  }
  // Not loaded: an evaluation error stopped it, and every finding is about loading.
  const loaded = !(
    r.findings.some((f) => f.level === 'error' && EVALUATION_ERROR_RULES.has(f.ruleId)) &&
    [...byFamily.keys()].every((family) => family === LOAD_FAMILY)
  );
  const families = familyOrder([...byFamily.keys(), ...(loaded ? JUNIT_FAMILIES : [])]);

  const cases: TestCase[] = [];
  for (const family of families) {
    const findings = byFamily.get(family) ?? [];
    const errors = findings.filter((f) => f.level === 'error');
    const others = findings.filter((f) => f.level !== 'error');
    const testCase: TestCase = { name: family };
    if (errors.length > 0) {
      const evaluation = errors.some((f) => EVALUATION_ERROR_RULES.has(f.ruleId));
      testCase.problem = {
        kind: evaluation ? 'error' : 'failure',
        message: plural(errors.length, 'error'),
        type: 'error',
        body: errors.map((f) => findingLine(f, false)).join('\n'),
      };
    }
    if (others.length > 0) testCase.systemOut = others.map((f) => findingLine(f, true)).join('\n');
    cases.push(testCase);
  }

  for (const t of r.tests) {
    const testCase: TestCase = { name: `test: ${t.name}`, timeMs: t.durationMs, line: t.line };
    if (t.status !== 'passed') {
      const message = t.message ?? t.status;
      const summary = oneLine(message.split(/\r\n?|\n/)[0] ?? '').slice(0, 200);
      testCase.problem = { kind: t.status === 'error' ? 'error' : 'failure', message: summary || t.status, type: t.status, body: message };
    }
    cases.push(testCase);
  }

  if (r.live) {
    const l = r.live;
    cases.push({
      name: 'live',
      timeMs: l.durationMs,
      systemOut: `${l.fired ? 'fired' : 'did not fire'}: ${plural(l.rows, 'row')}, ${l.bytes} bytes, ${l.durationMs} ms${l.attempts ? `, ${plural(l.attempts, 'attempt')}` : ''}`,
    });
  }

  // A failed or errored detection must not look green in JUnit even if no case above explains why.
  if ((r.status === 'failed' || r.status === 'error') && !cases.some((c) => c.problem && c.problem.kind !== 'skipped')) {
    cases.push({
      name: 'status',
      problem: {
        kind: r.status === 'error' ? 'error' : 'failure',
        message: `detection ${r.status}`,
        type: r.status,
        body: `The detection's status is '${r.status}'; see the JSON or SARIF report for details.`,
      },
    });
  }
  return cases;
}

function renderCase(c: TestCase, file: string): string {
  const attrs = `classname="${xmlAttr(file)}" name="${xmlAttr(c.name)}" file="${xmlAttr(file)}"${c.line !== undefined ? ` line="${c.line}"` : ''} time="${seconds(c.timeMs)}"`;
  const inner: string[] = [];
  if (c.problem) {
    const p = c.problem;
    if (p.kind === 'skipped') inner.push(`      <skipped message="${xmlAttr(p.message)}"/>`);
    else inner.push(`      <${p.kind} message="${xmlAttr(p.message)}" type="${xmlAttr(p.type)}">${xmlText(p.body)}</${p.kind}>`);
  }
  if (c.systemOut) inner.push(`      <system-out>${xmlText(c.systemOut)}</system-out>`);
  if (inner.length === 0) return `    <testcase ${attrs}/>`;
  return [`    <testcase ${attrs}>`, ...inner, '    </testcase>'].join('\n');
}

/** Render the run result as JUnit XML (UTF-8, trailing newline). */
export function junitReporter(result: RunResult, ctx: ReportContext): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of sortedResult(result).results) {
    const cases = detectionCases(r, ctx);
    const count = (kind: Problem['kind']): number => cases.filter((c) => c.problem?.kind === kind).length;
    const [f, e, s] = [count('failure'), count('error'), count('skipped')];
    tests += cases.length;
    failures += f;
    errors += e;
    const timeMs = cases.reduce((sum, c) => sum + (c.timeMs ?? 0), 0);
    const properties = [
      ...(r.id ? [`      <property name="id" value="${xmlAttr(r.id)}"/>`] : []),
      `      <property name="status" value="${xmlAttr(r.status)}"/>`,
    ];
    suites.push(
      [
        `  <testsuite name="${xmlAttr(r.name || r.file)}" tests="${cases.length}" failures="${f}" errors="${e}" skipped="${s}" time="${seconds(timeMs)}" file="${xmlAttr(r.file)}">`,
        '    <properties>',
        ...properties,
        '    </properties>',
        ...cases.map((c) => renderCase(c, r.file)),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lakeguard" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds(result.durationMs)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
