/**
 * Repository-shipped functions (`functions: - path:`), dynamic-schema tables and
 * ASIM parameters, on a small hand-written Azure-Sentinel-shaped repository
 * (test/fixtures/sentinel-repo).
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type RepoConfig } from '../../src/load/config.js';
import { readFunctionFiles } from '../../src/load/function-files.js';
import type { RunResult } from '../../src/model/result.js';
import { validateDetections } from '../../src/pipeline/validate.js';
import { runDetections } from '../../src/commands/detections.js';

const root = path.resolve(__dirname, '../fixtures/sentinel-repo');
const rules = 'Solutions/Contoso/Analytic Rules';

let config: RepoConfig;
let result: RunResult;

const of = (file: string) => {
  const r = result.results.find((x) => x.file === file);
  if (!r) throw new Error(`no result for ${file}: ${result.results.map((x) => x.file).join(', ')}`);
  return r;
};
const brief = (file: string) => of(file).findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);

beforeAll(async () => {
  config = await loadConfig(path.join(root, 'lakeguard.yaml'), root);
  result = (await validateDetections({ paths: [rules], root, config, jobs: 1 })).result;
});

describe('function files in lakeguard.yaml', () => {
  it('reads parser YAML (name and alias), CustomFunctions JSON and keeps inline functions', () => {
    const byName = new Map(config.functions.map((f) => [f.name, f]));
    expect([...byName.keys()].sort()).toEqual(['ContosoAudit', 'ContosoAuditData', 'ContosoBroken', 'ContosoSignins', 'InlineLookup']);
    expect(byName.get('ContosoAuditData')!.parameters).toBe("(actionfilter:string='*')");
    expect(byName.get('ContosoAuditData')!.query).toMatch(/^ContosoAudit_CL/);
    expect(byName.get('ContosoAuditData')!.source).toMatchObject({
      file: 'Solutions/Contoso/Parsers/ContosoAuditData.yaml',
      queryKey: 'FunctionQuery',
    });
    // JSON result columns: types normalized, a column listed twice keeps its first type.
    expect(byName.get('ContosoSignins')!.columns).toEqual([
      ['TimeGenerated', 'datetime'],
      ['UserName', 'string'],
      ['SrcIp', 'string'],
      ['Attempts', 'int'],
    ]);
    expect(byName.get('InlineLookup')!.columns).toEqual([
      ['Key', 'string'],
      ['Value', 'long'],
    ]);
  });

  it('a rule calling a repository parser is checked against the columns the parser outputs', () => {
    expect(of(`${rules}/ContosoRepoDestroyed.yaml`).findings).toEqual([]);
    expect(of(`${rules}/ContosoSigninBurst.yaml`).findings).toEqual([]);
  });

  it('mapping an entity to a column the parser does not output is an error at the mapping line', () => {
    const findings = of(`${rules}/ContosoAliasBadEntity.yaml`).findings;
    expect(brief(`${rules}/ContosoAliasBadEntity.yaml`)).toEqual(['LG3001@21:21']);
    expect(findings[0]!.level).toBe('error');
    expect(findings[0]!.message).toContain("'ActorName'");
    expect(findings[0]!.message).toContain('TimeGenerated, Actor, Repository');
  });

  it('a parser that does not bind is an error on its own file and line; rules using it name it', () => {
    const broken = of('Solutions/Contoso/Parsers/ContosoBroken.yaml');
    expect(broken.status).toBe('failed');
    expect(brief('Solutions/Contoso/Parsers/ContosoBroken.yaml')).toEqual(['LG2008@6:34']);
    expect(broken.findings[0]!.message).toMatch(/Function 'ContosoBroken' does not bind.*'ActorName'/);
    const user = of(`${rules}/ContosoUsesBroken.yaml`);
    expect(user.findings.map((f) => [f.ruleId, f.level])).toEqual([['LG2009', 'warning']]);
    expect(user.findings[0]!.message).toContain("Function 'ContosoBroken' (Solutions/Contoso/Parsers/ContosoBroken.yaml) is unusable");
    expect(user.findings[0]!.line).toBe(14);
  });

  it('a parser file with an unreadable parameter is a finding at that parameter; other YAML is skipped', () => {
    expect(brief('Solutions/Contoso/Parsers/BadParams.yaml')).toEqual(['LG2008@3:5']);
    expect(of('Solutions/Contoso/Parsers/BadParams.yaml').findings[0]!.message).toContain("unknown type 'timestamp'");
    expect(result.results.some((r) => r.file.endsWith('NotAParser.yaml'))).toBe(false);
    expect(result.results.some((r) => r.file.endsWith('ContosoAuditData.yaml'))).toBe(false);
  });

  it('reports function files once per run: first shard only, and in a pull request only when they changed', async () => {
    const files = (r: RunResult) => r.results.map((x) => x.file).filter((f) => f.includes('/Parsers/'));
    const second = await validateDetections({ paths: [rules], root, config, jobs: 1, selection: { shard: { index: 2, count: 2 } } });
    expect(files(second.result)).toEqual([]);
    const first = await validateDetections({ paths: [rules], root, config, jobs: 1, selection: { shard: { index: 1, count: 2 } } });
    expect(files(first.result)).toHaveLength(2);
    const pr = await validateDetections({
      paths: [rules],
      root,
      config,
      jobs: 1,
      selection: { changed: new Set(['Solutions/Contoso/Parsers/ContosoBroken.yaml']) },
    });
    expect(files(pr.result)).toEqual(['Solutions/Contoso/Parsers/ContosoBroken.yaml']);
    // The rules that call a changed parser are checked again; the others are not.
    expect(pr.result.results.filter((r) => !r.file.includes('/Parsers/')).map((r) => r.file)).toEqual([`${rules}/ContosoUsesBroken.yaml`]);
  });

  it('does not check parser files as detections when PATH includes them', async () => {
    const all = (await validateDetections({ paths: ['Solutions'], root, config, jobs: 1 })).result;
    const parsers = all.results.filter((r) => r.file.includes('/Parsers/'));
    expect(parsers.map((r) => [r.file, r.findings.map((f) => f.ruleId)])).toEqual([
      ['Solutions/Contoso/Parsers/BadParams.yaml', ['LG2008']],
      ['Solutions/Contoso/Parsers/ContosoBroken.yaml', ['LG2008']],
    ]);
  });

  it('a missing function path stops the run with the config position', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lg-fn-'));
    await fs.writeFile(path.join(dir, 'lakeguard.yaml'), 'functions:\n  - path: Nowhere/\n');
    await expect(loadConfig(path.join(dir, 'lakeguard.yaml'), dir)).rejects.toThrow(/lakeguard\.yaml:2:11: 'Nowhere\/' does not exist/);
  });

  it('reads a broken YAML parser as a finding, not a crash', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lg-fn-'));
    await fs.writeFile(path.join(dir, 'Bad.yaml'), 'FunctionName: X\nFunctionQuery: |\n  T\n bad: [\n');
    const files = await readFunctionFiles(dir, dir);
    expect(files!.functions).toEqual([]);
    expect(files!.findings).toHaveLength(1);
    expect(files!.findings[0]).toMatchObject({ file: 'Bad.yaml' });
  });
});

describe('Microsoft content shapes on the fixture repository', () => {
  it('a WAF rule on AzureDiagnostics suffixed columns validates, with notes naming the assumptions', () => {
    const waf = of(`${rules}/WafBlockedBurst.yaml`);
    expect(waf.status).toBe('passed');
    expect(waf.findings.map((f) => `${f.ruleId}:${f.level}`)).toEqual(['LG2007:note', 'LG2007:note']);
    expect(waf.findings.map((f) => /'([^']+)'/.exec(f.message)![1])).toEqual(['anomalyScore_d', 'hostname_s']);
  });

  it('a typo in a column the catalog knows still fails', () => {
    const typo = of(`${rules}/WafTypo.yaml`);
    expect(typo.status).toBe('failed');
    expect(typo.findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId}@${f.line}:${f.column}`)).toEqual(['LG2002@15:11']);
  });

  it('an ASIM rule with filtering parameters validates', () => {
    expect(of(`${rules}/AsimNxdomain.yaml`).findings).toEqual([]);
  });

  it('offline tests run on both: rows of AzureDiagnostics with suffixed columns, rows supplied for a repository parser', async () => {
    const outcome = await runDetections({
      command: 'test',
      paths: [],
      root,
      cache: false,
      color: false,
      debug: false,
      format: 'none',
      jobs: 1,
    });
    const tests = new Map(
      outcome.result!.results.map((r) => [r.file, r.tests.map((t) => `${t.status}${t.message ? `: ${t.message}` : ''}`)]),
    );
    // anomalyScore_d is in the query but not in the rows: it reads as null.
    expect(tests.get(`${rules}/WafBlockedBurst.yaml`)).toEqual(['passed']);
    expect(tests.get(`${rules}/ContosoRepoDestroyed.yaml`)).toEqual(['passed']);
  });
});
