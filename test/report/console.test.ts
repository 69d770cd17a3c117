import { describe, expect, it } from 'vitest';
import { consoleReporter, totalsLine } from '../../src/report/reporters/console.js';
import { totalsOf } from '../../src/model/result.js';
import { sampleContext, sampleResult } from './fixture.js';

const ANSI = /\u001b\[[0-9;]*m/;
const ANSI_ALL = /\u001b\[[0-9;]*m/g;

describe('console reporter', () => {
  it('has no ANSI codes without colour, and no raw control characters from user text', () => {
    const text = consoleReporter(sampleResult(), sampleContext({ color: false }));
    expect(text).not.toMatch(ANSI);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0000');
    expect(text).toContain('\\x1b[31mred');
    expect(text).toContain('\\x00nul');
  });

  it('colours levels, marks and totals when asked', () => {
    const text = consoleReporter(sampleResult(), sampleContext({ color: true }));
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[31merror  \u001b[39m');
    expect(text).toContain('\u001b[33mwarning\u001b[39m');
    expect(text).toContain('\u001b[32m✓\u001b[39m');
    expect(text).toContain('\u001b[31m✗\u001b[39m');
    expect(text).toContain('\u001b[32m2 passed\u001b[39m');
    // Same text once the codes are removed.
    expect(text.replace(ANSI_ALL, '')).toBe(consoleReporter(sampleResult(), sampleContext({ color: false })));
  });

  it('groups aligned findings by file in stable order, then tests, then totals', () => {
    const lines = consoleReporter(sampleResult(), sampleContext()).split('\n');
    const start = lines.indexOf('detections/b-bad-kql.yaml');
    expect(lines.slice(start, start + 12)).toEqual([
      'detections/b-bad-kql.yaml',
      "    7:3  note     Tactic 'Impact' has no technique under it.                              LG4005",
      '    8:5  warning  Technique T1562.001 was revoked in ATT&CK v19.2; use T1685.             LG4003',
      "   14:7  error    The name 'Acount' does not refer to any known column | table <script>.  LG2002",
      "   20:3  error    The name 'Acount' does not refer to any known column | table <script>.  LG2002",
      "  25:21  error    Entity column 'Acount' is not an output column                          LG3001",
      '  ✗ fires on the sample (31 ms)',
      '      expected 1 row, got 0',
      expect.stringContaining('      Bad </testcase> | pipe'),
      '  ✗ handles mv-expand (could not run)',
      '      not supported offline: mv-apply at 3:5',
      '  ✓ quiet on benign (4 ms)',
    ]);
    // Files appear in path order; the clean file has nothing to say.
    const headers = lines.filter((l) => l.startsWith('detections/'));
    expect(headers).toEqual([
      'detections/a-brute-force.yaml',
      'detections/b-bad-kql.yaml',
      'detections/c-unreadable.yaml',
      'detections/d hostile #1.yaml',
    ]);
    expect(lines.at(-2)).toBe('5 detections: 2 passed, 1 failed, 2 error · 5 errors, 4 warnings, 2 notes');
    expect(lines.at(-1)).toBe('');
  });

  it('prints only the totals when there is nothing to say', () => {
    const result = sampleResult();
    result.results = result.results.filter((r) => r.file === 'detections/e-clean.yaml');
    result.totals = totalsOf(result.results);
    expect(consoleReporter(result, sampleContext())).toBe('1 detection: 1 passed, 0 failed, 0 error · 0 errors, 0 warnings, 0 notes\n');
    expect(totalsLine(result)).toBe('1 detection: 1 passed, 0 failed, 0 error · 0 errors, 0 warnings, 0 notes');
  });
});
