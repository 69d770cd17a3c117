/**
 * MSAL's network client on undici, so Entra requests share the project's HTTP
 * stack: bounded time and body size, a clear message when the authority is
 * unreachable or answers something that is not JSON, and an injectable
 * dispatcher (an https proxy in production; a test CA in the tests).
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { request, type Dispatcher } from 'undici';

export interface EntraNetworkOptions {
  /** undici dispatcher for every request to the authority. Default: undici's global one. */
  dispatcher?: Dispatcher;
  /** Per-request time limit in ms. Default 30 s. */
  timeoutMs?: number;
  /** Largest response body accepted. Default 1 MiB (token responses are a few KB). */
  maxBodyBytes?: number;
}

/** MSAL replaces network failures by a generic code; the client reports the real cause here. */
export type NetworkFailureListener = (message: string) => void;

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function entraNetworkClient(options: EntraNetworkOptions = {}, onFailure?: NetworkFailureListener): INetworkModule {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  async function send<T>(method: 'GET' | 'POST', url: string, requestOptions?: NetworkRequestOptions, timeout?: number) {
    try {
      return await attempt<T>(method, url, requestOptions, timeout);
    } catch (error) {
      onFailure?.(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  async function attempt<T>(method: 'GET' | 'POST', url: string, requestOptions?: NetworkRequestOptions, timeout?: number) {
    const limit = timeout && timeout > 0 ? Math.min(timeout, timeoutMs) : timeoutMs;
    const where = hostOf(url);
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method,
        headers: requestOptions?.headers,
        body: method === 'POST' ? (requestOptions?.body ?? '') : undefined,
        dispatcher: options.dispatcher,
        signal: AbortSignal.timeout(limit),
        headersTimeout: limit,
        bodyTimeout: limit,
      });
    } catch (error) {
      throw new Error(`${method} ${where} failed: ${describeNetworkError(error, limit)}`);
    }
    const text = await readCapped(response, maxBodyBytes, where, limit);
    let body: unknown;
    try {
      body = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      throw new Error(`${where} answered HTTP ${response.statusCode} with a body that is not JSON (${contentTypeOf(response)}).`);
    }
    return { headers: headerRecord(response.headers), body: body as T, status: response.statusCode } satisfies NetworkResponse<T>;
  }

  return {
    sendGetRequestAsync: (url, requestOptions, timeout) => send('GET', url, requestOptions, timeout),
    sendPostRequestAsync: (url, requestOptions) => send('POST', url, requestOptions),
  };
}

async function readCapped(response: Dispatcher.ResponseData, maxBytes: number, where: string, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      if (size > maxBytes) {
        response.body.destroy();
        throw new Error(`${where} answered more than ${maxBytes} bytes; a token response is far smaller.`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(where)) throw error;
    throw new Error(`reading the answer of ${where} failed: ${describeNetworkError(error, limit)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeNetworkError(error: unknown, limit: number): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError' || /timeout/i.test(error.name)) return `no answer within ${limit} ms`;
    const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? `${code} (${error.message})` : error.message;
  }
  return String(error);
}

function headerRecord(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function contentTypeOf(response: Dispatcher.ResponseData): string {
  const value = response.headers['content-type'];
  return `content-type ${Array.isArray(value) ? value[0] : (value ?? 'none')}`;
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return 'the authority';
  }
}
