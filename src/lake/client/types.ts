/**
 * The lake client's public types: what a query asks for, what a complete answer
 * holds, and the small set of failure kinds a runner reports.
 */
import type { Dispatcher } from 'undici';
import type { KustoType } from '../../engine/values.js';
import type { ExactJson } from './exact-json.js';

/** What to keep of primary-result rows; every row is still decoded and counted. */
export interface RetainRows {
  /** Keep at most this many rows. */
  maxRows?: number;
  /** Keep only these columns (names not in the result are ignored). */
  columns?: string[];
}

/** Supplies a bearer token; called once per attempt so a refreshed token is used on retries. */
export type TokenProvider = () => Promise<string>;

/**
 * A decoded cell. string/guid/decimal: string ('' for a missing string);
 * int/real: number (real also NaN/±Infinity); long: number when within ±2^53,
 * bigint beyond (never rounded); bool: boolean; datetime: bigint 100-ns ticks
 * since the Unix epoch; timespan: bigint ticks; dynamic: JSON data whose
 * integers beyond ±2^53 are bigint. null where Kusto has null.
 */
export type LakeValue = null | string | number | boolean | bigint | ExactJson;

export interface LakeQueryRequest {
  /** KQL query text (never a control command). */
  query: string;
  /** `workspaceName-workspaceId` on the lake, the database name on ADX. */
  database: string;
  /** Server-side timeout in ms (servertimeout); default 4 minutes. */
  serverTimeoutMs?: number;
  /** truncationmaxrecords. */
  maxRecords?: number;
  /** truncationmaxsize, bytes. */
  maxSize?: number;
  /** What now() returns on the server (query_now). */
  now?: Date | string;
  /** query_datetimescope_*: an automatic time filter on `column` for every table. */
  timeScope?: { column: string; from: Date | string; to: Date | string };
  /**
   * What to keep of the primary rows, to bound memory when only counts or a few
   * columns (entities) are needed. Every row is still decoded, checked and counted.
   */
  retain?: RetainRows;
}

export interface RetryPolicy {
  /** Attempts in all, the first one included. Default 4. */
  maxAttempts: number;
  /** Wall-clock budget for all attempts and waits, ms. Default 10 minutes. */
  totalBudgetMs: number;
  /** First backoff delay, ms; doubled per retry. Default 1000. */
  baseDelayMs: number;
  /** Upper bound of one backoff delay, ms. Default 30 s. */
  maxDelayMs: number;
  /** Longest Retry-After honoured, ms; longer waits end the retries. Default 60 s. */
  maxRetryAfterMs: number;
}

export interface LakeClientOptions {
  /** Query endpoint; default the Sentinel data lake. An ADX cluster base URL maps to /v2/rest/query. */
  endpoint?: string;
  token: TokenProvider;
  /** Shared undici dispatcher (Agent/Pool); one is created per client when absent. */
  dispatcher?: Dispatcher;
  retry?: Partial<RetryPolicy>;
  /** Added to servertimeout for our own per-attempt deadline, ms. Default 30 s. */
  timeoutGraceMs?: number;
  /** Byte cap on one response body. Default 64 MiB + 4 MiB. */
  maxResponseBytes?: number;
  /** Cancels the query (and any wait between attempts). */
  signal?: AbortSignal;
  /** Injectable for tests: waits between attempts, randomness of the jitter, the clock, request ids. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  clock?: () => number;
  uuid?: () => string;
  /** Called before each attempt (for progress lines); never receives the token. */
  onAttempt?: (event: { attempt: number; requestId: string; delayBeforeMs: number }) => void;
}

export interface LakeColumn {
  name: string;
  type: KustoType;
}

/** One event of the QueryCompletionInformation table. */
export interface CompletionEvent {
  level: number | null;
  levelName: string;
  statusCode: number | null;
  statusName: string;
  eventType: string;
  payload: string;
}

export interface LakeResult {
  /** The primary table's columns (only the retained ones when `retain.columns` was given). */
  columns: LakeColumn[];
  /** Decoded rows, at most `retain.maxRows` of them. */
  rows: LakeValue[][];
  /** Rows the primary table holds, retained or not. */
  rowCount: number;
  /** All columns of the primary table. */
  allColumns: LakeColumn[];
  /** Response body bytes received. */
  bytes: number;
  durationMs: number;
  /** The x-ms-client-request-id of the attempt that answered. */
  requestId: string;
  attempts: number;
  /** The primary table's name (PrimaryResult). */
  tableName: string;
  /** Rows of the QueryProperties table as name → value (e.g. Visualization). */
  queryProperties: Record<string, LakeValue>[];
  completion: CompletionEvent[];
  /** Server-reported execution time in seconds when QueryResourceConsumption reports it. */
  serverExecutionSeconds?: number;
  /** Other primary tables (a query with several statements), in order. */
  moreTables: { name: string; columns: LakeColumn[]; rows: LakeValue[][]; rowCount: number }[];
}

export type LakeErrorKind =
  | 'throttled'
  | 'timeout'
  | 'truncated'
  | 'runaway'
  | 'partial'
  | 'malformed'
  | 'unauthorized'
  | 'service'
  | 'network'
  | 'too-large'
  | 'refused';

export interface LakeErrorDetails {
  requestId?: string;
  attempts: number;
  httpStatus?: number;
  /** The service's error code (e.g. `LimitsExceeded`, `BadRequest_SyntaxError`). */
  serviceCode?: string;
  bytes?: number;
  durationMs?: number;
}

/** A query that produced no complete answer. `message` is one line, names the cause and the request id, holds no secret. */
export class LakeError extends Error {
  override name = 'LakeError';
  constructor(
    readonly kind: LakeErrorKind,
    message: string,
    readonly details: LakeErrorDetails,
  ) {
    super(message);
  }
  get requestId(): string | undefined {
    return this.details.requestId;
  }
  get attempts(): number {
    return this.details.attempts;
  }
}
