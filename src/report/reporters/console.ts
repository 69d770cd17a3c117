/**
 * Console reporter, in the style of eslint's "stylish": findings grouped by file
 * with aligned `line:col  level  message  ruleId` rows, each detection's offline
 * tests, then one totals line. Colour only when `ctx.color`.
 */
import { coverageConsole } from '../../coverage/summary.js';
import type { ReportContext } from '../context.js';
import type { BacktestOutcome, DetectionResult, Finding, Level, LiveOutcome, RunResult, TestOutcome } from '../../model/result.js';
import { sortedResult } from './json.js';

/** Longest message width used for aligning the rule-id column; longer messages just push their own id right. */
const MAX_ALIGNED_MESSAGE = 80;

interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
}

function ansi(open: number, close: number): (s: string) => string {
  return (s) => `\u001b[${open}m${s}\u001b[${close}m`;
}

const COLOURS: Paint = { red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), dim: ansi(2, 22) };
const PLAIN: Paint = { red: (s) => s, yellow: (s) => s, green: (s) => s, dim: (s) => s };

/**
 * Make user text safe for a terminal: control characters (ESC, NUL, ...) become
 * visible `\xNN` escapes so a message cannot move the cursor or change colours.
 * Newlines are kept when `keepNewlines`, otherwise they become spaces.
 */
function terminalSafe(text: string, keepNewlines = false): string {
  const flat = keepNewlines ? text.replace(/\r\n?/g, '\n') : text.replace(/\r\n?|\n/g, ' ');
  return flat.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function levelPaint(level: Level, paint: Paint): (s: string) => string {
  return level === 'error' ? paint.red : level === 'warning' ? paint.yellow : paint.dim;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function findingRows(findings: readonly Finding[], paint: Paint): string[] {
  const rows = findings.map((f) => ({
    position: `${Math.max(0, f.line)}:${Math.max(0, f.column)}`,
    level: f.level,
    message: terminalSafe(f.message),
    ruleId: terminalSafe(f.ruleId),
  }));
  const positionWidth = Math.max(0, ...rows.map((r) => r.position.length));
  const levelWidth = Math.max(0, ...rows.map((r) => r.level.length));
  const messageWidth = Math.min(MAX_ALIGNED_MESSAGE, Math.max(0, ...rows.map((r) => r.message.length)));
  return rows.map(
    (r) =>
      `  ${paint.dim(r.position.padStart(positionWidth))}  ${levelPaint(r.level, paint)(r.level.padEnd(levelWidth))}  ${r.message.padEnd(messageWidth)}  ${paint.dim(r.ruleId)}`,
  );
}

function testRows(tests: readonly TestOutcome[], paint: Paint): string[] {
  const lines: string[] = [];
  for (const t of tests) {
    const name = terminalSafe(t.name);
    const time = t.durationMs !== undefined ? paint.dim(` (${Math.round(t.durationMs)} ms)`) : '';
    if (t.status === 'passed') {
      lines.push(`  ${paint.green('✓')} ${name}${time}`);
      continue;
    }
    const label = t.status === 'error' ? ' (could not run)' : '';
    lines.push(`  ${paint.red('✗')} ${name}${paint.red(label)}${time}`);
    if (t.message) for (const line of terminalSafe(t.message, true).split('\n')) lines.push(`      ${line}`);
  }
  return lines;
}

function liveRow(live: LiveOutcome, paint: Paint): string {
  const parts = [
    live.fired ? 'fired' : 'did not fire',
    plural(live.rows, 'row'),
    `${live.bytes} bytes`,
    `${Math.round(live.durationMs)} ms`,
  ];
  if (live.attempts !== undefined && live.attempts > 1) parts.push(`${live.attempts} attempts`);
  return `  ${paint.dim('live:')} ${parts.join(', ')}`;
}

function backtestRow(b: BacktestOutcome, paint: Paint): string {
  const runs = b.sampled < b.evaluations ? `${b.sampled} of ${b.evaluations} evaluations (sampled)` : plural(b.evaluations, 'evaluation');
  const perDay = b.before
    ? `${b.before.alertsPerDay} → ${b.alertsPerDay} alerts/day (${b.before.alertsPerDay === 0 ? (b.alertsPerDay === 0 ? '×1' : 'new alerts') : `×${Math.round((b.alertsPerDay / b.before.alertsPerDay) * 10) / 10}`} since ${b.before.ref})`
    : `${b.alertsPerDay} alerts/day`;
  const parts = [perDay, `min ${b.min}, max ${b.max} a day`, plural(b.alerts, 'alert'), runs];
  if (b.failed) parts.push(`${b.failed} failed`);
  return `  ${paint.dim('backtest:')} ${parts.join(', ')}`;
}

function detectionBlock(r: DetectionResult, paint: Paint): string[] {
  const body = [...findingRows(r.findings, paint), ...testRows(r.tests, paint)];
  if (r.live) body.push(liveRow(r.live, paint));
  if (r.backtest) body.push(backtestRow(r.backtest, paint));
  if (body.length === 0) return [];
  return [paint.dim(terminalSafe(r.file)), ...body, ''];
}

/** The totals line: `N detections: P passed, F failed, E error · X errors, Y warnings, Z notes`. */
export function totalsLine(result: RunResult, color = false): string {
  const paint = color ? COLOURS : PLAIN;
  const t = result.totals;
  const statuses = [
    t.passed > 0 ? paint.green(`${t.passed} passed`) : `${t.passed} passed`,
    t.failed > 0 ? paint.red(`${t.failed} failed`) : `${t.failed} failed`,
    t.error > 0 ? paint.red(`${t.error} error`) : `${t.error} error`,
  ];
  if (t.skipped > 0) statuses.push(`${t.skipped} skipped`);
  const levels = [
    t.findings.error > 0 ? paint.red(plural(t.findings.error, 'error')) : plural(t.findings.error, 'error'),
    t.findings.warning > 0 ? paint.yellow(plural(t.findings.warning, 'warning')) : plural(t.findings.warning, 'warning'),
    t.findings.note > 0 ? paint.dim(plural(t.findings.note, 'note')) : plural(t.findings.note, 'note'),
  ];
  return `${plural(result.results.length, 'detection')}: ${statuses.join(', ')} · ${levels.join(', ')}`;
}

/** Render the run result for a terminal. Files with nothing to report appear only in the totals. */
export function consoleReporter(result: RunResult, ctx: ReportContext): string {
  const paint = ctx.color ? COLOURS : PLAIN;
  const lines: string[] = [];
  for (const r of sortedResult(result).results) lines.push(...detectionBlock(r, paint));
  if (result.coverage) lines.push(...coverageConsole(result.coverage));
  if (result.ingestion) {
    const i = result.ingestion;
    lines.push(`hunt records: ${i.sent} of ${i.records} sent to ${terminalSafe(i.stream)} in ${i.batches.length} batch(es)`);
    for (const b of i.batches) if (!b.ok) lines.push(paint.red(`  ✗ ${terminalSafe(b.error ?? `batch ${b.batch} failed`)}`));
  }
  lines.push(totalsLine(result, Boolean(ctx.color)));
  return `${lines.join('\n')}\n`;
}
