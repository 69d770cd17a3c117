import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { coverageCommand } from '../../src/commands/coverage.js';
import type { Surface } from '../../src/commands/command.js';
import { dataSourcesOfQuery } from '../../src/coverage/data-sources.js';
import { LAYER_FORMAT_VERSION, type NavigatorLayer } from '../../src/coverage/navigator.js';
import { markdownReporter } from '../../src/report/reporters/markdown.js';
import { sarifReporter } from '../../src/report/reporters/sarif.js';
import { reportContext } from '../../src/report/context.js';
import type { RunResult } from '../../src/model/result.js';
import { builtInCatalog } from '../helpers.js';

const REPO = path.resolve(__dirname, '../..');

async function coverage(args: string[], root: string, env: NodeJS.ProcessEnv = {}, kind: Surface['kind'] = 'cli') {
  const surface: Surface = { kind, root, env, isTty: false };
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) values[a.slice(2)] = args[++i]!;
    else positionals.push(a);
  }
  let out = '';
  let err = '';
  let notice = '';
  const settings = coverageCommand.settings(values, positionals, surface);
  const outcome = await coverageCommand.run(settings, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    notice: (s) => (notice += s),
  });
  return { outcome, out, err, notice };
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-coverage-'));
}

describe('coverage of detections/', () => {
  it('writes a Navigator 4.5 layer whose scores are the enabled detections per technique', async () => {
    const dir = tmp();
    const layerFile = path.join(dir, 'layer.json');
    const jsonFile = path.join(dir, 'report.json');
    const { outcome, out } = await coverage(['detections', '--navigator', layerFile, '--json', jsonFile], REPO);
    expect(outcome.error).toBeUndefined();
    const layer = JSON.parse(fs.readFileSync(layerFile, 'utf8')) as NavigatorLayer;
    // Required fields and version keys of the layer format 4.5.
    expect(typeof layer.name).toBe('string');
    expect(layer.domain).toBe('enterprise-attack');
    expect(layer.versions.layer).toBe('4.5');
    expect(LAYER_FORMAT_VERSION).toBe('4.5');
    expect(layer.versions.attack).toBe('18');
    expect(layer.versions.navigator).toMatch(/^4\.9\.\d+$/);
    expect(layer.gradient.colors.length).toBeGreaterThanOrEqual(2);
    expect(layer.gradient.minValue).toBe(0);
    for (const t of layer.techniques) {
      expect(t.techniqueID).toMatch(/^T\d{4}(\.\d{3})?$/);
      if (t.tactic !== undefined) expect(t.tactic).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(typeof t.score).toBe('number');
      expect(typeof t.enabled).toBe('boolean');
    }

    // Scores counted independently from the fixture YAML.
    const expected = new Map<string, string[]>();
    for (const name of fs.readdirSync(path.join(REPO, 'detections')).filter((f) => f.endsWith('.yaml'))) {
      const data = parse(fs.readFileSync(path.join(REPO, 'detections', name), 'utf8')) as Record<string, unknown>;
      if (data.enabled === false) continue;
      for (const id of new Set([...((data.relevantTechniques as string[]) ?? []), ...((data.subTechniques as string[]) ?? [])]))
        expected.set(id, [...(expected.get(id) ?? []), `detections/${name}`]);
    }
    expect(expected.size).toBeGreaterThan(5);
    for (const [id, files] of expected) {
      const entries = layer.techniques.filter((t) => t.techniqueID === id);
      expect(entries.length, id).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.score, id).toBe(files.length);
        for (const f of files) expect(e.comment).toContain(f);
      }
    }
    // Two detections list T1110 under CredentialAccess.
    const bruteForce = layer.techniques.find((t) => t.techniqueID === 'T1110' && t.tactic === 'credential-access');
    expect(bruteForce?.score).toBe(2);
    expect(layer.gradient.maxValue).toBe(Math.max(...[...expected.values()].map((f) => f.length)));

    const report = JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as RunResult;
    expect(report.command).toBe('coverage');
    const signin = report.coverage!.dataSources.find((s) => s.name === 'SigninLogs');
    expect(signin?.kind).toBe('table');
    expect(signin!.detections).toContain('detections/brute-force-signin.yaml');
    expect(report.coverage!.tactics.find((t) => t.shortName === 'credential-access')!.techniques).toBeGreaterThanOrEqual(3);
    expect(out).toContain('ATT&CK coverage:');
    expect(out).toMatch(/SigninLogs\s+table\s+\d/);
  });
});

describe('data sources', () => {
  it('come from the bound query: tables, not let names or columns; declared functions followed into their body', () => {
    const catalog = builtInCatalog();
    const sources = dataSourcesOfQuery(
      'let SigninLogs2 = SigninLogs | where ResultType != "0";\nunion SigninLogs2, AADNonInteractiveUserSignInLogs\n| join kind=inner (AuditLogs | project UserPrincipalName = tostring(InitiatedBy)) on UserPrincipalName\n| where UserPrincipalName in (_GetWatchlist("vips") | project SearchKey)',
      catalog,
    );
    expect(sources.map((s) => `${s.kind}:${s.name}`)).toEqual([
      'table:AADNonInteractiveUserSignInLogs',
      'table:AuditLogs',
      'table:SigninLogs',
      'watchlist:vips',
    ]);
    expect(dataSourcesOfQuery('NoSuchTable_CL | take 1', catalog)).toEqual([{ name: 'NoSuchTable_CL', kind: 'table', unknown: true }]);
  });
});

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
}

const detection = (id: string, tactic: string, technique: string, query: string): string =>
  `id: ${id}\nname: ${technique} rule\nseverity: Medium\nqueryFrequency: 1h\nqueryPeriod: 1h\ntriggerOperator: gt\ntriggerThreshold: 0\ntactics:\n  - ${tactic}\nrelevantTechniques:\n  - ${technique}\nquery: |\n  ${query}\n`;

describe('coverage --compare', () => {
  it('reports the techniques a removed detection loses, and those a new one gains', async () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'detections'));
    const write = (name: string, text: string): void => fs.writeFileSync(path.join(root, 'detections', name), text);
    write('brute.yaml', detection('0b8f0e1a-1111-4aaa-8aaa-000000000001', 'CredentialAccess', 'T1110', 'SigninLogs | where ResultType != "0"'));
    write('dump.yaml', detection('0b8f0e1a-1111-4aaa-8aaa-000000000002', 'CredentialAccess', 'T1003', 'SecurityEvent | where EventID == 4656'));
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'two detections');
    fs.rmSync(path.join(root, 'detections', 'dump.yaml'));
    write('discovery.yaml', detection('0b8f0e1a-1111-4aaa-8aaa-000000000003', 'Discovery', 'T1046', 'DeviceNetworkEvents | take 1'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'remove dump, add discovery');

    const summary = path.join(root, 'summary.md');
    const { outcome, out } = await coverage(['--compare', 'HEAD~1', '--summary', summary], root);
    expect(outcome.error).toBeUndefined();
    expect(outcome.result!.coverage!.change).toEqual({ ref: 'HEAD~1', gained: ['T1046'], lost: ['T1003'] });
    expect(out).toContain('lost T1003');
    const md = fs.readFileSync(summary, 'utf8');
    expect(md).toContain('- **Lost** (1): T1003 OS Credential Dumping');
    expect(md).toContain('- **Gained** (1): T1046 Network Service Discovery');
    expect(md).toContain('```mermaid');
    expect(md).toMatch(/\| `SigninLogs` \| table \| 1 \|/);

    // A disabled detection covers nothing: its technique is not gained, and scores 0 in the layer.
    write('off.yaml', detection('0b8f0e1a-1111-4aaa-8aaa-000000000005', 'Execution', 'T1059', 'DeviceProcessEvents | take 1').replace('severity:', 'enabled: false\nseverity:'));
    const layerFile = path.join(root, 'layer.json');
    const withDisabled = await coverage(['--compare', 'HEAD~1', '--navigator', layerFile], root);
    expect(withDisabled.outcome.result!.coverage!.change!.gained).toEqual(['T1046']);
    const layer = JSON.parse(fs.readFileSync(layerFile, 'utf8')) as NavigatorLayer;
    expect(layer.techniques.find((t) => t.techniqueID === 'T1059')).toMatchObject({ tactic: 'execution', score: 0, enabled: false });
    fs.rmSync(path.join(root, 'detections', 'off.yaml'));

    // In the action on a pull request: compared with the base commit of the event.
    const base = execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: root, encoding: 'utf8' }).trim();
    const event = path.join(root, 'event.json');
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r', RUNNER_TEMP: root };
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base }, head: { sha: 'HEAD' } } }));
    const onPr = await coverage([], root, env, 'action');
    expect(onPr.outcome.result!.coverage!.change).toEqual({ ref: base, gained: ['T1046'], lost: ['T1003'] });
    expect(onPr.outcome.outputs).toMatchObject({ 'techniques-lost': 'T1003', techniques: 2 });
    // A base the (shallow) clone lacks: coverage without the change, and a notice.
    fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: 'f'.repeat(40) } } }));
    const shallow = await coverage([], root, env, 'action');
    expect(shallow.outcome.exitCode).toBe(0);
    expect(shallow.outcome.result!.coverage!.change).toBeUndefined();
    expect(shallow.notice).toContain('fetch-depth: 0');

    const bad = await coverage(['--compare', 'no-such-ref'], root);
    expect(bad.outcome.exitCode).toBe(2);
    expect(bad.outcome.error).toContain("'no-such-ref'");
  });
});

describe('deprecated and revoked techniques', () => {
  it('are warnings at the line listing them, naming the replacement ATT&CK gives', async () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'detections'));
    const text = detection('0b8f0e1a-1111-4aaa-8aaa-000000000004', 'DefenseEvasion', 'T1562.001', 'SecurityEvent | where EventID == 1102').replace(
      '  - T1562.001\n',
      '  - T1562.001\n  - T1034\n',
    );
    fs.writeFileSync(path.join(root, 'detections', 'tamper.yaml'), text);
    const { outcome } = await coverage([], root);
    const findings = outcome.result!.results[0]!.findings.filter((f) => f.ruleId === 'LG4006');
    expect(findings.map((f) => [f.level, f.line])).toEqual([
      ['warning', text.split('\n').indexOf('  - T1562.001') + 1],
      ['warning', text.split('\n').indexOf('  - T1034') + 1],
    ]);
    expect(findings[0]!.message).toContain('revoked');
    expect(findings[0]!.message).toContain('T1685');
    expect(findings[1]!.message).toContain('deprecated');
    expect(outcome.exitCode).toBe(0);
    const md = markdownReporter(outcome.result!, reportContext({ root }));
    expect(md).toContain('#### ATT&CK coverage');
    const sarif = JSON.parse(sarifReporter(outcome.result!, reportContext({ root })));
    expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toContain('LG4006');
    expect(sarif.runs[0].results[0].level).toBe('warning');
  });
});
