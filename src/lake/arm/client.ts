/**
 * A small client of the Azure Resource Manager API (the Sentinel management
 * plane): GET, PUT (with If-Match), DELETE and paged lists over undici, with the
 * lake client's habits: a deadline per attempt, bounded backoff for 5xx and
 * resets, `Retry-After` honoured on 429, bounded bodies, and messages that never
 * carry the token.
 */
import { Agent, request, type Dispatcher } from 'undici';
import { safeLine } from '../client/classify.js';
import { abortableSleep, backoffDelay, parseRetryAfter } from '../client/retry.js';

export const DEFAULT_ARM_ENDPOINT = 'https://management.azure.com';

/** The Entra scope of an ARM endpoint: `<endpoint>/.default`. */
export function armScope(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/.default`;
}

export interface ArmClientOptions {
  /** Default https://management.azure.com; https only, or http to loopback. */
  endpoint?: string;
  token: () => Promise<string>;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  /** Attempts in all (1 = no retry). Default 4. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxRetryAfterMs?: number;
  /** Largest response body read. Default 8 MiB. */
  maxResponseBytes?: number;
  dispatcher?: Dispatcher;
  random?: () => number;
}

/** An ARM answer that is not a success: status, the service's code and message. */
export class ArmError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ArmError';
  }
}

export interface ArmResponse {
  status: number;
  etag?: string;
  body: unknown;
}

function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Refuse an endpoint that would send the token in clear text. */
export function checkArmEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ArmError(`the ARM endpoint '${endpoint}' is not a URL`, undefined, 'BadEndpoint');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new ArmError(`the ARM endpoint must be https (or http to loopback), not '${url.protocol}//${url.host}'`, undefined, 'BadEndpoint');
}

export class ArmClient {
  readonly endpoint: string;
  /** Requests sent, by method (every attempt counts). */
  readonly sent: Record<string, number> = {};
  private readonly dispatcher: Dispatcher;
  private readonly secrets: string[] = [];

  constructor(private readonly options: ArmClientOptions) {
    this.endpoint = checkArmEndpoint(options.endpoint ?? DEFAULT_ARM_ENDPOINT)
      .toString()
      .replace(/\/+$/, '');
    this.dispatcher = options.dispatcher ?? new Agent({ connections: 8 });
  }

  get(path: string): Promise<ArmResponse> {
    return this.call('GET', path, undefined, undefined, [200, 404]);
  }

  put(path: string, body: unknown, ifMatch?: string): Promise<ArmResponse> {
    return this.call('PUT', path, body, ifMatch, [200, 201]);
  }

  delete(path: string): Promise<ArmResponse> {
    return this.call('DELETE', path, undefined, undefined, [200, 204, 404]);
  }

  /** Every item of a list, following `nextLink` (only to this endpoint). */
  async list(path: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let next: string | undefined = path;
    for (let page = 0; next !== undefined; page++) {
      if (page > 10_000) throw new ArmError('the list did not end after 10000 pages', undefined, 'TooManyPages');
      const answer = await this.call('GET', next, undefined, undefined, [200]);
      const body = answer.body as { value?: unknown; nextLink?: unknown } | undefined;
      if (!body || typeof body !== 'object' || !Array.isArray(body.value))
        throw new ArmError('malformed list answer: no value array', answer.status, 'Malformed');
      for (const item of body.value)
        if (item && typeof item === 'object' && !Array.isArray(item)) items.push(item as Record<string, unknown>);
      next = undefined;
      if (typeof body.nextLink === 'string' && body.nextLink) {
        const link = new URL(body.nextLink, this.endpoint);
        if (link.origin !== new URL(this.endpoint).origin)
          throw new ArmError(`refusing a nextLink to another host (${link.host})`, answer.status, 'BadNextLink');
        next = `${link.pathname}${link.search}`;
      }
    }
    return items;
  }

  private url(path: string): URL {
    return new URL(path, `${this.endpoint}/`);
  }

  private clean(text: string): string {
    return safeLine(text, this.secrets);
  }

  private async call(method: string, path: string, body: unknown, ifMatch: string | undefined, ok: number[]): Promise<ArmResponse> {
    const maxAttempts = this.options.maxAttempts ?? 4;
    const random = this.options.random ?? Math.random;
    for (let attempt = 1; ; attempt++) {
      const token = await this.options.token();
      if (!this.secrets.includes(token)) this.secrets.push(token);
      this.sent[method] = (this.sent[method] ?? 0) + 1;
      const outcome = await this.attempt(method, path, body, ifMatch, token);
      if ('response' in outcome) {
        const { response } = outcome;
        if (ok.includes(response.status)) return response;
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable || attempt >= maxAttempts) throw this.errorOf(method, path, response);
        const after = outcome.retryAfterMs;
        const wait =
          response.status === 429 && after !== undefined
            ? Math.min(after, this.options.maxRetryAfterMs ?? 60_000)
            : backoffDelay(this.policy(), attempt, random);
        await abortableSleep(wait);
        continue;
      }
      if (attempt >= maxAttempts)
        throw new ArmError(`${method} ${path}: ${outcome.cause} (after ${attempt} attempts)`, undefined, 'Network');
      await abortableSleep(backoffDelay(this.policy(), attempt, random));
    }
  }

  private policy() {
    return {
      maxAttempts: this.options.maxAttempts ?? 4,
      totalBudgetMs: 10 * 60_000,
      baseDelayMs: this.options.baseDelayMs ?? 1000,
      maxDelayMs: this.options.maxDelayMs ?? 30_000,
      maxRetryAfterMs: this.options.maxRetryAfterMs ?? 60_000,
    };
  }

  private errorOf(method: string, path: string, response: ArmResponse): ArmError {
    const err = (response.body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    const code = typeof err?.code === 'string' ? err.code : undefined;
    const message = typeof err?.message === 'string' ? err.message : undefined;
    const text = message
      ? `${code ?? 'Error'}: ${message}`
      : `HTTP ${response.status}${typeof response.body === 'string' && response.body ? `: ${response.body}` : ''}`;
    return new ArmError(this.clean(`${method} ${path}: ${text}`), response.status, code);
  }

  private async attempt(
    method: string,
    path: string,
    body: unknown,
    ifMatch: string | undefined,
    token: string,
  ): Promise<{ response: ArmResponse; retryAfterMs?: number } | { cause: string }> {
    const timeoutMs = this.options.timeoutMs ?? 60_000;
    const cap = this.options.maxResponseBytes ?? 8 * 1024 * 1024;
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (ifMatch) headers['if-match'] = ifMatch;
      const response = await request(this.url(path), {
        dispatcher: this.dispatcher,
        method: method as Dispatcher.HttpMethod,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > cap) {
          response.body.destroy();
          return { response: { status: 502, body: `response too large: more than ${cap} bytes` } };
        }
        chunks.push(chunk);
      }
      const text = Buffer.concat(chunks).toString('utf8');
      let parsed: unknown = text;
      if (text.trim()) {
        try {
          parsed = JSON.parse(text);
        } catch {
          if (response.statusCode >= 200 && response.statusCode < 300)
            return { response: { status: 502, body: 'malformed response: not JSON' } };
          parsed = text.slice(0, 200);
        }
      } else parsed = undefined;
      const etagHeader = response.headers.etag;
      const bodyEtag = (parsed as { etag?: unknown } | undefined)?.etag;
      const etag = typeof etagHeader === 'string' ? etagHeader : typeof bodyEtag === 'string' ? bodyEtag : undefined;
      return {
        response: { status: response.statusCode, body: parsed, ...(etag ? { etag } : {}) },
        retryAfterMs: parseRetryAfter(response.headers['retry-after'], Date.now()),
      };
    } catch (error) {
      if (controller.signal.aborted) return { cause: `no answer within ${Math.round(timeoutMs / 1000)} s` };
      const code = (error as { code?: unknown })?.code;
      return { cause: this.clean(`network error${typeof code === 'string' ? ` ${code}` : ''}: ${(error as Error)?.message ?? error}`) };
    } finally {
      clearTimeout(deadline);
    }
  }

  async close(): Promise<void> {
    if (!this.options.dispatcher) await this.dispatcher.close();
  }
}
