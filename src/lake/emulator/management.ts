/**
 * The management-API half of the emulator: the Sentinel alertRules and metadata
 * resources under
 * `/subscriptions/S/resourceGroups/RG/providers/Microsoft.OperationalInsights/workspaces/W/providers/Microsoft.SecurityInsights/`,
 * in memory, with etags (412 when `If-Match` does not match), paged lists with
 * `nextLink`, ARM error bodies, counted writes and test-only fault injection.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MANAGEMENT_API_VERSION = '2024-09-01';

/** A fault the management routes answer instead of the real answer (tests only). */
export type ManagementFault =
  { kind: 'status'; status: number; retryAfter?: string; body?: unknown } | { kind: 'reset' } | { kind: 'etag-changed' };

export interface ManagementOptions {
  /** Items per list page. Default 50. */
  pageSize?: number;
  /** Decide a fault for a request (1-based index over management requests). */
  faults?: (request: { index: number; method: string; path: string; body: unknown }) => ManagementFault | undefined;
  /** Refuse a rule's query as Sentinel does (e.g. a table the workspace lacks): the message, or undefined to accept. */
  refuseQuery?: (query: string) => string | undefined;
}

interface Stored {
  kind?: string;
  properties: Record<string, unknown>;
  etag: string;
}

/** State and counters of the management API, for tests. */
export interface ManagementState {
  /** Stored resources by lower-cased resource id. */
  readonly resources: Map<string, Stored & { id: string; type: string; name: string }>;
  /** Requests by method (every management request). */
  readonly counts: Record<string, number>;
  /** PUT and DELETE requests that changed state. */
  writes: number;
  /** Change a stored resource behind the client's back (new etag). */
  edit(id: string, change: (properties: Record<string, unknown>) => void): void;
}

const ROUTE =
  /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.OperationalInsights\/workspaces\/[^/]+\/providers\/Microsoft\.SecurityInsights)\/(alertRules|metadata)(?:\/([^/]+))?$/i;

function armError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ error: { code, message } }));
}

function newEtag(): string {
  return `"${randomUUID()}"`;
}

export function createManagementState(): ManagementState {
  const resources: ManagementState['resources'] = new Map();
  return {
    resources,
    counts: {},
    writes: 0,
    edit(id, change) {
      const stored = resources.get(id.toLowerCase());
      if (!stored) throw new Error(`no resource ${id}`);
      change(stored.properties);
      stored.etag = newEtag();
    },
  };
}

function present(stored: Stored & { id: string; type: string; name: string }): Record<string, unknown> {
  return {
    id: stored.id,
    name: stored.name,
    type: stored.type,
    etag: stored.etag,
    ...(stored.kind ? { kind: stored.kind } : {}),
    properties: stored.properties,
  };
}

const REQUIRED_SCHEDULED = [
  'displayName',
  'enabled',
  'severity',
  'query',
  'queryFrequency',
  'queryPeriod',
  'triggerOperator',
  'triggerThreshold',
  'suppressionEnabled',
  'suppressionDuration',
];
const REQUIRED_NRT = ['displayName', 'enabled', 'severity', 'query', 'suppressionEnabled', 'suppressionDuration'];

function problemOf(collection: string, body: Record<string, unknown>, options: ManagementOptions): string | undefined {
  const properties = body.properties;
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return 'The request has no properties object.';
  const p = properties as Record<string, unknown>;
  if (collection === 'alertrules') {
    if (body.kind !== 'Scheduled' && body.kind !== 'NRT') return `Alert rule kind '${String(body.kind)}' is not supported here.`;
    for (const key of body.kind === 'NRT' ? REQUIRED_NRT : REQUIRED_SCHEDULED)
      if (p[key] === undefined) return `The '${key}' property is required.`;
    const refused = typeof p.query === 'string' ? options.refuseQuery?.(p.query) : undefined;
    if (refused) return refused;
  } else {
    if (typeof p.parentId !== 'string' || typeof p.kind !== 'string') return "Metadata needs 'parentId' and 'kind'.";
  }
  return undefined;
}

/** Answer a management request when its path is one of ours; false when it is not. */
export async function answerManagement(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  state: ManagementState,
  options: ManagementOptions,
  index: number,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const match = ROUTE.exec(url.pathname);
  if (!match) return false;
  const method = req.method ?? 'GET';
  state.counts[method] = (state.counts[method] ?? 0) + 1;
  if (url.searchParams.get('api-version') !== MANAGEMENT_API_VERSION) {
    armError(
      res,
      400,
      'InvalidApiVersionParameter',
      `The api-version '${url.searchParams.get('api-version') ?? ''}' is not supported; use ${MANAGEMENT_API_VERSION}.`,
    );
    return true;
  }
  let parsed: unknown;
  if (body.trim()) {
    try {
      parsed = JSON.parse(body);
    } catch {
      armError(res, 400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized.');
      return true;
    }
  }
  const fault = options.faults?.({ index, method, path: url.pathname, body: parsed });
  const [, prefix, collectionName, name] = match as unknown as [string, string, string, string | undefined];
  const collection = collectionName.toLowerCase();
  const type = collection === 'alertrules' ? 'Microsoft.SecurityInsights/alertRules' : 'Microsoft.SecurityInsights/metadata';
  if (fault?.kind === 'reset') {
    req.socket.destroy();
    return true;
  }
  if (fault?.kind === 'status') {
    res.writeHead(fault.status, {
      'content-type': 'application/json; charset=utf-8',
      ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}),
    });
    res.end(
      typeof fault.body === 'string'
        ? fault.body
        : JSON.stringify(fault.body ?? { error: { code: 'Injected', message: `injected ${fault.status}` } }),
    );
    return true;
  }
  if (name === undefined) {
    if (method !== 'GET') {
      armError(res, 405, 'MethodNotAllowed', `${method} is not allowed on a collection.`);
      return true;
    }
    const all = [...state.resources.values()].filter((r) => r.type === type && r.id.toLowerCase().startsWith(`${prefix.toLowerCase()}/`));
    const skip = Number(url.searchParams.get('$skipToken') ?? '0') || 0;
    const size = options.pageSize ?? 50;
    const page = all.slice(skip, skip + size);
    const next =
      skip + size < all.length
        ? `${url.origin === 'null' ? '' : `http://${req.headers.host}`}${url.pathname}?api-version=${MANAGEMENT_API_VERSION}&$skipToken=${skip + size}`
        : undefined;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ value: page.map(present), ...(next ? { nextLink: next } : {}) }));
    return true;
  }
  const id = `${prefix}/${collectionName}/${name}`;
  const key = id.toLowerCase();
  const stored = state.resources.get(key);
  if (fault?.kind === 'etag-changed' && stored) stored.etag = newEtag();
  if (method === 'GET') {
    if (!stored) armError(res, 404, 'NotFound', `${type} '${name}' was not found.`);
    else {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', etag: stored.etag });
      res.end(JSON.stringify(present(stored)));
    }
    return true;
  }
  if (method === 'DELETE') {
    if (!stored) {
      res.writeHead(204);
      res.end();
      return true;
    }
    state.resources.delete(key);
    state.writes++;
    res.writeHead(200);
    res.end();
    return true;
  }
  if (method !== 'PUT') {
    armError(res, 405, 'MethodNotAllowed', `${method} is not allowed.`);
    return true;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    armError(res, 400, 'InvalidRequestContent', 'The request body must be a JSON object.');
    return true;
  }
  const ifMatch = req.headers['if-match'];
  if (typeof ifMatch === 'string' && ifMatch !== '*' && ifMatch !== stored?.etag) {
    armError(res, 412, 'PreconditionFailed', 'The etag does not match the current resource: it changed since it was read.');
    return true;
  }
  const given = parsed as Record<string, unknown>;
  const problem = problemOf(collection, given, options);
  if (problem) {
    armError(res, 400, 'BadRequest', problem);
    return true;
  }
  const next = {
    id,
    name,
    type,
    ...(typeof given.kind === 'string' ? { kind: given.kind } : {}),
    properties: {
      ...(given.properties as Record<string, unknown>),
      ...(collection === 'alertrules' ? { lastModifiedUtc: new Date().toISOString() } : {}),
    },
    etag: newEtag(),
  };
  state.resources.set(key, next);
  state.writes++;
  res.writeHead(stored ? 200 : 201, { 'content-type': 'application/json; charset=utf-8', etag: next.etag });
  res.end(JSON.stringify(present(next)));
  return true;
}
