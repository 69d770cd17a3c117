/** Real HTTP requests to a running emulator, for the emulator tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'emulator');

export interface Posted {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/** POST a query body (object or raw text) and read the whole answer. */
export async function post(
  url: string,
  body: unknown,
  options: { token?: string | null; requestId?: string; headersTimeout?: number; signal?: AbortSignal } = {},
): Promise<Posted> {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', accept: 'application/json' };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? 'test-token'}`;
  if (options.requestId) headers['x-ms-client-request-id'] = options.requestId;
  const res = await request(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(options.headersTimeout ? { headersTimeout: options.headersTimeout } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await res.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: res.headers, text, json };
}

export type Frame = Record<string, unknown> & { FrameType: string };

/** The query request body of PROTOCOL.md. */
export function queryBody(csl: string, options: Record<string, unknown> = {}): unknown {
  return { csl, db: 'lakeguard-ws', properties: { Options: { request_readonly: true, servertimeout: '00:04:00', ...options } } };
}

export function frames(posted: Posted): Frame[] {
  if (!Array.isArray(posted.json)) throw new Error(`not a frame array (HTTP ${posted.status}): ${posted.text.slice(0, 300)}`);
  return posted.json as Frame[];
}

export function table(posted: Posted, kind: string): Frame {
  const found = frames(posted).find((f) => f.FrameType === 'DataTable' && f.TableKind === kind);
  if (!found) throw new Error(`no ${kind} table`);
  return found;
}

/** The last frame, which must be DataSetCompletion. */
export function completion(posted: Posted): { FrameType: string; HasErrors: boolean; Cancelled: boolean; OneApiErrors?: unknown[] } {
  const last = frames(posted).at(-1) as unknown as { FrameType: string; HasErrors: boolean; Cancelled: boolean; OneApiErrors?: unknown[] };
  if (last?.FrameType !== 'DataSetCompletion') throw new Error('the last frame is not DataSetCompletion');
  return last;
}
