/**
 * Markdown reporter for the GitHub job summary (`$GITHUB_STEP_SUMMARY`, via
 * `core.summary`): a verdict headline, a totals table, one row per detection
 * (failing ones first), then the findings and failed tests per file.
 *
 * GitHub drops a step summary larger than 1 MiB whole, so the output is budgeted
 * in UTF-8 bytes: when the full text would exceed the budget, rows and findings
 * stop at a line boundary and a note says how many findings were left out.
 * User text (names, messages, paths) is escaped: `core.summary` escapes nothing,
 * and KQL is full of `|` and `<`.
 */
import { coverageMarkdown } from '../../coverage/summary.js';
import type { ReportContext } from '../context.js';
import type { DetectionResult, DetectionStatus, Finding, IngestionSection, Level, RunResult, TestOutcome } from '../../model/result.js';
import { backtestCharts, liveCharts } from './charts.js';
import { sortedResult } from './json.js';

/** GitHub's hard limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1_048_576;
/** Default budget: below the limit, leaving room for whatever else the step appends. */
export const DEFAULT_SUMMARY_BUDGET = 1_000_000;
/** Longest message shown in the summary, in characters; the SARIF/JSON reports have the whole text. */
const MAX_MESSAGE_CHARS = 1_000;

/** Options of {@link markdownReporter}. */
export interface MarkdownOptions {
  /** Maximum size of the output in UTF-8 bytes; default {@link DEFAULT_SUMMARY_BUDGET}. */
  budget?: number;
}

/**
 * Escape user text for GitHub-flavoured markdown, inline and inside table cells:
 * markdown punctuation gets a backslash, `<`, `>` and `&` become entities (no raw
 * HTML), line breaks become spaces and control characters are dropped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$#!]/g, (c) => `\\${c}`);
}

export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 failed, 1 could not be evaluated": the headline's bad news (empty when none). */
export function problemParts(totals: RunResult['totals']): string[] {
  return [
    ...(totals.failed > 0 ? [`${totals.failed} failed`] : []),
    ...(totals.error > 0 ? [`${totals.error} could not be evaluated`] : []),
  ];
}

const STATUS_EMOJI: Record<DetectionStatus, string> = { passed: '✅', failed: '❌', error: '💥', skipped: '⏭️' };
const STATUS_RANK: Record<DetectionStatus, number> = { error: 0, failed: 1, passed: 2, skipped: 3 };
const LEVEL_EMOJI: Record<Level, string> = { error: '🔴', warning: '🟡', note: '🔵' };

/** Link to a file (and line) under `fileLinkBase`, with each path segment percent-encoded. */
function fileLink(base: string | undefined, file: string, line?: number): string | undefined {
  if (!base) return undefined;
  const encoded = file.split('/').map(encodeURIComponent).join('/');
  return `${base.replace(/\/+$/, '')}/${encoded}${line && line > 0 ? `#L${line}` : ''}`;
}

function linked(text: string, url: string | undefined): string {
  return url ? `[${text}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})` : text;
}

function headline(result: RunResult): string {
  const t = result.totals;
  const n = result.results.length;
  const what = `lakeguard ${result.command}`;
  if (n === 0) return `### ⚠️ ${what}: no detections found`;
  if (t.failed + t.error > 0) {
    return `### ❌ ${what}: ${problemParts(t).join(', ')} (of ${plural(n, 'detection')})`;
  }
  const findings = t.findings.error + t.findings.warning + t.findings.note;
  if (findings === 0) return `### ✅ ${what}: ${plural(n, 'detection')}, no findings`;
  const levels = [
    ...(t.findings.error > 0 ? [plural(t.findings.error, 'error')] : []),
    ...(t.findings.warning > 0 ? [plural(t.findings.warning, 'warning')] : []),
    ...(t.findings.note > 0 ? [plural(t.findings.note, 'note')] : []),
  ];
  return `### ${t.findings.warning > 0 ? '⚠️' : '✅'} ${what}: ${plural(n, 'detection')} passed, ${levels.join(', ')}`;
}

function totalsTable(result: RunResult): string[] {
  const t = result.totals;
  return [
    '| Detections | ✅ Passed | ❌ Failed | 💥 Error | ⏭️ Skipped | 🔴 Errors | 🟡 Warnings | 🔵 Notes | Duration |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${result.results.length} | ${t.passed} | ${t.failed} | ${t.error} | ${t.skipped} | ${t.findings.error} | ${t.findings.warning} | ${t.findings.note} | ${(result.durationMs / 1000).toFixed(1)} s |`,
  ];
}

function countLevel(r: DetectionResult, level: Level): number {
  return r.findings.filter((f) => f.level === level).length;
}

function detectionRow(r: DetectionResult, ctx: ReportContext, withLive: boolean): string {
  const name = linked(escapeMarkdown(clip(r.name || r.file, 200)), fileLink(ctx.fileLinkBase, r.file));
  const passed = r.tests.filter((t) => t.status === 'passed').length;
  const tests = r.tests.length > 0 ? `${passed}/${r.tests.length}` : '—';
  const cells = [
    STATUS_EMOJI[r.status],
    name,
    escapeMarkdown(r.file),
    String(countLevel(r, 'error')),
    String(countLevel(r, 'warning')),
    tests,
  ];
  if (withLive) cells.push(liveCell(r));
  return `| ${cells.join(' | ')} |`;
}

/** fired/quiet, rows and time of a live run; why it could not be judged otherwise. */
function liveCell(r: DetectionResult): string {
  const live = r.live;
  if (!live) return '—';
  const seconds = `${(live.durationMs / 1000).toFixed(1)} s`;
  if (live.error) return `💥 ${escapeMarkdown(live.error)} · ${seconds}`;
  return `${live.fired ? '🔔 fired' : 'quiet'} · ${plural(live.rows, 'row')} · ${seconds}`;
}

/** `before → after (×N)` of a backtest with --compare, else the estimate alone. */
export function alertChange(after: number, before?: number): string {
  if (before === undefined) return `${after}`;
  const ratio = before === 0 ? (after === 0 ? '×1' : 'new alerts') : `×${Math.round((after / before) * 10) / 10}`;
  return `${before} → ${after} (${ratio})`;
}

function backtestTable(results: readonly DetectionResult[]): string[] {
  const rows = results.map((r) => {
    const b = r.backtest!;
    const runs = b.sampled < b.evaluations ? `${b.sampled} of ${b.evaluations} (sampled)` : `${b.evaluations}`;
    return `| ${escapeMarkdown(clip(r.name || r.file, 200))} | ${b.from.slice(0, 16)} → ${b.to.slice(0, 16)} | ${runs} | ${b.alerts} | ${alertChange(b.alertsPerDay, b.before?.alertsPerDay)} | ${b.min}–${b.max} |${b.failed ? ` ${b.failed} failed |` : ' |'}`;
  });
  return [
    '| Detection | Range (UTC) | Evaluations | Alerts | Alerts/day | Min–max/day | Failed |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...rows,
  ];
}

/** `run --write-table`: records sent, per batch; a failed batch with its error. */
function ingestionMarkdown(ingestion: IngestionSection): string[] {
  const failed = ingestion.batches.filter((b) => !b.ok);
  const lines = [
    `#### Hunt records: ${ingestion.sent} of ${plural(ingestion.records, 'record')} sent to ${escapeMarkdown(ingestion.stream)} ${failed.length || ingestion.oversized ? '❌' : '✅'}`,
  ];
  if (ingestion.batches.length > 1 || failed.length > 0) {
    lines.push('', '| Batch | Records | JSON bytes | Gzip bytes | Attempts | Result |', '|---:|---:|---:|---:|---:|---|');
    for (const b of ingestion.batches)
      lines.push(
        `| ${b.batch} | ${b.records} | ${b.bytes} | ${b.gzipBytes} | ${b.attempts} | ${b.ok ? 'sent' : `❌ ${escapeMarkdown(clip(b.error ?? 'failed', MAX_MESSAGE_CHARS))}`} |`,
      );
  }
  if (ingestion.oversized > 0) lines.push('', `> ${plural(ingestion.oversized, 'record')} over the 1 MB a call may carry, not sent.`);
  return lines;
}

function findingItem(f: Finding, ctx: ReportContext): string {
  const position = f.line > 0 ? `${f.file}:${f.line}` : f.file;
  const where = linked(escapeMarkdown(position), fileLink(ctx.fileLinkBase, f.file, f.line));
  return `- ${LEVEL_EMOJI[f.level]} ${where} **${escapeMarkdown(f.ruleId)}** ${escapeMarkdown(clip(f.message, MAX_MESSAGE_CHARS))}`;
}

function testItem(r: DetectionResult, t: TestOutcome, ctx: ReportContext): string {
  const where = linked(escapeMarkdown(`${r.file}:${t.line ?? 1}`), fileLink(ctx.fileLinkBase, r.file, t.line));
  const what = t.status === 'error' ? 'could not run' : 'failed';
  // One list item on one line: the diff's further lines are joined with <br>, indentation kept.
  const lines = (t.message ? clip(t.message, MAX_MESSAGE_CHARS) : '').split('\n');
  const shown = lines.map((l) => `${'&nbsp;'.repeat(l.length - l.trimStart().length)}${escapeMarkdown(l.trimStart())}`).join('<br>');
  const message = shown ? `: ${shown}` : '';
  return `- ${t.status === 'error' ? '💥' : '❌'} ${where} test **${escapeMarkdown(clip(t.name, 200))}** ${what}${message}`;
}

/** A line of output, and how many findings it shows (for the truncation note). */
interface Line {
  text: string;
  findings: number;
}

function truncationNote(findings: number): string {
  return `> Truncated: ${plural(findings, 'more finding')} not shown; see the SARIF/JSON report.`;
}

/** Render the run result as a GitHub job summary of at most `options.budget` UTF-8 bytes. */
export function markdownReporter(result: RunResult, ctx: ReportContext, options: MarkdownOptions = {}): string {
  const budget = Math.max(0, options.budget ?? DEFAULT_SUMMARY_BUDGET);
  const sorted = sortedResult(result).results;
  const byStatus = [...sorted].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
  const withLive = sorted.some((r) => r.live);

  const lines: Line[] = [];
  const fixed = (text: string): void => void lines.push({ text, findings: 0 });
  fixed(headline(result));
  fixed('');
  for (const text of totalsTable(result)) fixed(text);
  if (sorted.length > 0) {
    fixed('');
    fixed(`| | Detection | File | Errors | Warnings | Tests |${withLive ? ' Live |' : ''}`);
    fixed(`|:-:|---|---|---:|---:|---:|${withLive ? '---|' : ''}`);
    for (const r of byStatus) fixed(detectionRow(r, ctx, withLive));
  }
  const charts = withLive ? liveCharts(sorted) : [];
  if (charts.length > 0) {
    fixed('');
    for (const text of charts) fixed(text);
  }
  if (result.coverage) {
    fixed('');
    for (const text of coverageMarkdown(result.coverage)) fixed(text);
  }
  const backtested = sorted.filter((r) => r.backtest);
  if (backtested.length > 0) {
    fixed('');
    fixed('#### Backtest');
    fixed('');
    for (const text of backtestTable(backtested)) fixed(text);
    fixed('');
    for (const text of backtestCharts(sorted)) fixed(text);
  }
  if (result.ingestion) {
    fixed('');
    for (const text of ingestionMarkdown(result.ingestion)) fixed(text);
  }
  const withFindings = sorted.filter((r) => r.findings.length > 0 || r.tests.some((t) => t.status !== 'passed'));
  if (withFindings.length > 0) {
    fixed('');
    fixed('#### Findings');
    for (const r of withFindings) {
      fixed('');
      fixed(`**${linked(escapeMarkdown(r.file), fileLink(ctx.fileLinkBase, r.file))}**`);
      fixed('');
      for (const f of r.findings) lines.push({ text: findingItem(f, ctx), findings: 1 });
      for (const t of r.tests) if (t.status !== 'passed') lines.push({ text: testItem(r, t, ctx), findings: 1 });
    }
  }

  const totalFindings = lines.reduce((n, l) => n + l.findings, 0);
  const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8') + 1; // + newline
  const full = lines.reduce((n, l) => n + bytesOf(l.text), 0);
  if (full <= budget) return `${lines.map((l) => l.text).join('\n')}\n`;

  // Too big: keep whole lines while they fit next to the note (sized for the worst case).
  const reserve = bytesOf('') + bytesOf(truncationNote(totalFindings));
  const out: string[] = [];
  let used = 0;
  let shown = 0;
  for (const line of lines) {
    const size = bytesOf(line.text);
    if (used + size + reserve > budget) break;
    out.push(line.text);
    used += size;
    shown += line.findings;
  }
  const note = ['', truncationNote(totalFindings - shown)];
  const noteBytes = note.reduce((n, l) => n + bytesOf(l), 0);
  return used + noteBytes <= budget ? `${[...out, ...note].join('\n')}\n` : out.length > 0 ? `${out.join('\n')}\n` : '';
}
