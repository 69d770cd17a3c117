import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/lake/emulator/index.js';
import { completion, FIXTURES, frames, post, queryBody, table } from './emulator-helpers.js';

let lake: RunningEmulator;

beforeAll(async () => {
  lake = await startEmulator({ data: [FIXTURES], token: 'test-token' });
});
afterAll(async () => {
  await lake.close();
});

describe('lake emulator: answers', () => {
  it('binds loopback on a free port and serves both query paths', async () => {
    expect(lake.host).toBe('127.0.0.1');
    expect(lake.port).toBeGreaterThan(0);
    expect(lake.tables).toEqual(['AppEvents_CL']);
    for (const path of ['/lake/kql/v2/rest/query', '/v2/rest/query']) {
      const r = await post(`${lake.url}${path}`, queryBody('print x = 1'));
      expect(r.status).toBe(200);
      expect(table(r, 'PrimaryResult').Rows).toEqual([[1]]);
    }
  });

  it('returns the v2 frames with values serialized as the service does', async () => {
    const r = await post(
      lake.endpoint,
      queryBody('AppEvents_CL | where User != "carol" | project TimeGenerated, User, Count, Props | order by TimeGenerated asc', {
        query_now: '2025-06-01T12:00:00Z',
      }),
      { requestId: 'lakeguard;abc' },
    );
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.headers['x-ms-client-request-id']).toBe('lakeguard;abc');
    const all = frames(r);
    expect(all.map((f) => `${f.FrameType}${f.TableKind ? `:${String(f.TableKind)}` : ''}`)).toEqual([
      'DataSetHeader',
      'DataTable:QueryProperties',
      'DataTable:PrimaryResult',
      'DataTable:QueryCompletionInformation',
      'DataSetCompletion',
    ]);
    expect(all[0]).toEqual({
      FrameType: 'DataSetHeader',
      IsProgressive: false,
      Version: 'v2.0',
      IsFragmented: false,
      ErrorReportingPlacement: 'EndOfTable',
    });
    const properties = table(r, 'QueryProperties');
    expect(properties.TableId).toBe(0);
    const value = (properties.Rows as unknown[][])[0]![2];
    expect(typeof value).toBe('string');
    expect(JSON.parse(value as string)).toHaveProperty('Visualization', null);
    const primary = table(r, 'PrimaryResult');
    expect(primary.TableId).toBe(1);
    expect(primary.TableName).toBe('PrimaryResult');
    expect(primary.Columns).toEqual([
      { ColumnName: 'TimeGenerated', ColumnType: 'datetime' },
      { ColumnName: 'User', ColumnType: 'string' },
      { ColumnName: 'Count', ColumnType: 'long' },
      { ColumnName: 'Props', ColumnType: 'dynamic' },
    ]);
    expect(primary.Rows).toEqual([
      ['2025-06-01T10:00:00.1234567Z', 'alice', 9007199254740991, { ip: '10.0.0.1', tags: ['a', 'b'] }],
      ['2025-06-01T11:30:00Z', 'bob', 2, { ip: '10.0.0.2', tags: [] }],
    ]);
    // The long is written as an exact JSON number, not rounded.
    expect(r.text).toContain('9007199254740991');
    const completion = table(r, 'QueryCompletionInformation');
    const levels = (completion.Rows as unknown[][]).map((row) => row[5]);
    expect(levels.every((l) => typeof l === 'number' && l > 2)).toBe(true);
    expect((completion.Rows as unknown[][])[0]![1]).toBe('lakeguard;abc');
    expect(all.at(-1)).toEqual({ FrameType: 'DataSetCompletion', HasErrors: false, Cancelled: false });
  });

  it('query_now changes what ago() selects', async () => {
    const csl = 'AppEvents_CL | where TimeGenerated > ago(1d) | summarize n = count()';
    const june = await post(lake.endpoint, queryBody(csl, { query_now: '2025-06-01T12:00:00Z' }));
    const may = await post(lake.endpoint, queryBody(csl, { query_now: '2025-05-30T12:00:00Z' }));
    const later = await post(lake.endpoint, queryBody(csl, { query_now: '2026-01-01T00:00:00Z' }));
    expect(table(june, 'PrimaryResult').Rows).toEqual([[2]]);
    expect(table(may, 'PrimaryResult').Rows).toEqual([[3]]);
    expect(table(later, 'PrimaryResult').Rows).toEqual([[0]]);
  });

  it('accepts properties as a JSON string', async () => {
    const r = await post(lake.endpoint, {
      csl: 'print t = now()',
      db: 'x',
      properties: JSON.stringify({ Options: { query_now: '2024-02-29T00:00:00Z' } }),
    });
    expect(table(r, 'PrimaryResult').Rows).toEqual([['2024-02-29T00:00:00Z']]);
  });

  it('applies the datetime scope to every table with that column before the query runs', async () => {
    const r = await post(
      lake.endpoint,
      queryBody('AppEvents_CL | summarize n = count(), users = make_set(User)', {
        query_datetimescope_column: 'TimeGenerated',
        query_datetimescope_from: '2025-06-01T00:00:00Z',
        query_datetimescope_to: '2025-06-01T11:00:00Z',
      }),
    );
    expect(table(r, 'PrimaryResult').Rows).toEqual([[1, ['alice']]]);
    // A scope column no table has leaves tables alone.
    const other = await post(
      lake.endpoint,
      queryBody('AppEvents_CL | count', { query_datetimescope_column: 'Nope', query_datetimescope_from: '2030-01-01T00:00:00Z' }),
    );
    expect(table(other, 'PrimaryResult').Rows).toEqual([[3]]);
  });

  it('answers catalog tables without data as empty tables with their schema', async () => {
    const r = await post(lake.endpoint, queryBody('SigninLogs | take 5 | project TimeGenerated, UserPrincipalName'));
    expect(r.status).toBe(200);
    const primary = table(r, 'PrimaryResult');
    expect(primary.Rows).toEqual([]);
    expect(primary.Columns).toEqual([
      { ColumnName: 'TimeGenerated', ColumnType: 'datetime' },
      { ColumnName: 'UserPrincipalName', ColumnType: 'string' },
    ]);
  });
});

describe('lake emulator: progressive answers', () => {
  it('answers with TableHeader, TableFragment, TableProgress and TableCompletion when asked', async () => {
    const r = await post(lake.endpoint, queryBody('range x from 1 to 2500 step 1', { results_progressive_enabled: true }));
    const all = frames(r);
    expect(all[0]).toMatchObject({ FrameType: 'DataSetHeader', IsProgressive: true, Version: 'v2.0' });
    const primary = all.filter((f) => f.TableId === 1);
    expect(primary.map((f) => f.FrameType)).toEqual([
      'TableHeader',
      'TableFragment',
      'TableProgress',
      'TableFragment',
      'TableProgress',
      'TableFragment',
      'TableProgress',
      'TableCompletion',
    ]);
    expect(primary[0]).toMatchObject({ TableKind: 'PrimaryResult', Columns: [{ ColumnName: 'x', ColumnType: 'long' }] });
    const rows = primary.filter((f) => f.FrameType === 'TableFragment').flatMap((f) => f.Rows as unknown[][]);
    expect(rows).toHaveLength(2500);
    expect(rows.at(-1)).toEqual([2500]);
    expect(primary.every((f) => f.FrameType !== 'TableFragment' || f.TableFragmentType === 'DataAppend')).toBe(true);
    expect(primary.at(-1)).toEqual({ FrameType: 'TableCompletion', TableId: 1, RowCount: 2500 });
    expect(completion(r).HasErrors).toBe(false);
  });

  it('reports truncation in TableCompletion in progressive mode', async () => {
    const r = await post(
      lake.endpoint,
      queryBody('range x from 1 to 10 step 1', { results_progressive_enabled: 'true', truncationmaxrecords: 4 }),
    );
    const done = frames(r).find((f) => f.FrameType === 'TableCompletion')!;
    expect(done.RowCount).toBe(4);
    expect(JSON.stringify(done.OneApiErrors)).toContain('E_QUERY_RESULT_SET_TOO_LARGE');
    expect(completion(r).HasErrors).toBe(true);
  });
});

describe('lake emulator: truncation', () => {
  it('stops at truncationmaxrecords with the service partial-failure shape', async () => {
    const r = await post(lake.endpoint, queryBody('range x from 1 to 10 step 1', { truncationmaxrecords: 3 }));
    expect(r.status).toBe(200);
    const rows = table(r, 'PrimaryResult').Rows as unknown[];
    expect(rows.slice(0, 3)).toEqual([[1], [2], [3]]);
    expect(rows).toHaveLength(4);
    const inRow = rows[3] as { OneApiErrors: { error: Record<string, unknown> }[] };
    expect(Array.isArray(inRow)).toBe(false);
    expect(inRow.OneApiErrors[0]!.error['@message']).toContain('E_QUERY_RESULT_SET_TOO_LARGE');
    expect(inRow.OneApiErrors[0]!.error['@permanent']).toBe(true);
    expect(inRow.OneApiErrors[0]!.error.code).toBe('LimitsExceeded');
    const info = table(r, 'QueryCompletionInformation').Rows as unknown[][];
    expect(info.some((row) => row[5] === 2 && String(row[8]).includes('E_QUERY_RESULT_SET_TOO_LARGE'))).toBe(true);
    const last = completion(r);
    expect(last.HasErrors).toBe(true);
    expect(JSON.stringify(last.OneApiErrors)).toContain('E_QUERY_RESULT_SET_TOO_LARGE');
  });

  it('stops at truncationmaxsize (bytes), as strings given too', async () => {
    const r = await post(
      lake.endpoint,
      queryBody(`range x from 1 to 1000 step 1 | extend s = '${'y'.repeat(100)}'`, { truncationmaxsize: '1000' }),
    );
    const rows = table(r, 'PrimaryResult').Rows as unknown[];
    const kept = rows.filter(Array.isArray);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(20);
    expect(JSON.stringify(rows.at(-1))).toContain('1000 bytes');
    expect(completion(r).HasErrors).toBe(true);
  });

  it('applies the service default of 500,000 records unless notruncation is set', async () => {
    const capped = await post(lake.endpoint, queryBody('range x from 1 to 500001 step 1'));
    const rows = table(capped, 'PrimaryResult').Rows as unknown[];
    expect(rows).toHaveLength(500_001);
    expect(JSON.stringify(rows.at(-1))).toContain('500000 records');
    const unlimited = await post(lake.endpoint, queryBody('range x from 1 to 500001 step 1', { notruncation: true }));
    expect((table(unlimited, 'PrimaryResult').Rows as unknown[]).at(-1)).toEqual([500001]);
    expect(completion(unlimited).HasErrors).toBe(false);
  });

  it('does not flag a result exactly at the limit', async () => {
    const r = await post(lake.endpoint, queryBody('range x from 1 to 3 step 1', { truncationmaxrecords: 3 }));
    expect(table(r, 'PrimaryResult').Rows).toEqual([[1], [2], [3]]);
    expect(completion(r).HasErrors).toBe(false);
  });
});

describe('lake emulator: servertimeout', () => {
  it('reports a query that ran past servertimeout as expired, in-stream, without rows', async () => {
    const r = await post(
      lake.endpoint,
      queryBody('range x from 1 to 200000 step 1 | summarize count()', { servertimeout: '00:00:00.0000001' }),
    );
    expect(r.status).toBe(200);
    const rows = table(r, 'PrimaryResult').Rows as unknown[];
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0])).toContain('Query is expired');
    expect(completion(r).HasErrors).toBe(true);
    expect((await post(lake.endpoint, queryBody('print 1', { servertimeout: 'soon' }))).status).toBe(400);
  });
});

describe('lake emulator: refusals and errors', () => {
  function expectErrorShape(r: { json: unknown }, requestId: string) {
    const error = (r.json as { error: Record<string, unknown> }).error;
    expect(Object.keys(error)).toEqual(expect.arrayContaining(['code', 'message', '@type', '@message', '@permanent', '@context']));
    expect((error['@context'] as Record<string, unknown>).clientRequestId).toBe(requestId);
    expect(typeof (error['@context'] as Record<string, unknown>).activityId).toBe('string');
    return error;
  }

  it('401 without a bearer token, or with the wrong one', async () => {
    const none = await post(lake.endpoint, queryBody('print 1'), { token: null, requestId: 'r-1' });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const wrong = await post(lake.endpoint, queryBody('print 1'), { token: 'not-the-token', requestId: 'r-2' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain('not-the-token');
    expect(wrong.text).not.toContain('test-token');
  });

  it('accepts any non-empty bearer token when none is configured', async () => {
    const open = await startEmulator();
    try {
      expect((await post(open.endpoint, queryBody('print 1'), { token: 'anything' })).status).toBe(200);
      expect((await post(open.endpoint, queryBody('print 1'), { token: null })).status).toBe(401);
    } finally {
      await open.close();
    }
  });

  it('answers an unsupported construct with the 400 error shape naming the construct', async () => {
    const r = await post(lake.endpoint, queryBody('print rand()'), { requestId: 'lakeguard;u1' });
    expect(r.status).toBe(400);
    const error = expectErrorShape(r, 'lakeguard;u1');
    expect(error.code).toBe('General_BadRequest');
    expect(error['@permanent']).toBe(true);
    expect(error.message).toContain('Not supported by the lakeguard emulator: function rand()');
    expect(error['@message']).toContain('at line:column 1:7');
  });

  it('answers a semantic error with 400 General_BadRequest', async () => {
    const r = await post(lake.endpoint, queryBody('NoSuchTable | take 1'), { requestId: 'q2' });
    expect(r.status).toBe(400);
    const error = expectErrorShape(r, 'q2');
    expect(error['@type']).toBe('Kusto.Data.Exceptions.SemanticException');
    expect(error['@message']).toMatch(/^Semantic error: /);
  });

  it('refuses control commands; writing ones are denied under request_readonly', async () => {
    const show = await post(lake.endpoint, queryBody('.show tables'), { requestId: 'c1' });
    expect(show.status).toBe(400);
    expect(expectErrorShape(show, 'c1').message).toContain('Control commands are not supported');
    const write = await post(lake.endpoint, queryBody('.set-or-append T <| print 1'), { requestId: 'c2' });
    expect(write.status).toBe(403);
    expect(expectErrorShape(write, 'c2')['@message']).toContain('request_readonly');
    const unguarded = await post(lake.endpoint, { csl: '// comment\n.drop table T', db: 'x' }, { requestId: 'c3' });
    expect(unguarded.status).toBe(400);
  });

  it('answers malformed requests with 400 and a reason', async () => {
    expect((await post(lake.endpoint, 'not json')).status).toBe(400);
    const noCsl = await post(lake.endpoint, { db: 'x' });
    expect(noCsl.status).toBe(400);
    expect((noCsl.json as { error: { message: string } }).error.message).toContain("'csl'");
    const badNow = await post(lake.endpoint, queryBody('print 1', { query_now: 'yesterday' }));
    expect((badNow.json as { error: { message: string } }).error.message).toContain('query_now');
    expect((await post(lake.endpoint, { csl: 'print 1', properties: '{oops' })).status).toBe(400);
  });

  it('404 for other paths, 405 for other methods', async () => {
    expect((await post(`${lake.url}/v1/rest/query`, queryBody('print 1'))).status).toBe(404);
    const get = await fetch(lake.endpoint, { headers: { authorization: 'Bearer test-token' } });
    expect(get.status).toBe(405);
    await get.arrayBuffer();
  });

  it('refuses an unknown database when one is configured', async () => {
    const strict = await startEmulator({ database: 'ws-1' });
    try {
      expect((await post(strict.endpoint, { csl: 'print 1', db: 'ws-1' })).status).toBe(200);
      const other = await post(strict.endpoint, { csl: 'print 1', db: 'ws-2' });
      expect(other.status).toBe(400);
      expect((other.json as { error: { code: string } }).error.code).toBe('BadRequest_DatabaseNotExist');
    } finally {
      await strict.close();
    }
  });
});

describe('lake emulator: binding', () => {
  it('never binds a non-loopback interface unless allowed', async () => {
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback only/);
    if (external) await expect(startEmulator({ host: external })).rejects.toThrow(/loopback only/);
    const ipv6 = await startEmulator({ host: '::1' }).catch(() => undefined);
    if (ipv6) {
      expect(ipv6.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      await ipv6.close();
    }
  });

  it('counts requests and uses a fixed now when given one', async () => {
    const fixed = await startEmulator({ now: '2025-06-01T12:00:00Z' });
    try {
      const r = await post(fixed.endpoint, queryBody('print ago(1h)'));
      expect(table(r, 'PrimaryResult').Rows).toEqual([['2025-06-01T11:00:00Z']]);
      expect(fixed.requests).toBe(1);
    } finally {
      await fixed.close();
    }
  });
});
