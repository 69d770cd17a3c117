/**
 * The bundled action in its three uses, run as GitHub runs it (Node 24, a copy
 * of dist/ without node_modules, INPUT_* variables, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files) against real loopback services:
 *   1. pull requests: `test` on the detections a pull request changes;
 *   2. nightly hunts: `run` through GitHub OIDC → Entra ID → the lake emulator;
 *   3. release gates: `run` with `gate: true`, and `export` of ARM templates;
 * and the fallback of `run` to `test` when the job has no OIDC token (forks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/index.js';
import {
  buildJwt,
  hasOpenssl,
  makeTestCertificates,
  startFakeEntra,
  startFakeGitHubOidc,
  type FakeEntra,
  type FakeGitHubOidc,
} from '../lake/auth-servers.js';
import {
  copyBundle,
  copyDetections,
  git,
  pullRequestEvent,
  runBundledAction,
  startFakeGitHubApi,
  type ActionRun,
} from './action-harness.js';

const BRUTE = 'brute-force-signin';
const DUMPING = 'credential-dumping-tools';
const COUNTRY = 'unusual-signin-country';
const BRUTE_ID = '235bb2d5-d064-4bd6-afc8-be01ad36369c';
const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '99999999-8888-4777-8666-555555555555';
const DATABASE = 'contoso-ws-00000000-0000-4000-8000-000000000001';

let work: string;

beforeAll(() => {
  work = copyBundle();
});
afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

function sarifRuleIds(file: string): string[] {
  const sarif = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
  expect(sarif.version).toBe('2.1.0');
  return sarif.runs.flatMap((run) => run.results.map((r) => r.ruleId));
}

/** No secret (nor the payload or signature of a JWT one) in the output, apart from the runner's ::add-mask:: commands. */
function expectNoSecrets(run: ActionRun, secrets: string[], files: string[]): void {
  const places: [string, string][] = [
    [
      'stdout',
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    ],
    ['stderr', run.stderr],
    ['job summary', run.summary],
    ['GITHUB_OUTPUT', run.outputText],
    ...files.map((file): [string, string] => [file, fs.readFileSync(file, 'utf8')]),
  ];
  for (const secret of secrets) {
    const pieces = [secret, ...secret.split('.').slice(1)].filter((piece) => piece.length >= 16);
    expect(pieces.length).toBeGreaterThan(0);
    for (const [where, text] of places)
      for (const piece of pieces) expect(text.includes(piece), `${where} shows a secret: ${piece.slice(0, 12)}…`).toBe(false);
  }
}

/** The status of a query request to the emulator with this bearer token. */
async function post(endpoint: string, body: unknown, token: string): Promise<number> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

function queryBody(csl: string, db: string): unknown {
  return { csl, db, properties: { Options: { request_readonly: true } } };
}

function report(run: ActionRun): { results: { file: string; status: string; tests: { name: string; status: string }[] }[] } {
  return JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8'));
}

describe('pull request: test on the changed detections', () => {
  let repo: string;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = path.join(work, 'pr-repo');
    fs.mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    copyDetections(repo, [BRUTE, DUMPING, COUNTRY]);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'base');
    base = git(repo, 'rev-parse', 'HEAD');
    // The pull request breaks the first offline test of one detection: it now wants two rows.
    const file = path.join(repo, 'detections', `${BRUTE}.yaml`);
    const text = fs.readFileSync(file, 'utf8');
    const broken = text.replace('rows: { min: 1, max: 1 }', 'rows: { min: 2, max: 2 }');
    expect(broken).not.toBe(text);
    fs.writeFileSync(file, broken);
    git(repo, 'commit', '-q', '-am', 'head');
    head = git(repo, 'rev-parse', 'HEAD');
  });

  it('checks only the changed detection (from git), fails on its failing test, and reports it everywhere', async () => {
    const event = pullRequestEvent(path.join(work, 'pr-event.json'), 7, base, head);
    const run = await runBundledAction({
      work,
      workspace: repo,
      // No github-token: the changed files come from git, as in a clone with fetch-depth 0.
      inputs: { command: 'test', 'sarif-file': 'out/lakeguard.sarif', 'junit-file': 'out/junit.xml' },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Checking detections this pull request changes (1 changed file(s), from git).');
    // The failing test is annotated on its line, and the step fails with a summary line.
    expect(run.stdout).toMatch(
      /^::error title=LG9001[^,]*,file=detections\/brute-force-signin\.yaml,line=\d+,.*Offline test 'fires on twelve wrong passwords from one address' failed: expected at least 2 row\(s\), got 1/m,
    );
    expect(run.stdout).toMatch(/^::error::lakeguard test: 1 failed, 0 could not be checked \(fail-on: error\)\.$/m);
    expect(run.stdout).not.toContain(DUMPING);
    expect(run.stdout).not.toContain(COUNTRY);

    expect(run.outputs).toEqual({
      passed: '0',
      failed: '1',
      errors: '0',
      findings: '0',
      hits: '0',
      'sarif-file': path.join(repo, 'out', 'lakeguard.sarif'),
      'report-file': expect.stringMatching(/runner-temp\/lakeguard-report\.json$/),
    });

    // Only the changed detection was checked.
    const json = report(run);
    expect(json.results.map((r) => r.file)).toEqual([`detections/${BRUTE}.yaml`]);
    expect(json.results[0]!.tests.map((t) => t.status)).toEqual(['failed', 'passed', 'passed']);

    // Job summary: headline, the detection's row with 2 of 3 tests passing, the failed test.
    expect(run.summary).toMatch(/^### ❌ lakeguard test: 1 failed \(of 1 detection\)$/m);
    expect(run.summary).toMatch(
      /^\| ❌ \| Brute force against an Entra ID account from one IP address \| detections\/brute-force-signin\.yaml \| 0 \| 0 \| 2\/3 \|$/m,
    );
    expect(run.summary).toContain('test **fires on twelve wrong passwords from one address** failed: expected at least 2 row(s), got 1');
    expect(run.summary).not.toContain('Credential dumping');

    // SARIF: valid JSON, the failed test as LG9001 on the detection.
    expect(sarifRuleIds(run.outputs['sarif-file']!)).toEqual(['LG9001']);
    // JUnit: one test case per offline test, the failing one with a <failure>.
    const junit = fs.readFileSync(path.join(repo, 'out', 'junit.xml'), 'utf8');
    const testCases = [...junit.matchAll(/<testcase classname="[^"]*" name="test: ([^"]+)"[^>]*?(\/?)>/g)];
    expect(testCases.map((m) => m[1])).toEqual([
      'fires on twelve wrong passwords from one address',
      'counts interactive and non-interactive failures together',
      'quiet on office noise and a slow attempt spread over hours',
    ]);
    expect(testCases.map((m) => m[2])).toEqual(['', '/', '/']);
    expect(junit).toMatch(/name="test: fires on twelve wrong passwords[^>]*>\s*<failure message="expected at least 2 row/);
  });

  it('takes the changed files from the GitHub API when it answers, fixtures included', async () => {
    // The API says only a fixture of another detection changed; git (base...head) would say otherwise.
    const api = await startFakeGitHubApi('o', 'r', 8, [`detections/fixtures/${DUMPING}/attack-DeviceProcessEvents.jsonl`]);
    try {
      const event = pullRequestEvent(path.join(work, 'pr-event-api.json'), 8, base, head);
      const run = await runBundledAction({
        work,
        workspace: repo,
        inputs: { command: 'test', 'github-token': 'ghs_pull_request_token_for_the_api' },
        env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_API_URL: api.url },
      });
      expect(run.stderr).toBe('');
      expect(api.requests).toEqual([
        { method: 'GET', path: '/repos/o/r/pulls/8/files?per_page=100', authorization: 'token ghs_pull_request_token_for_the_api' },
      ]);
      expect(run.stdout).toContain('Checking detections this pull request changes (1 changed file(s), from the GitHub API).');
      expect(run.status).toBe(0);
      expect(run.outputs).toMatchObject({ passed: '1', failed: '0', errors: '0' });
      expect(report(run).results.map((r) => r.file)).toEqual([`detections/${DUMPING}.yaml`]);
      expect(run.summary).toMatch(/^### ✅ lakeguard test/m);
      expect(run.summary).toContain(`detections/${DUMPING}.yaml`);
      expect(run.summary).not.toContain(BRUTE);
      // The token is masked, and otherwise never printed.
      expect(run.stdout.split('\n').filter((l) => l.includes('ghs_pull_request_token'))).toEqual([
        '::add-mask::ghs_pull_request_token_for_the_api',
      ]);
    } finally {
      await api.close();
    }
  });
  it('runs test instead of run on a pull request from a fork, with a notice, on the changed detection', async () => {
    const event = pullRequestEvent(path.join(work, 'pr-event-fork.json'), 9, base, head, 'mallory/r');
    const run = await runBundledAction({
      work,
      workspace: repo,
      // A fork's pull request gets no ACTIONS_ID_TOKEN_* variables from the runner.
      inputs: { command: 'run', 'tenant-id': TENANT, 'client-id': CLIENT, database: DATABASE },
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^::notice::No credentials for the Sentinel data lake: this is a pull request from the fork mallory\/r, and GitHub gives workflows of fork pull requests no OIDC token.* Running 'test' instead \(static checks and offline tests\)\.$/m,
    );
    expect(run.stdout).toContain('::group::lakeguard test');
    // The offline test the pull request broke fails the step.
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error title=LG9001[^,]*,file=detections\/brute-force-signin\.yaml,/m);
    expect(run.stdout).toMatch(/^::error::lakeguard test: 1 failed/m);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '1', errors: '0', hits: '0' });
    expect(report(run).results.map((r) => r.file)).toEqual([`detections/${BRUTE}.yaml`]);
    expect(run.summary).toMatch(/^### ❌ lakeguard test: 1 failed \(of 1 detection\)$/m);
  });
});

describe('release: export of ARM templates', () => {
  it('writes one ARM template per analytic rule and sets the export-dir output', async () => {
    const repo = path.join(work, 'export-repo');
    fs.mkdirSync(repo);
    copyDetections(repo, [BRUTE, DUMPING, COUNTRY]);
    const run = await runBundledAction({ work, workspace: repo, inputs: { command: 'export', 'export-dir': 'out/arm' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 template(s) written to out/arm');
    expect(run.outputs).toEqual({ 'export-dir': path.join(repo, 'out', 'arm') });
    expect(fs.readdirSync(run.outputs['export-dir']!).sort()).toEqual([`${BRUTE}.json`, `${DUMPING}.json`, `${COUNTRY}.json`]);
    const template = JSON.parse(fs.readFileSync(path.join(repo, 'out', 'arm', `${BRUTE}.json`), 'utf8')) as {
      $schema: string;
      resources: { type: string; name: string; kind: string; properties: Record<string, unknown> }[];
    };
    expect(template.$schema).toMatch(/deploymentTemplate\.json#$/);
    expect(template.resources).toHaveLength(1);
    const rule = template.resources[0]!;
    expect(rule.type).toBe('Microsoft.OperationalInsights/workspaces/providers/alertRules');
    expect(rule.kind).toBe('Scheduled');
    expect(rule.name).toContain(BRUTE_ID);
    expect(rule.properties.displayName).toBe('Brute force against an Entra ID account from one IP address');
    expect(rule.properties.query).toContain('| where FailureCount > failureThreshold');
    // lakeguard's own keys stay out of the rule Sentinel receives.
    expect(Object.keys(rule.properties)).not.toEqual(expect.arrayContaining(['tests']));
    expect(Object.keys(rule.properties)).not.toEqual(expect.arrayContaining(['limits']));
  });

  it('fails the step when a detection has errors, and still exports the others', async () => {
    const repo = path.join(work, 'export-broken-repo');
    fs.mkdirSync(repo);
    copyDetections(repo, [BRUTE, DUMPING]);
    const file = path.join(repo, 'detections', `${DUMPING}.yaml`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ {2}DeviceProcessEvents$/m, '  DeviceProcessEvent'));
    const run = await runBundledAction({ work, workspace: repo, inputs: { command: 'export', 'export-dir': 'out/arm' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error::lakeguard export: some detections have errors and were not exported\.$/m);
    expect(run.outputs['export-dir']).toBe(path.join(repo, 'out', 'arm'));
    expect(fs.readdirSync(run.outputs['export-dir']!)).toEqual([`${BRUTE}.json`]);
  });
});

/** Sign-in rows over the last half hour: alice and bob are brute-forced, carol signs in once. */
function liveSigninLogs(now: number): string {
  const rows: object[] = [];
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  const failure = { ResultType: '50126', AppDisplayName: 'OfficeHome' };
  for (let i = 0; i < 12; i++)
    rows.push({ TimeGenerated: at(30 - i), UserPrincipalName: 'alice@contoso.com', IPAddress: '203.0.113.7', ...failure });
  for (let i = 0; i < 11; i++)
    rows.push({ TimeGenerated: at(25 - i), UserPrincipalName: 'bob@contoso.com', IPAddress: '198.51.100.20', ...failure });
  rows.push({
    TimeGenerated: at(5),
    UserPrincipalName: 'carol@contoso.com',
    IPAddress: '198.51.100.13',
    ResultType: '0',
    AppDisplayName: 'OfficeHome',
    Location: 'US',
  });
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

describe.skipIf(!hasOpenssl())('live runs: GitHub OIDC → Entra ID → lake emulator', () => {
  let repo: string;
  let github: FakeGitHubOidc;
  let entra: FakeEntra;
  let emulator: RunningEmulator;
  let caFile: string;
  /** The access token the fake Entra issues, the only one the emulator accepts. */
  const accessToken = buildJwt({ aud: 'https://api.securityplatform.microsoft.com', tid: TENANT, appid: CLIENT });

  beforeAll(async () => {
    repo = path.join(work, 'live-repo');
    fs.mkdirSync(repo);
    copyDetections(repo, [BRUTE, DUMPING, COUNTRY]);
    // An alert-volume budget of one row: two brute-forced accounts break it.
    const file = path.join(repo, 'detections', `${BRUTE}.yaml`);
    fs.appendFileSync(file, '\nexpect:\n  rows: { max: 1 }\n');
    const data = path.join(work, 'lake-data');
    fs.mkdirSync(data);
    fs.writeFileSync(path.join(data, 'SigninLogs.jsonl'), liveSigninLogs(Date.now()));

    const certificates = makeTestCertificates();
    caFile = path.join(work, 'test-ca.pem');
    fs.writeFileSync(caFile, certificates.ca);
    github = await startFakeGitHubOidc();
    entra = await startFakeEntra(certificates);
    entra.answer = () => ({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: accessToken },
    });
    emulator = await startEmulator({ data: [data], token: accessToken, database: DATABASE });
  });
  afterAll(async () => {
    await emulator?.close();
    await entra?.close();
    await github?.close();
  });

  function liveRun(inputs: Record<string, string>): Promise<ActionRun> {
    github.issued.length = 0;
    github.audiences.length = 0;
    entra.tokenRequests.length = 0;
    return runBundledAction({
      work,
      workspace: repo,
      inputs: {
        command: 'run',
        'tenant-id': TENANT,
        'client-id': CLIENT,
        database: DATABASE,
        endpoint: emulator.endpoint,
        'authority-host': entra.authorityHost,
        ...inputs,
      },
      env: {
        GITHUB_EVENT_NAME: 'schedule',
        ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
        NODE_EXTRA_CA_CERTS: caFile,
      },
    });
  }

  it('hunts: signs in through GitHub OIDC, queries the lake, reports what fired, and leaks no token', async () => {
    const requestsBefore = emulator.requests;
    const run = await liveRun({ 'sarif-file': 'out/hunt.sarif', 'junit-file': 'out/hunt.xml' });

    // The chain: the runner's OIDC endpoint for the Entra audience, Entra with that JWT, the lake with Entra's token.
    expect(github.audiences).toEqual(['api://AzureADTokenExchange']);
    expect(github.issued).toHaveLength(1);
    expect(entra.tokenRequests).toHaveLength(1);
    const { tenant, form } = entra.tokenRequests[0]!;
    expect(tenant).toBe(TENANT);
    expect(form.get('client_id')).toBe(CLIENT);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(form.get('client_assertion')).toBe(github.issued[0]);
    expect(form.get('scope')).toBe('4500ebfb-89b6-4b14-a480-7f749797bfcd/.default');
    // One query per detection, each accepted by the emulator, which takes only Entra's token for this database.
    expect(emulator.requests - requestsBefore).toBe(3);
    expect(await post(emulator.endpoint, queryBody('print 1', DATABASE), 'not-the-issued-token')).toBe(401);
    expect(await post(emulator.endpoint, queryBody('print 1', DATABASE), accessToken)).toBe(200);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('● detections/brute-force-signin.yaml: fired, 2 row(s)');
    expect(run.stdout).toContain('○ detections/credential-dumping-tools.yaml: quiet, 0 row(s)');
    expect(run.stdout).toContain('○ detections/unusual-signin-country.yaml: quiet, 0 row(s)');
    // In a hunt the broken budget is a warning: reported, not failing.
    expect(run.stdout).toMatch(
      /^::warning title=LG8003[^,]*,file=detections\/brute-force-signin\.yaml,line=\d+.*above the budget of 1\.$/m,
    );
    expect(run.stdout).not.toMatch(/^::error/m);
    expect(run.outputs).toMatchObject({ passed: '3', failed: '0', errors: '0', findings: '1', hits: '1' });

    expect(run.summary).toMatch(/^### ⚠️ lakeguard run: 3 detections passed, 1 warning$/m);
    expect(run.summary).toMatch(
      /^\| ✅ \| Brute force against an Entra ID account from one IP address \| detections\/brute-force-signin\.yaml \| 0 \| 1 \| — \| 🔔 fired · 2 rows · \d+\.\d s \|$/mu,
    );
    expect(run.summary).toMatch(
      /^\| ✅ \| Credential dumping tool or unexpected lsass\.exe process \|.*\| quiet · 0 rows · \d+\.\d s \|$/mu,
    );
    expect(run.summary).toContain('**LG8003** 2 rows over the query period, above the budget of 1.');

    const json = JSON.parse(fs.readFileSync(run.outputs['report-file']!, 'utf8')) as {
      command: string;
      results: { file: string; live?: { fired: boolean; rows: number } }[];
    };
    expect(json.command).toBe('run');
    expect(json.results.map((r) => [r.file, r.live?.fired, r.live?.rows])).toEqual([
      [`detections/${BRUTE}.yaml`, true, 2],
      [`detections/${DUMPING}.yaml`, false, 0],
      [`detections/${COUNTRY}.yaml`, false, 0],
    ]);
    expect(sarifRuleIds(run.outputs['sarif-file']!)).toEqual(['LG8003']);

    // The tokens are masked for the runner (::add-mask::) and appear nowhere else.
    const secrets = [github.requestToken, github.issued[0]!, accessToken];
    const masks = run.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
    expect(masks).toEqual(expect.arrayContaining([`::add-mask::${github.issued[0]}`, `::add-mask::${accessToken}`]));
    expectNoSecrets(run, secrets, [run.outputs['report-file']!, run.outputs['sarif-file']!, path.join(repo, 'out', 'hunt.xml')]);
  });

  it('gates a release: a broken alert-volume budget fails the step', async () => {
    const run = await liveRun({ gate: 'true' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(entra.tokenRequests).toHaveLength(1);
    expect(run.stdout).toMatch(
      /^::error title=LG8003[^,]*,file=detections\/brute-force-signin\.yaml,line=\d+.*2 rows over the query period, above the budget of 1\.$/m,
    );
    expect(run.stdout).toMatch(/^::error::lakeguard run: 1 failed, 0 could not be checked \(fail-on: error\)\.$/m);
    expect(run.outputs).toMatchObject({ passed: '2', failed: '1', errors: '0', findings: '1', hits: '1' });
    expect(run.summary).toMatch(/^### ❌ lakeguard run: 1 failed \(of 3 detections\)$/m);
    expect(run.summary).toMatch(
      /^\| ❌ \| Brute force against an Entra ID account from one IP address \|.*\| 1 \| 0 \| — \| 🔔 fired · 2 rows · \d+\.\d s \|$/mu,
    );
    expect(run.summary).toContain('**LG8003** 2 rows over the query period, above the budget of 1.');
    expectNoSecrets(run, [github.requestToken, github.issued[0]!, accessToken], [run.outputs['report-file']!]);
  });

  it('falls back to test with a notice when the job has no OIDC token', async () => {
    const requestsBefore = emulator.requests;
    entra.tokenRequests.length = 0;
    const run = await runBundledAction({
      work,
      workspace: repo,
      inputs: { command: 'run', 'tenant-id': TENANT, 'client-id': CLIENT, database: DATABASE, endpoint: emulator.endpoint },
      env: { GITHUB_EVENT_NAME: 'schedule' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^::notice::No credentials for the Sentinel data lake: the job has no GitHub OIDC token \(ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN not set\)\. Add `permissions: id-token: write`.* Running 'test' instead \(static checks and offline tests\)\.$/m,
    );
    expect(run.stdout).toContain('::group::lakeguard test');
    expect(entra.tokenRequests).toHaveLength(0);
    expect(emulator.requests).toBe(requestsBefore);
    // Every offline test of the three detections passes.
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ passed: '3', failed: '0', errors: '0', hits: '0' });
    expect(run.summary).toMatch(/^### ✅ lakeguard test/m);
    expect(run.summary).toMatch(/^\| ✅ \| Brute force against an Entra ID account from one IP address \|.*\| 3\/3 \|$/m);
  });
});
