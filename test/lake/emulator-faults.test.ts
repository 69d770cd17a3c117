import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type FaultContext, type FaultPlan, type RunningEmulator } from '../../src/lake/emulator/index.js';
import { parseCliArgs } from '../../src/cli.js';
import { completion, FIXTURES, post, queryBody, table } from './emulator-helpers.js';

const running: RunningEmulator[] = [];

async function lakeWith(faults: FaultPlan, extra: { latencyMs?: number } = {}): Promise<RunningEmulator> {
  const lake = await startEmulator({ data: [FIXTURES], faults, ...extra });
  running.push(lake);
  return lake;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((l) => l.close()));
});

type ErrorBody = { error: { code: string; '@permanent': boolean; '@context': { clientRequestId: string } } };

describe('lake emulator: fault injection', () => {
  it('throttles with 429 and Retry-After, then answers normally', async () => {
    const lake = await lakeWith([
      { kind: 'throttle', retryAfterSeconds: 7 },
      { kind: 'throttle', retryAfterSeconds: null },
    ]);
    const first = await post(lake.endpoint, queryBody('print 1'), { requestId: 'lakeguard;t1' });
    expect(first.status).toBe(429);
    expect(first.headers['retry-after']).toBe('7');
    const body = first.json as ErrorBody;
    expect(body.error['@permanent']).toBe(false);
    expect(body.error.code).toBe('TooManyRequests');
    expect(body.error['@context'].clientRequestId).toBe('lakeguard;t1');
    const second = await post(lake.endpoint, queryBody('print 1'));
    expect(second.status).toBe(429);
    expect(second.headers['retry-after']).toBeUndefined();
    const third = await post(lake.endpoint, queryBody('print 1'));
    expect(third.status).toBe(200);
    expect(lake.requests).toBe(3);
  });

  it('answers 500 and 503 with @permanent false', async () => {
    const lake = await lakeWith([{ kind: 'server-error', status: 500 }, { kind: 'server-error' }]);
    const a = await post(lake.endpoint, queryBody('print 1'));
    const b = await post(lake.endpoint, queryBody('print 1'));
    expect([a.status, b.status]).toEqual([500, 503]);
    expect((a.json as ErrorBody).error['@permanent']).toBe(false);
    expect((b.json as ErrorBody).error['@permanent']).toBe(false);
  });

  it('resets the connection without an answer', async () => {
    const lake = await lakeWith([{ kind: 'reset' }]);
    await expect(post(lake.endpoint, queryBody('print 1'))).rejects.toThrow(/other side closed|socket|ECONNRESET/i);
    expect((await post(lake.endpoint, queryBody('print 1'))).status).toBe(200);
  });

  it('delays an answer, and adds latency to every request', async () => {
    const delayed = await lakeWith([{ kind: 'delay', ms: 300 }]);
    let started = performance.now();
    const r = await post(delayed.endpoint, queryBody('print 1'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(table(r, 'PrimaryResult').Rows).toEqual([[1]]);
    const slow = await lakeWith([], { latencyMs: 150 });
    for (let i = 0; i < 3; i++) {
      started = performance.now();
      expect((await post(slow.endpoint, queryBody('print 1'))).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    }
  });

  it('hangs without answering until the client gives up, and close() still ends it', async () => {
    const lake = await lakeWith([{ kind: 'hang' }]);
    await expect(post(lake.endpoint, queryBody('print 1'), { headersTimeout: 300 })).rejects.toMatchObject({
      code: 'UND_ERR_HEADERS_TIMEOUT',
    });
    const pending = post(lake.endpoint, queryBody('print 1'), { headersTimeout: 60_000 });
    // The queue is used up: this one is answered.
    expect((await pending).status).toBe(200);
    const hanging = await startEmulator({ faults: () => ({ kind: 'hang' }) });
    const stuck = post(hanging.endpoint, queryBody('print 1'), { headersTimeout: 60_000 }).catch((e: Error) => e);
    while (hanging.requests === 0) await new Promise((r) => setTimeout(r, 10));
    await hanging.close();
    expect(await stuck).toBeInstanceOf(Error);
  });

  it('reports a partial failure in-row with HTTP 200 and HasErrors', async () => {
    const lake = await lakeWith([{ kind: 'partial-failure' }]);
    const r = await post(lake.endpoint, queryBody('range x from 1 to 3 step 1'));
    expect(r.status).toBe(200);
    const rows = table(r, 'PrimaryResult').Rows as unknown[];
    expect(rows.slice(0, 3)).toEqual([[1], [2], [3]]);
    expect(JSON.stringify(rows[3])).toContain('"OneApiErrors"');
    expect(JSON.stringify(rows[3])).toContain('E_RUNAWAY_QUERY');
    expect(completion(r).HasErrors).toBe(true);
    const levels = (table(r, 'QueryCompletionInformation').Rows as unknown[][]).map((row) => row[5]);
    expect(levels).toContain(2);
  });

  it('truncates on demand', async () => {
    const lake = await lakeWith([{ kind: 'truncation', rows: 1 }]);
    const r = await post(lake.endpoint, queryBody('AppEvents_CL | project User'));
    const rows = table(r, 'PrimaryResult').Rows as unknown[];
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows[1])).toContain('E_QUERY_RESULT_SET_TOO_LARGE');
    expect(completion(r).HasErrors).toBe(true);
  });

  it('sends malformed JSON with HTTP 200', async () => {
    const lake = await lakeWith([{ kind: 'malformed-json' }]);
    const r = await post(lake.endpoint, queryBody('print 1'));
    expect(r.status).toBe(200);
    expect(r.json).toBeUndefined();
    expect(() => JSON.parse(r.text)).toThrow();
  });

  it('cuts the body off mid-frame', async () => {
    const lake = await lakeWith([{ kind: 'cut-off' }]);
    await expect(post(lake.endpoint, queryBody('print 1'))).rejects.toThrow(/other side closed|terminated|socket|premature/i);
  });

  it('streams an oversize response of the requested size', async () => {
    const lake = await lakeWith([{ kind: 'oversize', megabytes: 5 }]);
    const r = await post(lake.endpoint, queryBody('print 1'));
    expect(r.status).toBe(200);
    expect(r.text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(r.text.length).toBeLessThan(6 * 1024 * 1024);
    const rows = table(r, 'PrimaryResult').Rows as unknown[][];
    expect(rows.length).toBeGreaterThan(5000);
    expect(rows[0]![0]).toBe(0);
    expect(completion(r).HasErrors).toBe(false);
  });

  it('survives clients that go away mid-answer', async () => {
    const lake = await lakeWith([undefined, { kind: 'oversize', megabytes: 50 }, { kind: 'delay', ms: 300 }]);
    expect((await post(lake.endpoint, queryBody('print 1'))).status).toBe(200); // engine warmed up
    const res = await request(lake.endpoint, {
      method: 'POST',
      headers: { authorization: 'Bearer t' },
      body: JSON.stringify(queryBody('print 1')),
    });
    for await (const chunk of res.body) {
      expect((chunk as Buffer).length).toBeGreaterThan(0);
      break; // leaving the loop destroys the body and the connection
    }
    const gaveUp = new AbortController();
    const delayed = post(lake.endpoint, queryBody('print 1'), { signal: gaveUp.signal });
    setTimeout(() => gaveUp.abort(), 50);
    await expect(delayed).rejects.toThrow(/abort/i);
    await new Promise((r) => setTimeout(r, 400));
    const after = await post(lake.endpoint, queryBody('print 2'));
    expect(table(after, 'PrimaryResult').Rows).toEqual([[2]]);
    expect(lake.requests).toBe(4);
  });

  it('answers 401 without a body', async () => {
    const lake = await lakeWith([{ kind: 'unauthorized' }]);
    const r = await post(lake.endpoint, queryBody('print 1'));
    expect(r.status).toBe(401);
    expect(r.text).toBe('');
  });

  it('lets a function decide per request from the query text', async () => {
    const seen: FaultContext[] = [];
    const lake = await lakeWith((request) => {
      seen.push(request);
      return request.csl.includes('throttle-me') ? { kind: 'throttle', retryAfterSeconds: 1 } : undefined;
    });
    const throttled = await post(lake.endpoint, queryBody('print "throttle-me"'), { requestId: 'a' });
    const fine = await post(lake.endpoint, queryBody('print "ok"'), { requestId: 'b' });
    expect([throttled.status, fine.status]).toEqual([429, 200]);
    expect(seen.map((s) => [s.index, s.clientRequestId])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
  });

  it('cannot be switched on from the command line', () => {
    expect(parseCliArgs(['emulator', '--faults', 'throttle'])).toHaveProperty('error');
    const parsed = parseCliArgs(['emulator', '--data', 'x']);
    expect(parsed).toHaveProperty('settings');
    expect(Object.keys((parsed as { settings: object }).settings)).not.toContain('faults');
  });
});
