import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kqlQueryCheck } from '../../src/checks/kql-query.js';
import { catalogFromConfig } from '../../src/kql/catalog-from-config.js';
import { ConfigError, findConfig, loadConfig, normalizeType } from '../../src/load/config.js';
import { runCheck } from '../helpers.js';

function repo(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeguard-config-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function configError(dir: string): Promise<string> {
  try {
    await loadConfig(path.join(dir, 'lakeguard.yaml'), dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('lakeguard.yaml', () => {
  it('is found at the root and absent otherwise', async () => {
    expect(await findConfig(repo({ 'lakeguard.yaml': 'tables: []\n' }))).toMatch(/lakeguard\.yaml$/);
    expect(await findConfig(repo({ 'other.yaml': '' }))).toBeUndefined();
  });

  it('reads tables in every accepted shape, CustomTables JSON folders, functions and watchlists', async () => {
    const dir = repo({
      'lakeguard.yaml': [
        'failOn: warning',
        'paths: [rules]',
        'tables:',
        '  - path: custom-tables',
        '  - name: Map_CL',
        '    columns: { TimeGenerated: datetime, User_s: String }',
        '  - name: List_CL',
        '    columns: [[TimeGenerated, datetime], {name: Count_d, type: Double}]',
        '  - name: Text_CL',
        '    columns: "(TimeGenerated:datetime, [\'Odd name\']:string)"',
        'functions:',
        '  - name: _Im_Dns',
        '    parameters: (starttime:datetime=datetime(null))',
        '    columns: { DnsQuery: string }',
        '  - name: MyParser',
        '    body: Map_CL | project User_s',
        'watchlists:',
        '  - alias: VIP',
        '    columns: { UPN: string }',
        '',
      ].join('\n'),
      'custom-tables/Json_CL.json': JSON.stringify({
        Name: 'Json_CL',
        Properties: [
          { Name: 'TimeGenerated', Type: 'DateTime' },
          { Name: 'Flag_b', Type: 'Boolean' },
        ],
      }),
    });
    const config = await loadConfig(path.join(dir, 'lakeguard.yaml'), dir);
    expect(config.failOn).toBe('warning');
    expect(config.paths).toEqual(['rules']);
    expect(config.tables.map((t) => t.name)).toEqual(['Json_CL', 'Map_CL', 'List_CL', 'Text_CL']);
    expect(config.tables[0]!.columns).toEqual([
      ['TimeGenerated', 'datetime'],
      ['Flag_b', 'bool'],
    ]);
    expect(config.tables[2]!.columns).toEqual([
      ['TimeGenerated', 'datetime'],
      ['Count_d', 'real'],
    ]);
    expect(config.tables[3]!.columns).toEqual([
      ['TimeGenerated', 'datetime'],
      ['Odd name', 'string'],
    ]);
    const catalog = catalogFromConfig(config);
    const rule = (q: string) => `id: x\nname: y\nquery: |\n  ${q}\n`;
    expect(
      runCheck(kqlQueryCheck, rule("Json_CL | where Flag_b | join (Text_CL) on TimeGenerated | project ['Odd name']"), catalog),
    ).toEqual([]);
    expect(runCheck(kqlQueryCheck, rule("MyParser | join (_GetWatchlist('VIP')) on $left.User_s == $right.UPN"), catalog)).toEqual([]);
  });

  it('reports problems with file, line and column', async () => {
    expect(await configError(repo({ 'lakeguard.yaml': 'tables:\n  - name: X_CL\n    columns: { A: strin }\n' }))).toMatch(
      /^lakeguard\.yaml:3:\d+: column 'A' has unknown type 'strin'/,
    );
    expect(await configError(repo({ 'lakeguard.yaml': 'tabels: []\n' }))).toMatch(/^lakeguard\.yaml:1:1: unknown key 'tabels'/);
    expect(await configError(repo({ 'lakeguard.yaml': 'tables:\n  - path: nowhere\n' }))).toMatch(
      /^lakeguard\.yaml:2:\d+: 'nowhere' does not exist/,
    );
    expect(await configError(repo({ 'lakeguard.yaml': 'failOn: sometimes\n' }))).toMatch(/^lakeguard\.yaml:1:9: failOn must be/);
    expect(await configError(repo({ 'lakeguard.yaml': 'tables: [\n' }))).toMatch(/^lakeguard\.yaml:\d+:\d+: YAML syntax error/);
    expect(await configError(repo({ 'lakeguard.yaml': 'tables:\n  - path: t.json\n', 't.json': '{"Name": 1}' }))).toMatch(
      /t\.json: expected \{"Name"/,
    );
  });

  it('reads the lake: defaults of lakeguard run, and reports bad ones with their position', async () => {
    const dir = repo({ 'lakeguard.yaml': 'lake:\n  database: ws-1234\n  tenantId: t\n  concurrency: 8\n' });
    expect((await loadConfig(path.join(dir, 'lakeguard.yaml'), dir)).lake).toEqual({ database: 'ws-1234', tenantId: 't', concurrency: 8 });
    expect(await configError(repo({ 'lakeguard.yaml': 'lake:\n  databse: x\n' }))).toMatch(
      /^lakeguard\.yaml:2:3: unknown key 'databse'\. Did you mean 'database'\?/,
    );
    expect(await configError(repo({ 'lakeguard.yaml': 'lake:\n  concurrency: 100\n' }))).toMatch(
      /^lakeguard\.yaml:2:16: concurrency must be a whole number from 1 to 64/,
    );
    expect(await configError(repo({ 'lakeguard.yaml': 'lake: [x]\n' }))).toMatch(/^lakeguard\.yaml:1:7: lake must be a mapping/);
  });

  it('reads the deploy: defaults of lakeguard deploy and drift, and reports bad ones with their position', async () => {
    const dir = repo({ 'lakeguard.yaml': 'deploy:\n  subscriptionId: sub\n  resourceGroup: rg\n  workspace: ws\n  repository: o/r\n' });
    expect((await loadConfig(path.join(dir, 'lakeguard.yaml'), dir)).deploy).toEqual({
      subscriptionId: 'sub',
      resourceGroup: 'rg',
      workspace: 'ws',
      repository: 'o/r',
    });
    expect(await configError(repo({ 'lakeguard.yaml': 'deploy:\n  workspce: x\n' }))).toMatch(
      /^lakeguard\.yaml:2:3: unknown key 'workspce'\. Did you mean 'workspace'\?/,
    );
    expect(await configError(repo({ 'lakeguard.yaml': 'deploy:\n  workspace: 3\n' }))).toMatch(
      /^lakeguard\.yaml:2:14: workspace must be text/,
    );
    expect(await configError(repo({ 'lakeguard.yaml': 'deploy: [x]\n' }))).toMatch(/^lakeguard\.yaml:1:9: deploy must be a mapping/);
  });

  it('normalizes type names from CustomTables JSON', () => {
    expect(['String', 'DateTime', 'Double', 'Boolean', 'Int', 'Long', 'Guid', 'Dynamic', 'TimeSpan'].map(normalizeType)).toEqual([
      'string',
      'datetime',
      'real',
      'bool',
      'int',
      'long',
      'guid',
      'dynamic',
      'timespan',
    ]);
    expect(normalizeType('varchar')).toBeUndefined();
  });
});
