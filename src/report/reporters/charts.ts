/**
 * Mermaid charts for the job summary of a live run (GitHub renders `mermaid`
 * blocks in summaries): rows per fired detection, and for the detections that
 * fired most, their rows over the window — the hunt's bar chart and time series.
 */
import type { DetectionResult } from '../../model/result.js';

/** Most detections in one bar chart, and most timelines drawn. */
export const MAX_BARS = 20;
export const MAX_TIMELINES = 5;

/** Text for a quoted Mermaid label: no quotes, brackets or newlines, short. */
function label(text: string, max = 24): string {
  const clean = text
    .replace(/["[\]\n\r`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

const axis = (labels: string[]): string => `[${labels.map((l) => `"${label(l)}"`).join(', ')}]`;

function barChart(title: string, labels: string[], values: number[], yTitle: string): string[] {
  // The axis starts at 0: Mermaid would start it at the smallest value, hiding those bars.
  const top = Math.max(1, ...values);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${label(title, 60)}"`,
    `  x-axis ${axis(labels)}`,
    `  y-axis "${yTitle}" 0 --> ${top}`,
    `  bar [${values.join(', ')}]`,
    '```',
  ];
}

/** Label of a time bin: `HH:mm` within one day, `MM-DD HH:mm` across days (UTC). */
function binLabels(start: string, binMinutes: number, count: number): string[] {
  const t0 = Date.parse(start);
  const spansDays = binMinutes * count > 24 * 60;
  return Array.from({ length: count }, (_, i) => {
    const iso = new Date(t0 + i * binMinutes * 60_000).toISOString();
    return spansDays ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
  });
}

/** The chart lines of a live run's summary (empty when nothing fired). */
export function liveCharts(results: readonly DetectionResult[]): string[] {
  const fired = results.filter((r) => r.live?.fired).sort((a, b) => b.live!.rows - a.live!.rows || (a.file < b.file ? -1 : 1));
  if (fired.length === 0) return [];
  const lines: string[] = ['#### Charts', ''];
  const shown = fired.slice(0, MAX_BARS);
  lines.push(
    ...barChart(
      fired.length > MAX_BARS ? `Rows per fired detection (top ${MAX_BARS} of ${fired.length})` : 'Rows per fired detection',
      shown.map((r) => r.name || r.file),
      shown.map((r) => r.live!.rows),
      'rows',
    ),
  );
  for (const r of fired.filter((x) => x.live!.timeline).slice(0, MAX_TIMELINES)) {
    const timeline = r.live!.timeline!;
    const m = timeline.binMinutes;
    const unit = m === 60 ? 'hour' : m < 60 ? `${m} minutes` : m === 1440 ? 'day' : `${m / 60} hours`;
    lines.push(
      '',
      ...barChart(
        `${r.name || r.file}: rows per ${unit} by ${timeline.column} (UTC)`,
        binLabels(timeline.start, timeline.binMinutes, timeline.counts.length),
        timeline.counts,
        'rows',
      ),
    );
  }
  return lines;
}

/** Alerts per day of the backtested detections with the most alerts (line per detection, `before` dashed as a second bar set). */
export function backtestCharts(results: readonly DetectionResult[]): string[] {
  const tested = results
    .filter((r) => r.backtest && r.backtest.perDay.length > 0)
    .sort((a, b) => b.backtest!.alertsPerDay - a.backtest!.alertsPerDay || (a.file < b.file ? -1 : 1));
  if (tested.length === 0) return [];
  const lines: string[] = ['#### Alerts per day (backtest)', ''];
  for (const r of tested.slice(0, MAX_TIMELINES)) {
    const b = r.backtest!;
    const days = b.perDay.map((d) => d.day.slice(5));
    const before = b.before ? new Map(b.before.perDay.map((d) => [d.day, d.alerts])) : undefined;
    const values = b.perDay.map((d) => d.alerts);
    const top = Math.max(1, ...values, ...(before ? [...before.values()] : []));
    const sampled = b.sampled < b.evaluations ? `, ${b.sampled} of ${b.evaluations} evaluations` : '';
    lines.push(
      '```mermaid',
      'xychart-beta',
      `  title "${label(`${r.name || r.file}: alerts per day (UTC${sampled})`, 80)}"`,
      `  x-axis ${axis(days)}`,
      `  y-axis "alerts" 0 --> ${top}`,
      ...(before ? [`  line [${b.perDay.map((d) => before.get(d.day) ?? 0).join(', ')}]`] : []),
      `  bar [${values.join(', ')}]`,
      '```',
      ...(before ? ['', `Line: before (${escapeLabel(b.before!.ref)}); bars: this change.`] : []),
      '',
    );
  }
  return lines;
}

function escapeLabel(text: string): string {
  return label(text, 40).replace(/[|*_<>]/g, ' ');
}
