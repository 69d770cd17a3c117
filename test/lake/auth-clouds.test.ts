/**
 * Microsoft's own authority hosts: MSAL knows their endpoints, so it sends only
 * the token POST (no metadata, no instance discovery). The fake Entra answers
 * on loopback with a test-CA certificate for those names; the test dispatcher
 * connects the names to it.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from 'undici';
import { createTokenProvider, type ActionsCore } from '../../src/lake/auth/index.js';
import { hasOpenssl, loopbackDispatcher, makeTestCertificates, startFakeEntra, type FakeEntra } from './auth-servers.js';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT = '99999999-8888-4777-8666-555555555555';
const core: ActionsCore = { getIDToken: () => Promise.reject(new Error('not used')), setSecret: () => {} };

describe.skipIf(!hasOpenssl())('Microsoft cloud authorities', () => {
  let entra: FakeEntra;
  let dispatcher: Agent;

  beforeAll(async () => {
    const certificates = makeTestCertificates(['login.microsoftonline.com', 'login.microsoftonline.us']);
    entra = await startFakeEntra(certificates);
    dispatcher = loopbackDispatcher(certificates.ca, entra.port);
  });
  afterAll(async () => {
    await dispatcher.close();
    await entra.close();
  });
  beforeEach(() => {
    entra.tokenRequests.length = 0;
    entra.metadataRequests.length = 0;
    entra.otherRequests.length = 0;
    entra.hosts.length = 0;
  });

  it.each([
    [undefined, 'login.microsoftonline.com'],
    ['https://login.microsoftonline.us', 'login.microsoftonline.us'],
  ])('authority-host %s: only the token POST to %s', async (authorityHost, host) => {
    const created = createTokenProvider(
      { tenantId: TENANT, clientId: CLIENT, authorityHost },
      { AZURE_CLIENT_SECRET: 'Q~cloud-test-secret' },
      core,
      { dispatcher },
    );
    if (created.kind === 'none') throw new Error(created.message);
    expect(created.describe()).toContain(`at https://${host}/${TENANT}`);
    expect(await created.getToken()).toBe(entra.issuedAccessTokens.at(-1));
    expect(entra.hosts).toEqual([host]);
    expect(entra.tokenRequests.map((r) => r.tenant)).toEqual([TENANT]);
    expect(entra.metadataRequests).toEqual([]);
    expect(entra.otherRequests).toEqual([]);
  });
});
