import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/report/reporters/index.js';
import { jsonReporter } from '../../src/report/reporters/json.js';
import { compareFindings, type RunResult } from '../../src/model/result.js';
import { sampleContext, sampleResult } from './fixture.js';

describe('JSON reporter', () => {
  it('writes the result as is, sorted by file and finding', () => {
    const result = sampleResult();
    const parsed = JSON.parse(jsonReporter(result, sampleContext())) as RunResult;
    expect(parsed.results.map((r) => r.file)).toEqual([...result.results.map((r) => r.file)].sort());
    for (const r of parsed.results) expect(r.findings).toEqual([...r.findings].sort(compareFindings));
    expect(parsed.totals).toEqual(result.totals);
    expect({ ...parsed, results: [] }).toEqual({ ...result, results: [] });
  });

  it('is deterministic and leaves its input alone', () => {
    const result = sampleResult();
    const snapshot = JSON.stringify(result);
    const shuffled = sampleResult();
    shuffled.results.reverse();
    for (const r of shuffled.results) r.findings.reverse();
    const text = jsonReporter(result, sampleContext());
    expect(jsonReporter(shuffled, sampleContext())).toBe(text);
    expect(JSON.stringify(result)).toBe(snapshot);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "results": [\n');
  });
});

describe('reporter map', () => {
  it('has every file reporter, each returning text for the sample', () => {
    expect([...REPORTERS.keys()].sort()).toEqual(['console', 'json', 'junit', 'markdown', 'sarif']);
    for (const [name, reporter] of REPORTERS) {
      const text = reporter(sampleResult(), sampleContext());
      expect(text.length, name).toBeGreaterThan(100);
      expect(text.endsWith('\n'), name).toBe(true);
    }
  });
});
