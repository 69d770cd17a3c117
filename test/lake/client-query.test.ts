import { afterEach, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import {
  createLakeClient,
  LakeError,
  queryLake,
  queryRefusal,
  resolveEndpoint,
  type LakeClientOptions,
  type LakeQueryRequest,
} from '../../src/lake/client/index.js';
import { progressiveResponse, sendJson, simpleTable, startServer, v2Response, type TestServer } from './client-fixtures.js';

const TOKEN = 'test-token-Zq8Jr2';
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

const request: LakeQueryRequest = { query: 'SigninLogs | take 2', database: 'ws-1234' };
const options = (server: TestServer, extra: Partial<LakeClientOptions> = {}): LakeClientOptions => ({
  endpoint: server.url,
  token: async () => TOKEN,
  sleep: async () => {},
  ...extra,
});

describe('queryLake: the request', () => {
  it('POSTs the PROTOCOL.md request and returns the typed primary table', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, v2Response(simpleTable)));
    const result = await queryLake(
      {
        ...request,
        serverTimeoutMs: 90_000,
        maxRecords: 11,
        maxSize: 1000,
        now: new Date('2025-06-01T12:00:00Z'),
        timeScope: { column: 'TimeGenerated', from: '2025-05-31T12:00:00Z', to: '2025-06-01T12:00:00Z' },
      },
      options(server),
    );
    const [sent] = server.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(sent!.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(sent!.headers.accept).toBe('application/json');
    expect(sent!.headers['x-ms-app']).toBe('lakeguard');
    expect(sent!.headers['x-ms-client-request-id']).toMatch(/^lakeguard;[0-9a-f-]{36}$/);
    expect(JSON.parse(sent!.body)).toEqual({
      csl: 'SigninLogs | take 2',
      db: 'ws-1234',
      properties: {
        Options: {
          servertimeout: '00:01:30',
          request_readonly: true,
          truncationmaxrecords: 11,
          truncationmaxsize: 1000,
          query_now: '2025-06-01T12:00:00.000Z',
          query_datetimescope_column: 'TimeGenerated',
          query_datetimescope_from: '2025-05-31T12:00:00Z',
          query_datetimescope_to: '2025-06-01T12:00:00Z',
        },
      },
    });
    expect(result.columns).toEqual([
      { name: 'Account', type: 'string' },
      { name: 'Count', type: 'long' },
    ]);
    expect(result.rows).toEqual([
      ['alice', 3],
      ['bob', 1],
    ]);
    expect(result.rowCount).toBe(2);
    expect(result.requestId).toBe(sent!.headers['x-ms-client-request-id']);
    expect(result.attempts).toBe(1);
    expect(result.bytes).toBe(Buffer.byteLength(v2Response(simpleTable)));
    expect(result.serverExecutionSeconds).toBe(0.25);
    expect(result.queryProperties).toEqual([{ TableId: 1, Key: 'Visualization', Value: { Visualization: null, Title: null } }]);
  });

  it('maps a cluster base URL to /v2/rest/query and reads a progressive response', async () => {
    const server = await serve((_req, res) =>
      sendJson(
        res,
        200,
        progressiveResponse(simpleTable, [
          { type: 'DataAppend', rows: ['["a",1]'] },
          { type: 'DataAppend', rows: ['["b",9007199254740993]'] },
        ]),
      ),
    );
    const base = server.url.replace('/v2/rest/query', '');
    const result = await queryLake(request, options(server, { endpoint: base }));
    expect(server.requests[0]!.path).toBe('/v2/rest/query');
    expect(result.rows).toEqual([
      ['a', 1],
      ['b', 9007199254740993n],
    ]);
  });

  it('refuses control commands before any request or token', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, v2Response(simpleTable)));
    let tokens = 0;
    const opts = options(server, { token: async () => (tokens++, TOKEN) });
    for (const query of [
      '.drop table X',
      '  // comment\n.set-or-append T <| print 1',
      'print 1; .show tables',
      '/* x */\n.show databases'.replace('/* x */', '//x'),
    ]) {
      await expect(queryLake({ ...request, query }, opts)).rejects.toMatchObject({
        kind: 'refused',
        message: expect.stringMatching(/^refused: control command/),
      });
    }
    await expect(queryLake({ ...request, query: '   ' }, opts)).rejects.toMatchObject({ kind: 'refused' });
    // A dot inside a string or a comment is no command.
    await queryLake({ ...request, query: 'print ".drop table"; // .drop' }, opts);
    expect(server.requests).toHaveLength(1);
    expect(tokens).toBe(1);
  });

  it('refuses plain http to a non-loopback host and odd schemes', async () => {
    let tokens = 0;
    const token = async () => (tokens++, TOKEN);
    await expect(queryLake(request, { endpoint: 'http://example.com/v2/rest/query', token })).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('refusing to send a token over plain http to example.com'),
    });
    await expect(queryLake(request, { endpoint: 'http://10.0.0.5:8080', token })).rejects.toMatchObject({ kind: 'refused' });
    await expect(queryLake(request, { endpoint: 'ftp://127.0.0.1/', token })).rejects.toMatchObject({ kind: 'refused' });
    await expect(queryLake(request, { endpoint: 'not a url', token })).rejects.toMatchObject({ kind: 'refused' });
    expect(tokens).toBe(0);
  });

  it('shares one pool: queries reuse connections and respect the concurrency limit', async () => {
    const server = await serve((_req, res) => setTimeout(() => sendJson(res, 200, v2Response(simpleTable)), 40));
    const dispatcher = new Agent({ keepAliveTimeout: 10_000 });
    const client = createLakeClient({ ...options(server), dispatcher, concurrency: 2 });
    const results = await Promise.all(Array.from({ length: 8 }, () => client.query(request)));
    expect(results.every((r) => r.rowCount === 2)).toBe(true);
    expect(server.requests).toHaveLength(8);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    // Connections are reused (a slot may free before undici returns its socket to the pool).
    expect(server.sockets.size).toBeLessThan(8);
    const before = server.sockets.size;
    for (let i = 0; i < 4; i++) await client.query(request);
    expect(server.sockets.size).toBeLessThanOrEqual(Math.max(before, 2));
    expect(new Set(server.requests.map((r) => r.headers['x-ms-client-request-id'])).size).toBe(12);
    await client.close();
    await dispatcher.close();
  });
});

describe('queryLake: retaining part of a large result', () => {
  it('counts and checks every row but keeps only the rows and columns asked for', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `["user${i}",${i}]`);
    const server = await serve((_req, res) => sendJson(res, 200, v2Response({ ...simpleTable, rows })));
    const result = await queryLake({ ...request, retain: { maxRows: 3, columns: ['Account', 'Missing'] } }, options(server));
    expect(result.rowCount).toBe(50);
    expect(result.columns).toEqual([{ name: 'Account', type: 'string' }]);
    expect(result.allColumns.map((c) => c.name)).toEqual(['Account', 'Count']);
    expect(result.rows).toEqual([['user0'], ['user1'], ['user2']]);

    // A bad value beyond the retained rows still makes the response malformed.
    const bad = await serve((_req, res) => sendJson(res, 200, v2Response({ ...simpleTable, rows: [...rows, '["x","not a long"]'] })));
    await expect(queryLake({ ...request, retain: { maxRows: 0 } }, options(bad))).rejects.toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('row 50 of table PrimaryResult'),
    });
  });
});

describe('queryLake: errors are LakeErrors', () => {
  it('is an Error subclass with kind, request id and attempts', async () => {
    const server = await serve((_req, res) =>
      sendJson(
        res,
        400,
        JSON.stringify({
          error: { code: 'BadRequest_SyntaxError', message: 'Syntax error: Query could not be parsed', '@permanent': true },
        }),
      ),
    );
    const error = await queryLake(request, options(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LakeError);
    const e = error as LakeError;
    expect(e.kind).toBe('service');
    expect(e.attempts).toBe(1);
    expect(e.details.httpStatus).toBe(400);
    expect(e.details.serviceCode).toBe('BadRequest_SyntaxError');
    expect(e.requestId).toBe(server.requests[0]!.headers['x-ms-client-request-id']);
    expect(e.message).toBe(
      `service error (HTTP 400) — BadRequest_SyntaxError: Syntax error: Query could not be parsed (request id ${e.requestId}, 1 attempt)`,
    );
  });
});

describe('guards', () => {
  it('finds control commands in any statement, not in strings or comments', () => {
    expect(queryRefusal('.show tables')).toMatch(/control command "\.show tables"/);
    expect(queryRefusal('let x = 1;\n  .drop table T')).toMatch(/control command "\.drop table"/);
    expect(queryRefusal('print @"C:\\x"; .alter table T')).toMatch(/\.alter table/);
    expect(queryRefusal('print @"a\\"; print 1')).toBeNull();
    expect(queryRefusal('print ```\n;.drop\n```')).toBeNull();
    expect(queryRefusal("print 'x;.drop'")).toBeNull();
    expect(queryRefusal('T | where a == ".x"')).toBeNull();
    expect(queryRefusal('// only a comment')).toBeNull();
  });

  it('maps endpoints and allows http only to loopback', () => {
    const url = (e: string) => {
      const r = resolveEndpoint(e);
      return r.ok ? r.url.href : `refused: ${r.reason}`;
    };
    expect(url('https://api.securityplatform.microsoft.com')).toBe('https://api.securityplatform.microsoft.com/lake/kql/v2/rest/query');
    expect(url('https://mycluster.westeurope.kusto.windows.net/')).toBe('https://mycluster.westeurope.kusto.windows.net/v2/rest/query');
    expect(url('https://proxy.example/custom/query')).toBe('https://proxy.example/custom/query');
    expect(url('http://localhost:8080')).toBe('http://localhost:8080/v2/rest/query');
    expect(url('http://[::1]:8080/lake/kql/v2/rest/query')).toBe('http://[::1]:8080/lake/kql/v2/rest/query');
    expect(url('http://127.8.9.10')).toBe('http://127.8.9.10/v2/rest/query');
    expect(url('http://127.0.0.1.example.com')).toMatch(/^refused: refusing to send a token over plain http/);
    expect(url('http://192.168.1.2')).toMatch(/^refused/);
    expect(url('https://user:pw@x.kusto.windows.net')).toBe('refused: endpoint must not carry credentials in the URL');
    expect(resolveEndpoint(undefined)).toMatchObject({
      ok: true,
      url: new URL('https://api.securityplatform.microsoft.com/lake/kql/v2/rest/query'),
    });
  });

  it('a cancelled query stops waiting at once', async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(queryLake(request, options(server, { signal: controller.signal }))).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringMatching(/^the query was cancelled/),
    });
  });
});
