/**
 * GitHub OIDC → Entra ID over real loopback servers: the fake GitHub OIDC
 * endpoint (http) issues JWTs, the fake Entra authority (https, test CA
 * trusted through the undici dispatcher MSAL's network client uses) checks
 * and answers token requests.
 */
import * as actionsCore from '@actions/core';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthError, createTokenProvider, type ActionsCore, type TokenProvider } from '../../src/lake/auth/index.js';
import {
  hasOpenssl,
  makeTestCertificates,
  startFakeEntra,
  startFakeGitHubOidc,
  type FakeEntra,
  type FakeGitHubOidc,
} from './auth-servers.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '99999999-8888-4777-8666-555555555555';

describe.skipIf(!hasOpenssl())('GitHub OIDC token provider', () => {
  let entra: FakeEntra;
  let github: FakeGitHubOidc;
  let dispatcher: Agent;
  let masked: string[];
  let core: ActionsCore;

  beforeAll(async () => {
    const certificates = makeTestCertificates();
    entra = await startFakeEntra(certificates);
    github = await startFakeGitHubOidc();
    dispatcher = new Agent({ connect: { ca: certificates.ca } });
  });
  afterAll(async () => {
    await dispatcher.close();
    await entra.close();
    await github.close();
  });
  beforeEach(() => {
    entra.tokenRequests.length = 0;
    entra.issuedAccessTokens.length = 0;
    entra.expiresIn = 3600;
    entra.answer = undefined;
    github.issued.length = 0;
    github.audiences.length = 0;
    github.claims = {};
    github.failWith = undefined;
    masked = [];
    // The real @actions/core reads the request URL/token from process.env.
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', github.requestUrl);
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', github.requestToken);
    // core.getIDToken masks the JWT itself by printing ::add-mask::; keep that out of the test log.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    core = { getIDToken: (audience) => actionsCore.getIDToken(audience), setSecret: (secret) => void masked.push(secret) };
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function oidcEnv(): Record<string, string | undefined> {
    return { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken };
  }

  function provider(settings: { audience?: string; scope?: string } = {}): TokenProvider {
    const created = createTokenProvider(
      { tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost, ...settings },
      oidcEnv(),
      core,
      {
        dispatcher,
      },
    );
    if (created.kind === 'none') throw new Error(created.message);
    return created;
  }

  it('sends the fresh GitHub JWT as the client assertion and returns the access token', async () => {
    const auth = provider();
    expect(auth.kind).toBe('github-oidc');
    const token = await auth.getToken();

    expect(github.audiences).toEqual(['api://AzureADTokenExchange']);
    expect(entra.tokenRequests).toHaveLength(1);
    const form = entra.tokenRequests[0]!.form;
    expect(entra.tokenRequests[0]!.tenant).toBe(TENANT);
    expect(form.get('client_assertion')).toBe(github.issued[0]);
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe(CLIENT);
    expect(form.get('scope')).toBe('4500ebfb-89b6-4b14-a480-7f749797bfcd/.default');
    expect(token).toBe(entra.issuedAccessTokens[0]);
    expect(masked).toEqual(expect.arrayContaining([github.issued[0], token]));
    // The private host was trusted as a known authority: MSAL read its tenant metadata.
    expect(entra.metadataRequests).toContain(TENANT);
  });

  it('requests the configured audience and scope', async () => {
    const auth = provider({ audience: 'api://AzureADTokenExchangeUSGov', scope: 'https://example.kusto.windows.net/.default' });
    await auth.getToken();
    expect(github.audiences).toEqual(['api://AzureADTokenExchangeUSGov']);
    expect(entra.tokenRequests[0]!.form.get('scope')).toBe('https://example.kusto.windows.net/.default');
  });

  it("serves later requests from MSAL's cache while the token is fresh", async () => {
    const auth = provider();
    const first = await auth.getToken();
    const second = await auth.getToken();
    expect(second).toBe(first);
    expect(github.issued).toHaveLength(1);
    expect(entra.tokenRequests).toHaveLength(1);
  });

  it('fetches a fresh GitHub token for each token request once the cached one is near expiry', async () => {
    // 60 s is inside MSAL's 5-minute renewal window: every request goes back to Entra.
    entra.expiresIn = 60;
    const auth = provider();
    const first = await auth.getToken();
    const second = await auth.getToken();
    expect(second).not.toBe(first);
    expect(github.issued).toHaveLength(2);
    expect(github.issued[0]).not.toBe(github.issued[1]);
    expect(entra.tokenRequests.map((r) => r.form.get('client_assertion'))).toEqual(github.issued);
  });

  it('forceRefresh bypasses the cache and sends a new assertion', async () => {
    const auth = provider();
    await auth.getToken();
    await auth.getToken({ forceRefresh: true });
    expect(github.issued).toHaveLength(2);
    expect(entra.tokenRequests[1]!.form.get('client_assertion')).toBe(github.issued[1]);
  });

  it('shares one token request among concurrent callers', async () => {
    const auth = provider();
    const tokens = await Promise.all(Array.from({ length: 6 }, () => auth.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(github.issued).toHaveLength(1);
    expect(entra.tokenRequests).toHaveLength(1);
  });

  it('explains a refusal of the OIDC endpoint without the request token', async () => {
    github.failWith = 403;
    const auth = provider();
    const error = await auth.getToken().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).failure).toBe('github-oidc');
    expect((error as AuthError).message).toMatch(/GitHub's OIDC endpoint gave no token for audience api:\/\/AzureADTokenExchange/);
    expect((error as AuthError).message).toMatch(/Failed to get ID Token\. Error Code : 403 /);
    expect((error as AuthError).message).not.toMatch(/[\r\n]/);
    expect((error as AuthError).message).not.toContain(github.requestToken);
    expect(entra.tokenRequests).toHaveLength(0);
  });

  it('masks every GitHub token and access token it handles', async () => {
    entra.expiresIn = 60;
    const auth = provider();
    for (let i = 0; i < 3; i++) await auth.getToken();
    expect(github.issued).toHaveLength(3);
    expect(entra.issuedAccessTokens).toHaveLength(3);
    for (const secret of [...github.issued, ...entra.issuedAccessTokens]) expect(masked).toContain(secret);
    // Each value is handed to setSecret once, however often it is used.
    expect(new Set(masked).size).toBe(masked.length);
  });

  it('without an injected core, uses @actions/core: the runner is told to mask each token (::add-mask::)', async () => {
    const written: string[] = [];
    vi.mocked(process.stdout.write).mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const created = createTokenProvider({ tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost }, oidcEnv(), undefined, {
      dispatcher,
    });
    if (created.kind === 'none') throw new Error(created.message);
    const token = await created.getToken();
    const output = written.join('');
    expect(output).toContain(`::add-mask::${github.issued[0]}`);
    expect(output).toContain(`::add-mask::${token}`);
  });

  it('describes the method without any secret', async () => {
    const auth = provider();
    const token = await auth.getToken();
    const description = auth.describe();
    expect(description).toContain('GitHub OIDC (audience api://AzureADTokenExchange)');
    expect(description).toContain(CLIENT);
    for (const secret of [token, github.issued[0]!, github.requestToken]) expect(description).not.toContain(secret);
  });
});
