/** A hand-built RunResult for the reporter tests: every level, a failed and an errored test, an unreadable file and hostile text. */
import { RULES } from '../../src/checks/rules.js';
import type { ReportContext } from '../../src/report/context.js';
import { statusOf, totalsOf, type DetectionResult, type Finding, type RunResult, type TestOutcome } from '../../src/model/result.js';

/** A 2,000-character message. */
export const LONG_MESSAGE = `Column 'x' is unknown. ${'ab'.repeat(1000)}`.slice(0, 2000);
/** Text that breaks naive XML, markdown, HTML and terminals. */
export const HOSTILE = 'Bad </testcase> | pipe <script>alert(1)</script> \u0000nul \u001b[31mred & "q" \'s\' 🚨 *x* _y_ [l](u) `c`';

function finding(
  file: string,
  ruleId: string,
  level: Finding['level'],
  line: number,
  column: number,
  message: string,
  end?: { endLine?: number; endColumn?: number },
): Finding {
  return { ruleId, level, message, file, line, column, ...end };
}

function detection(id: string, name: string, file: string, findings: Finding[], tests: TestOutcome[] = []): DetectionResult {
  return { id, name, file, status: statusOf(findings, tests), findings, tests };
}

/** Build the sample result; `shift` moves every finding of `detections/b-bad-kql.yaml` down by that many lines. */
export function sampleResult(shift = 0): RunResult {
  const b = 'detections/b-bad-kql.yaml';
  const results: DetectionResult[] = [
    // Given out of file order on purpose: reporters sort.
    detection(
      '6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f',
      'Brute force against Entra ID accounts',
      'detections/a-brute-force.yaml',
      [
        finding('detections/a-brute-force.yaml', 'LG4005', 'note', 9, 3, "Tactic 'Discovery' has no technique under it."),
        finding('detections/a-brute-force.yaml', 'LG1002', 'warning', 4, 1, "Unknown key 'severty'. Did you mean 'severity'?", {
          endLine: 4,
          endColumn: 8,
        }),
      ],
      [
        { name: 'fires on 11 failures', status: 'passed', line: 30, durationMs: 12 },
        { name: 'quiet on 10 failures', status: 'passed', line: 40, durationMs: 9 },
      ],
    ),
    detection(
      '0b7d5f0e-4a4e-4d7c-8a52-1f6f1b2d9c01',
      'Suspicious <script> | exfil',
      b,
      [
        finding(b, 'LG2002', 'error', 14 + shift, 7, "The name 'Acount' does not refer to any known column | table <script>.", {
          endLine: 14 + shift,
          endColumn: 13,
        }),
        finding(b, 'LG2002', 'error', 20 + shift, 3, "The name 'Acount' does not refer to any known column | table <script>.", {
          endLine: 20 + shift,
          endColumn: 9,
        }),
        finding(b, 'LG3001', 'error', 25 + shift, 21, "Entity column 'Acount' is not an output column", {
          endLine: 27 + shift,
          endColumn: 4,
        }),
        finding(b, 'LG4003', 'warning', 8 + shift, 5, 'Technique T1562.001 was revoked in ATT&CK v19.2; use T1685.'),
        finding(b, 'LG4005', 'note', 7 + shift, 3, "Tactic 'Impact' has no technique under it."),
      ],
      [
        { name: 'fires on the sample', status: 'failed', line: 40 + shift, durationMs: 31, message: `expected 1 row, got 0\n${HOSTILE}` },
        { name: 'handles mv-expand', status: 'error', line: 50 + shift, message: 'not supported offline: mv-apply at 3:5' },
        { name: 'quiet on benign', status: 'passed', line: 60 + shift, durationMs: 4 },
      ],
    ),
    detection('', 'c-unreadable.yaml', 'detections/c-unreadable.yaml', [
      finding('detections/c-unreadable.yaml', 'LG0001', 'error', 0, 0, 'File is not valid UTF-8 (byte 0xff at offset 12).'),
    ]),
    detection('9d9a1c55-5b0e-4b39-9d6e-0c8c4f1e7a11', `Hostile ${HOSTILE}`, 'detections/d hostile #1.yaml', [
      finding('detections/d hostile #1.yaml', 'LG2003', 'warning', 3, 1, LONG_MESSAGE),
      finding('detections/d hostile #1.yaml', 'LG7777', 'warning', 5, 2, HOSTILE),
      finding('detections/d hostile #1.yaml', 'LG1001', 'error', 2, 1, `Value must be a string: ${HOSTILE}`),
    ]),
    detection('3e1f8f7a-0d2b-4a4c-9a0e-5c2b7e9f4d22', 'Clean detection', 'detections/e-clean.yaml', []),
  ];
  return {
    tool: 'lakeguard',
    version: '0.1.0',
    command: 'test',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1234,
    results,
    totals: totalsOf(results),
  };
}

/** Report context with the real rule table; finding paths are relative to the working directory, which is the root. */
export function sampleContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    rules: RULES,
    toolVersion: '0.1.0',
    helpBaseUrl: 'https://github.com/OWNER/lakeguard/blob/main/docs/checks',
    root: process.cwd(),
    ...overrides,
  };
}

/** A result with `count` findings spread over `files` detections, for size limits. */
export function hugeResult(
  count: number,
  files = 50,
  level: (i: number) => Finding['level'] = (i) => (i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'note'),
): RunResult {
  const results: DetectionResult[] = [];
  for (let d = 0; d < files; d++) {
    const file = `detections/bulk-${String(d).padStart(3, '0')}.yaml`;
    const findings: Finding[] = [];
    for (let i = d; i < count; i += files)
      findings.push(finding(file, 'LG2002', level(i), 1 + Math.floor(i / files), 5, `Unknown column 'c${i}' | <b>ünïcödé ✓</b>`));
    results.push(detection(`00000000-0000-4000-8000-${String(d).padStart(12, '0')}`, `Bulk ${d}`, file, findings));
  }
  return {
    tool: 'lakeguard',
    version: '0.1.0',
    command: 'validate',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 5000,
    results,
    totals: totalsOf(results),
  };
}
