import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_BUDGET, escapeMarkdown, markdownReporter, SUMMARY_LIMIT_BYTES } from '../../src/report/reporters/markdown.js';
import { totalsOf, type RunResult } from '../../src/model/result.js';
import { hugeResult, sampleContext, sampleResult } from './fixture.js';

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Number of unescaped `|` in a line. */
function pipes(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n;
}

function findingLines(text: string): string[] {
  const start = text.indexOf('#### Findings');
  return start < 0
    ? []
    : text
        .slice(start)
        .split('\n')
        .filter((l) => l.startsWith('- '));
}

describe('markdown reporter', () => {
  it('leads with the verdict', () => {
    const text = markdownReporter(sampleResult(), sampleContext());
    expect(text.split('\n')[0]).toBe('### ❌ lakeguard test: 1 failed, 2 could not be evaluated (of 5 detections)');

    const clean = sampleResult();
    clean.command = 'validate';
    clean.results = clean.results.filter((r) => r.file === 'detections/e-clean.yaml');
    clean.totals = totalsOf(clean.results);
    expect(markdownReporter(clean, sampleContext()).split('\n')[0]).toBe('### ✅ lakeguard validate: 1 detection, no findings');

    const warned = sampleResult();
    warned.results = warned.results.filter((r) => r.file === 'detections/a-brute-force.yaml');
    warned.totals = totalsOf(warned.results);
    expect(markdownReporter(warned, sampleContext()).split('\n')[0]).toBe('### ⚠️ lakeguard test: 1 detection passed, 1 warning, 1 note');

    const empty: RunResult = { ...sampleResult(), results: [], totals: totalsOf([]) };
    expect(markdownReporter(empty, sampleContext()).split('\n')[0]).toBe('### ⚠️ lakeguard test: no detections found');
  });

  it('has a totals table and one row per detection, failing ones first', () => {
    const text = markdownReporter(sampleResult(), sampleContext());
    expect(text).toContain('| 5 | 2 | 1 | 2 | 0 | 5 | 4 | 2 | 1.2 s |');
    const rows = text.split('\n').filter((l) => /^\| (✅|❌|💥|⏭️) \|/.test(l));
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.slice(2, 4).trim())).toEqual(['💥', '💥', '❌', '✅', '✅']);
    expect(rows[0]).toContain('| detections/b-bad-kql.yaml | 3 | 1 | 1/3 |');
  });

  it('escapes markdown and HTML in user text, so table rows keep their cells', () => {
    const text = markdownReporter(sampleResult(), sampleContext());
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('</testcase>');
    expect(text).not.toContain('\u0000');
    expect(text).toContain('&lt;/testcase&gt; \\| pipe &lt;script&gt;');
    const table = text.split('\n').filter((l) => l.startsWith('|'));
    const header = table.find((l) => l.includes('| Detection |'))!;
    for (const row of table.filter((l) => /^\| (✅|❌|💥|⏭️) \|/.test(l))) expect(pipes(row)).toBe(pipes(header));
    // Every finding is one list item on one line, even with newlines in the message.
    expect(findingLines(text)).toHaveLength(13);
    expect(escapeMarkdown('a|b<c>d`e*f_g[h]i\nj&k\\l')).toBe('a\\|b&lt;c&gt;d\\`e\\*f\\_g\\[h\\]i j&amp;k\\\\l');
  });

  it('links names and positions when fileLinkBase is set', () => {
    const text = markdownReporter(sampleResult(), sampleContext({ fileLinkBase: 'https://github.com/o/r/blob/abc123' }));
    expect(text).toContain('[Brute force against Entra ID accounts](https://github.com/o/r/blob/abc123/detections/a-brute-force.yaml)');
    expect(text).toContain('(https://github.com/o/r/blob/abc123/detections/b-bad-kql.yaml#L14)');
    expect(text).toContain('(https://github.com/o/r/blob/abc123/detections/d%20hostile%20%231.yaml#L5)');
    expect(markdownReporter(sampleResult(), sampleContext())).not.toContain('](http');
  });

  it('stays within the default budget and says how much it left out', () => {
    expect(DEFAULT_SUMMARY_BUDGET).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    const result = hugeResult(20_000);
    const text = markdownReporter(result, sampleContext());
    expect(bytes(text)).toBeLessThanOrEqual(DEFAULT_SUMMARY_BUDGET);
    const note = /^> Truncated: (\d+) more findings not shown; see the SARIF\/JSON report\.$/m.exec(text);
    expect(note).not.toBeNull();
    expect(findingLines(text).length + Number(note![1])).toBe(20_000);
    expect(text.endsWith(`${note![0]}\n`)).toBe(true);
  });

  it('cuts at a line boundary within any budget, counting UTF-8 bytes', () => {
    const result = hugeResult(2_000, 10);
    const full = markdownReporter(result, sampleContext(), { budget: Infinity });
    expect(full).not.toContain('Truncated');
    for (const budget of [600, 1_000, 5_000, 20_001, 77_777, bytes(full) - 1]) {
      const text = markdownReporter(result, sampleContext(), { budget });
      expect(bytes(text), `budget ${budget}`).toBeLessThanOrEqual(budget);
      const [body, note] = text.split('\n\n> Truncated: ');
      expect(note, `budget ${budget}`).toMatch(/^\d+ more findings? not shown; see the SARIF\/JSON report\.\n$/);
      expect(full.startsWith(`${body}\n`), `budget ${budget}`).toBe(true);
      expect(findingLines(body!).length + Number(/^\d+/.exec(note!)![0])).toBe(2_000);
    }
    expect(markdownReporter(result, sampleContext(), { budget: bytes(full) })).toBe(full);
  });
});
