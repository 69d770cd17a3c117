import { describe, expect, it } from 'vitest';
import { uniqueIdentityCheck } from '../../src/checks/unique-identity.js';
import type { DetectionSummary } from '../../src/checks/check.js';

const span = (line: number) => ({ line, column: 5, endLine: line, endColumn: 41 });

function run(detections: DetectionSummary[]) {
  const out: string[] = [];
  uniqueIdentityCheck.run(detections, (file, ruleId, s, message) => out.push(`${file}:${s.line} ${ruleId} ${message}`));
  return out;
}

describe('unique-identity', () => {
  it('reports a duplicate id (case-insensitive) on the later file, naming the first', () => {
    const out = run([
      { file: 'b.yaml', id: '6F3C9A8E-2B1D-4C7E-9F10-3A5B7C9D1E2F', idSpan: span(2), name: 'B', nameSpan: span(3) },
      { file: 'a.yaml', id: '6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f', idSpan: span(4), name: 'A', nameSpan: span(5) },
    ]);
    expect(out).toEqual([expect.stringMatching(/^b\.yaml:2 LG5001 .*a\.yaml:4/)]);
  });

  it('reports duplicate names ignoring case and spacing', () => {
    const out = run([
      { file: 'a.yaml', id: '1', name: 'Brute  force', nameSpan: span(3) },
      { file: 'b.yaml', id: '2', name: 'brute force', nameSpan: span(7) },
      { file: 'c.yaml', id: '3', name: 'Other', nameSpan: span(3) },
    ]);
    expect(out).toEqual([expect.stringMatching(/^b\.yaml:7 LG5002 .*a\.yaml:3/)]);
  });

  it('is quiet when everything is unique', () => {
    expect(
      run([
        { file: 'a.yaml', id: '1', name: 'x' },
        { file: 'b.yaml', id: '2', name: 'y' },
      ]),
    ).toEqual([]);
  });
});
