import { describe, expect, it } from 'vitest';
import { binMinutesFor } from '../../src/pipeline/run-live.js';
import { liveCharts, MAX_BARS } from '../../src/report/reporters/charts.js';
import type { DetectionResult } from '../../src/model/result.js';

const result = (
  name: string,
  rows: number,
  fired: boolean,
  timeline?: DetectionResult['live'] extends infer L ? (L extends { timeline?: infer T } ? T : never) : never,
): DetectionResult => ({
  id: name,
  name,
  file: `detections/${name}.yaml`,
  status: 'passed',
  findings: [],
  tests: [],
  live: { fired, rows, bytes: 0, durationMs: 10, ...(timeline ? { timeline } : {}) },
});

describe('job summary charts', () => {
  it('draws nothing when nothing fired', () => {
    expect(liveCharts([result('a', 0, false)])).toEqual([]);
  });

  it('draws rows per fired detection, largest first, and each timeline with UTC bin labels', () => {
    const lines = liveCharts([
      result('quiet', 0, false),
      result('small "quoted" [name]', 2, true),
      result('big', 9, true, { start: '2025-06-01T10:00:00.000Z', binMinutes: 60, counts: [4, 0, 5], column: 'TimeGenerated' }),
    ]);
    const text = lines.join('\n');
    expect(text).toContain(
      '```mermaid\nxychart-beta\n  title "Rows per fired detection"\n  x-axis ["big", "small quoted name"]\n  y-axis "rows" 0 --> 9\n  bar [9, 2]\n```',
    );
    expect(text).toContain(
      '  title "big: rows per hour by TimeGenerated (UTC)"\n  x-axis ["10:00", "11:00", "12:00"]\n  y-axis "rows" 0 --> 5\n  bar [4, 0, 5]',
    );
  });

  it('keeps charts small: top bars only, day-spanning labels, coarser bins for long windows', () => {
    const many = Array.from({ length: MAX_BARS + 5 }, (_, i) => result(`d${i}`, i + 1, true));
    expect(liveCharts(many).join('\n')).toContain(`title "Rows per fired detection (top ${MAX_BARS} of ${MAX_BARS + 5})"`);
    expect(binMinutesFor(3_600_000)).toBe(5);
    expect(binMinutesFor(86_400_000)).toBe(30);
    expect(binMinutesFor(48 * 3_600_000)).toBe(60);
    expect(binMinutesFor(14 * 86_400_000)).toBe(8 * 60);
    const long = liveCharts([
      result('x', 1, true, { start: '2025-06-01T20:00:00.000Z', binMinutes: 480, counts: [1, 0, 0, 0], column: 'T' }),
    ]).join('\n');
    expect(long).toContain('x-axis ["06-01 20:00", "06-02 04:00", "06-02 12:00", "06-02 20:00"]');
    expect(long).toContain('rows per 8 hours by T (UTC)');
    const short = liveCharts([
      result('y', 1, true, { start: '2025-06-01T11:00:00.000Z', binMinutes: 5, counts: [1, 0], column: 'T' }),
    ]).join('\n');
    expect(short).toContain('rows per 5 minutes by T (UTC)');
    expect(short).toContain('x-axis ["11:00", "11:05"]');
  });
});
