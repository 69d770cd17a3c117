/** Body of a validation worker thread: builds its own catalog, checks files on request. */
import { parentPort, workerData } from 'node:worker_threads';
import { catalogFromConfig } from '../kql/catalog-from-config.js';
import { checkFile } from './check-file.js';
import type { WorkerInit, WorkItem } from './worker-pool.js';

export function runWorker(): void {
  const port = parentPort;
  if (!port) return;
  const init = workerData as WorkerInit;
  if (init.debug) process.env.LAKEGUARD_DEBUG = '1';
  const catalog = catalogFromConfig(init.config);
  port.on('message', (message: { index: number; item: WorkItem }) => {
    checkFile(message.item.absPath, message.item.file, catalog, init.loadOptions).then(
      (report) => port.postMessage({ index: message.index, report }),
      (error: unknown) => port.postMessage({ index: message.index, error: String((error as Error)?.message ?? error) }),
    );
  });
}
