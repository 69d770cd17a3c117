import { afterEach, describe, expect, it } from 'vitest';
import { LakeError, queryLake, type LakeClientOptions, type LakeQueryRequest } from '../../src/lake/client/index.js';
import {
  completionInfoFrame,
  oneApiError,
  sendJson,
  simpleTable,
  startServer,
  v2Response,
  type Handler,
  type TestServer,
} from './client-fixtures.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsYWtlZ3VhcmQtdGVzdCJ9.c2lnbmF0dXJlLXNlY3JldA';
const request: LakeQueryRequest = { query: 'SigninLogs | take 2', database: 'ws-1234' };
let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

interface Run {
  server: TestServer;
  delays: number[];
  tokens: number;
}

/** Start a server and a client whose waits are recorded instead of slept. */
async function setup(handler: Handler, extra: Partial<LakeClientOptions> = {}): Promise<{ run: Run; opts: LakeClientOptions }> {
  const server = await startServer(handler);
  servers.push(server);
  const run: Run = { server, delays: [], tokens: 0 };
  const opts: LakeClientOptions = {
    endpoint: server.url,
    token: async () => (run.tokens++, TOKEN),
    sleep: async (ms) => void run.delays.push(ms),
    random: () => 0,
    retry: { maxAttempts: 4, baseDelayMs: 1000 },
    ...extra,
  };
  return { run, opts };
}

async function failure(opts: LakeClientOptions, req: LakeQueryRequest = request): Promise<LakeError> {
  const e = await queryLake(req, opts).then(
    () => {
      throw new Error('expected a failure');
    },
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(LakeError);
  return e as LakeError;
}

const ids = (s: TestServer) => s.requests.map((r) => r.headers['x-ms-client-request-id']);

describe('retries', () => {
  it('429 with Retry-After seconds, then success: waits as told, a fresh request id and token per attempt', async () => {
    const { run, opts } = await setup((_q, res, n) =>
      n < 2
        ? sendJson(res, 429, oneApiError('TooManyRequests', 'throttled', false), { 'retry-after': n === 0 ? '2' : '0.5' })
        : sendJson(res, 200, v2Response(simpleTable)),
    );
    const result = await queryLake(request, opts);
    expect(result.attempts).toBe(3);
    expect(run.delays).toEqual([2000, 500]);
    expect(run.tokens).toBe(3);
    expect(new Set(ids(run.server)).size).toBe(3);
    expect(result.requestId).toBe(ids(run.server)[2]);
  });

  it('429 with an HTTP-date Retry-After, and one beyond the cap ends the retries', async () => {
    const later = new Date(Date.now() + 30_000).toUTCString();
    const { run, opts } = await setup((_q, res, n) =>
      n === 0 ? sendJson(res, 429, '', { 'retry-after': later }) : sendJson(res, 200, v2Response(simpleTable)),
    );
    await queryLake(request, opts);
    expect(run.delays).toHaveLength(1);
    expect(run.delays[0]).toBeGreaterThan(20_000);
    expect(run.delays[0]).toBeLessThanOrEqual(30_000);

    const capped = await setup((_q, res) => sendJson(res, 429, '', { 'retry-after': '3600' }), { retry: { maxRetryAfterMs: 60_000 } });
    const e = await failure(capped.opts);
    expect(e.kind).toBe('throttled');
    expect(e.attempts).toBe(1);
    expect(e.message).toMatch(
      /^throttled by the service \(HTTP 429\); Retry-After 3600 s exceeds the 60 s cap \(request id lakeguard;[0-9a-f-]+, 1 attempt\)$/,
    );
  });

  it('503 twice then success, with exponential backoff and jitter', async () => {
    const { run, opts } = await setup((_q, res, n) => (n < 2 ? sendJson(res, 503, '') : sendJson(res, 200, v2Response(simpleTable))), {
      random: () => 1,
    });
    const result = await queryLake(request, opts);
    expect(result.attempts).toBe(3);
    // Equal jitter: between half and all of 1 s, 2 s, …; random() = 1 gives the upper end.
    expect(run.delays).toEqual([1000, 2000]);
  });

  it('5xx every time: a service error after the attempt limit, naming the last request id', async () => {
    const { run, opts } = await setup((_q, res) => sendJson(res, 500, oneApiError('InternalServiceError', 'something broke', false)));
    const e = await failure(opts);
    expect(e.kind).toBe('service');
    expect(e.attempts).toBe(4);
    expect(run.delays).toEqual([500, 1000, 2000]);
    expect(e.requestId).toBe(ids(run.server)[3]);
    expect(e.message).toBe(
      `service error (HTTP 500) — InternalServiceError: something broke; retries exhausted (request id ${e.requestId}, 4 attempts)`,
    );
  });

  it('stops when the next wait would pass the total time budget', async () => {
    let now = 0;
    const { run, opts } = await setup((_q, res) => sendJson(res, 503, ''), {
      clock: () => now,
      sleep: async (ms) => void ((now += ms), run.delays.push(ms)),
      retry: { maxAttempts: 10, baseDelayMs: 1000, totalBudgetMs: 4000 },
    });
    const e = await failure(opts);
    expect(e.message).toContain('the 4 s retry budget is spent');
    expect(run.delays).toEqual([500, 1000, 2000]);
    expect(e.attempts).toBe(4);
  });

  it('a reset connection is retried', async () => {
    const { opts } = await setup((q, res, n) => (n === 0 ? q.socket.destroy() : sendJson(res, 200, v2Response(simpleTable))));
    const result = await queryLake(request, opts);
    expect(result.attempts).toBe(2);
    expect(result.rows).toHaveLength(2);
  });

  it('a connection reset mid-body is retried too', async () => {
    const { opts } = await setup((q, res, n) => {
      if (n > 0) return sendJson(res, 200, v2Response(simpleTable));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(v2Response(simpleTable).slice(0, 100));
      setTimeout(() => q.socket.destroy(), 20);
    });
    expect((await queryLake(request, opts)).attempts).toBe(2);
  });

  it('@permanent: true is not retried; @permanent: false on a 4xx is', async () => {
    const permanent = await setup((_q, res) => sendJson(res, 500, oneApiError('General_BadRequest', 'bad plan', true)));
    const e = await failure(permanent.opts);
    expect(e.kind).toBe('service');
    expect(e.attempts).toBe(1);
    expect(permanent.run.server.requests).toHaveLength(1);

    const transient = await setup((_q, res, n) =>
      n === 0 ? sendJson(res, 400, oneApiError('Transient', 'try again', false)) : sendJson(res, 200, v2Response(simpleTable)),
    );
    expect((await queryLake(request, transient.opts)).attempts).toBe(2);
  });
});

describe('failure kinds', () => {
  it('a hung server times out at servertimeout + grace, and so does a stalled body', async () => {
    const hang = await setup(() => {});
    const started = Date.now();
    const e = await failure({ ...hang.opts, timeoutGraceMs: 300 }, { ...request, serverTimeoutMs: 200 });
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/^no complete answer within 1 s \(servertimeout \+ grace\)/);
    expect(e.attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);

    const stall = await setup((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"FrameType":"DataSetHeader","Version":"v2.0"},');
    });
    expect((await failure({ ...stall.opts, timeoutGraceMs: 300 }, { ...request, serverTimeoutMs: 200 })).kind).toBe('timeout');
  });

  it('cut-off JSON, a non-JSON body and a JSON object instead of frames are malformed', async () => {
    const full = v2Response(simpleTable);
    const cut = await setup((_q, res) => sendJson(res, 200, full.slice(0, full.indexOf('"PrimaryResult","Columns"') + 40)));
    const e = await failure(cut.opts);
    expect(e.kind).toBe('malformed');
    expect(e.message).toMatch(/^malformed response: the response was cut off after 2 complete frames \(request id/);
    expect(e.attempts).toBe(1);

    const html = await setup((_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Gateway</body></html>');
    });
    expect(await failure(html.opts)).toMatchObject({ kind: 'malformed', message: expect.stringContaining('the response is not JSON') });

    const v1 = await setup((_q, res) => sendJson(res, 200, '{"Tables":[]}'));
    expect(await failure(v1.opts)).toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('a JSON object instead of the v2 frame array'),
    });
  });

  it('a response past the byte cap is refused without buffering it', async () => {
    const row = `["${'x'.repeat(1000)}",1]`;
    const { opts } = await setup((_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(
        '[{"FrameType":"DataSetHeader","Version":"v2.0"},{"FrameType":"DataTable","TableId":1,"TableKind":"PrimaryResult","TableName":"PrimaryResult","Columns":[{"ColumnName":"a","ColumnType":"string"},{"ColumnName":"b","ColumnType":"long"}],"Rows":[',
      );
      let sent = 0;
      const pump = () => {
        while (sent < 20_000 && res.write(`${sent ? ',' : ''}${row}`)) sent++;
        if (sent < 20_000 && !res.destroyed) res.once('drain', pump);
        else res.end(']}]');
      };
      pump();
    });
    const e = await failure({ ...opts, maxResponseBytes: 1024 * 1024 });
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/^response too large: more than 1048576 bytes/);
    expect(e.details.bytes).toBeGreaterThan(1024 * 1024);
    expect(e.details.bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('401 with no body and 403 are unauthorized, not retried', async () => {
    const unauth = await setup((_q, res) => {
      res.writeHead(401);
      res.end();
    });
    const e = await failure(unauth.opts);
    expect(e).toMatchObject({ kind: 'unauthorized', attempts: 1, details: expect.objectContaining({ httpStatus: 401 }) });
    expect(e.message).toMatch(/^unauthorized \(HTTP 401: the token was rejected\) \(request id lakeguard;/);
    const forbidden = await setup((_q, res) =>
      sendJson(res, 403, oneApiError('Forbidden', 'Principal is not authorized to read database ws-1234')),
    );
    expect((await failure(forbidden.opts)).message).toContain('Forbidden: Principal is not authorized');
  });

  it('a token provider failure is unauthorized, with no request sent', async () => {
    const { run, opts } = await setup((_q, res) => sendJson(res, 200, v2Response(simpleTable)));
    const e = await failure({
      ...opts,
      token: async () => Promise.reject(new Error('AADSTS700213: no matching federated identity record')),
    });
    expect(e).toMatchObject({ kind: 'unauthorized', message: expect.stringContaining('could not get an access token: AADSTS700213') });
    expect(run.server.requests).toHaveLength(0);
  });

  it('partial failures with HTTP 200 are never a result', async () => {
    const inRow =
      '{"OneApiErrors":[{"error":{"code":"LimitsExceeded","message":"Request is invalid","@message":"Query execution has exceeded the allowed limits (E_QUERY_RESULT_SET_TOO_LARGE)","@permanent":false}}]}';
    const cases: [string, string, RegExp][] = [
      [
        v2Response({ ...simpleTable, rows: ['["a",1]', inRow] }),
        'truncated',
        /^result truncated by the service \(E_QUERY_RESULT_SET_TOO_LARGE\) — LimitsExceeded/,
      ],
      [
        v2Response(simpleTable, {
          completion:
            '{"FrameType":"DataSetCompletion","HasErrors":true,"Cancelled":false,"OneApiErrors":[{"error":{"code":"PartialFailure","message":"shard 3 unavailable"}}]}',
        }),
        'partial',
        /^partial failure \(HTTP 200 with errors\) — PartialFailure: shard 3 unavailable \[DataSetCompletion\]/,
      ],
      [
        v2Response(simpleTable, {
          qci: completionInfoFrame(2, [{ level: 2, status: 'LimitsExceeded', payload: 'bad_alloc (E_RUNAWAY_QUERY)' }]),
        }),
        'runaway',
        /^runaway query stopped/,
      ],
      [
        v2Response(simpleTable, { qci: completionInfoFrame(2, [{ level: 1, status: 'Critical', payload: 'engine fault' }]) }),
        'partial',
        /Critical: engine fault \[QueryCompletionInformation\]/,
      ],
      [
        v2Response(simpleTable, { completion: '{"FrameType":"DataSetCompletion","HasErrors":false,"Cancelled":true}' }),
        'partial',
        /cancelled/,
      ],
    ];
    for (const [body, kind, message] of cases) {
      const { run, opts } = await setup((_q, res) => sendJson(res, 200, body));
      const e = await failure(opts);
      expect(e.kind).toBe(kind);
      expect(e.message).toMatch(message);
      expect(e.attempts).toBe(1);
      expect(run.server.requests).toHaveLength(1);
    }
  });

  it('service limit errors with a 4xx/5xx status are truncated / runaway', async () => {
    const t = await setup((_q, res) =>
      sendJson(res, 400, oneApiError('LimitsExceeded', 'results exceed the limit (E_QUERY_RESULT_SET_TOO_LARGE)', false)),
    );
    expect(await failure(t.opts)).toMatchObject({ kind: 'truncated', attempts: 1 });
    const r = await setup((_q, res) => sendJson(res, 500, oneApiError('LimitsExceeded', 'E_RUNAWAY_QUERY: memory', false)));
    expect(await failure(r.opts)).toMatchObject({ kind: 'runaway', attempts: 1 });
  });

  it('a refused connection is a network error after the retries', async () => {
    const { run, opts } = await setup(() => {});
    await run.server.close();
    const e = await failure({ ...opts, retry: { maxAttempts: 2 } });
    expect(e.kind).toBe('network');
    expect(e.attempts).toBe(2);
    expect(e.message).toMatch(/^network error: .*ECONNREFUSED.*; retries exhausted \(request id/);
  });
});

describe('secrets', () => {
  it('the bearer token appears in no error message, even when the server echoes it', async () => {
    const echo = (q: import('node:http').IncomingMessage) => `${q.headers.authorization} token=${TOKEN}`;
    const handlers: Handler[] = [
      (q, res) => sendJson(res, 500, oneApiError('Echo', echo(q), true)),
      (q, res) => sendJson(res, 401, oneApiError('Unauthorized', echo(q))),
      (q, res) => sendJson(res, 429, oneApiError('Throttled', echo(q), false), { 'retry-after': '9999' }),
      (q, res) =>
        sendJson(
          res,
          200,
          v2Response({ ...simpleTable, rows: [`{"OneApiErrors":[{"error":{"code":"X","message":${JSON.stringify(echo(q))}}}]}`] }),
        ),
      (q, res) =>
        sendJson(res, 200, v2Response(simpleTable, { qci: completionInfoFrame(2, [{ level: 2, status: 'E', payload: echo(q) }]) })),
      (q) => q.socket.destroy(),
      () => {},
    ];
    const messages: string[] = [];
    for (const handler of handlers) {
      const { opts } = await setup(handler, { retry: { maxAttempts: 2 }, timeoutGraceMs: 200 });
      const e = await failure(opts, { ...request, serverTimeoutMs: 100 });
      messages.push(e.message, e.stack ?? '', JSON.stringify(e.details), String(e));
    }
    const refused = await failure({ endpoint: 'http://example.com', token: async () => TOKEN });
    messages.push(refused.message);
    const all = messages.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.slice(0, 20));
    expect(all).toContain('***');
  });
});
