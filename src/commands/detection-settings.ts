/** The settings `validate`, `test` and `run` share, read from flags or action inputs. */
import type { FailOn } from '../model/result.js';
import type { Shard } from '../pipeline/shard.js';

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
  /** Send one record per detection to a custom table through the Logs Ingestion API. */
  writeTable?: boolean;
  /** Data collection endpoint, rule immutable id and stream of --write-table (default lake.ingestion). */
  ingestionEndpoint?: string;
  dcr?: string;
  stream?: string;
  tenantId?: string;
  clientId?: string;
  audience?: string;
  scope?: string;
  authorityHost?: string;
}

/** Settings of `lakeguard backtest` (besides the live ones it shares with `run`). */
export interface BacktestSettings {
  /** Start of the range: a duration back from `to` (`30d`) or an ISO 8601 date-time. Default 30d. */
  from?: string;
  /** End of the range (ISO 8601). Default: the clock, to the minute. */
  to?: string;
  /** Most evaluations per detection. Default 48. */
  maxRuns?: number;
  /** Also backtest the version at this git ref of each changed detection. */
  compare?: string;
  /** Queries per minute for the whole run. Default 45 (the data lake's limit per user). */
  perMinute?: number;
}

/** Settings of `validate`, `test` and `run`, from CLI flags or action inputs. */
export interface DetectionSettings {
  /** validate: static checks; test: plus each detection's offline tests; run: plus live queries on the lake. */
  command: 'validate' | 'test' | 'run' | 'backtest';
  /** For `run` and `backtest`. */
  live?: LiveSettings;
  /** For `backtest`. */
  backtest?: BacktestSettings;
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
  /** Use the content-hash cache. Default true on the CLI, false in the action. */
  cache: boolean;
  /** Folder of the cache. Default `<root>/.lakeguard-cache`. */
  cacheDir?: string;
  /** Worker threads. Default: chosen from the work and the cores. */
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
  /** In the action: check only what the pull request changed (`auto`: on pull_request events). */
  changedOnly?: 'auto' | 'true' | 'false';
  /** Token for the GitHub API (listing a pull request's files). */
  githubToken?: string;
  /** Progress lines of a live run (one per detection as it completes). */
  onProgress?: (line: string) => void;
  /** Console output format. Default 'console'. */
  format: 'console' | 'json' | 'none';
  /** Action: write the job summary. Default true. */
  jobSummary?: boolean;
  /** Action: emit annotations. Default true. */
  annotations?: boolean;
  /** Action: keep one verdict comment on the pull request. Default false. */
  prComment?: boolean;
}
