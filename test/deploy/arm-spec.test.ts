/**
 * Every body `deploy` PUTs validates against the published 2024-09-01
 * specification of the resources (bundled subset, see test/fixtures/README.md),
 * and the semantic comparison's rules hold.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/index.js';
import { parseCommandArgs } from '../../src/commands/parse.js';
import type { DeploySettings } from '../../src/commands/deploy.js';
import { diffProperties } from '../../src/deploy/compare.js';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/server.js';
import spec from '../fixtures/azure-specs/securityinsights-2024-09-01.json' with { type: 'json' };

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const TOKEN = 'arm-spec-token-abcdef';
let emulator: RunningEmulator;
let root: string;
const puts: { path: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  emulator = await startEmulator({
    token: TOKEN,
    warmUp: false,
    management: {
      faults: (r) => {
        if (r.method === 'PUT') puts.push({ path: r.path, body: r.body as Record<string, unknown> });
        return undefined;
      },
    },
  });
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'lakeguard-spec-'));
  await fs.cp(path.resolve(__dirname, '../../detections'), path.join(root, 'detections'), { recursive: true });
});

afterAll(async () => {
  await emulator.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('bodies against the 2024-09-01 specification', () => {
  it('every PUT of a first deploy validates', async () => {
    const command = COMMANDS.get('deploy')!;
    const args = ['--subscription-id', 's', '--resource-group', 'rg', '--workspace', 'w', '--arm-endpoint', emulator.url, '--no-config'];
    const { values, positionals } = parseCommandArgs(command, args);
    const settings = command.settings(values, positionals, {
      kind: 'cli',
      root,
      env: { LAKEGUARD_ARM_TOKEN: TOKEN, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f00' },
      isTty: false,
    }) as DeploySettings;
    const outcome = await command.run(settings, { out: () => {}, err: () => {} });
    expect(outcome.exitCode).toBe(0);
    expect(puts).toHaveLength(14);
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
    const rule = ajv.compile(spec.ScheduledAlertRuleProperties);
    const meta = ajv.compile(spec.MetadataProperties);
    for (const put of puts) {
      if (/\/alertRules\//i.test(put.path)) {
        expect(spec.AlertRuleKinds).toContain(put.body.kind);
        expect(rule(put.body.properties), `${put.path}: ${ajv.errorsText(rule.errors)}`).toBe(true);
      } else {
        expect(meta(put.body.properties), `${put.path}: ${ajv.errorsText(meta.errors)}`).toBe(true);
      }
    }
  });

  it('the schema catches a key the API does not have', () => {
    const ajv = addFormats(new Ajv({ strict: false }));
    const rule = ajv.compile(spec.ScheduledAlertRuleProperties);
    const body = (puts.find((p) => /\/alertRules\//i.test(p.path))!.body.properties ?? {}) as Record<string, unknown>;
    expect(rule({ ...body, subTechniques: ['T1110.001'] })).toBe(false);
  });
});

describe('semantic comparison', () => {
  it('durations as durations, tactics as sets, absent equals default', () => {
    expect(
      diffProperties(
        { queryFrequency: 'PT1H', tactics: ['A', 'B'], suppressionEnabled: false, techniques: [] },
        { queryFrequency: 'PT60M', tactics: ['B', 'A'] },
      ),
    ).toEqual([]);
    expect(diffProperties({ queryFrequency: 'PT1H' }, { queryFrequency: 'PT2H' })).toHaveLength(1);
    expect(diffProperties({ tactics: ['A', 'B'] }, { tactics: ['A'] })).toHaveLength(1);
    expect(diffProperties({ enabled: true }, {})).toHaveLength(1);
    expect(diffProperties({ enabled: true }, { enabled: false })).toHaveLength(1);
    expect(diffProperties({ query: 'T | take 1' }, { query: 'T | take 2', lastModifiedUtc: 'x' })).toEqual([
      { path: ['query'], wanted: 'T | take 1', deployed: 'T | take 2' },
    ]);
    expect(
      diffProperties(
        { incidentConfiguration: { groupingConfiguration: { lookbackDuration: 'PT5H' } } },
        { incidentConfiguration: { groupingConfiguration: { lookbackDuration: 'PT300M' } } },
      ),
    ).toEqual([]);
    expect(diffProperties({ entityMappings: [{ entityType: 'Account' }] }, { entityMappings: [{ entityType: 'Host' }] })[0]!.path).toEqual([
      'entityMappings',
    ]);
  });
});
