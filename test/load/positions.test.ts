import { describe, expect, it } from 'vitest';
import { parseDetection } from '../../src/load/load-detection.js';

/** Load YAML text and return where `needle` (inside the query value) maps to. */
function locateInQuery(yamlText: string, needle: string) {
  const { detection, findings } = parseDetection(Buffer.from(yamlText), 'x.yaml', '/x.yaml');
  expect(findings).toEqual([]);
  const query = detection!.data.query as string;
  const offset = query.indexOf(needle);
  expect(offset).toBeGreaterThanOrEqual(0);
  return detection!.source.locateInScalar(['query'], offset, needle.length);
}

/** 1-based line/column of `needle` in the raw text (its `occurrence`-th match). */
function textPosition(text: string, needle: string, occurrence = 1) {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(needle, at + 1);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}

describe('query offsets map to YAML line and column', () => {
  const cases: Record<string, string> = {
    'literal block': 'id: a\nquery: |\n  SigninLogs\n  | where Foo == 1\n',
    'literal block, deep indent': 'id: a\nquery: |\n        SigninLogs\n        | where Foo == 1\n',
    'literal block with keep chomping': 'id: a\nquery: |+\n  SigninLogs\n  | where Foo == 1\n\n',
    'literal block with strip and indicator': 'id: a\nquery: |2-\n    SigninLogs\n    | where Foo == 1\n',
    'folded block': 'id: a\nquery: >\n  SigninLogs\n  | where Foo == 1\n',
    'folded block with blank line': 'id: a\nquery: >-\n  SigninLogs\n\n  | where Foo == 1\n',
    'plain multi-line': 'id: a\nquery: SigninLogs\n  | where Foo == 1\n',
    'single-quoted with escaped quote': "id: a\nquery: 'SigninLogs | where X == ''y''\n  | where Foo == 1'\n",
    'double-quoted with escapes': 'id: a\nquery: "SigninLogs | where X == \\"y\\"\\n| where Foo == 1"\n',
    'double-quoted with line continuation': 'id: a\nquery: "SigninLogs \\\n    | where Foo == 1"\n',
    'block in a nested sequence': 'id: a\nquery: |\n    SigninLogs\n    | where Foo == 1\ntests: []\n',
    'CRLF line endings': 'id: a\r\nquery: |\r\n  SigninLogs\r\n  | where Foo == 1\r\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      const span = locateInQuery(text, 'Foo');
      const expected = textPosition(text, 'Foo');
      expect({ line: span.line, column: span.column }).toEqual(expected);
      expect(span.endColumn).toBe(expected.column + 3);
    });
  }

  it('maps a token with a tab escape in a double-quoted scalar', () => {
    const text = 'id: a\nquery: "T\\t| where Bar == 1"\n';
    const span = locateInQuery(text, 'Bar');
    expect(span).toMatchObject(textPosition(text, 'Bar'));
  });

  it('maps non-ASCII text before the token', () => {
    const text = 'id: a\nquery: |\n  T | where Name == "Zoë 🙂"\n  | where Foo == 1\n';
    expect(locateInQuery(text, 'Foo')).toMatchObject(textPosition(text, 'Foo'));
    expect(locateInQuery(text, '1')).toMatchObject(textPosition(text, '1', 1));
  });
});

describe('locate', () => {
  const text =
    'id: a\nname: b\nentityMappings:\n  - entityType: Account\n    fieldMappings:\n      - identifier: FullName\n        columnName: User\n';
  const { detection } = parseDetection(Buffer.from(text), 'x.yaml', '/x.yaml');
  it('finds a nested value', () => {
    expect(detection!.source.locate(['entityMappings', 0, 'fieldMappings', 0, 'columnName'])).toMatchObject({ line: 7, column: 21 });
  });
  it('finds a key', () => {
    expect(detection!.source.locate(['entityMappings', 0, 'fieldMappings'], 'key')).toMatchObject({ line: 5, column: 5 });
  });
  it('points at the key of an empty value', () => {
    const { detection: d } = parseDetection(Buffer.from('id: a\nalertDetailsOverride:\nname: b\n'), 'x.yaml', '/x.yaml');
    expect(d!.source.locate(['alertDetailsOverride'])).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 21 });
  });

  it('falls back to the nearest existing ancestor for a missing path', () => {
    expect(detection!.source.locate(['entityMappings', 0, 'nope'])).toMatchObject({ line: 4 });
  });
});
