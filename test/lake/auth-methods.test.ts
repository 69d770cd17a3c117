/**
 * The other credentials of the chain and its choices: client secret and
 * federated token file against the https Entra fake (test CA), a ready
 * LAKEGUARD_TOKEN, the order of precedence, the "no credentials" outcome
 * (missing OIDC env, fork pull requests, local use) and configuration errors.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthError, createTokenProvider, type ActionsCore, type TokenProvider } from '../../src/lake/auth/index.js';
import { buildJwt, gitHubClaims, hasOpenssl, makeTestCertificates, startFakeEntra, type FakeEntra } from './auth-servers.js';

const TENANT = 'contoso.onmicrosoft.com';
const CLIENT = '99999999-8888-4777-8666-555555555555';

let masked: string[];
let idTokenRequests: number;
/** A core whose getIDToken must not be reached in these tests. */
const recordingCore = (): ActionsCore => ({
  getIDToken: async () => {
    idTokenRequests++;
    throw new Error('getIDToken should not be called');
  },
  setSecret: (secret) => void masked.push(secret),
});

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'lakeguard-auth-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
beforeEach(() => {
  masked = [];
  idTokenRequests = 0;
});

function expectProvider(created: ReturnType<typeof createTokenProvider>): TokenProvider {
  if (created.kind === 'none') throw new Error(`expected a provider: ${created.message}`);
  return created;
}

describe.skipIf(!hasOpenssl())('client secret and federated token file', () => {
  let entra: FakeEntra;
  let dispatcher: Agent;

  beforeAll(async () => {
    const certificates = makeTestCertificates();
    entra = await startFakeEntra(certificates);
    dispatcher = new Agent({ connect: { ca: certificates.ca } });
  });
  afterAll(async () => {
    await dispatcher.close();
    await entra.close();
  });
  beforeEach(() => {
    entra.tokenRequests.length = 0;
    entra.issuedAccessTokens.length = 0;
    entra.expiresIn = 3600;
    entra.answer = undefined;
  });

  it('client secret: sent as client_secret, masked, and the token cached', async () => {
    const secret = 'Q~secret-for-the-client-secret-test';
    const auth = expectProvider(
      createTokenProvider(
        { authorityHost: entra.authorityHost },
        { AZURE_CLIENT_SECRET: secret, AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT },
        recordingCore(),
        {
          dispatcher,
        },
      ),
    );
    expect(auth.kind).toBe('client-secret');
    expect(masked).toContain(secret);
    const token = await auth.getToken();
    expect(await auth.getToken()).toBe(token);
    expect(entra.tokenRequests).toHaveLength(1);
    const form = entra.tokenRequests[0]!.form;
    expect(entra.tokenRequests[0]!.tenant).toBe(TENANT);
    expect(form.get('client_secret')).toBe(secret);
    expect(form.get('client_id')).toBe(CLIENT);
    expect(form.get('client_assertion')).toBeNull();
    expect(masked).toEqual([secret, token]);
    expect(auth.describe()).toMatch(
      /^client secret \(AZURE_CLIENT_SECRET\) for app 9999.* in tenant contoso\.onmicrosoft\.com at https:\/\/127\.0\.0\.1/,
    );
    expect(auth.describe()).not.toContain(secret);
    expect(idTokenRequests).toBe(0);
  });

  it('federated token file: re-read for every token request', async () => {
    entra.expiresIn = 60; // inside MSAL's renewal window: each getToken asks Entra again
    const file = join(workDir, 'federated-token');
    const first = buildJwt(gitHubClaims({ iss: 'https://oidc.example.test', sub: 'system:serviceaccount:lake:runner' }));
    const second = buildJwt(gitHubClaims({ iss: 'https://oidc.example.test', sub: 'system:serviceaccount:lake:runner' }));
    writeFileSync(file, `${first}\n`);
    const auth = expectProvider(
      createTokenProvider(
        { tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost },
        { AZURE_FEDERATED_TOKEN_FILE: file },
        recordingCore(),
        {
          dispatcher,
        },
      ),
    );
    expect(auth.kind).toBe('federated-token-file');
    await auth.getToken();
    writeFileSync(file, second); // rotated, as Kubernetes does
    await auth.getToken();
    expect(entra.tokenRequests.map((r) => r.form.get('client_assertion'))).toEqual([first, second]);
    expect(masked).toEqual(expect.arrayContaining([first, second, ...entra.issuedAccessTokens]));
    expect(auth.describe()).toContain(`federated token file ${file}`);
  });

  it('federated token file: missing or empty file is a clear error', async () => {
    const missing = join(workDir, 'no-such-token');
    const auth = expectProvider(
      createTokenProvider(
        { tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost },
        { AZURE_FEDERATED_TOKEN_FILE: missing },
        recordingCore(),
        {
          dispatcher,
        },
      ),
    );
    await expect(auth.getToken()).rejects.toMatchObject({
      failure: 'token-file',
      message: `Cannot read AZURE_FEDERATED_TOKEN_FILE ${missing}: ENOENT.`,
    });
    const empty = join(workDir, 'empty-token');
    writeFileSync(empty, '  \n');
    const emptyAuth = expectProvider(
      createTokenProvider(
        { tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost },
        { AZURE_FEDERATED_TOKEN_FILE: empty },
        recordingCore(),
        {
          dispatcher,
        },
      ),
    );
    await expect(emptyAuth.getToken()).rejects.toThrow(/is empty: it must hold the federated token/);
    expect(entra.tokenRequests).toHaveLength(0);
  });
});

describe('LAKEGUARD_TOKEN', () => {
  it('is returned as is, masked, and wins over every other credential', async () => {
    const token = buildJwt({ aud: 'https://api.securityplatform.microsoft.com', exp: Math.floor(Date.now() / 1000) + 3600 });
    const auth = expectProvider(
      createTokenProvider(
        { tenantId: TENANT, clientId: CLIENT },
        {
          LAKEGUARD_TOKEN: `Bearer ${token}`,
          AZURE_CLIENT_SECRET: 'Q~unused-secret',
          AZURE_FEDERATED_TOKEN_FILE: '/nonexistent',
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'unused',
        },
        recordingCore(),
      ),
    );
    expect(auth.kind).toBe('lakeguard-token');
    expect(await auth.getToken()).toBe(token);
    expect(masked).toContain(token);
    expect(masked).not.toContain('Q~unused-secret');
    expect(auth.describe()).toMatch(/^LAKEGUARD_TOKEN \(a ready bearer token\), expires \d{4}-/);
    expect(auth.describe()).not.toContain(token);
    expect(idTokenRequests).toBe(0);
  });

  it('an expired JWT is refused with its expiry, not sent', async () => {
    const token = buildJwt({ exp: 1_700_000_000 });
    const auth = expectProvider(createTokenProvider({}, { LAKEGUARD_TOKEN: token }, recordingCore()));
    const error = await auth.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toBe('LAKEGUARD_TOKEN expired at 2023-11-14T22:13:20.000Z: get a new token and set it again.');
  });

  it('without an injected core: masked through @actions/core only inside GitHub Actions', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      createTokenProvider({}, { LAKEGUARD_TOKEN: 'token-outside-actions-1234' });
      createTokenProvider({}, { LAKEGUARD_TOKEN: 'token-inside-actions-1234', GITHUB_ACTIONS: 'true' });
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain('::add-mask::token-inside-actions-1234');
    expect(written.join('')).not.toContain('token-outside-actions-1234');
  });

  it('an opaque (non-JWT) token is accepted', async () => {
    const auth = expectProvider(createTokenProvider({}, { LAKEGUARD_TOKEN: 'opaque-token-value-1234' }, recordingCore()));
    expect(await auth.getToken()).toBe('opaque-token-value-1234');
    expect(masked).toContain('opaque-token-value-1234');
  });
});

describe('precedence', () => {
  it('client secret before the federated token file before GitHub OIDC', () => {
    const ids = { AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT };
    const oidc = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
    const kind = (env: Record<string, string>) => createTokenProvider({}, { ...ids, ...env }, recordingCore()).kind;
    expect(kind({ AZURE_CLIENT_SECRET: 'Q~s-1234', AZURE_FEDERATED_TOKEN_FILE: '/f', ...oidc })).toBe('client-secret');
    expect(kind({ AZURE_FEDERATED_TOKEN_FILE: '/f', ...oidc })).toBe('federated-token-file');
    expect(kind(oidc)).toBe('github-oidc');
    expect(kind({ AZURE_CLIENT_SECRET: '   ' })).toBe('none');
  });

  it('settings win over AZURE_TENANT_ID / AZURE_CLIENT_ID', () => {
    const auth = expectProvider(
      createTokenProvider(
        { tenantId: 'fabrikam.onmicrosoft.com', clientId: 'from-settings' },
        { AZURE_CLIENT_SECRET: 'Q~s-1234', AZURE_TENANT_ID: TENANT, AZURE_CLIENT_ID: CLIENT },
        recordingCore(),
      ),
    );
    expect(auth.describe()).toContain(
      'for app from-settings in tenant fabrikam.onmicrosoft.com at https://login.microsoftonline.com/fabrikam.onmicrosoft.com',
    );
  });
});

describe('no credentials', () => {
  it('in GitHub Actions without the OIDC env: says to add id-token: write', () => {
    const outcome = createTokenProvider(
      { tenantId: TENANT, clientId: CLIENT },
      { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' },
      recordingCore(),
    );
    expect(outcome.kind).toBe('none');
    if (outcome.kind !== 'none') return;
    expect(outcome.reason).toBe('missing-id-token-permission');
    expect(outcome.message).toContain('ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN not set');
    expect(outcome.message).toContain('Add `permissions: id-token: write`');
  });

  it('names the one missing variable', () => {
    const outcome = createTokenProvider(
      {},
      { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/x' },
      recordingCore(),
    );
    expect(outcome.kind === 'none' && outcome.message).toContain('(ACTIONS_ID_TOKEN_REQUEST_TOKEN not set)');
  });

  it('on a pull request from a fork: says so, from the event payload', () => {
    const payload = join(workDir, 'event.json');
    writeFileSync(
      payload,
      JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'mallory/detections', fork: true } },
          base: { repo: { full_name: 'Contoso/detections' } },
        },
      }),
    );
    const outcome = createTokenProvider(
      {},
      { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payload },
      recordingCore(),
    );
    expect(outcome.kind).toBe('none');
    if (outcome.kind !== 'none') return;
    expect(outcome.reason).toBe('fork-pull-request');
    expect(outcome.message).toContain('pull request from the fork mallory/detections');
    expect(outcome.message).toContain('no OIDC token');
  });

  it('a pull request from a branch of the same repository is not called a fork', () => {
    const payload = join(workDir, 'event-same.json');
    writeFileSync(
      payload,
      JSON.stringify({
        pull_request: { head: { repo: { full_name: 'Contoso/detections' } }, base: { repo: { full_name: 'Contoso/detections' } } },
      }),
    );
    const outcome = createTokenProvider(
      {},
      { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payload },
      recordingCore(),
    );
    expect(outcome.kind === 'none' && outcome.reason).toBe('missing-id-token-permission');
  });

  it('locally: lists the variables that would work', () => {
    const outcome = createTokenProvider({}, {}, recordingCore());
    expect(outcome.kind === 'none' && outcome.reason).toBe('no-credentials');
    expect(outcome.kind === 'none' && outcome.message).toMatch(
      /set LAKEGUARD_TOKEN .* AZURE_CLIENT_SECRET, or AZURE_FEDERATED_TOKEN_FILE, each with AZURE_TENANT_ID and AZURE_CLIENT_ID/,
    );
  });
});

describe('configuration errors', () => {
  const oidc = { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };

  it('OIDC available but no tenant-id / client-id', () => {
    expect(() => createTokenProvider({}, oidc, recordingCore())).toThrow(
      'GitHub OIDC is set but tenant-id (or AZURE_TENANT_ID) and client-id (or AZURE_CLIENT_ID) are missing: both are needed to ask Entra ID for a token.',
    );
  });

  it('names the one missing id', () => {
    expect(() => createTokenProvider({ tenantId: TENANT }, oidc, recordingCore())).toThrow(
      'GitHub OIDC is set but client-id (or AZURE_CLIENT_ID) is missing: both are needed to ask Entra ID for a token.',
    );
  });

  it('a client secret never appears in a configuration error', () => {
    const secret = 'Q~secret-in-config-error-test';
    let message = '';
    try {
      createTokenProvider(
        { tenantId: TENANT, clientId: CLIENT, authorityHost: `http://${secret}@127.0.0.1` },
        { AZURE_CLIENT_SECRET: secret },
        recordingCore(),
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/authority-host must use https/);
    expect(message).not.toContain(secret);
  });

  it('an http authority host is refused', () => {
    expect(() =>
      createTokenProvider({ tenantId: TENANT, clientId: CLIENT, authorityHost: 'http://127.0.0.1:8080' }, oidc, recordingCore()),
    ).toThrow(/authority-host must use https \(got 'http:\/\/127\.0\.0\.1:8080'\)/);
  });
});
