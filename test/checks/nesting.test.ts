// Hostile nesting is refused before the language service parses the query (issue 14).
import { describe, expect, it } from 'vitest';
import { kqlQueryCheck } from '../../src/checks/kql-query.js';
import { QueryError } from '../../src/engine/refusal.js';
import { runQuery } from '../../src/engine/evaluate.js';
import { MAX_NESTING, scanNesting } from '../../src/kql/nesting.js';
import { checkDetection } from '../../src/pipeline/check-file.js';
import { brief, builtInCatalog, detectionFrom, runCheck } from '../helpers.js';

const rule = (query: string) => `id: 6f3c9a8e-2b1d-4c7e-9f10-3a5b7c9d1e2f\nname: t\nquery: |\n  ${query}\n`;

describe('scanNesting', () => {
  it('counts bracket depth of every kind', () => {
    expect(scanNesting('print x = 1').depth).toBe(0);
    expect(scanNesting('print x = tolower(dynamic([{"a": (1)}]))').depth).toBe(5);
    expect(scanNesting('T | where (a) and (b or (c))').depth).toBe(2);
  });

  it('skips brackets inside strings of every form and inside comments', () => {
    const text = [
      `print a = "((((\\"((("`,
      `, b = '[[[\\'[[['`,
      `, c = @"c:\\((("`,
      `, d = @'x''(((('`,
      `, e = \`\`\`\n((((\n\`\`\``,
      `// ((((((((\n`,
      `| extend f = (1)`,
    ].join('');
    expect(scanNesting(text).depth).toBe(1);
  });

  it('gives the offset of the first bracket past the limit', () => {
    const text = 'print x = ' + '('.repeat(5) + '1' + ')'.repeat(5);
    expect(scanNesting(text, 3)).toEqual({ depth: 5, offset: 13 });
    expect(scanNesting(text, 5)).toEqual({ depth: 5 });
    // Unbalanced closing brackets never take the depth below zero.
    expect(scanNesting(')))((').depth).toBe(2);
  });
});

describe('hostile nesting', () => {
  const hostile = 'print x = ' + '('.repeat(4900) + '1' + ')'.repeat(4900);

  it('reports the nesting as LG2001 at the first bracket past the limit, without parsing', () => {
    const findings = runCheck(kqlQueryCheck, rule(hostile));
    expect(brief(findings)).toEqual([`LG2001@4:${3 + 'print x = '.length + MAX_NESTING}`]);
    expect(findings[0]!.message).toContain('4900 levels deep');
    expect(findings[0]!.message).toContain(`more than ${MAX_NESTING}`);
  });

  it('validating a 10,000-character query of 4,900 nested parentheses costs well under 2 s', () => {
    const catalog = builtInCatalog();
    checkDetection(detectionFrom(rule('SigninLogs | take 1')), catalog); // language service warm
    const started = performance.now();
    const findings = checkDetection(detectionFrom(rule(hostile)), catalog);
    const ms = performance.now() - started;
    expect(findings.map((f) => f.ruleId)).toContain('LG2001');
    expect(ms).toBeLessThan(2000);
  });

  it('a query at the limit is parsed as usual', () => {
    const deep = 'print x = ' + '('.repeat(MAX_NESTING) + '1' + ')'.repeat(MAX_NESTING);
    expect(runCheck(kqlQueryCheck, rule(deep))).toEqual([]);
    expect(runQuery(deep).data[0]).toEqual([1]);
  });

  it('the engine refuses to run it with the same message', () => {
    expect(() => runQuery(hostile)).toThrow(QueryError);
    expect(() => runQuery(hostile)).toThrow(/nests brackets 4900 levels deep/);
  });
});
