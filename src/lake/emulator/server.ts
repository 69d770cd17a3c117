/**
 * The local lake emulator: a node:http server on loopback that answers
 * `POST /lake/kql/v2/rest/query` and `POST /v2/rest/query` with the embedded
 * engine, in the service's v2 frame shape and error shapes.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runQuery } from '../../engine/evaluate.js';
import type { Table } from '../../engine/table.js';
import { parseDatetime } from '../../engine/values.js';
import { Catalog } from '../../kql/catalog.js';
import { loadFixtureTables } from '../../engine/fixture-tables.js';
import { answerFault } from './answer-fault.js';
import { answerQuery } from './answer-query.js';
import { answerIngestion, createIngestionState, INGESTION_PATH, type IngestionEmulatorOptions, type IngestionState } from './ingestion.js';
import { answerManagement, createManagementState, type ManagementOptions, type ManagementState } from './management.js';
import { badRequest, executeQuery, HttpFailure, type ExecutedQuery, type LakeData } from './execute.js';
import { nextFault, sleep, type FaultPlan } from './faults.js';
import { errorBody, newActivityId, serviceError, type RequestIds } from './frames.js';
import { BadRequest, parseQueryRequest, type QueryRequest } from './protocol.js';

export const QUERY_PATHS: readonly string[] = ['/lake/kql/v2/rest/query', '/v2/rest/query'];

export interface EmulatorOptions {
  /** Fixture files or folders, loaded as `lakeguard query --data` loads them. */
  data?: readonly string[];
  /** Tables supplied directly (added after `data`). */
  tables?: ReadonlyMap<string, Table>;
  /** Table schemas; default the built-in catalog (catalog tables without data are empty). */
  catalog?: Catalog;
  /** Default 127.0.0.1. A non-loopback host needs `allowRemote`. */
  host?: string;
  /** Default 0: any free port. */
  port?: number;
  allowRemote?: boolean;
  /** now() for requests without query_now (ISO 8601); default the wall clock. */
  now?: string;
  /** The bearer token every request must carry; default: any non-empty token. */
  token?: string;
  /** Only this database name is accepted; default any. */
  database?: string;
  /** Added before every answer (for latency benchmarks). */
  latencyMs?: number;
  /** Test-only fault injection; never set by the CLI. */
  faults?: FaultPlan;
  /** Largest request body accepted. Default 1 MiB. */
  maxBodyBytes?: number;
  /** The management API (alertRules, metadata): paging and test-only faults. */
  management?: ManagementOptions;
  /** The Logs Ingestion API: the accepted rule id and test-only faults. */
  ingestion?: IngestionEmulatorOptions;
  /** Load the language service before listening so the first answer is not seconds late. Default true. */
  warmUp?: boolean;
}

export interface RunningEmulator {
  /** `http://host:port` (no trailing slash). */
  url: string;
  /** The lake endpoint URL (`url` + `/lake/kql/v2/rest/query`). */
  endpoint: string;
  host: string;
  port: number;
  /** Names of the tables loaded from data. */
  tables: string[];
  /** Requests received so far (every method and path). */
  readonly requests: number;
  /** The management API's resources and counters. */
  readonly management: ManagementState;
  /** Records received through the Logs Ingestion API, by table, and the calls made. */
  readonly ingestion: IngestionState;
  close(): Promise<void>;
}

/** Loopback hosts the emulator may bind without `allowRemote`. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

function bearerMatches(header: string | undefined, expected: string | undefined): boolean {
  const token = /^Bearer\s+(\S.*)$/i.exec(header ?? '')?.[1]?.trim();
  if (!token) return false;
  if (expected === undefined) return true;
  const a = Buffer.from(token);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendError(res: ServerResponse, status: number, body: string | undefined, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, ...(body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}) });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The query text of a body, for fault deciders; '' when there is none. */
function cslOf(body: string): string {
  try {
    const csl = (JSON.parse(body) as { csl?: unknown }).csl;
    return typeof csl === 'string' ? csl : '';
  } catch {
    return '';
  }
}

/** Run a trivial query once: the first analysis loads the Kusto language service. */
function warmUp(data: LakeData): void {
  const first = [...data.tables.keys()][0];
  const csl = first && /^[A-Za-z_][A-Za-z0-9_]*$/.test(first) ? `${first} | take 0` : 'print 1';
  try {
    runQuery(csl, { catalog: data.catalog, tables: data.tables });
  } catch {
    /* a table the engine cannot read is reported when queried */
  }
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.allowRemote)
    throw new Error(
      `refusing to listen on '${host}': the emulator binds loopback only unless remote access is explicitly allowed (--allow-remote)`,
    );
  let now: bigint | undefined;
  if (options.now !== undefined) {
    const ticks = parseDatetime(options.now);
    if (ticks === null) throw new Error(`--now must be an ISO 8601 datetime, not '${options.now}'`);
    now = ticks;
  }
  const catalog = options.catalog ?? new Catalog();
  const tables = new Map(await loadFixtureTables(options.data ?? [], catalog));
  for (const [name, table] of options.tables ?? []) tables.set(name, table);
  const data: LakeData = {
    catalog,
    tables,
    ...(now !== undefined ? { now } : {}),
    ...(options.database !== undefined ? { database: options.database } : {}),
  };
  if (options.warmUp !== false) warmUp(data);
  const lifetime = new AbortController();
  let requests = 0;
  let managementRequests = 0;
  const management = createManagementState();
  const ingestion = createIngestionState();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const index = ++requests;
    const clientRequestId = String(req.headers['x-ms-client-request-id'] ?? '');
    const ids: RequestIds = { activityId: newActivityId(), clientRequestId };
    const headers = { 'x-ms-activity-id': ids.activityId, ...(clientRequestId ? { 'x-ms-client-request-id': clientRequestId } : {}) };
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (/^\/subscriptions\//i.test(path)) {
      if (!bearerMatches(req.headers.authorization, options.token)) {
        res.writeHead(401, { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' });
        res.end(
          JSON.stringify({ error: { code: 'AuthenticationFailed', message: 'Authentication failed: a valid bearer token is required.' } }),
        );
        return;
      }
      const managementBody = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
      if (managementBody === undefined) {
        res.writeHead(413, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: { code: 'RequestEntityTooLarge', message: 'The request body is too large.' } }));
        return;
      }
      if (options.latencyMs) await sleep(options.latencyMs, lifetime.signal);
      if (await answerManagement(req, res, managementBody, management, options.management ?? {}, ++managementRequests)) return;
    }
    const ingestionCall = INGESTION_PATH.exec(path);
    if (ingestionCall) {
      if (options.latencyMs) await sleep(options.latencyMs, lifetime.signal);
      return answerIngestion(
        req,
        res,
        ingestionCall,
        ingestion,
        { tables, catalog, bearerOk: (header) => bearerMatches(header, options.token), signal: lifetime.signal },
        options.ingestion ?? {},
        ids,
      );
    }
    if (!QUERY_PATHS.includes(path)) {
      const error = serviceError(ids, {
        code: 'NotFound',
        message: `No endpoint at ${path}.`,
        type: 'Kusto.Data.Exceptions.KustoBadRequestException',
        detail: `The emulator serves POST ${QUERY_PATHS.join(' and ')}.`,
        permanent: true,
      });
      return sendError(res, 404, errorBody(error), headers);
    }
    if (req.method !== 'POST') {
      const error = serviceError(ids, {
        code: 'MethodNotAllowed',
        message: 'Use POST.',
        type: 'Kusto.Data.Exceptions.KustoBadRequestException',
        detail: `${req.method} is not allowed; use POST.`,
        permanent: true,
      });
      return sendError(res, 405, errorBody(error), { ...headers, allow: 'POST' });
    }
    if (!bearerMatches(req.headers.authorization, options.token)) {
      const error = serviceError(ids, {
        code: 'Unauthorized',
        message: 'Unauthorized: a valid bearer token is required.',
        type: 'Kusto.Data.Exceptions.KustoRequestDeniedException',
        detail: 'The request has no valid Authorization: Bearer token.',
        permanent: true,
      });
      return sendError(res, 401, errorBody(error), { ...headers, 'www-authenticate': 'Bearer' });
    }
    const body = await readBody(req, options.maxBodyBytes ?? 1024 * 1024);
    if (body === undefined) {
      const error = serviceError(ids, {
        code: 'General_BadRequest',
        message: 'The request body is too large.',
        type: 'Kusto.Data.Exceptions.KustoBadRequestException',
        detail: 'The request body is too large.',
        permanent: true,
      });
      return sendError(res, 413, errorBody(error), headers);
    }
    // Latency is the service time of every answer: the query's own evaluation counts
    // towards it, so a benchmark sees latencyMs per request, not latencyMs + engine time.
    const arrived = performance.now();
    const restOfLatency = () => sleep((options.latencyMs ?? 0) - (performance.now() - arrived), lifetime.signal);
    const fault = nextFault(options.faults, { index, csl: cslOf(body), clientRequestId });
    if (fault && fault.kind !== 'delay' && fault.kind !== 'truncation' && fault.kind !== 'partial-failure') {
      await restOfLatency();
      return answerFault(fault, req, res, ids, headers);
    }
    if (fault?.kind === 'delay') await sleep(fault.ms, lifetime.signal);
    let request: QueryRequest;
    let executed: ExecutedQuery;
    try {
      request = parseQueryRequest(body);
      if (fault?.kind === 'truncation') request.maxRecords = Math.min(request.maxRecords, fault.rows ?? 0);
      executed = executeQuery(data, request, ids);
    } catch (error) {
      const failure = error instanceof BadRequest ? badRequest(ids, `Bad request: ${error.message}.`) : error;
      if (!(failure instanceof HttpFailure)) throw error;
      await restOfLatency();
      return sendError(res, failure.status, errorBody(failure.error), headers);
    }
    await restOfLatency();
    await answerQuery(executed, request, ids, res, headers, fault?.kind === 'partial-failure' ? fault : undefined);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else {
        const ids = { activityId: newActivityId(), clientRequestId: String(req.headers['x-ms-client-request-id'] ?? '') };
        const detail = `Internal error in the lakeguard emulator: ${String((error as Error)?.message ?? error)}`;
        sendError(
          res,
          500,
          errorBody(
            serviceError(ids, {
              code: 'Internal_ServiceError',
              message: detail,
              type: 'Kusto.Data.Exceptions.KustoServiceException',
              detail,
              permanent: true,
            }),
          ),
        );
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}`;
  return {
    url,
    endpoint: `${url}${QUERY_PATHS[0]}`,
    host: address.address,
    port: address.port,
    tables: [...tables.keys()].sort(),
    get requests() {
      return requests;
    },
    management,
    ingestion,
    close: () =>
      new Promise<void>((resolve) => {
        lifetime.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
