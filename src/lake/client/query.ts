/**
 * `queryLake`: guards, the request of PROTOCOL.md, retries with backoff, and
 * the complete result, or a LakeError naming the cause and the request id.
 */
import { randomUUID } from 'node:crypto';
import { Agent, type Dispatcher } from 'undici';
import { runAttempt, type AttemptOutcome } from './attempt.js';
import { safeLine, type AttemptFailure } from './classify.js';
import type { AssembledDataSet, AssembledTable } from './dataset.js';
import { queryRefusal, resolveEndpoint } from './guards.js';
import { abortableSleep, backoffDelay, DEFAULT_RETRY } from './retry.js';
import { LakeError, type LakeClientOptions, type LakeColumn, type LakeQueryRequest, type LakeResult, type LakeValue } from './types.js';

export const DEFAULT_SERVER_TIMEOUT_MS = 4 * 60_000;
export const DEFAULT_TIMEOUT_GRACE_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024 + 4 * 1024 * 1024;

let sharedAgent: Agent | undefined;

/** The process-wide connection pool used when the caller passes none. */
export function defaultDispatcher(): Dispatcher {
  sharedAgent ??= new Agent({ keepAliveTimeout: 30_000, connections: 16 });
  return sharedAgent;
}

/** `[d.]hh:mm:ss` for servertimeout. */
export function formatServerTimeout(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  const days = Math.floor(total / 86400);
  const two = (n: number) => String(n).padStart(2, '0');
  const hms = `${two(Math.floor((total % 86400) / 3600))}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
  return days > 0 ? `${days}.${hms}` : hms;
}

const iso = (d: Date | string): string => (typeof d === 'string' ? d : d.toISOString());

/** The JSON body of the query request. */
export function requestBody(req: LakeQueryRequest): string {
  const options: Record<string, string | number | boolean> = {
    servertimeout: formatServerTimeout(req.serverTimeoutMs ?? DEFAULT_SERVER_TIMEOUT_MS),
    request_readonly: true,
  };
  if (req.maxRecords !== undefined) options.truncationmaxrecords = req.maxRecords;
  if (req.maxSize !== undefined) options.truncationmaxsize = req.maxSize;
  if (req.now !== undefined) options.query_now = iso(req.now);
  if (req.timeScope) {
    options.query_datetimescope_column = req.timeScope.column;
    options.query_datetimescope_from = iso(req.timeScope.from);
    options.query_datetimescope_to = iso(req.timeScope.to);
  }
  return JSON.stringify({ csl: req.query, db: req.database, properties: { Options: options } });
}

/** Run one read-only query; resolves only with a complete result. */
export async function queryLake(req: LakeQueryRequest, options: LakeClientOptions): Promise<LakeResult> {
  const refusal = queryRefusal(req.query);
  if (refusal) throw new LakeError('refused', `refused: ${refusal}`, { attempts: 0 });
  const endpoint = resolveEndpoint(options.endpoint);
  if (!endpoint.ok) throw new LakeError('refused', `refused: ${endpoint.reason}`, { attempts: 0 });

  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const uuid = options.uuid ?? randomUUID;
  const dispatcher = options.dispatcher ?? defaultDispatcher();
  const timeoutMs = (req.serverTimeoutMs ?? DEFAULT_SERVER_TIMEOUT_MS) + (options.timeoutGraceMs ?? DEFAULT_TIMEOUT_GRACE_MS);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const body = requestBody(req);
  const started = clock();
  const secrets: string[] = [];

  let delay = 0;
  let requestId = '';
  let last: AttemptOutcome | undefined;
  for (let attempt = 1; ; attempt++) {
    requestId = `lakeguard;${uuid()}`;
    options.onAttempt?.({ attempt, requestId, delayBeforeMs: delay });
    const fail = (f: AttemptFailure, bytes?: number): LakeError =>
      new LakeError(f.kind, safeLine(`${f.cause} (request id ${requestId}, ${attempt} attempt${attempt === 1 ? '' : 's'})`, secrets), {
        requestId,
        attempts: attempt,
        httpStatus: f.httpStatus,
        serviceCode: f.serviceCode,
        bytes,
        durationMs: clock() - started,
      });

    let token: string;
    try {
      token = await options.token();
    } catch (e) {
      throw fail({ kind: 'unauthorized', cause: `could not get an access token: ${(e as Error)?.message ?? String(e)}`, retryable: false });
    }
    if (typeof token !== 'string' || token.trim() === '')
      throw fail({ kind: 'unauthorized', cause: 'the token provider returned no token', retryable: false });
    secrets.push(token);

    const remaining = policy.totalBudgetMs - (clock() - started);
    last = await runAttempt({
      url: endpoint.url,
      dispatcher,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json; charset=utf-8',
        accept: 'application/json',
        'x-ms-client-request-id': requestId,
        'x-ms-app': 'lakeguard',
      },
      body,
      timeoutMs: Math.max(1, Math.min(timeoutMs, remaining)),
      maxResponseBytes,
      signal: options.signal,
      clock,
      retain: req.retain,
    });
    if (last.ok) return toResult(last.dataset, last.bytes, clock() - started, requestId, attempt);

    const failure = last.failure;
    if (!failure.retryable || attempt >= policy.maxAttempts || options.signal?.aborted)
      throw fail(withExhausted(failure, attempt), last.bytes);
    if (failure.retryAfterMs !== undefined && failure.retryAfterMs > policy.maxRetryAfterMs) {
      throw fail(
        {
          ...failure,
          cause: `${failure.cause}; Retry-After ${Math.round(failure.retryAfterMs / 1000)} s exceeds the ${Math.round(policy.maxRetryAfterMs / 1000)} s cap`,
        },
        last.bytes,
      );
    }
    delay = failure.retryAfterMs ?? backoffDelay(policy, attempt, random);
    if (clock() - started + delay >= policy.totalBudgetMs) {
      throw fail(
        { ...failure, cause: `${failure.cause}; the ${Math.round(policy.totalBudgetMs / 1000)} s retry budget is spent` },
        last.bytes,
      );
    }
    try {
      await sleep(delay, options.signal);
    } catch {
      throw fail({ kind: 'network', cause: 'the query was cancelled', retryable: false }, last.bytes);
    }
  }
}

function withExhausted(f: AttemptFailure, attempt: number): AttemptFailure {
  return f.retryable && attempt > 1 ? { ...f, cause: `${f.cause}; retries exhausted` } : f;
}

function toResult(dataset: AssembledDataSet, bytes: number, durationMs: number, requestId: string, attempts: number): LakeResult {
  const primaries = dataset.tables.filter((t) => t.kind === 'PrimaryResult');
  const primary = primaries[0];
  if (!primary) {
    throw new LakeError(
      'malformed',
      `malformed response: no PrimaryResult table (request id ${requestId}, ${attempts} attempt${attempts === 1 ? '' : 's'})`,
      {
        requestId,
        attempts,
        bytes,
        durationMs,
      },
    );
  }
  const queryProperties = dataset.tables
    .filter((t) => t.kind === 'QueryProperties')
    .flatMap((t) =>
      t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c.name, row[i] ?? null])) as Record<string, LakeValue>),
    );
  const consumption = dataset.completion.find((e) => e.eventType === 'QueryResourceConsumption');
  return {
    columns: keptColumns(primary),
    rows: primary.rows,
    rowCount: primary.rowCount,
    allColumns: primary.columns,
    bytes,
    durationMs,
    requestId,
    attempts,
    tableName: primary.name,
    queryProperties,
    completion: dataset.completion,
    serverExecutionSeconds: consumption ? executionSeconds(consumption.payload) : undefined,
    moreTables: primaries.slice(1).map((t) => ({ name: t.name, columns: keptColumns(t), rows: t.rows, rowCount: t.rowCount })),
  };
}

const keptColumns = (t: AssembledTable): LakeColumn[] => (t.keep ? t.keep.map((i) => t.columns[i]!) : t.columns);

/** `ExecutionTime` (seconds) from a QueryResourceConsumption payload. */
function executionSeconds(payload: string): number | undefined {
  try {
    const value = (JSON.parse(payload) as { ExecutionTime?: unknown }).ExecutionTime;
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}
