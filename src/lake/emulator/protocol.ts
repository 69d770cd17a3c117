/**
 * The query request as the lake (and ADX's /v2/rest/query) accepts it: a JSON body
 * `{csl, db, properties}` where `properties` is an object or a JSON string holding
 * `{Options: {...}}`. Parsing turns it into typed options or a bad-request message.
 */
import { parseDatetime, parseTimespan } from '../../engine/values.js';

/** Service defaults for result truncation (PROTOCOL.md). */
export const DEFAULT_MAX_RECORDS = 500_000;
export const DEFAULT_MAX_BYTES = 67_108_864;
/** Default servertimeout of an interactive query: 4 minutes. */
export const DEFAULT_SERVER_TIMEOUT_MS = 4 * 60 * 1000;

export interface TimeScope {
  column: string;
  /** Inclusive bounds in ticks; either may be absent. */
  from?: bigint;
  to?: bigint;
}

export interface QueryRequest {
  csl: string;
  db: string;
  /** What now() returns, in ticks; undefined = the emulator's default. */
  now?: bigint;
  serverTimeoutMs: number;
  maxRecords: number;
  maxBytes: number;
  readonly: boolean;
  /** results_progressive_enabled: answer with TableHeader/TableFragment/TableCompletion frames. */
  progressive: boolean;
  timeScope?: TimeScope;
}

/** A request the service would refuse as malformed (HTTP 400). */
export class BadRequest extends Error {
  override name = 'BadRequest';
}

type Options = Record<string, unknown>;

function optionsOf(properties: unknown): Options {
  let value = properties;
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new BadRequest("'properties' is a string but not JSON");
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest("'properties' must be an object");
  const options = (value as { Options?: unknown }).Options;
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new BadRequest("'properties.Options' must be an object");
  return options as Options;
}

function positiveInteger(options: Options, key: string, fallback: number): number {
  const raw = options[key];
  if (raw === undefined || raw === null) return fallback;
  const n = typeof raw === 'string' ? Number(raw.trim()) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new BadRequest(`option '${key}' must be a non-negative integer`);
  return n;
}

function booleanOption(options: Options, key: string): boolean {
  const raw = options[key];
  if (raw === undefined || raw === null) return false;
  if (typeof raw === 'boolean') return raw;
  if (raw === 'true' || raw === 'True') return true;
  if (raw === 'false' || raw === 'False') return false;
  throw new BadRequest(`option '${key}' must be a boolean`);
}

function datetimeOption(options: Options, key: string): bigint | undefined {
  const raw = options[key];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const ticks = typeof raw === 'string' ? parseDatetime(raw) : null;
  if (ticks === null) throw new BadRequest(`option '${key}' must be an ISO 8601 datetime`);
  return ticks;
}

/** servertimeout as a timespan (`00:04:00`, `4m`) or a number of milliseconds. */
function serverTimeout(options: Options): number {
  const raw = options.servertimeout;
  if (raw === undefined || raw === null) return DEFAULT_SERVER_TIMEOUT_MS;
  if (typeof raw === 'number' && raw > 0) return raw;
  const ticks = typeof raw === 'string' ? parseTimespan(raw) : null;
  if (ticks === null || ticks <= 0n) throw new BadRequest("option 'servertimeout' must be a positive timespan such as 00:04:00");
  return Number(ticks) / 10_000;
}

function timeScope(options: Options): TimeScope | undefined {
  const column = options.query_datetimescope_column;
  const from = datetimeOption(options, 'query_datetimescope_from');
  const to = datetimeOption(options, 'query_datetimescope_to');
  if (column === undefined || column === null || column === '') {
    if (from !== undefined || to !== undefined) throw new BadRequest("'query_datetimescope_from/to' need 'query_datetimescope_column'");
    return undefined;
  }
  if (typeof column !== 'string') throw new BadRequest("option 'query_datetimescope_column' must be a column name");
  return { column, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** Parse the request body text; throws BadRequest with the reason. */
export function parseQueryRequest(body: string): QueryRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest('the request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new BadRequest('the request body must be a JSON object');
  const { csl, db, properties } = parsed as { csl?: unknown; db?: unknown; properties?: unknown };
  if (typeof csl !== 'string' || csl.trim() === '') throw new BadRequest("the request has no query text ('csl')");
  if (db !== undefined && db !== null && typeof db !== 'string') throw new BadRequest("'db' must be a string");
  const options = optionsOf(properties);
  const now = datetimeOption(options, 'query_now');
  const scope = timeScope(options);
  // notruncation lifts the default limits; explicit truncation options still apply.
  const unlimited = booleanOption(options, 'notruncation');
  return {
    csl,
    db: typeof db === 'string' ? db : '',
    ...(now !== undefined ? { now } : {}),
    serverTimeoutMs: serverTimeout(options),
    maxRecords: positiveInteger(options, 'truncationmaxrecords', unlimited ? Infinity : DEFAULT_MAX_RECORDS),
    maxBytes: positiveInteger(options, 'truncationmaxsize', unlimited ? Infinity : DEFAULT_MAX_BYTES),
    readonly: booleanOption(options, 'request_readonly'),
    progressive: booleanOption(options, 'results_progressive_enabled'),
    ...(scope ? { timeScope: scope } : {}),
  };
}

/** A control command (`.show`, `.set`, …): the query endpoint does not run them. */
export function isControlCommand(csl: string): boolean {
  return /^\s*(\/\/[^\n]*\n\s*)*\./.test(csl);
}

const WRITING_COMMAND =
  /^\s*(?:\/\/[^\n]*\n\s*)*\.(?:set|append|set-or-append|set-or-replace|ingest|create|create-or-alter|alter|alter-merge|drop|delete|purge|rename|move|replace|clear|add|execute|enable|disable|cancel|undo|attach|detach)\b/i;

/** A control command that would change state (refused under request_readonly). */
export function isWritingCommand(csl: string): boolean {
  return WRITING_COMMAND.test(csl);
}
