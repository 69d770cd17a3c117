/**
 * One HTTP attempt: POST, then read the body as a stream under a byte cap,
 * feeding the frame reader as bytes arrive. A deadline covers the whole
 * attempt (headers and body), so a hung server cannot hang the run.
 */
import { request, type Dispatcher } from 'undici';
import { classifyHttpError, classifyNetworkError, classifyProblems, type AttemptFailure } from './classify.js';
import { DataSetAssembler, type AssembledDataSet, type RetainRows } from './dataset.js';
import { DecodeError } from './decode.js';
import { parseExactJson, type ExactJson } from './exact-json.js';
import { FrameReader, FrameSyntaxError } from './frame-reader.js';
import { parseRetryAfter } from './retry.js';

/** Error bodies are small; read at most this much of one. */
const ERROR_BODY_CAP = 1024 * 1024;

export interface AttemptInput {
  url: URL;
  dispatcher: Dispatcher;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  maxResponseBytes: number;
  signal?: AbortSignal;
  clock: () => number;
  retain?: RetainRows;
}

export type AttemptOutcome = { ok: true; dataset: AssembledDataSet; bytes: number } | { ok: false; failure: AttemptFailure; bytes: number };

class DeadlineExceeded extends Error {}
class TooLarge extends Error {}

export async function runAttempt(input: AttemptInput): Promise<AttemptOutcome> {
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(new DeadlineExceeded()), input.timeoutMs);
  const onOuterAbort = () => controller.abort(input.signal!.reason);
  input.signal?.addEventListener('abort', onOuterAbort, { once: true });
  let bytes = 0;
  let response: Dispatcher.ResponseData | undefined;
  try {
    response = await request(input.url, {
      dispatcher: input.dispatcher,
      method: 'POST',
      headers: input.headers,
      body: input.body,
      signal: controller.signal,
      headersTimeout: input.timeoutMs,
      bodyTimeout: input.timeoutMs,
    });
    const status = response.statusCode;
    if (status < 200 || status >= 300) {
      const { text, size } = await readSmall(response.body, ERROR_BODY_CAP);
      bytes = size;
      const retryAfter = parseRetryAfter(response.headers['retry-after'], Date.now());
      return { ok: false, bytes, failure: classifyHttpError(status, '', tryParse(text), retryAfter) };
    }
    const assembler = new DataSetAssembler(input.retain);
    const reader = new FrameReader(
      (frame, index) => assembler.onFrame(frame, index),
      (head, rows, index) => assembler.rows(head, rows, index),
    );
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > input.maxResponseBytes) throw new TooLarge();
      reader.push(chunk);
    }
    const end = reader.end();
    if (end.topLevelObject !== undefined) {
      const failure = classifyHttpError(status, '', end.topLevelObject, undefined);
      if (failure.serviceCode === undefined) {
        return {
          ok: false,
          bytes,
          failure: { kind: 'malformed', cause: 'malformed response: a JSON object instead of the v2 frame array', retryable: false },
        };
      }
      return { ok: false, bytes, failure };
    }
    const dataset = assembler.finish();
    if (dataset.problems.length > 0 || dataset.cancelled)
      return { ok: false, bytes, failure: classifyProblems(dataset.problems, dataset.cancelled) };
    return { ok: true, dataset, bytes };
  } catch (error) {
    response?.body.destroy();
    return { ok: false, bytes, failure: attemptError(error, controller.signal, input) };
  } finally {
    clearTimeout(deadline);
    input.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function attemptError(error: unknown, signal: AbortSignal, input: AttemptInput): AttemptFailure {
  if (error instanceof TooLarge) {
    return {
      kind: 'too-large',
      cause: `response too large: more than ${input.maxResponseBytes} bytes (the client's cap; narrow the query or raise the cap)`,
      retryable: false,
    };
  }
  if (error instanceof FrameSyntaxError || error instanceof DecodeError) {
    return { kind: 'malformed', cause: `malformed response: ${error.message}`, retryable: false };
  }
  if (signal.aborted && signal.reason instanceof DeadlineExceeded) {
    return {
      kind: 'timeout',
      cause: `no complete answer within ${Math.round(input.timeoutMs / 1000)} s (servertimeout + grace)`,
      retryable: false,
    };
  }
  if (input.signal?.aborted) return { kind: 'network', cause: 'the query was cancelled', retryable: false };
  return classifyNetworkError(error);
}

function tryParse(text: string): ExactJson | undefined {
  if (text.trim() === '') return undefined;
  try {
    return parseExactJson(text);
  } catch {
    return undefined;
  }
}

/** Read up to `cap` bytes of a body as text and drop the rest. */
async function readSmall(body: Dispatcher.ResponseData['body'], cap: number): Promise<{ text: string; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > cap) {
      body.destroy();
      break;
    }
    chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), size };
}
