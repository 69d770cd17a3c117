/**
 * How many worker threads validation uses when `--jobs` does not say. A worker
 * pays a fixed start (loading the bundle and the language service, building the
 * catalog: about two seconds here) before it checks a file, and competes with
 * the main thread for a core. So workers only pay off with a spare core each and
 * enough files to amortise that start; on 2 cores, or for a few hundred files,
 * one thread is faster (measured by `npm run bench`).
 */

/** Files a worker must have to repay its start (≈ 2 s at ~15 ms per file). */
export const FILES_PER_WORKER = 150;
/** Fewer files than this are always checked on the main thread. */
export const MIN_FILES_FOR_WORKERS = 300;

export interface JobsChoice {
  /** Threads that check files: 1 means the main thread only. */
  jobs: number;
  /** Why, for --debug and the bench. */
  reason: string;
}

/** The threads for `files` files on `cores` cores, or exactly `requested` when --jobs gave it. */
export function chooseJobs(files: number, cores: number, requested?: number): JobsChoice {
  if (requested !== undefined) return { jobs: Math.max(1, requested), reason: `--jobs ${requested}` };
  if (cores <= 2) return { jobs: 1, reason: `${cores} core(s): workers would compete with the main thread` };
  if (files < MIN_FILES_FOR_WORKERS)
    return { jobs: 1, reason: `${files} file(s): fewer than ${MIN_FILES_FOR_WORKERS}, workers would not repay their start` };
  // One core stays with the main thread, which hands out files and merges reports.
  const jobs = Math.max(1, Math.min(cores - 1, Math.floor(files / FILES_PER_WORKER)));
  return { jobs, reason: `${files} files on ${cores} cores` };
}
