/**
 * `backtest` behind the flags: the range and budget, the versions at
 * --compare REF of the detections that changed, sign-in, the static checks,
 * then the replay on the lake.
 */
import { fileAtRef, isCommit } from '../github/changed-files.js';
import type { RepoConfig } from '../load/config.js';
import { UsageError } from '../model/errors.js';
import type { RunResult } from '../model/result.js';
import { backtestDetections, DEFAULT_BACKTEST_DAYS, DEFAULT_MAX_RUNS } from '../backtest/backtest.js';
import { validateDetections, type ValidateOptions } from '../pipeline/validate.js';
import { parseDuration } from '../util/duration.js';
import type { DetectionSettings } from './detection-settings.js';
import { signIn } from './run-on-lake.js';

/** `30d` back from `to`, or an ISO 8601 date-time. */
export function rangeOf(fromText: string | undefined, toText: string | undefined, clock = Date.now()): { from: Date; to: Date } {
  const to = toText === undefined ? new Date(Math.floor(clock / 60_000) * 60_000) : new Date(toText);
  if (Number.isNaN(to.getTime())) throw new UsageError(`--to must be an ISO 8601 date-time, not '${toText}'`);
  let from: Date;
  const back = fromText === undefined ? DEFAULT_BACKTEST_DAYS * 86_400_000 : parseDuration(fromText);
  if (back !== undefined) from = new Date(to.getTime() - back);
  else {
    from = new Date(fromText!);
    if (Number.isNaN(from.getTime()))
      throw new UsageError(`--from must be a duration such as 30d or an ISO 8601 date-time, not '${fromText}'`);
  }
  if (from.getTime() >= to.getTime()) throw new UsageError(`--from (${from.toISOString()}) must be before --to (${to.toISOString()})`);
  return { from, to };
}

export async function backtestOnLake(settings: DetectionSettings, config: RepoConfig, options: ValidateOptions): Promise<RunResult> {
  const live = settings.live ?? { gate: false, showResults: 'counts' as const };
  const backtest = settings.backtest ?? {};
  const lake = config.lake ?? {};
  const database = live.database ?? lake.database;
  if (!database)
    throw new UsageError(
      "backtest needs the database to query: --database NAME (the lake's workspaceName-workspaceId), or lake.database in lakeguard.yaml",
    );
  const { from, to } = rangeOf(backtest.from, backtest.to);
  if (backtest.compare !== undefined && !(await isCommit(settings.root, backtest.compare)))
    throw new UsageError(`--compare: git does not know '${backtest.compare}' (is it a commit of this clone?)`);
  const provider = await signIn(live, lake);
  const { result } = await validateDetections(options);
  let previous: Map<string, string> | undefined;
  if (backtest.compare !== undefined) {
    previous = new Map();
    const { readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    for (const entry of result.results) {
      const then = await fileAtRef(settings.root, backtest.compare, entry.file);
      if (then === undefined) continue;
      const current = await readFile(path.resolve(settings.root, entry.file), 'utf8').catch(() => undefined);
      // Only detections that changed since the ref get a before.
      if (current !== then) previous.set(entry.file, then);
    }
  }
  return backtestDetections(result, {
    root: settings.root,
    config,
    endpoint: live.endpoint ?? lake.endpoint,
    database,
    token: () => provider.getToken(),
    from,
    to,
    maxRuns: backtest.maxRuns ?? DEFAULT_MAX_RUNS,
    gate: live.gate,
    concurrency: live.concurrency ?? lake.concurrency ?? 4,
    ...(backtest.perMinute ? { perMinute: backtest.perMinute } : {}),
    ...(previous ? { previous, compareRef: backtest.compare } : {}),
    onProgress: settings.onProgress,
  });
}
