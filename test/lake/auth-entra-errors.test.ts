/**
 * Entra refusals explained: the fake Entra authority (https loopback, test CA)
 * answers token requests with Entra's error JSON; the GitHub token comes from
 * the fake OIDC endpoint. Every message names the AADSTS code and the cause in
 * one line, shows the decoded iss/sub/aud where they matter, and never
 * contains the JWT, the access token, the client secret or the request token.
 */
import * as actionsCore from '@actions/core';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthError, createTokenProvider, type ActionsCore, type TokenProvider } from '../../src/lake/auth/index.js';
import {
  entraError,
  hasOpenssl,
  makeTestCertificates,
  startFakeEntra,
  startFakeGitHubOidc,
  type FakeEntra,
  type FakeGitHubOidc,
} from './auth-servers.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '99999999-8888-4777-8666-555555555555';
const SECRET = 'Q~lakeguard-test-secret-value-0123456789';

/** [code, OAuth error, Entra description, what our line must say] */
const CASES: [number, string, string, RegExp][] = [
  [
    70021,
    'invalid_request',
    'No matching federated identity record found for presented assertion.',
    /no federated credential on app .* matches the presented token/,
  ],
  [
    700213,
    'invalid_client',
    "No matching federated identity record found for presented assertion subject 'repo:Contoso/detections:ref:refs/heads/main'.",
    /matches the token's subject/,
  ],
  [
    700211,
    'invalid_client',
    "No matching federated identity record found for presented assertion issuer 'https://token.actions.githubusercontent.com'.",
    /issuer to exactly 'https:\/\/token\.actions\.githubusercontent\.com'/,
  ],
  [
    7002138,
    'invalid_client',
    'No matching federated identity record found for presented assertion subject. The subject matches with case-insensitive comparison, but not with case-sensitive comparison.',
    /only when case is ignored/,
  ],
  [
    700024,
    'invalid_client',
    'Client assertion is not within its valid time range.',
    /not within its valid time range .*The token expires 20/,
  ],
  [
    700016,
    'unauthorized_client',
    `Application with identifier '${CLIENT}' was not found in the directory 'Contoso'.`,
    new RegExp(`application ${CLIENT} was not found in tenant ${TENANT}: check client-id`),
  ],
  [
    90002,
    'invalid_request',
    `Tenant '${TENANT}' not found.`,
    /tenant .* was not found at https:\/\/127\.0\.0\.1:\d+\/.*check tenant-id, and authority-host/,
  ],
  [
    500011,
    'invalid_resource',
    'The resource principal named 4500ebfb-89b6-4b14-a480-7f749797bfcd was not found in the tenant named Contoso.',
    /not provisioned in tenant .*onboard the Sentinel data lake/,
  ],
];

describe.skipIf(!hasOpenssl())('Entra errors', () => {
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
    entra.answer = undefined;
    entra.tokenRequests.length = 0;
    github.issued.length = 0;
    github.claims = {};
    masked = [];
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_URL', github.requestUrl);
    vi.stubEnv('ACTIONS_ID_TOKEN_REQUEST_TOKEN', github.requestToken);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    core = { getIDToken: (audience) => actionsCore.getIDToken(audience), setSecret: (secret) => void masked.push(secret) };
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  function provider(env: Record<string, string | undefined>): TokenProvider {
    const created = createTokenProvider({ tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost }, env, core, {
      dispatcher,
    });
    if (created.kind === 'none') throw new Error(created.message);
    return created;
  }
  const oidc = () =>
    provider({
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
    });

  async function failure(auth: TokenProvider): Promise<AuthError> {
    const outcome = await auth.getToken().then(
      (token) => new Error(`expected a failure, got a token of ${token.length} chars`),
      (error: unknown) => error,
    );
    if (!(outcome instanceof AuthError)) throw outcome;
    return outcome;
  }

  /** No secret of this run in the message, the stack, the serialized details or String(error). */
  function expectNoSecrets(error: AuthError): void {
    const surfaces = [error.message, String(error), error.stack ?? '', JSON.stringify(error), JSON.stringify(error.details)];
    const secrets = [...github.issued, github.requestToken, SECRET, ...entra.issuedAccessTokens];
    for (const surface of surfaces) {
      for (const secret of secrets) expect(surface).not.toContain(secret);
      expect(surface).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
    }
  }

  it.each(CASES)('AADSTS%s is explained in one line', async (code, oauthError, description, explanation) => {
    entra.answer = () => entraError(code, oauthError, description);
    const error = await failure(oidc());
    expect(error.failure).toBe('entra');
    expect(error.details.aadsts).toBe(code);
    expect(error.message).toMatch(new RegExp(`^Entra ID refused the token request: AADSTS${code}: `));
    expect(error.message).toMatch(explanation);
    expect(error.message).not.toMatch(/[\r\n]/);
    expect(error.message).toContain('correlation id 5f0e6a57-1111-4222-8333-944455556666');
    // The assertion that was refused is the one GitHub just issued.
    expect(entra.tokenRequests[0]!.form.get('client_assertion')).toBe(github.issued[0]);
    expectNoSecrets(error);
  });

  it.each([70021, 700213])('AADSTS%s shows the decoded iss/sub/aud and the subject to configure', async (code) => {
    github.claims = { sub: 'repo:Contoso/detections:environment:lake-prod', environment: 'lake-prod' };
    entra.answer = () => entraError(code, 'invalid_client', 'No matching federated identity record found for presented assertion.');
    const error = await failure(oidc());
    expect(error.message).toContain(
      'Token claims: iss=https://token.actions.githubusercontent.com, sub=repo:Contoso/detections:environment:lake-prod, aud=api://AzureADTokenExchange.',
    );
    expect(error.message).toContain(
      "add a federated credential with subject 'repo:Contoso/detections:environment:lake-prod' (entity type Environment",
    );
    expect(error.details.claims).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:Contoso/detections:environment:lake-prod',
      aud: 'api://AzureADTokenExchange',
    });
    expect(error.details.subject?.kind).toBe('environment');
    expectNoSecrets(error);
  });

  it('an unlisted code passes through with its number and first line', async () => {
    entra.answer = () => entraError(53003, 'invalid_grant', 'Access has been blocked by Conditional Access policies.');
    const error = await failure(oidc());
    expect(error.message).toMatch(
      /^Entra ID refused the token request: AADSTS53003: Access has been blocked by Conditional Access policies\. \(correlation id 5f0e6a57/,
    );
    expect(error.details.aadsts).toBe(53003);
  });

  it('an Entra message that echoes the assertion is scrubbed', async () => {
    entra.answer = (request) =>
      entraError(50027, 'invalid_request', `JWT token is invalid or malformed: '${request.form.get('client_assertion')}'.`);
    const error = await failure(oidc());
    expect(error.message).toContain('AADSTS50027: JWT token is invalid or malformed');
    expect(error.message).toContain('***');
    expectNoSecrets(error);
  });

  describe('client secret', () => {
    const secretEnv = { AZURE_CLIENT_SECRET: SECRET };

    it('AADSTS7000215: invalid secret, told to use the Value not the Secret ID', async () => {
      entra.answer = () =>
        entraError(
          7000215,
          'invalid_client',
          'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
        );
      const error = await failure(provider(secretEnv));
      expect(error.message).toMatch(/AADSTS7000215: invalid client secret for app .*use the secret's Value, not its Secret ID/);
      expect(entra.tokenRequests[0]!.form.get('client_secret')).toBe(SECRET);
      expectNoSecrets(error);
    });

    it('AADSTS7000222: expired secret', async () => {
      entra.answer = () => entraError(7000222, 'invalid_client', `The provided client secret keys for app '${CLIENT}' are expired.`);
      const error = await failure(provider(secretEnv));
      expect(error.message).toMatch(/AADSTS7000222: the client secret of app .* has expired/);
      expectNoSecrets(error);
    });
  });

  it('an authority that answers HTML says so', async () => {
    entra.answer = () => ({ status: 502, body: '<html><body>Bad gateway</body></html>', contentType: 'text/html' });
    const error = await failure(oidc());
    expect(error.failure).toBe('network');
    expect(error.message).toMatch(/answered HTTP 502 with a body that is not JSON \(content-type text\/html\)/);
    expectNoSecrets(error);
  });

  it('a success answer without an access token is an error, not an empty token', async () => {
    entra.answer = () => ({ status: 200, body: { token_type: 'Bearer', expires_in: 3600 } });
    const error = await failure(oidc());
    expect(error.failure).toBe('entra');
    expect(error.message).toBe(`Entra ID answered ${entra.authorityHost}/${TENANT} without an access token.`);
    expectNoSecrets(error);
  });

  it('a token endpoint that never answers times out with the limit in the message', async () => {
    entra.answer = () => 'hang';
    const created = createTokenProvider(
      { tenantId: TENANT, clientId: CLIENT, authorityHost: entra.authorityHost },
      { AZURE_CLIENT_SECRET: SECRET },
      core,
      { dispatcher, timeoutMs: 500 },
    );
    if (created.kind === 'none') throw new Error(created.message);
    const error = await failure(created);
    expect(error.failure).toBe('network');
    expect(error.message).toMatch(/oauth2\/v2\.0\/token failed: no answer within 500 ms/);
  });

  it('an unreachable authority says which one', async () => {
    const closed = await startFakeEntra(makeTestCertificates());
    const host = closed.authorityHost;
    await closed.close();
    const created = createTokenProvider(
      { tenantId: TENANT, clientId: CLIENT, authorityHost: host },
      { AZURE_CLIENT_SECRET: SECRET },
      core,
      { dispatcher },
    );
    if (created.kind === 'none') throw new Error(created.message);
    const error = await failure(created);
    expect(error.failure).toBe('network');
    expect(error.message).toContain(`Could not get a token from ${host}/${TENANT}`);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expectNoSecrets(error);
  });
});
