/**
 * Settings of one lakeguard run, built from CLI flags (`cli.ts`) or action
 * inputs (`inputs.ts`); everything downstream reads only this.
 */
import type { Shard } from './pipeline/shard.js';
import type { FailOn } from './model/result.js';

export type { FailOn };

/** Settings of `lakeguard run` (live queries on the lake). */
export interface LiveSettings {
  endpoint?: string;
  database?: string;
  gate: boolean;
  concurrency?: number;
  /** Overrides every detection's queryPeriod, e.g. `1d`. */
  lookback?: string;
  /** Query timeout for detections without `limits.timeout`, e.g. `2m` (default 4m). */
  timeout?: string;
  showResults: 'counts' | 'entities' | 'rows';
  /** The run's now (default the wall clock): rehearse a hunt over fixtures with their own time. */
  now?: string;
  tenantId?: string;
  clientId?: string;
  audience?: string;
  scope?: string;
  authorityHost?: string;
}

export interface LakeguardSettings {
  /** validate: static checks; test: plus each detection's offline tests; run: plus live queries on the lake. */
  command: 'validate' | 'test' | 'run';
  /** For `run`. */
  live?: LiveSettings;
  /** Files or folders to check. Default: the config's `paths`, else `detections`. */
  paths: string[];
  /** Repository root: paths are shown relative to it. Default: the working directory. */
  root: string;
  /** Path of lakeguard.yaml; default: found in `root`. `false` disables it. */
  configFile?: string | false;
  /** Lowest finding level that fails the run. Default 'error'. */
  failOn?: FailOn;
  sarifFile?: string;
  junitFile?: string;
  jsonFile?: string;
  summaryFile?: string;
  /** Use the content-hash cache. Default true. */
  cache: boolean;
  /** Folder of the cache. Default `<root>/.lakeguard-cache`. */
  cacheDir?: string;
  /** Worker threads. Default: available cores. */
  jobs?: number;
  /** Largest detection file in bytes. Default 1 MiB (or the config's). */
  maxFileBytes?: number;
  /** Colour console output. Default: when stdout is a TTY and NO_COLOR is unset. */
  color: boolean;
  /** Print stack traces for internal errors. Default false. */
  debug: boolean;
  /** Check only one shard of the detections (matrix jobs); `lakeguard merge` combines the reports. */
  shard?: Shard;
  /**
   * Repository-relative paths a pull request changed: only detections whose file or
   * fixtures changed are checked (all of them when lakeguard.yaml changed).
   */
  changedFiles?: string[];
  /** Like changedFiles, from `git diff --name-only REF...HEAD` (the CLI's --changed-since). */
  changedSince?: string;
  /** Progress lines of a live run (one per detection as it completes). */
  onProgress?: (line: string) => void;
  /** Console output format. Default 'console'. */
  format: 'console' | 'json' | 'none';
}
