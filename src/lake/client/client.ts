/**
 * A lake client for a run: one connection pool shared by every query and a
 * limit on how many queries are in flight at once.
 */
import { Agent } from 'undici';
import { queryLake } from './query.js';
import type { LakeClientOptions, LakeQueryRequest, LakeResult } from './types.js';

export interface LakeClient {
  query(request: LakeQueryRequest, overrides?: Partial<LakeClientOptions>): Promise<LakeResult>;
  /** Queries running or waiting for a slot. */
  readonly pending: number;
  close(): Promise<void>;
}

export function createLakeClient(options: LakeClientOptions & { concurrency?: number }): LakeClient {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const ownAgent = options.dispatcher ? undefined : new Agent({ keepAliveTimeout: 30_000, connections: concurrency });
  const shared: LakeClientOptions = { ...options, dispatcher: options.dispatcher ?? ownAgent };
  let running = 0;
  let pending = 0;
  const waiting: (() => void)[] = [];

  const acquire = async (): Promise<void> => {
    if (running < concurrency) {
      running++;
      return;
    }
    // The releasing query hands its slot over, so `running` stays the same.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    async query(request, overrides) {
      pending++;
      try {
        await acquire();
        try {
          return await queryLake(request, { ...shared, ...overrides });
        } finally {
          release();
        }
      } finally {
        pending--;
      }
    },
    get pending() {
      return pending;
    },
    async close() {
      await ownAgent?.close();
    },
  };
}
