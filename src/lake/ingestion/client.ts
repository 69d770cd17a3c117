/**
 * The Azure Monitor Logs Ingestion API (2023-01-01): `POST
 * {endpoint}/dataCollectionRules/{dcr}/streams/{stream}?api-version=2023-01-01`
 * with a JSON array of records, gzip-compressed. Records are split into batches
 * under the per-call size limit (measured on the uncompressed JSON), each batch
 * is retried on 429 (honouring Retry-After), 5xx and network failures with
 * bounded backoff, and one failed batch never stops the others.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { request, type Dispatcher } from 'undici';
import { safeLine } from '../client/classify.js';
import { isLoopback } from '../client/guards.js';
import { defaultDispatcher } from '../client/query.js';
import { abortableSleep, backoffDelay, parseRetryAfter } from '../client/retry.js';
import type { RetryPolicy } from '../client/types.js';
import type { IngestionBatch } from '../../model/result.js';

export const INGESTION_API_VERSION = '2023-01-01';
/** The token scope of the Logs Ingestion API (the double slash is the documented form). */
export const INGESTION_SCOPE = 'https://monitor.azure.com//.default';
/**
 * Azure Monitor's limit on one Logs Ingestion API call is 1 MB. We read it as
 * 10^6 bytes (the stricter reading) and measure the uncompressed JSON body, so a
 * batch is within the limit whether the service counts compressed or raw bytes.
 */
export const MAX_CALL_BYTES = 1_000_000;

/** Retries of one batch: fewer and shorter than a query's, since records are small. */
export const INGESTION_RETRY: RetryPolicy = {
  maxAttempts: 4,
  totalBudgetMs: 2 * 60_000,
  baseDelayMs: 1000,
  maxDelayMs: 16_000,
  maxRetryAfterMs: 60_000,
};

const ERROR_BODY_CAP = 64 * 1024;
const DCR_ID = /^dcr-[0-9a-f]{32}$/i;
const STREAM = /^[A-Za-z0-9_.-]{1,200}$/;

export type IngestionTarget = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * The upload URL of a data collection endpoint (or a DCR's own logs ingestion
 * endpoint), rule and stream. Tokens go only over https, or http to loopback.
 */
export function ingestionUrl(endpoint: string, dcr: string, stream: string): IngestionTarget {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, reason: `the ingestion endpoint '${endpoint}' is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: 'the ingestion endpoint must not carry credentials in the URL' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname))
    return {
      ok: false,
      reason: `refusing to send a token over plain http to ${url.hostname}: use https, or http only to a loopback host (127.0.0.1, ::1, localhost)`,
    };
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, reason: `unsupported ingestion endpoint scheme ${url.protocol} (use https)` };
  if (!DCR_ID.test(dcr))
    return { ok: false, reason: `the data collection rule must be its immutable id (dcr- and 32 hex digits), not '${dcr}'` };
  if (!STREAM.test(stream))
    return { ok: false, reason: `the stream must be a stream name of the rule such as Custom-LakeguardHunts_CL, not '${stream}'` };
  const base = url.pathname.replace(/\/+$/, '');
  url.pathname = `${base}/dataCollectionRules/${encodeURIComponent(dcr)}/streams/${encodeURIComponent(stream)}`;
  url.search = `?api-version=${INGESTION_API_VERSION}`;
  url.hash = '';
  return { ok: true, url };
}

/** One batch: the JSON array text and which records it holds. */
export interface Batch {
  /** Index of its first record. */
  first: number;
  records: number;
  json: string;
  /** UTF-8 bytes of `json` (uncompressed). */
  bytes: number;
}

/**
 * Records → batches whose JSON array text is at most `maxBytes` (uncompressed).
 * A record too large for any batch is returned in `oversized`, never sent.
 */
export function batchRecords(
  records: readonly unknown[],
  maxBytes = MAX_CALL_BYTES,
): { batches: Batch[]; oversized: { index: number; bytes: number }[] } {
  const batches: Batch[] = [];
  const oversized: { index: number; bytes: number }[] = [];
  let parts: string[] = [];
  let first = 0;
  let size = 2; // the brackets
  const flush = () => {
    if (parts.length === 0) return;
    const json = `[${parts.join(',')}]`;
    batches.push({ first, records: parts.length, json, bytes: size });
    parts = [];
    size = 2;
  };
  records.forEach((record, index) => {
    const text = JSON.stringify(record);
    const bytes = Buffer.byteLength(text);
    if (bytes + 2 > maxBytes) {
      oversized.push({ index, bytes });
      return;
    }
    const added = bytes + (parts.length > 0 ? 1 : 0);
    if (size + added > maxBytes) flush();
    if (parts.length === 0) first = index;
    size += bytes + (parts.length > 0 ? 1 : 0);
    parts.push(text);
  });
  flush();
  return { batches, oversized };
}

export interface IngestionOptions {
  url: URL;
  token: () => Promise<string>;
  dispatcher?: Dispatcher;
  retry?: Partial<RetryPolicy>;
  /** Per-attempt deadline, ms. Default 60 s. */
  timeoutMs?: number;
  /** Largest uncompressed batch. Default {@link MAX_CALL_BYTES}. */
  maxBatchBytes?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  uuid?: () => string;
  /** Called before each attempt of each batch (never receives the token). */
  onAttempt?: (event: { batch: number; attempt: number; requestId: string; delayBeforeMs: number }) => void;
}

/** What became of one batch: the report's fields, plus the last HTTP status. */
export interface BatchOutcome extends IngestionBatch {
  /** HTTP status of the last attempt, when there was an answer. */
  status?: number;
}

export interface IngestionReport {
  records: number;
  sent: number;
  batches: BatchOutcome[];
  /** Records larger than a call may be; not sent. */
  oversized: { index: number; bytes: number }[];
}

type AttemptResult =
  { ok: true; status: number } | { ok: false; status?: number; retryable: boolean; retryAfterMs?: number; cause: string };

async function attemptUpload(
  url: URL,
  body: Buffer,
  headers: Record<string, string>,
  dispatcher: Dispatcher,
  timeoutMs: number,
): Promise<AttemptResult> {
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(new Error('deadline')), timeoutMs);
  try {
    const response = await request(url, {
      dispatcher,
      method: 'POST',
      headers,
      body,
      signal: controller.signal,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    const status = response.statusCode;
    const text = await readSmall(response.body);
    if (status >= 200 && status < 300) return { ok: true, status };
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], Date.now());
    const code = serviceCode(text) ?? headerText(response.headers['x-ms-error-code']);
    const message = serviceMessage(text);
    const cause = `HTTP ${status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}`;
    const retryable = status === 429 || status === 408 || status >= 500;
    return { ok: false, status, retryable, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), cause };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, retryable: true, cause: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    const code = (error as { code?: string }).code;
    return { ok: false, retryable: true, cause: `network error${code ? ` ${code}` : ''}: ${(error as Error)?.message ?? String(error)}` };
  } finally {
    clearTimeout(deadline);
  }
}

async function readSmall(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > ERROR_BODY_CAP) {
      body.destroy();
      break;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function headerText(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v?.trim() || undefined;
}

function errorObject(text: string): { code?: unknown; message?: unknown } | undefined {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return parsed && typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}

function serviceCode(text: string): string | undefined {
  const code = errorObject(text)?.code;
  return typeof code === 'string' && code ? code : undefined;
}

function serviceMessage(text: string): string | undefined {
  const message = errorObject(text)?.message;
  return typeof message === 'string' && message ? message : undefined;
}

/** Send every record; each batch succeeds or fails on its own. Never throws for a failed batch. */
export async function uploadRecords(records: readonly unknown[], options: IngestionOptions): Promise<IngestionReport> {
  const policy = { ...INGESTION_RETRY, ...options.retry };
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const uuid = options.uuid ?? randomUUID;
  const dispatcher = options.dispatcher ?? defaultDispatcher();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const { batches, oversized } = batchRecords(records, options.maxBatchBytes ?? MAX_CALL_BYTES);
  const outcomes: BatchOutcome[] = [];
  const secrets: string[] = [];
  for (const [i, batch] of batches.entries()) {
    const body = gzipSync(Buffer.from(batch.json, 'utf8'));
    const started = Date.now();
    const outcome: BatchOutcome = {
      batch: i + 1,
      records: batch.records,
      bytes: batch.bytes,
      gzipBytes: body.length,
      attempts: 0,
      requestId: '',
      ok: false,
    };
    const label = `batch ${i + 1} of ${batches.length} (${batch.records} record${batch.records === 1 ? '' : 's'}, ${batch.bytes} bytes)`;
    let delay = 0;
    for (let attempt = 1; ; attempt++) {
      outcome.attempts = attempt;
      outcome.requestId = uuid();
      options.onAttempt?.({ batch: i + 1, attempt, requestId: outcome.requestId, delayBeforeMs: delay });
      const failWith = (cause: string) => {
        outcome.error = safeLine(
          `${label}: ${cause} (request id ${outcome.requestId}, ${attempt} attempt${attempt === 1 ? '' : 's'})`,
          secrets,
        );
      };
      let token: string;
      try {
        token = (await options.token()).trim();
        if (!token) throw new Error('the token provider returned no token');
      } catch (error) {
        failWith(`could not get an access token: ${(error as Error)?.message ?? String(error)}`);
        break;
      }
      secrets.push(token);
      const result = await attemptUpload(
        options.url,
        body,
        {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'x-ms-client-request-id': outcome.requestId,
        },
        dispatcher,
        timeoutMs,
      );
      if (result.status !== undefined) outcome.status = result.status;
      if (result.ok) {
        outcome.ok = true;
        break;
      }
      if (!result.retryable) {
        failWith(result.cause);
        break;
      }
      if (attempt >= policy.maxAttempts) {
        failWith(`${result.cause}; retries exhausted`);
        break;
      }
      if (result.retryAfterMs !== undefined && result.retryAfterMs > policy.maxRetryAfterMs) {
        failWith(
          `${result.cause}; Retry-After ${Math.round(result.retryAfterMs / 1000)} s exceeds the ${Math.round(policy.maxRetryAfterMs / 1000)} s cap`,
        );
        break;
      }
      delay = result.retryAfterMs ?? backoffDelay(policy, attempt, random);
      if (Date.now() - started + delay >= policy.totalBudgetMs) {
        failWith(`${result.cause}; the ${Math.round(policy.totalBudgetMs / 1000)} s retry budget is spent`);
        break;
      }
      await sleep(delay);
    }
    outcomes.push(outcome);
  }
  return {
    records: records.length,
    sent: outcomes.filter((o) => o.ok).reduce((n, o) => n + o.records, 0),
    batches: outcomes,
    oversized,
  };
}
