/**
 * The verdict comment of a pull request: what a reviewer needs before merging —
 * the findings count, the tests that failed and, when a backtest ran, the alert
 * volume of each changed detection before → after. It starts with a hidden
 * marker so the same comment is found and edited on the next push.
 */
import type { DetectionResult, RunResult } from '../model/result.js';
import { alertChange, clip, escapeMarkdown, plural, problemParts } from './reporters/markdown.js';

/** The hidden HTML marker the comment is found by. */
export const VERDICT_MARKER = '<!-- lakeguard:verdict -->';

/** GitHub refuses comments above 65,536 characters; stay well below. */
export const MAX_VERDICT_CHARS = 60_000;
const MAX_FAILED_TESTS = 50;

export interface VerdictContext {
  /** The commit the verdict is for. */
  commit?: string;
  workflowRunUrl?: string;
  toolVersion: string;
}

function headline(result: RunResult): string {
  const t = result.totals;
  const n = result.results.length;
  const what = `lakeguard ${result.command}`;
  if (n === 0) return `### ⚠️ ${what}: no detections found`;
  if (t.failed + t.error > 0) {
    return `### ❌ ${what}: ${problemParts(t).join(', ')} of ${plural(n, 'detection')}`;
  }
  return `### ✅ ${what}: ${plural(n, 'detection')} passed`;
}

function findingsLine(result: RunResult): string {
  const f = result.totals.findings;
  const total = f.error + f.warning + f.note;
  if (total === 0) return '**Findings:** none.';
  return `**Findings:** ${total} — 🔴 ${plural(f.error, 'error')}, 🟡 ${plural(f.warning, 'warning')}, 🔵 ${plural(f.note, 'note')}.`;
}

function failedTests(result: RunResult): string[] {
  const failed = result.results.flatMap((r) => r.tests.filter((t) => t.status !== 'passed').map((t) => ({ r, t })));
  if (failed.length === 0) return [];
  const lines = [`#### Failed tests (${failed.length})`, ''];
  for (const { r, t } of failed.slice(0, MAX_FAILED_TESTS)) {
    const why = t.message ? `: ${escapeMarkdown(clip(t.message.split('\n')[0]!, 300))}` : '';
    lines.push(
      `- ${t.status === 'error' ? '💥' : '❌'} \`${escapeMarkdown(r.file).replace(/`/g, '')}:${t.line ?? 1}\` **${escapeMarkdown(clip(t.name, 200))}**${why}`,
    );
  }
  if (failed.length > MAX_FAILED_TESTS) lines.push(`- … and ${failed.length - MAX_FAILED_TESTS} more (see the job summary)`);
  return lines;
}

function alertVolume(result: RunResult): string[] {
  const backtested = result.results.filter((r): r is DetectionResult & { backtest: NonNullable<DetectionResult['backtest']> } =>
    Boolean(r.backtest),
  );
  if (backtested.length === 0) return [];
  const changed = backtested.filter((r) => r.backtest.before);
  const shown = changed.length > 0 ? changed : backtested;
  const ref = changed[0]?.backtest.before?.ref;
  const lines = [
    changed.length > 0
      ? `#### Alert volume of the changed detections (backtest, alerts/day before → after, against \`${escapeMarkdown(ref ?? '').replace(/`/g, '')}\`)`
      : '#### Alert volume (backtest, estimated alerts/day)',
    '',
    '| Detection | Alerts/day | Min–max/day | Evaluations |',
    '|---|---:|---:|---:|',
  ];
  for (const r of shown) {
    const b = r.backtest;
    const runs = b.sampled < b.evaluations ? `${b.sampled} of ${b.evaluations} (sampled)` : `${b.evaluations}`;
    lines.push(
      `| ${escapeMarkdown(clip(r.name || r.file, 200))} | ${alertChange(b.alertsPerDay, b.before?.alertsPerDay)} | ${b.min}–${b.max} | ${runs} |`,
    );
  }
  return lines;
}

/** The comment's Markdown, marker first, at most {@link MAX_VERDICT_CHARS} characters. */
export function verdictMarkdown(result: RunResult, context: VerdictContext): string {
  const footer = [
    `lakeguard ${context.toolVersion}`,
    ...(context.commit ? [`commit ${context.commit.slice(0, 12)}`] : []),
    ...(context.workflowRunUrl ? [`[workflow run](${context.workflowRunUrl})`] : []),
    'this comment is updated on each push',
  ].join(' · ');
  const sections = [[VERDICT_MARKER, headline(result), '', findingsLine(result)], failedTests(result), alertVolume(result)]
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'));
  const tail = `\n\n<sub>${footer}</sub>\n`;
  let body = sections.join('\n\n');
  if (body.length + tail.length > MAX_VERDICT_CHARS)
    body = `${body.slice(0, MAX_VERDICT_CHARS - tail.length - 60)}\n\n> Truncated: see the job summary.`;
  return body + tail;
}
