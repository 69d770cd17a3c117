/**
 * The coverage section as Markdown (job summary: tactic table, Mermaid chart,
 * data sources, gained and lost techniques) and as console text.
 */
import { attackCatalog } from '../checks/data/attack.js';
import type { CoverageSection } from '../model/result.js';

/** Most rows of the data-source table and of the technique lists. */
export const MAX_ROWS = 50;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function chartLabel(text: string): string {
  return text.replace(/["[\]\n\r`]/g, ' ').trim();
}

/** Technique ids with names, for the gained/lost lists. */
function named(ids: readonly string[]): string {
  const names = attackCatalog().techniques;
  const shown = ids.slice(0, MAX_ROWS).map((id) => (names.get(id) ? `${id} ${cell(names.get(id)!.name)}` : id));
  return shown.join(', ') + (ids.length > MAX_ROWS ? `, … ${ids.length - MAX_ROWS} more` : '');
}

/** Markdown lines of the coverage section. */
export function coverageMarkdown(coverage: CoverageSection): string[] {
  const covered = coverage.techniques.filter((t) => t.detections.length > 0);
  const lines = [
    '#### ATT&CK coverage',
    '',
    `${covered.length} technique(s) covered by ${coverage.enabled} enabled detection(s) of ${coverage.detections} (ATT&CK Enterprise v${coverage.attackVersion}).`,
    '',
    '| Tactic | Techniques covered |',
    '|---|---:|',
    ...coverage.tactics.map((t) => `| ${cell(t.name)} | ${t.techniques} |`),
  ];
  if (coverage.tactics.length > 0) {
    const top = Math.max(1, ...coverage.tactics.map((t) => t.techniques));
    lines.push(
      '',
      '```mermaid',
      // Horizontal: fourteen tactic names do not fit under vertical bars.
      'xychart-beta horizontal',
      '  title "Techniques covered per tactic"',
      `  x-axis [${coverage.tactics.map((t) => `"${chartLabel(t.name)}"`).join(', ')}]`,
      `  y-axis "techniques" 0 --> ${top}`,
      `  bar [${coverage.tactics.map((t) => t.techniques).join(', ')}]`,
      '```',
    );
  }
  if (coverage.change) {
    const { ref, gained, lost } = coverage.change;
    lines.push('', `#### Coverage change against \`${cell(ref)}\``, '');
    if (gained.length === 0 && lost.length === 0) lines.push('No technique gained or lost.');
    else {
      lines.push(`- **Gained** (${gained.length}): ${gained.length ? named(gained) : 'none'}`);
      lines.push(`- **Lost** (${lost.length}): ${lost.length ? named(lost) : 'none'}`);
    }
  }
  lines.push('', '#### Data sources', '');
  if (coverage.dataSources.length === 0) lines.push('No detection reads a known table.');
  else {
    lines.push('| Data source | Kind | Detections |', '|---|---|---:|');
    for (const s of coverage.dataSources.slice(0, MAX_ROWS))
      lines.push(`| \`${cell(s.name)}\`${s.unknown ? ' (not in the catalog)' : ''} | ${s.kind} | ${s.detections.length} |`);
    if (coverage.dataSources.length > MAX_ROWS) lines.push('', `… and ${coverage.dataSources.length - MAX_ROWS} more data source(s).`);
  }
  return lines;
}

/** Console lines: a technique table and a data-source table. */
export function coverageConsole(coverage: CoverageSection): string[] {
  const covered = coverage.techniques.filter((t) => t.detections.length > 0);
  const pad = (rows: string[][]): string[] => {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => Array.from(r[i] ?? '').length)));
    return rows.map((r) =>
      r
        .map((c, i) => c + ' '.repeat(widths[i]! - Array.from(c).length))
        .join('  ')
        .trimEnd(),
    );
  };
  const lines = [`ATT&CK coverage: ${covered.length} technique(s), ${coverage.enabled} enabled of ${coverage.detections} detection(s)`];
  if (coverage.techniques.length > 0)
    lines.push(
      ...pad([
        ['technique', 'name', 'score', 'tactics'],
        ...coverage.techniques.map((t) => [t.id, t.name, String(t.detections.length), t.tactics.join(', ') || '-']),
      ]).map((l) => `  ${l}`),
    );
  lines.push(`Data sources: ${coverage.dataSources.length}`);
  if (coverage.dataSources.length > 0)
    lines.push(
      ...pad([
        ['data source', 'kind', 'detections'],
        ...coverage.dataSources.map((s) => [s.name + (s.unknown ? ' (unknown)' : ''), s.kind, String(s.detections.length)]),
      ]).map((l) => `  ${l}`),
    );
  if (coverage.change) {
    const { ref, gained, lost } = coverage.change;
    lines.push(`Against ${ref}: gained ${gained.join(', ') || 'none'}; lost ${lost.join(', ') || 'none'}`);
  }
  return lines;
}
