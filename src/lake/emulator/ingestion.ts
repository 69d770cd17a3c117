/**
 * The emulator's Logs Ingestion API (2023-01-01): `POST
 * /dataCollectionRules/{dcr}/streams/{stream}?api-version=2023-01-01` with a
 * JSON array of records (gzip or not), answered 204 as the service does. What
 * a `Custom-X` stream receives becomes table `X`, which the query routes then
 * serve, so a hunt's records can be read back with `lakeguard query`.
 * Test-only faults (429, 5xx, resets) replace answers as on the query route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { FixtureError, inferColumns, tableFromRecords } from '../../engine/fixtures.js';
import type { Table } from '../../engine/table.js';
import type { Catalog } from '../../kql/catalog.js';
import { isRecord } from '../../util/records.js';
import { nextFault, sleep, type FaultPlan } from './faults.js';

export const INGESTION_PATH = /^\/dataCollectionRules\/([^/]+)\/streams\/([^/]+)$/;
const API_VERSION = '2023-01-01';
/** The service's limit on one call, taken as 10^6 bytes, on the body as sent and as decompressed. */
export const INGESTION_MAX_BYTES = 1_000_000;

export interface IngestionEmulatorOptions {
  /** Only this rule immutable id is accepted; default any `dcr-…` id. */
  dcr?: string;
  /** Test-only faults for ingestion calls (a separate queue from the query route's). */
  faults?: FaultPlan;
  /** Largest call accepted, compressed and decompressed. Default 1 MB (10^6 bytes). */
  maxBytes?: number;
}

/** Records received per table, and the calls made. */
export interface IngestionState {
  readonly records: Map<string, Record<string, unknown>[]>;
  calls: number;
  accepted: number;
}

export function createIngestionState(): IngestionState {
  return { records: new Map(), calls: 0, accepted: 0 };
}

/** What the route needs of the emulator: its tables and catalog (records become a table there). */
export interface IngestionTarget {
  tables: Map<string, Table>;
  catalog: Catalog;
  bearerOk: (header: string | undefined) => boolean;
  signal: AbortSignal;
}

function answer(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'x-ms-error-code': code });
  res.end(JSON.stringify({ error: { code, message } }));
}

async function readRaw(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) over = true;
    else chunks.push(chunk as Buffer);
  }
  return over ? undefined : Buffer.concat(chunks);
}

/** Answer one ingestion call. */
export async function answerIngestion(
  req: IncomingMessage,
  res: ServerResponse,
  match: RegExpExecArray,
  state: IngestionState,
  target: IngestionTarget,
  options: IngestionEmulatorOptions,
  ids: { clientRequestId: string },
): Promise<void> {
  const index = ++state.calls;
  const headers: Record<string, string> = ids.clientRequestId ? { 'x-ms-client-request-id': ids.clientRequestId } : {};
  if (req.method !== 'POST') return answer(res, 405, 'MethodNotAllowed', 'Use POST.', { ...headers, allow: 'POST' });
  if (!target.bearerOk(req.headers.authorization))
    return answer(res, 401, 'InvalidToken', 'A valid bearer token for https://monitor.azure.com is required.', {
      ...headers,
      'www-authenticate': 'Bearer',
    });
  const url = new URL(req.url ?? '/', 'http://emulator');
  const version = url.searchParams.get('api-version');
  if (version !== API_VERSION)
    return answer(
      res,
      400,
      'InvalidApiVersion',
      `api-version must be ${API_VERSION}${version ? `, not '${version}'` : ' (missing)'}.`,
      headers,
    );
  const dcr = decodeURIComponent(match[1]!);
  const stream = decodeURIComponent(match[2]!);
  if (!/^dcr-[0-9a-f]{32}$/i.test(dcr) || (options.dcr !== undefined && dcr !== options.dcr))
    return answer(res, 404, 'NotFound', `Data collection rule '${dcr}' was not found.`, headers);
  if (!/^Custom-[A-Za-z0-9_]+$/.test(stream))
    return answer(
      res,
      400,
      'InvalidStream',
      `Stream '${stream}' is not declared by the rule (the emulator serves Custom-<Table> streams).`,
      headers,
    );

  const fault = nextFault(options.faults, { index, csl: '', clientRequestId: ids.clientRequestId });
  const limit = options.maxBytes ?? INGESTION_MAX_BYTES;
  const raw = await readRaw(req, limit);
  if (fault) {
    switch (fault.kind) {
      case 'throttle': {
        const after = fault.retryAfterSeconds === undefined ? 1 : fault.retryAfterSeconds;
        return answer(res, 429, 'TooManyRequests', 'Too many requests: the data collection rule is throttled.', {
          ...headers,
          ...(after !== null ? { 'retry-after': String(after) } : {}),
        });
      }
      case 'server-error':
        return answer(res, fault.status ?? 503, 'ServiceUnavailable', 'The service is temporarily unavailable.', headers);
      case 'unauthorized':
        res.writeHead(401, { ...headers, 'www-authenticate': 'Bearer' });
        res.end();
        return;
      case 'reset':
        req.socket.destroy();
        return;
      case 'hang':
        return;
      case 'delay':
        await sleep(fault.ms, target.signal);
        break;
      default:
        break;
    }
  }
  if (raw === undefined) return answer(res, 413, 'ContentLengthLimitExceeded', `The request body is larger than ${limit} bytes.`, headers);
  let text: string;
  const encoding = String(req.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip') {
    let inflated: Buffer;
    try {
      inflated = gunzipSync(raw, { maxOutputLength: limit + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        return answer(res, 413, 'ContentLengthLimitExceeded', `The decompressed body is larger than ${limit} bytes.`, headers);
      return answer(res, 400, 'InvalidContentEncoding', 'The body is not valid gzip.', headers);
    }
    if (inflated.length > limit)
      return answer(res, 413, 'ContentLengthLimitExceeded', `The decompressed body is larger than ${limit} bytes.`, headers);
    text = inflated.toString('utf8');
  } else if (encoding === '' || encoding === 'identity') {
    text = raw.toString('utf8');
  } else {
    return answer(res, 400, 'InvalidContentEncoding', `Content-Encoding must be gzip, not '${encoding}'.`, headers);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(res, 400, 'InvalidContent', 'The body is not valid JSON.', headers);
  }
  if (!Array.isArray(body) || !body.every(isRecord))
    return answer(res, 400, 'InvalidContent', 'The body must be a JSON array of objects.', headers);

  const table = stream.slice('Custom-'.length);
  const all = [...(state.records.get(table) ?? []), ...body];
  const numbered = all.map((record, i) => ({ line: i + 1, record }));
  let built: Table;
  try {
    const columns = inferColumns(numbered);
    built = tableFromRecords(numbered, columns, `stream ${stream}`);
    target.catalog.addTable({ name: table, columns: columns.map((c) => [c.name, c.type] as const), origin: `stream ${stream}` });
  } catch (error) {
    if (error instanceof FixtureError) return answer(res, 400, 'InvalidContent', error.message, headers);
    throw error;
  }
  state.records.set(table, all);
  state.accepted++;
  target.tables.set(table, built);
  res.writeHead(204, headers);
  res.end();
}
