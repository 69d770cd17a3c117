/**
 * Turning what went wrong in one attempt into a failure kind, a one-line
 * cause and whether trying again can help. Messages never carry a token.
 */
import type { ExactJson } from './exact-json.js';
import type { ServiceProblem } from './dataset.js';
import type { LakeErrorKind } from './types.js';

export interface AttemptFailure {
  kind: LakeErrorKind;
  /** The cause, without request id or attempt count (added once retries end). */
  cause: string;
  retryable: boolean;
  retryAfterMs?: number;
  httpStatus?: number;
  serviceCode?: string;
}

const TRUNCATION = /E_QUERY_RESULT_SET_TOO_LARGE|80DA0003/i;
const RUNAWAY = /E_RUNAWAY_QUERY|80DA0001/i;

/** The kind a service error text points at, when it is a limit. */
export function limitKind(text: string): 'truncated' | 'runaway' | undefined {
  if (TRUNCATION.test(text)) return 'truncated';
  if (RUNAWAY.test(text)) return 'runaway';
  return undefined;
}

const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /(bearer\s+)[^\s"',;]+/gi;

/** One line, bounded, with the token and anything token-shaped removed. */
export function safeLine(text: string, secrets: readonly string[], max = 400): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('***');
  out = out.replace(JWT, '***').replace(BEARER, '$1***');
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > max ? `${out.slice(0, max - 1)}…` : out;
}

interface ServiceErrorBody {
  code: string;
  message: string;
  permanent?: boolean;
  text: string;
}

/** The `{"error": {...}}` body of a failed request, when it is one. */
export function serviceErrorOf(body: ExactJson | undefined): ServiceErrorBody | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const err = body.error;
  if (!err || typeof err !== 'object' || Array.isArray(err)) return undefined;
  const s = (v: ExactJson | undefined) => (typeof v === 'string' ? v : '');
  return {
    code: s(err.code) || 'Error',
    message: s(err['@message']) || s(err.message) || 'no message',
    permanent: typeof err['@permanent'] === 'boolean' ? err['@permanent'] : undefined,
    text: JSON.stringify(err, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)),
  };
}

/** A non-2xx answer, or an error object served as the whole body. */
export function classifyHttpError(
  status: number,
  statusText: string,
  body: ExactJson | undefined,
  retryAfterMs: number | undefined,
): AttemptFailure {
  const err = serviceErrorOf(body);
  const detail = err ? `${err.code}: ${err.message}` : `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  const base = { httpStatus: status, serviceCode: err?.code };
  if (status === 401 || status === 403) {
    const what =
      status === 401
        ? 'unauthorized (HTTP 401: the token was rejected'
        : 'forbidden (HTTP 403: the identity lacks access to this workspace';
    return { ...base, kind: 'unauthorized', cause: `${what})${err ? ` — ${detail}` : ''}`, retryable: false };
  }
  if (status === 429) {
    return {
      ...base,
      kind: 'throttled',
      cause: `throttled by the service (HTTP 429)${err ? ` — ${detail}` : ''}`,
      retryable: true,
      retryAfterMs,
    };
  }
  const limit = err ? limitKind(err.text) : undefined;
  if (limit === 'truncated') return { ...base, kind: 'truncated', cause: `result truncated by the service — ${detail}`, retryable: false };
  if (limit === 'runaway') return { ...base, kind: 'runaway', cause: `runaway query stopped by the service — ${detail}`, retryable: false };
  if (status === 408 || status === 504) {
    return {
      ...base,
      kind: 'timeout',
      cause: `the service timed out (HTTP ${status})${err ? ` — ${detail}` : ''}`,
      retryable: err?.permanent !== true,
    };
  }
  const retryable = err?.permanent === true ? false : status >= 500 || err?.permanent === false;
  const prefix = status >= 200 && status < 300 ? 'service error' : `service error (HTTP ${status})`;
  return { ...base, kind: 'service', cause: err ? `${prefix} — ${detail}` : prefix, retryable, retryAfterMs };
}

/** Errors reported inside a 200 data set: never a complete result. */
export function classifyProblems(problems: ServiceProblem[], cancelled: boolean): AttemptFailure {
  const all = problems.map((p) => `${p.code} ${p.message} ${p.text}`).join('\n');
  const first = problems[0];
  const more = problems.length > 1 ? ` (+${problems.length - 1} more)` : '';
  const detail = first ? `${first.code}: ${first.message} [${first.where}]${more}` : 'the query was cancelled';
  const limit = limitKind(all);
  if (limit === 'truncated')
    return {
      kind: 'truncated',
      cause: `result truncated by the service (E_QUERY_RESULT_SET_TOO_LARGE) — ${detail}`,
      retryable: false,
      serviceCode: first?.code,
    };
  if (limit === 'runaway')
    return {
      kind: 'runaway',
      cause: `runaway query stopped by the service (E_RUNAWAY_QUERY) — ${detail}`,
      retryable: false,
      serviceCode: first?.code,
    };
  const what = cancelled && !first ? 'partial failure: the query was cancelled' : `partial failure (HTTP 200 with errors) — ${detail}`;
  return { kind: 'partial', cause: what, retryable: false, serviceCode: first?.code };
}

const NETWORK_RETRYABLE = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/** An exception from the HTTP layer (undici or node:net). */
export function classifyNetworkError(error: unknown): AttemptFailure {
  const e = error as { code?: unknown; message?: unknown; cause?: { code?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : '';
  const message = typeof e?.message === 'string' ? e.message : String(error);
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return { kind: 'timeout', cause: `the service did not answer in time (${code})`, retryable: false };
  }
  return {
    kind: 'network',
    cause: `network error: ${message}${code && !message.includes(code) ? ` (${code})` : ''}`,
    retryable: NETWORK_RETRYABLE.has(code),
  };
}
