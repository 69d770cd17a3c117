import type { AnnotationProperties } from '@actions/core';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/rules.js';
import { emitAnnotations, omittedMessage, selectAnnotations, type AnnotationCore } from '../../src/report/reporters/annotations.js';
import { statusOf, totalsOf, type DetectionResult, type Finding, type RunResult } from '../../src/model/result.js';
import { sampleResult } from './fixture.js';

type Call = [kind: 'error' | 'warning' | 'notice' | 'info', message: string, properties?: AnnotationProperties];

/** A stand-in for `@actions/core` that records calls. */
function recorder(): { core: AnnotationCore; calls: Call[] } {
  const calls: Call[] = [];
  const record = (kind: Call[0], message: string | Error, properties?: AnnotationProperties): void =>
    void calls.push(properties === undefined ? [kind, String(message)] : [kind, String(message), properties]);
  const core: AnnotationCore = {
    error: (message, properties) => record('error', message, properties),
    warning: (message, properties) => record('warning', message, properties),
    notice: (message, properties) => record('notice', message, properties),
    info: (message) => record('info', message),
  };
  return { core, calls };
}

function resultWith(detections: Array<{ file: string; findings: Finding[] }>): RunResult {
  const results: DetectionResult[] = detections.map((d, i) => ({
    id: `id-${i}`,
    name: d.file,
    file: d.file,
    status: statusOf(d.findings, []),
    findings: d.findings,
    tests: [],
  }));
  return {
    tool: 'lakeguard',
    version: '0.1.0',
    command: 'validate',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    results,
    totals: totalsOf(results),
  };
}

function f(file: string, line: number, level: Finding['level'], ruleId = 'LG2002'): Finding {
  return { ruleId, level, message: `${level} at ${file}:${line}`, file, line, column: 2, endLine: line, endColumn: 6 };
}

describe('annotations', () => {
  it('emits 10 of 25 errors and says how many more there are', () => {
    const findings = Array.from({ length: 25 }, (_, i) => f('detections/x.yaml', i + 1, 'error'));
    const selection = selectAnnotations(resultWith([{ file: 'detections/x.yaml', findings }]), 10, RULES);
    expect(selection.annotations).toHaveLength(10);
    expect(selection.omitted).toEqual({ error: 15, warning: 0, note: 0 });
    const { core, calls } = recorder();
    emitAnnotations(selection, core);
    expect(calls.filter((c) => c[0] === 'error')).toHaveLength(10);
    expect(calls.at(-1)).toEqual(['notice', '15 more errors not shown as annotations; see the job summary or SARIF.']);
    expect(calls[0]).toEqual([
      'error',
      'error at detections/x.yaml:1',
      {
        title: 'LG2002: Query binds against the table schemas',
        file: 'detections/x.yaml',
        startLine: 1,
        endLine: 1,
        startColumn: 2,
        endColumn: 5,
      },
    ]);
  });

  it('orders by level, then failed detections first, then file and line', () => {
    const result = resultWith([
      { file: 'detections/a.yaml', findings: [f('detections/a.yaml', 5, 'warning'), f('detections/a.yaml', 1, 'note')] },
      {
        file: 'detections/b.yaml',
        findings: [f('detections/b.yaml', 9, 'error'), f('detections/b.yaml', 2, 'warning'), f('detections/b.yaml', 1, 'warning')],
      },
      { file: 'detections/c.yaml', findings: [f('detections/c.yaml', 3, 'error')] },
    ]);
    const { annotations } = selectAnnotations(result, 10);
    expect(annotations.map((a) => `${a.level} ${a.file}:${a.startLine}`)).toEqual([
      'error detections/b.yaml:9',
      'error detections/c.yaml:3',
      // b failed, so its warnings come before a's.
      'warning detections/b.yaml:1',
      'warning detections/b.yaml:2',
      'warning detections/a.yaml:5',
      'note detections/a.yaml:1',
    ]);
    // Without rule metadata the title is the rule id.
    expect(annotations[0]!.title).toBe('LG2002');
  });

  it('caps each level separately and reports each omitted level', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => f('detections/x.yaml', i + 1, 'warning')),
      ...Array.from({ length: 11 }, (_, i) => f('detections/x.yaml', i + 100, 'note')),
      f('detections/x.yaml', 500, 'error'),
    ];
    const selection = selectAnnotations(resultWith([{ file: 'detections/x.yaml', findings }]));
    expect(selection.omitted).toEqual({ error: 0, warning: 2, note: 1 });
    const { core, calls } = recorder();
    emitAnnotations(selection, core);
    expect(calls.map((c) => c[0]).filter((k) => k === 'notice')).toHaveLength(10);
    // The notice quota is used up by the 10 notes, so the omission lines go to the log.
    expect(calls.slice(-2)).toEqual([
      ['info', '2 more warnings not shown as annotations; see the job summary or SARIF.'],
      ['info', '1 more note not shown as annotations; see the job summary or SARIF.'],
    ]);
    expect(omittedMessage('error', 1)).toBe('1 more error not shown as annotations; see the job summary or SARIF.');
  });

  it('sets columns only for single-line spans and points unlocated findings at line 1', () => {
    const multi: Finding = {
      ruleId: 'LG3001',
      level: 'error',
      message: 'm',
      file: 'detections/x.yaml',
      line: 4,
      column: 3,
      endLine: 6,
      endColumn: 2,
    };
    const nowhere: Finding = { ruleId: 'LG0001', level: 'error', message: 'unreadable', file: 'detections/y.yaml', line: 0, column: 0 };
    const selection = selectAnnotations(
      resultWith([
        { file: 'detections/x.yaml', findings: [multi] },
        { file: 'detections/y.yaml', findings: [nowhere] },
      ]),
      10,
      RULES,
    );
    const { core, calls } = recorder();
    emitAnnotations(selection, core);
    expect(calls[0]![2]).toEqual({
      title: 'LG3001: Entity mappings use output columns',
      file: 'detections/x.yaml',
      startLine: 4,
      endLine: 6,
    });
    expect(calls[1]![2]).toEqual({
      title: 'LG0001: File can be read',
      file: 'detections/y.yaml',
      startLine: 1,
      endLine: 1,
      startColumn: 1,
    });
  });

  it('annotates failed and errored offline tests at their line', () => {
    const { annotations } = selectAnnotations(sampleResult());
    const tests = annotations.filter((a) => a.title.startsWith('LG900'));
    expect(tests.map((a) => `${a.title} ${a.file}:${a.startLine}`)).toEqual([
      'LG9001: Offline tests pass detections/b-bad-kql.yaml:40',
      'LG9002: Offline tests can run detections/b-bad-kql.yaml:50',
    ]);
    expect(tests[0]!.message).toMatch(/^Offline test 'fires on the sample' failed: expected 1 row, got 0\n/);
  });

  it('emits nothing for a clean result', () => {
    const selection = selectAnnotations(resultWith([{ file: 'detections/x.yaml', findings: [] }]));
    const { core, calls } = recorder();
    emitAnnotations(selection, core);
    expect(calls).toEqual([]);
  });
});
