import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { runDetections as run } from '../../src/commands/detections.js';
import { parseShard, shardOf } from '../../src/pipeline/shard.js';
import { mergeRunResults } from '../../src/report/merge.js';
import type { RunResult } from '../../src/model/result.js';
import type { DetectionSettings } from '../../src/commands/detections.js';

const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ??
  Ajv2020Module) as unknown as typeof Ajv2020Module.default;
const sarifSchema = JSON.parse(fs.readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const validateSarif = new Ajv2020({ strict: false, allErrors: true }).compile(sarifSchema);

const guid = (n: number) => `6f3c9a8e-2b1d-4c7e-9f10-${String(n).padStart(12, '0')}`;

/** Twelve detections: some with findings, two pairs sharing an id or a name. */
function repo(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-shard-')));
  fs.mkdirSync(path.join(dir, 'detections'));
  for (let i = 0; i < 12; i++) {
    const id = i === 11 ? guid(3) : guid(i);
    const name = i === 10 ? 'rule 4' : `rule ${i}`;
    const query = i % 4 === 0 ? 'SigninLogs | where NoSuchColumn == 1' : 'SigninLogs | take 1';
    fs.writeFileSync(path.join(dir, 'detections', `d${String(i).padStart(2, '0')}.yaml`), `id: ${id}\nname: ${name}\nquery: ${query}\n`);
  }
  return dir;
}

const settings = (root: string, extra: Partial<DetectionSettings>): DetectionSettings => ({
  command: 'validate',
  paths: [],
  root,
  cache: false,
  color: false,
  debug: false,
  format: 'none',
  jobs: 1,
  ...extra,
});

/** A result without the fields that differ between runs. */
const stable = (r: RunResult) => ({ ...r, startedAt: '', durationMs: 0 });

describe('sharding and merge', () => {
  it('parses i/n and rejects the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1']) expect(parseShard(bad)).toMatch(/shard must be i\/n/);
    // Stable: the same id always lands in the same shard, whatever its case.
    expect(shardOf('ABC', 7)).toBe(shardOf('abc', 7));
  });

  it('splits detections into disjoint shards whose merged report equals the unsharded one', async () => {
    const root = repo();
    const whole = (await run(settings(root, {}))).result!;
    const shards: RunResult[] = [];
    for (let i = 1; i <= 3; i++) {
      const outcome = await run(settings(root, { shard: { index: i, count: 3 }, jsonFile: `s${i}.json`, sarifFile: `s${i}.sarif` }));
      shards.push(outcome.result!);
    }
    const files = shards.flatMap((s) => s.results.map((r) => r.file));
    expect(files.sort()).toEqual(whole.results.map((r) => r.file).sort());
    expect(new Set(files).size).toBe(files.length);
    expect(shards.filter((s) => s.results.length > 0).length).toBeGreaterThan(1);
    // Duplicate ids and names across shards are still reported, exactly once.
    const merged = mergeRunResults(shards);
    expect(stable(merged)).toEqual(stable(whole));
    const ruleIds = merged.results.flatMap((r) => r.findings.map((f) => f.ruleId));
    expect(ruleIds.filter((id) => id === 'LG5001')).toHaveLength(1);
    expect(ruleIds.filter((id) => id === 'LG5002')).toHaveLength(1);
    // Merging is deterministic: any input order gives the same result.
    expect(stable(mergeRunResults([...shards].reverse()))).toEqual(stable(merged));
  });

  it('lakeguard merge combines JSON reports and SARIF logs, deterministically, with the merged exit code', async () => {
    const root = repo();
    for (let i = 1; i <= 3; i++)
      await run(settings(root, { shard: { index: i, count: 3 }, jsonFile: `s${i}.json`, sarifFile: `s${i}.sarif` }));
    const cwd = process.cwd();
    process.chdir(root);
    let out = '';
    const io = { out: (s: string) => (out += s), err: (s: string) => (out += s) };
    try {
      expect(
        await runCli(['merge', 's1.json', 's2.json', 's3.json', '--json', 'm.json', '--junit', 'm.xml', '--summary', 'm.md'], io),
      ).toBe(1);
      expect(await runCli(['merge', 's3.sarif', 's1.sarif', 's2.sarif', '--sarif', 'a.sarif'], io)).toBe(0);
      expect(await runCli(['merge', 's2.sarif', 's3.sarif', 's1.sarif', '--sarif', 'b.sarif'], io)).toBe(0);
      expect(await runCli(['merge', 's1.json', 's1.json', '--json', 'x.json'], io)).toBe(2);
      expect(out).toContain('appears in more than one report');
      expect(await runCli(['merge', 's1.sarif'], io)).toBe(2);
    } finally {
      process.chdir(cwd);
    }
    const merged = JSON.parse(fs.readFileSync(path.join(root, 'm.json'), 'utf8'));
    expect(merged.results).toHaveLength(12);
    expect(fs.readFileSync(path.join(root, 'm.xml'), 'utf8')).toContain('<testsuites');
    const a = fs.readFileSync(path.join(root, 'a.sarif'), 'utf8');
    expect(fs.readFileSync(path.join(root, 'b.sarif'), 'utf8')).toBe(a);
    const log = JSON.parse(a);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs).toHaveLength(1);
    const findings = merged.results.flatMap((r: RunResult['results'][number]) => r.findings);
    expect(log.runs[0].results).toHaveLength(findings.length);
    for (const result of log.runs[0].results) expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });
});
