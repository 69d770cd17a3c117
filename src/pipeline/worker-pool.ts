/**
 * Spreads file checks over worker threads. Parsing KQL is CPU-bound (tens of ms
 * per query), so on a multi-core runner workers cut wall time roughly by the
 * core count. Workers exist only in the bundled build (`dist/worker.js`); from
 * source, or with one job, files are checked in this thread.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RepoConfig } from '../load/config.js';
import type { LoadOptions } from '../load/load-detection.js';
import type { FileReport } from './check-file.js';

export interface WorkItem {
  absPath: string;
  file: string;
}

export interface WorkerInit {
  config: Pick<RepoConfig, 'tables' | 'functions' | 'watchlists'>;
  loadOptions: LoadOptions;
  debug: boolean;
}

type Reply = { index: number; report: FileReport } | { index: number; error: string };

/** The worker script next to the bundle, if this is the bundle. */
export function workerScript(): string | undefined {
  try {
    // Built from a variable so the bundler leaves it alone (it would emit a stub asset).
    const name = ['worker', 'js'].join('.');
    const candidate = path.join(path.dirname(fileURLToPath(import.meta.url)), name);
    return existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Check `items` on `jobs` workers; returns reports in item order. */
export async function checkInWorkers(script: string, items: readonly WorkItem[], init: WorkerInit, jobs: number): Promise<FileReport[]> {
  const results: FileReport[] = new Array(items.length);
  let next = 0;
  const count = Math.max(1, Math.min(jobs, items.length));
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: init });
      const feed = () => {
        if (next >= items.length) {
          void worker.terminate();
          resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, item: items[index] });
      };
      worker.on('message', (reply: Reply) => {
        if ('error' in reply) {
          const item = items[reply.index] as WorkItem;
          results[reply.index] = {
            file: item.file,
            findings: [
              { ruleId: 'LG0000', level: 'error', message: `Internal error: ${reply.error}`, file: item.file, line: 1, column: 1 },
            ],
          };
        } else {
          results[reply.index] = reply.report;
        }
        feed();
      });
      worker.on('error', reject);
      worker.on('online', feed);
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
