import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, regionOf, SARIF_MAX_RESULTS, sarifReporter } from '../../src/report/reporters/sarif.js';
import { hugeResult, sampleContext, sampleResult } from './fixture.js';

// ajv and ajv-formats are CommonJS; under NodeNext their default export may sit on `.default`.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
  Ajv2020Module) as unknown as typeof Ajv2020Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

const schema = JSON.parse(fs.readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

const MULTITOOL = fileURLToPath(new URL('../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool', import.meta.url));
function multitoolUnavailable(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    return `Sarif.Multitool is a linux-x64 binary (this is ${process.platform}-${process.arch})`;
  try {
    fs.accessSync(MULTITOOL, fs.constants.X_OK);
    return undefined;
  } catch {
    return `${MULTITOOL} is absent or not executable`;
  }
}
const skipMultitool = multitoolUnavailable();

/* eslint-disable @typescript-eslint/no-explicit-any */
type Sarif = any;

function render(result = sampleResult(), overrides = {}, options = {}): { text: string; log: Sarif } {
  const text = sarifReporter(result, sampleContext(overrides), options);
  return { text, log: JSON.parse(text) };
}

function schemaErrors(log: unknown): string[] {
  return validateSchema(log) ? [] : (validateSchema.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('SARIF reporter', () => {
  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const { log } = render();
    expect(schemaErrors(log)).toEqual([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('describes the tool, the used rules and the run', () => {
    const { log } = render();
    const run = log.runs[0];
    const driver = run.tool.driver;
    expect(driver).toMatchObject({
      name: 'lakeguard',
      semanticVersion: '0.1.0',
      version: '0.1.0',
      informationUri: 'https://github.com/OWNER/lakeguard',
    });
    const ids = driver.rules.map((r: Sarif) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids)).toEqual(new Set(run.results.map((r: Sarif) => r.ruleId)));
    expect(ids).toContain('LG9001');
    expect(ids).toContain('LG9002');
    const lg2002 = driver.rules.find((r: Sarif) => r.id === 'LG2002');
    expect(lg2002).toMatchObject({
      name: 'kql-semantics',
      shortDescription: { text: 'Query binds against the table schemas' },
      helpUri: 'https://github.com/OWNER/lakeguard/blob/main/docs/checks/LG2002.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['kql'] },
    });
    expect(lg2002.fullDescription.text).toMatch(/resolve against the table catalog/);
    expect(lg2002.help.markdown).toContain('(https://github.com/OWNER/lakeguard/blob/main/docs/checks/LG2002.md)');
    for (const r of run.results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.automationDetails.id).toBe('lakeguard/test/');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.properties).toBeUndefined();
  });

  it('leaves out helpUri and informationUri without a help base URL', () => {
    const { log } = render(sampleResult(), { helpBaseUrl: undefined });
    expect(log.runs[0].tool.driver.informationUri).toBeUndefined();
    for (const r of log.runs[0].tool.driver.rules) expect(r.helpUri).toBeUndefined();
    expect(schemaErrors(log)).toEqual([]);
  });

  it('locates every result relative to %SRCROOT%, whose URI ends with a slash', () => {
    const { log } = render();
    const run = log.runs[0];
    const rootUri = pathToFileURL(process.cwd()).href;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
    // 5 findings of b, 2 of a, 1 of c, 3 of d, plus a failed and an errored test.
    expect(run.results).toHaveLength(13);
    for (const r of run.results) {
      expect(r.locations).toHaveLength(1);
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).toMatch(/^detections\/[^\\]+$/);
      expect(loc.region.startLine).toBeGreaterThanOrEqual(1);
      expect(loc.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(typeof r.message.text).toBe('string');
      expect(r.message.text.length).toBeGreaterThan(0);
    }
    const unreadable = run.results.find((r: Sarif) => r.ruleId === 'LG0001');
    expect(unreadable.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
    const hostile = run.results.find((r: Sarif) => r.ruleId === 'LG7777');
    expect(hostile.locations[0].physicalLocation.artifactLocation.uri).toBe('detections/d%20hostile%20%231.yaml');
    expect(hostile.message.text).not.toContain('\u0000');
    expect(hostile.message.text).toContain('</testcase> | pipe <script>');
    const failedTest = run.results.find((r: Sarif) => r.ruleId === 'LG9001');
    expect(failedTest).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 40, startColumn: 1 } } }] });
    expect(failedTest.message.text).toMatch(/^Offline test 'fires on the sample' failed: expected 1 row, got 0/);
    const multiLine = run.results.find((r: Sarif) => r.ruleId === 'LG3001');
    expect(multiLine.locations[0].physicalLocation.region).toEqual({ startLine: 25, startColumn: 21, endLine: 27, endColumn: 4 });
  });

  it('makes URIs relative to ctx.root and leaves files outside it absolute', () => {
    const result = sampleResult();
    const cwdRelativeRoot = path.resolve('detections');
    const { log } = render(result, { root: cwdRelativeRoot });
    const uris = log.runs[0].results.map((r: Sarif) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toContain('b-bad-kql.yaml');
    const outside = render(result, { root: path.join(os.tmpdir(), 'elsewhere') }).log.runs[0].results[0].locations[0].physicalLocation
      .artifactLocation;
    expect(outside.uri).toMatch(/^file:\/\/\//);
    expect(outside.uriBaseId).toBeUndefined();
  });

  it('clamps regions to valid SARIF', () => {
    expect(regionOf({ line: 0, column: 0 })).toEqual({ startLine: 1, startColumn: 1 });
    expect(regionOf({ line: 3, column: 0 })).toEqual({ startLine: 3, startColumn: 1 });
    expect(regionOf({ line: 3, column: 5, endLine: 3, endColumn: 9 })).toEqual({ startLine: 3, startColumn: 5, endColumn: 9 });
    expect(regionOf({ line: 3, column: 5, endLine: 2, endColumn: 9 })).toEqual({ startLine: 3, startColumn: 5 });
    expect(regionOf({ line: 3, column: 5, endLine: 3, endColumn: 2 })).toEqual({ startLine: 3, startColumn: 5 });
    expect(regionOf({ line: 3, column: 5, endLine: 4, endColumn: 1 })).toEqual({ startLine: 3, startColumn: 5, endLine: 4, endColumn: 1 });
  });

  it('keeps fingerprints stable when findings move to other lines', () => {
    const fingerprints = (shift: number): string[] =>
      render(sampleResult(shift))
        .log.runs[0].results.map((r: Sarif) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`)
        .sort();
    const before = fingerprints(0);
    expect(fingerprints(7)).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    for (const f of before) expect(f).toMatch(/^LG\d{4} [0-9a-f]{32}:\d+$/);
    // Two identical LG2002 messages in one file stay distinct through the occurrence counter.
    const lg2002 = before.filter((f) => f.startsWith('LG2002 ')).map((f) => f.split(' ')[1]!);
    expect(lg2002.map((f) => f.split(':')[0])).toEqual([lg2002[0]!.split(':')[0], lg2002[0]!.split(':')[0]]);
    expect(lg2002.map((f) => f.split(':')[1]).sort()).toEqual(['1', '2']);
  });

  it('changes the fingerprint when the message or the detection changes', () => {
    const base = sampleResult();
    const changed = sampleResult();
    changed.results[3]!.findings[1]!.message = 'Another message';
    const fp = (r: ReturnType<typeof sampleResult>): string =>
      render(r).log.runs[0].results.find((x: Sarif) => x.ruleId === 'LG7777').partialFingerprints[FINGERPRINT_KEY];
    expect(fp(changed)).not.toBe(fp(base));
    const otherId = sampleResult();
    otherId.results[3]!.id = '11111111-1111-4111-8111-111111111111';
    expect(fp(otherId)).not.toBe(fp(base));
  });

  it('is deterministic', () => {
    const shuffled = sampleResult();
    shuffled.results.reverse();
    for (const r of shuffled.results) r.findings.reverse();
    expect(render(shuffled).text).toBe(render().text);
  });

  it('caps the run at 25,000 results, keeping the most severe, and says so', () => {
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    const big = hugeResult(25_300, 50);
    const { log } = render(big);
    const run = log.runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.properties).toEqual({
      resultsLimit: 25_000,
      resultsDropped: 300,
      resultsDroppedByLevel: { error: 0, warning: 0, note: 300 },
    });
    expect(schemaErrors(log)).toEqual([]);
  });

  it('drops notes before warnings before errors under a smaller cap', () => {
    const { log } = render(hugeResult(90, 3), {}, { maxResults: 40 });
    const run = log.runs[0];
    const levels = run.results.map((r: Sarif) => r.level);
    expect(levels.filter((l: string) => l === 'error')).toHaveLength(30);
    expect(levels.filter((l: string) => l === 'warning')).toHaveLength(10);
    expect(run.properties.resultsDropped).toBe(50);
    expect(run.properties.resultsDroppedByLevel).toEqual({ error: 0, warning: 20, note: 30 });
    // Kept results stay in file order.
    const keys = run.results.map(
      (r: Sarif) =>
        `${r.locations[0].physicalLocation.artifactLocation.uri}:${String(r.locations[0].physicalLocation.region.startLine).padStart(4, '0')}`,
    );
    expect(keys).toEqual([...keys].sort());
  });

  it('gives unknown rules the descriptor fields GitHub requires', () => {
    const { log } = render();
    const unknown = log.runs[0].tool.driver.rules.find((r: Sarif) => r.id === 'LG7777');
    expect(unknown.shortDescription.text).toBeTruthy();
    expect(unknown.fullDescription.text).toBeTruthy();
    expect(unknown.help.text).toBeTruthy();
  });

  it.skipIf(skipMultitool !== undefined)(
    `passes Microsoft's SARIF validator (Sarif.Multitool validate)${skipMultitool ? `: skipped, ${skipMultitool}` : ''}`,
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-sarif-'));
      try {
        const input = path.join(dir, 'lakeguard.sarif');
        const output = path.join(dir, 'validation.sarif');
        fs.writeFileSync(input, render().text);
        // Sarif: the SARIF spec's rules; Gh: what GitHub code scanning requires. Errors and warnings only (notes are suggestions such as code snippets).
        const run = spawnSync(
          MULTITOOL,
          ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning'],
          {
            encoding: 'utf8',
            timeout: 120_000,
            env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
          },
        );
        expect(run.error, String(run.error)).toBeUndefined();
        const console = `${run.stdout}\n${run.stderr}`;
        expect(run.status, console).toBe(0);
        expect(console).not.toMatch(/: (error|warning) [A-Z]+\d+:/);
        const validation = JSON.parse(fs.readFileSync(output, 'utf8')) as Sarif;
        const problems = (validation.runs[0].results ?? []).map((r: Sarif) => `${r.ruleId} ${r.level}: ${JSON.stringify(r.message)}`);
        expect(problems).toEqual([]);
        expect(validation.runs[0].invocations[0].executionSuccessful).toBe(true);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
