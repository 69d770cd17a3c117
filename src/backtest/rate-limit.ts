/**
 * A client-side limit on queries per minute, shared by every detection of a
 * run: the data lake allows 45 queries per minute per user (README), so a
 * backtest of many detections waits rather than gets throttled.
 */

export const LAKE_QUERIES_PER_MINUTE = 45;

export interface RateLimiter {
  /** Resolves when one more query may start (and counts it). */
  acquire(): Promise<void>;
}

export interface RateLimitOptions {
  perMinute: number;
  /** Length of the window, ms (default one minute; tests shorten it). */
  windowMs?: number;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** A sliding window: at most `perMinute` starts in any window of `windowMs`. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const clock = options.clock ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const starts: number[] = [];
  // Callers are served one at a time, in order.
  let queue: Promise<void> = Promise.resolve();
  const next = async (): Promise<void> => {
    for (;;) {
      const now = clock();
      while (starts.length > 0 && starts[0]! <= now - windowMs) starts.shift();
      if (starts.length < options.perMinute) {
        starts.push(now);
        return;
      }
      await sleep(starts[0]! + windowMs - now);
    }
  };
  return {
    acquire() {
      const turn = queue.then(next);
      queue = turn.catch(() => {});
      return turn;
    },
  };
}
