/**
 * Loopback stand-ins for the two services the auth chain talks to, started by
 * the tests: GitHub's OIDC token endpoint (http) and an Entra ID authority
 * (https, with a certificate from a CA generated for this test run).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A JWT with the given claims; the signature is random bytes (nobody verifies it here). */
export function buildJwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'RS256', typ: 'JWT', kid: 'test' })}.${encode(claims)}.${randomBytes(64).toString('base64url')}`;
}

export function gitHubClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:Contoso/detections:ref:refs/heads/main',
    aud: 'api://AzureADTokenExchange',
    repository: 'Contoso/detections',
    ref: 'refs/heads/main',
    event_name: 'push',
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    jti: randomBytes(8).toString('hex'),
    ...overrides,
  };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export interface FakeGitHubOidc {
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL. */
  requestUrl: string;
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken: string;
  /** Every token issued, in order. */
  issued: string[];
  /** The audience of each request. */
  audiences: (string | null)[];
  /** Claims for the next tokens (merged over gitHubClaims()). */
  claims: Record<string, unknown>;
  /** When set, answer with this status instead of a token. */
  failWith?: number;
  close(): Promise<void>;
}

/** GitHub's OIDC endpoint: GET ?api-version=2.0&audience=…, bearer request token, answers {"value": jwt}. */
export async function startFakeGitHubOidc(): Promise<FakeGitHubOidc> {
  const requestToken = `ghs_request_${randomBytes(12).toString('hex')}`;
  const state: Omit<FakeGitHubOidc, 'requestUrl' | 'close'> = { requestToken, issued: [], audiences: [], claims: {} };
  const server = createHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' || url.pathname !== '/_apis/oidc/token') return sendJson(response, 404, { message: 'not found' });
    if (request.headers.authorization !== `Bearer ${requestToken}`) return sendJson(response, 401, { message: 'bad request token' });
    if (state.failWith) return sendJson(response, state.failWith, { message: 'the runner refused' });
    state.audiences.push(url.searchParams.get('audience'));
    const token = buildJwt(gitHubClaims({ aud: url.searchParams.get('audience') ?? 'https://github.com/Contoso', ...state.claims }));
    state.issued.push(token);
    sendJson(response, 200, { value: token });
  });
  const port = await listen(server);
  return Object.assign(state, {
    requestUrl: `http://127.0.0.1:${port}/_apis/oidc/token?api-version=2.0`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export interface TestCertificates {
  ca: string;
  key: string;
  cert: string;
}

/** Whether openssl is on this machine (the https fake needs it to make a test CA). */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A throwaway CA and a server certificate for 127.0.0.1 (and any extra DNS names) signed by it. */
export function makeTestCertificates(dnsNames: string[] = []): TestCertificates {
  const dir = mkdtempSync(join(tmpdir(), 'lakeguard-ca-'));
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  try {
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    run([
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '1',
      '-subj',
      '/CN=lakeguard test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    run(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    const altNames = ['IP:127.0.0.1', ...dnsNames.map((name) => `DNS:${name}`)].join(',');
    writeFileSync(join(dir, 'ext.cnf'), `subjectAltName=${altNames}\nextendedKeyUsage=serverAuth\n`);
    run([
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '1',
      '-extfile',
      'ext.cnf',
    ]);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    return { ca: read('ca.crt'), key: read('server.key'), cert: read('server.crt') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface TokenRequest {
  tenant: string;
  form: URLSearchParams;
}

/** What the token endpoint answers: a status and a JSON body, or nothing at all ('hang'). */
export type TokenAnswer = { status: number; body: unknown; contentType?: string } | 'hang';

export interface FakeEntra {
  /** Value for authority-host: https://127.0.0.1:<port> */
  authorityHost: string;
  port: number;
  tokenRequests: TokenRequest[];
  metadataRequests: string[];
  /** Requests to any other path (instance discovery would land here). */
  otherRequests: string[];
  /** The Host header of every request. */
  hosts: string[];
  issuedAccessTokens: string[];
  /** Lifetime of issued tokens in seconds (MSAL renews within 5 minutes of expiry). */
  expiresIn: number;
  /** Overrides the answer for token requests (an Entra error, garbage …). */
  answer?: (request: TokenRequest) => TokenAnswer;
  close(): Promise<void>;
}

/** An Entra authority on https loopback: tenant OpenID metadata and the v2 token endpoint. */
export async function startFakeEntra(certificates: TestCertificates): Promise<FakeEntra> {
  const state: Omit<FakeEntra, 'authorityHost' | 'port' | 'close'> = {
    tokenRequests: [],
    metadataRequests: [],
    otherRequests: [],
    hosts: [],
    issuedAccessTokens: [],
    expiresIn: 3600,
  };
  let base = '';
  const server = createHttpsServer({ key: certificates.key, cert: certificates.cert }, async (request, response) => {
    const url = new URL(request.url ?? '/', base);
    state.hosts.push(request.headers.host ?? '');
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (request.method === 'GET' && metadata) {
      const tenant = metadata[1]!;
      state.metadataRequests.push(tenant);
      return sendJson(response, 200, {
        issuer: `${base}/${tenant}/v2.0`,
        authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
        jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
      });
    }
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (request.method === 'POST' && token) {
      const tokenRequest = { tenant: token[1]!, form: new URLSearchParams(await readBody(request)) };
      state.tokenRequests.push(tokenRequest);
      const answer = state.answer?.(tokenRequest);
      if (answer === 'hang') return; // closed by close() via closeAllConnections
      if (answer) {
        response.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json; charset=utf-8' });
        return response.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      }
      const accessToken = buildJwt({ aud: 'https://api.securityplatform.microsoft.com', n: state.issuedAccessTokens.length });
      state.issuedAccessTokens.push(accessToken);
      return sendJson(response, 200, {
        token_type: 'Bearer',
        expires_in: state.expiresIn,
        ext_expires_in: state.expiresIn,
        access_token: accessToken,
      });
    }
    state.otherRequests.push(`${request.method} ${url.pathname}${url.search}`);
    sendJson(response, 404, { error: 'not_found' });
  });
  const port = await listen(server);
  base = `https://127.0.0.1:${port}`;
  return Object.assign(state, {
    authorityHost: base,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** Entra's error body for an AADSTS code, as the token endpoint sends it. */
export function entraError(code: number, error: string, description: string): TokenAnswer {
  const status = error === 'invalid_client' ? 401 : 400;
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description}\r\nTrace ID: 0a1b2c3d-0000-4000-8000-000000000001\r\nCorrelation ID: 5f0e6a57-1111-4222-8333-944455556666\r\nTimestamp: 2026-11-23 10:00:00Z`,
      error_codes: [code],
      timestamp: '2026-11-23 10:00:00Z',
      trace_id: '0a1b2c3d-0000-4000-8000-000000000001',
      correlation_id: '5f0e6a57-1111-4222-8333-944455556666',
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
    },
  };
}

/**
 * An undici dispatcher that trusts the test CA and connects every request, whatever
 * its host name, to the loopback port (TLS still checks the certificate against the
 * requested name): lets MSAL talk to "login.microsoftonline.com" without DNS.
 */
export function loopbackDispatcher(ca: string, port: number): Agent {
  const connect = buildConnector({ ca });
  return new Agent({
    connect: (options, callback) =>
      connect({ ...options, hostname: '127.0.0.1', port: String(port), servername: options.hostname }, callback),
  });
}
