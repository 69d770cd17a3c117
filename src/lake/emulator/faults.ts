/**
 * Fault injection for tests. Only the programmatic API (`startEmulator({faults})`)
 * can turn it on; the CLI never does. A fault replaces (or, for `delay`, precedes)
 * the normal answer to one request.
 */

export type Fault =
  /** HTTP 429 with `Retry-After: seconds` (omitted when `retryAfterSeconds` is null). */
  | { kind: 'throttle'; retryAfterSeconds?: number | null }
  /** HTTP 500 or 503 with a `@permanent: false` error body. */
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  /** Destroy the socket without answering. */
  | { kind: 'reset' }
  /** Wait, then answer normally. */
  | { kind: 'delay'; ms: number }
  /** Never answer (the socket stays open until the client or close() ends it). */
  | { kind: 'hang' }
  /** HTTP 200 with the real rows, then an in-row OneApiErrors object and HasErrors. */
  | { kind: 'partial-failure'; message?: string }
  /** Answer as if truncationmaxrecords were `rows` (default 0). */
  | { kind: 'truncation'; rows?: number }
  /** HTTP 200 whose body is not valid JSON. */
  | { kind: 'malformed-json' }
  /** HTTP 200 that starts a valid frame array, then closes the connection mid-body. */
  | { kind: 'cut-off' }
  /** HTTP 200 with a PrimaryResult of about `megabytes` MB of rows. */
  | { kind: 'oversize'; megabytes: number }
  /** HTTP 401 without a body (as the gateway sometimes answers). */
  | { kind: 'unauthorized' };

/** What a fault decider sees of a request. */
export interface FaultContext {
  /** 1-based number of the request since the emulator started. */
  index: number;
  /** The query text ('' when the body could not be parsed). */
  csl: string;
  clientRequestId: string;
}

/**
 * Faults to inject: a queue consumed one entry per request (`undefined` = answer
 * normally; once empty every request is answered normally), or a function deciding
 * per request.
 */
export type FaultPlan = (Fault | undefined)[] | ((request: FaultContext) => Fault | undefined);

export function nextFault(plan: FaultPlan | undefined, request: FaultContext): Fault | undefined {
  if (!plan) return undefined;
  if (typeof plan === 'function') return plan(request);
  return plan.length > 0 ? plan.shift() : undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
