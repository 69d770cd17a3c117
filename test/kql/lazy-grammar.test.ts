/**
 * The language service's combinator grammar is built only when something really
 * parses with it (a command; or an expression nested past the QueryParser's depth
 * limit, which lakeguard's own nesting limit now rejects first); ordinary queries
 * analyse the same without it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, globalsWith, grammarBuilds, tableSymbol } from '../../src/kql/language-service.js';

const globals = globalsWith([tableSymbol('T', '(TimeGenerated:datetime, A:string, N:long)')]);
const columnsOf = (q: string) => analyze(q, globals).columns?.map((c) => `${c.name}:${c.type}`);
const errorsOf = (q: string) => analyze(q, globals).diagnostics.filter((d) => d.severity === 'error');

describe('lazy query grammar', () => {
  it('ordinary queries bind, report errors and type their output without building the grammar', () => {
    expect(columnsOf('T | summarize n = count() by A, bin(TimeGenerated, 1h)')).toEqual(['A:string', 'TimeGenerated:datetime', 'n:long']);
    expect(columnsOf('let x = 3; T | where N > x | join kind=inner (T | project A, M = N * 2) on A | project A, M')).toEqual([
      'A:string',
      'M:long',
    ]);
    expect(errorsOf('T | where Missing == 1').map((d) => d.message)).toEqual([expect.stringContaining("'Missing'")]);
    expect(errorsOf('T | where (A == "x"').length).toBeGreaterThan(0);
    expect(grammarBuilds.count).toBe(0);
  });

  it('commands parse with the grammar', () => {
    const analysis = analyze('.show tables', globals);
    expect(analysis.kind).toBe('Command');
    expect(analysis.diagnostics.filter((d) => d.syntax)).toEqual([]);
    expect(grammarBuilds.count).toBe(1);
  });
});
