/**
 * `run` behind the flags: settings from flags or inputs over lakeguard.yaml's
 * `lake:`, one token up front, then the live run.
 */
import { AuthError, createTokenProvider } from '../lake/auth/index.js';
import type { RepoConfig } from '../load/config.js';
import { NoCredentialsError, UsageError } from '../model/errors.js';
import type { RunResult } from '../model/result.js';
import { runLive } from '../pipeline/run-live.js';
import type { ValidateOptions } from '../pipeline/validate.js';
import { parseDuration } from '../util/duration.js';
import type { DetectionSettings, LiveSettings } from './detection-settings.js';

/** The sign-in chain from flags over lakeguard.yaml's lake:, with one token fetched up front. */
export async function signIn(live: LiveSettings, lake: NonNullable<RepoConfig['lake']>): Promise<{ getToken: () => Promise<string> }> {
  const provider = createTokenProvider(
    {
      tenantId: live.tenantId ?? lake.tenantId,
      clientId: live.clientId ?? lake.clientId,
      audience: live.audience ?? lake.audience,
      scope: live.scope ?? lake.scope,
      authorityHost: live.authorityHost ?? lake.authorityHost,
    },
    process.env,
  );
  if (provider.kind === 'none') throw new NoCredentialsError(provider.message);
  try {
    // One token up front: a sign-in problem is explained once, not once per detection.
    await provider.getToken();
  } catch (error) {
    if (error instanceof AuthError) throw new UsageError(error.message);
    throw error;
  }
  return provider;
}

/** Sign in once, then run each sound detection on the lake. */
export async function runOnLake(settings: DetectionSettings, config: RepoConfig, options: ValidateOptions): Promise<RunResult> {
  const live = settings.live ?? { gate: false, concurrency: 4, showResults: 'counts' };
  const lake = config.lake ?? {};
  const database = live.database ?? lake.database;
  if (!database)
    throw new UsageError(
      "run needs the database to query: --database NAME (the lake's workspaceName-workspaceId), or lake.database in lakeguard.yaml",
    );
  const now = live.now === undefined ? undefined : new Date(live.now);
  if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO 8601 date-time, not '${live.now}'`);
  const timeoutMs = live.timeout === undefined ? undefined : parseDuration(live.timeout);
  if (live.timeout !== undefined && !timeoutMs)
    throw new UsageError(`--timeout must be a duration such as 2m or 30s, not '${live.timeout}'`);
  const lookbackMs = live.lookback === undefined ? undefined : parseDuration(live.lookback);
  if (live.lookback !== undefined && !lookbackMs) throw new UsageError(`--lookback must be a duration such as 1d, not '${live.lookback}'`);
  const provider = await signIn(live, lake);
  const { result } = await runLive({
    ...options,
    endpoint: live.endpoint ?? lake.endpoint,
    database,
    gate: live.gate,
    concurrency: live.concurrency ?? lake.concurrency ?? 4,
    lookbackMs,
    showResults: live.showResults,
    now,
    ...(timeoutMs ? { limits: { timeoutMs } } : {}),
    token: () => provider.getToken(),
    onProgress: settings.onProgress,
  });
  return result;
}
