import { describe, expect, it } from 'vitest';
import { junitReporter, xmlAttr, xmlText } from '../../src/report/reporters/junit.js';
import { totalsOf, type RunResult } from '../../src/model/result.js';
import { HOSTILE, sampleContext, sampleResult } from './fixture.js';
import { parseXml, type XmlElement } from './xml.js';

function render(result: RunResult = sampleResult()): { text: string; root: XmlElement } {
  const text = junitReporter(result, sampleContext());
  return { text, root: parseXml(text) };
}

function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c) => c.name === name);
}

function suite(root: XmlElement, file: string): XmlElement {
  const s = root.children.find((c) => c.attributes.file === file);
  if (!s) throw new Error(`no suite for ${file}`);
  return s;
}

function cases(s: XmlElement): XmlElement[] {
  return s.children.filter((c) => c.name === 'testcase');
}

function caseNamed(s: XmlElement, name: string): XmlElement {
  const c = cases(s).find((x) => x.attributes.name === name);
  if (!c) throw new Error(`no case ${name}`);
  return c;
}

describe('the test XML reader', () => {
  it('rejects what is not well-formed', () => {
    expect(() => parseXml('<a>x < y</a>')).toThrow();
    expect(() => parseXml('<a b="<"/>')).toThrow(/raw </);
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a><b></a></b>')).toThrow(/closes/);
    expect(() => parseXml('<a b="1" b="2"/>')).toThrow(/duplicate/);
    expect(() => parseXml('<a>\u0000</a>')).toThrow(/illegal/);
    expect(() => parseXml('<a/><b/>')).toThrow(/after the root/);
    expect(parseXml('<a x="&lt;&#10;">t&amp;t<b/></a>')).toEqual({
      name: 'a',
      attributes: { x: '<\n' },
      children: [{ name: 'b', attributes: {}, children: [], text: '' }],
      text: 't&t',
    });
  });
});

describe('JUnit reporter', () => {
  it('writes well-formed XML with hostile text escaped and illegal characters removed', () => {
    const { text, root } = render();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(text).not.toContain('\u0000');
    expect(text).not.toContain('\u001b');
    // The hostile name survives as text, minus the characters XML 1.0 forbids.
    const hostile = suite(root, 'detections/d hostile #1.yaml');
    expect(hostile.attributes.name).toBe(`Hostile ${HOSTILE.replace(/[\u0000\u001b]/g, '')}`);
    expect(text).not.toMatch(/<\/testcase> \|/);
    expect(text).not.toContain('<script>');
  });

  it('counts tests, failures and errors consistently', () => {
    const { root } = render();
    let tests = 0;
    let failures = 0;
    let errors = 0;
    for (const s of root.children) {
      expect(s.name).toBe('testsuite');
      const list = cases(s);
      const f = list.filter((c) => child(c, 'failure')).length;
      const e = list.filter((c) => child(c, 'error')).length;
      expect(Number(s.attributes.tests)).toBe(list.length);
      expect(Number(s.attributes.failures)).toBe(f);
      expect(Number(s.attributes.errors)).toBe(e);
      tests += list.length;
      failures += f;
      errors += e;
    }
    expect(root.attributes).toMatchObject({
      name: 'lakeguard',
      tests: String(tests),
      failures: String(failures),
      errors: String(errors),
      time: '1.234',
    });
    // a: 7 families + 2 tests; b: 7 + 3; c: load only; d: 7 + other; e: 7.
    expect(tests).toBe(9 + 10 + 1 + 8 + 7);
    expect(failures).toBe(4);
    expect(errors).toBe(2);
  });

  it('has one suite per detection file, named after the detection, in file order', () => {
    const { root } = render();
    expect(root.children.map((s) => s.attributes.file)).toEqual([
      'detections/a-brute-force.yaml',
      'detections/b-bad-kql.yaml',
      'detections/c-unreadable.yaml',
      'detections/d hostile #1.yaml',
      'detections/e-clean.yaml',
    ]);
    expect(root.children[0]!.attributes.name).toBe('Brute force against Entra ID accounts');
  });

  it('fails a family with error findings and lists them; warnings pass into system-out', () => {
    const { root } = render();
    const b = suite(root, 'detections/b-bad-kql.yaml');
    expect(cases(b).map((c) => c.attributes.name)).toEqual([
      'schema',
      'kql',
      'entities',
      'attack',
      'identity',
      'limits',
      'format',
      'test: fires on the sample',
      'test: handles mv-expand',
      'test: quiet on benign',
    ]);
    const kql = caseNamed(b, 'kql');
    expect(kql.attributes.classname).toBe('detections/b-bad-kql.yaml');
    const failure = child(kql, 'failure')!;
    expect(failure.attributes).toEqual({ message: '2 errors', type: 'error' });
    expect(failure.text.split('\n')).toEqual([
      "detections/b-bad-kql.yaml:14:7 LG2002 The name 'Acount' does not refer to any known column | table <script>.",
      "detections/b-bad-kql.yaml:20:3 LG2002 The name 'Acount' does not refer to any known column | table <script>.",
    ]);
    const attack = caseNamed(b, 'attack');
    expect(child(attack, 'failure')).toBeUndefined();
    expect(child(attack, 'system-out')!.text).toContain('warning LG4003 Technique T1562.001 was revoked in ATT&CK v19.2; use T1685.');
    expect(caseNamed(b, 'schema').children).toEqual([]);
  });

  it('reports offline tests as test cases with failure and error elements', () => {
    const { root } = render();
    const b = suite(root, 'detections/b-bad-kql.yaml');
    const failed = caseNamed(b, 'test: fires on the sample');
    expect(failed.attributes.time).toBe('0.031');
    expect(child(failed, 'failure')!.attributes).toEqual({ message: 'expected 1 row, got 0', type: 'failed' });
    expect(child(failed, 'failure')!.text).toContain('</testcase> | pipe <script>');
    const errored = caseNamed(b, 'test: handles mv-expand');
    expect(child(errored, 'error')!.attributes.message).toBe('not supported offline: mv-apply at 3:5');
    expect(caseNamed(b, 'test: quiet on benign').children).toEqual([]);
  });

  it('gives an unreadable file a single erroring load case', () => {
    const { root } = render();
    const c = suite(root, 'detections/c-unreadable.yaml');
    expect(cases(c).map((x) => x.attributes.name)).toEqual(['load']);
    expect(child(cases(c)[0]!, 'error')!.attributes).toEqual({ message: '1 error', type: 'error' });
  });

  it('files findings of unknown rules under "other" and keeps long messages whole', () => {
    const { root } = render();
    const d = suite(root, 'detections/d hostile #1.yaml');
    expect(child(caseNamed(d, 'other'), 'system-out')!.text).toContain('LG7777');
    expect(child(caseNamed(d, 'kql'), 'system-out')!.text.length).toBeGreaterThan(2000);
  });

  it('keeps a failed detection red even when nothing else explains it', () => {
    const result = sampleResult();
    const e = result.results.find((r) => r.file === 'detections/e-clean.yaml')!;
    e.status = 'failed';
    result.totals = totalsOf(result.results);
    const s = suite(render(result).root, 'detections/e-clean.yaml');
    expect(child(caseNamed(s, 'status'), 'failure')).toBeDefined();
  });

  it('escapes the five XML characters and strips illegal ones', () => {
    expect(xmlText(`a&b<c>d"e'f\u0000g\u0008h\uffffi`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fghi');
    expect(xmlAttr('line1\nline2\tx\r')).toBe('line1&#10;line2&#9;x&#13;');
    expect(xmlText('lone \ud800 surrogate, pair 🚨')).toBe('lone  surrogate, pair 🚨');
  });
});
