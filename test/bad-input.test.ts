/**
 * The hostile-input suite: every file in test/fixtures/bad declares on its first
 * line the findings it must produce (`# expect: RULE@LINE ...`). All files are
 * validated in one run, so this also proves one bad file never stops the others.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/load/config.js';
import { validateDetections } from '../src/pipeline/validate.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { reportContext } from '../src/report/context.js';
import { REPORTERS } from '../src/report/reporters/index.js';
import type { RunResult } from '../src/model/result.js';

const root = path.resolve(__dirname, '..');
const dir = path.join(root, 'test', 'fixtures', 'bad');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function expectations(file: string): string[] {
  const first =
    fs
      .readFileSync(path.join(dir, file), 'latin1')
      .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
      .split(/\r?\n/)[0] ?? '';
  const m = /^# expect:(.*)$/.exec(first);
  if (!m) throw new Error(`${file} has no '# expect:' line`);
  return (m[1] as string).trim().split(/\s+/).filter(Boolean);
}

let result: RunResult;
let hugeResult: RunResult;

beforeAll(async () => {
  ({ result } = await validateDetections({ paths: ['test/fixtures/bad'], root, config: await loadConfig(undefined), jobs: 1 }));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-huge-'));
  fs.writeFileSync(path.join(tmp, 'huge.yaml'), `id: x\nquery: |\n${'  SigninLogs\n'.repeat(100_000)}`);
  ({ result: hugeResult } = await validateDetections({ paths: ['.'], root: tmp, config: await loadConfig(undefined), jobs: 1 }));
});

describe('hostile and malformed detection files', () => {
  it('has at least 30 cases', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it('checks every file and never fails internally', () => {
    expect(result.results.map((r) => path.basename(r.file)).sort()).toEqual(files);
    const internal = result.results.flatMap((r) => r.findings.filter((f) => f.ruleId === 'LG0000'));
    expect(internal).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const r = result.results.find((x) => path.basename(x.file) === file)!;
    const got = r.findings.map((f) => `${f.ruleId}@${f.line}`);
    const expected = expectations(file);
    for (const e of expected) expect(got, `${file}: ${JSON.stringify(r.findings, null, 1)}`).toContain(e);
    if (expected.length === 0) expect(r.findings.filter((f) => f.level === 'error')).toEqual([]);
    for (const f of r.findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
      expect(f.message).not.toMatch(/\n\s+at /); // no stack traces
    }
  });

  it('renders the whole hostile run as schema-valid SARIF with every result located', () => {
    const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
      Ajv2020Module) as unknown as typeof Ajv2020Module.default;
    const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
      addFormatsModule) as unknown as typeof addFormatsModule.default;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')));
    const sarif = JSON.parse(REPORTERS.get('sarif')!(result, reportContext({ root, color: false })));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0].results as { locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    expect(results.length).toBe(result.totals.findings.error + result.totals.findings.warning + result.totals.findings.note);
    for (const r of results) expect(r.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });

  it('refuses a file over the size cap without reading it as YAML', () => {
    const [r] = hugeResult.results;
    expect(r?.status).toBe('error');
    expect(r?.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['LG0001@1']);
    expect(r?.findings[0]?.message).toMatch(/over the 1048576-byte limit/);
  });
});
