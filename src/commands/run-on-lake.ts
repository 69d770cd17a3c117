/**
 * `run` behind the flags: settings from flags or inputs over lakeguard.yaml's
 * `lake:`, one token up front, then the live run.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AuthError, createTokenProvider } from '../lake/auth/index.js';
import { huntRecords, ingestionUrl, INGESTION_SCOPE, uploadRecords, workflowRunUrl } from '../lake/ingestion/index.js';
import type { RepoConfig } from '../load/config.js';
import { NoCredentialsError, UsageError } from '../model/errors.js';
import type { IngestionSection, RunResult } from '../model/result.js';
import { TOOL_VERSION } from '../version.js';
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

/** Where and as whom `--write-table` writes, checked and signed in before any query runs. */
interface TableWriter {
  url: URL;
  stream: string;
  getToken: () => Promise<string>;
}

/** `--write-table`: the endpoint, rule and stream from flags over lake.ingestion, and a token for the ingestion scope. */
async function tableWriter(live: LiveSettings, lake: NonNullable<RepoConfig['lake']>, env: NodeJS.ProcessEnv): Promise<TableWriter> {
  const endpoint = live.ingestionEndpoint ?? lake.ingestion?.endpoint;
  const dcr = live.dcr ?? lake.ingestion?.dcr;
  const stream = live.stream ?? lake.ingestion?.stream;
  const missing = [
    endpoint ? undefined : '--ingestion-endpoint URL (lake.ingestion.endpoint)',
    dcr ? undefined : '--dcr IMMUTABLE_ID (lake.ingestion.dcr)',
    stream ? undefined : '--stream NAME (lake.ingestion.stream)',
  ].filter(Boolean);
  if (!endpoint || !dcr || !stream) throw new UsageError(`--write-table needs ${missing.join(', ')}.`);
  const target = ingestionUrl(endpoint, dcr, stream);
  if (!target.ok) throw new UsageError(`--write-table: ${target.reason}.`);
  // The sign-in chain with the ingestion scope; LAKEGUARD_INGESTION_TOKEN is a ready token for it.
  const rename = (text: string) => text.replace(/LAKEGUARD_TOKEN/g, 'LAKEGUARD_INGESTION_TOKEN');
  const provider = createTokenProvider(
    {
      tenantId: live.tenantId ?? lake.tenantId,
      clientId: live.clientId ?? lake.clientId,
      audience: live.audience ?? lake.audience,
      scope: INGESTION_SCOPE,
      authorityHost: live.authorityHost ?? lake.authorityHost,
    },
    { ...env, LAKEGUARD_TOKEN: env.LAKEGUARD_INGESTION_TOKEN ?? '' },
  );
  if (provider.kind === 'none') throw new UsageError(`--write-table needs credentials for Azure Monitor: ${rename(provider.message)}`);
  try {
    await provider.getToken();
  } catch (error) {
    if (error instanceof AuthError) throw new UsageError(`--write-table: ${rename(error.message)}`);
    throw error;
  }
  return { url: target.url, stream, getToken: () => provider.getToken() };
}

const run = promisify(execFile);

/** The commit the run checks: GITHUB_SHA in Actions, else git's HEAD. */
async function commitOf(root: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    return (await run('git', ['rev-parse', 'HEAD'], { cwd: root })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Send the run's records; a failed batch is reported in the result and on the progress lines, the others still go. */
async function writeTable(
  writer: TableWriter,
  result: RunResult,
  now: Date,
  gate: boolean,
  root: string,
  env: NodeJS.ProcessEnv,
  progress?: (line: string) => void,
): Promise<IngestionSection> {
  const records = huntRecords(result, {
    runTime: now.toISOString(),
    mode: gate ? 'gate' : 'hunt',
    commit: await commitOf(root, env),
    repository: env.GITHUB_REPOSITORY,
    workflowRunUrl: workflowRunUrl(env),
    toolVersion: TOOL_VERSION,
  });
  const report = await uploadRecords(records, { url: writer.url, token: writer.getToken });
  const failed = report.batches.filter((b) => !b.ok);
  const bytes = report.batches.reduce((n, b) => n + b.bytes, 0);
  const gzip = report.batches.reduce((n, b) => n + b.gzipBytes, 0);
  progress?.(
    `${failed.length ? '✗' : '▤'} hunt records: ${report.sent} of ${report.records} sent to ${writer.stream} in ${report.batches.length} batch(es) ` +
      `(${bytes} bytes of JSON, ${gzip} gzipped)${failed.length ? `; ${failed.length} batch(es) failed` : ''}`,
  );
  for (const b of failed) progress?.(`✗ hunt records: ${b.error}`);
  for (const o of report.oversized)
    progress?.(`✗ hunt records: record ${o.index + 1} is ${o.bytes} bytes, over the 1 MB a call may carry; not sent`);
  return {
    stream: writer.stream,
    records: report.records,
    sent: report.sent,
    batches: report.batches.map((b) => ({
      batch: b.batch,
      records: b.records,
      bytes: b.bytes,
      gzipBytes: b.gzipBytes,
      attempts: b.attempts,
      requestId: b.requestId,
      ok: b.ok,
      ...(b.error ? { error: b.error } : {}),
    })),
    oversized: report.oversized.length,
  };
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
  const env = process.env;
  // Checked and signed in up front: a misconfigured table must not cost a whole hunt.
  const writer = live.writeTable ? await tableWriter(live, lake, env) : undefined;
  const runNow = now ?? new Date(Math.floor(Date.now() / 1000) * 1000);
  const { result } = await runLive({
    ...options,
    endpoint: live.endpoint ?? lake.endpoint,
    database,
    gate: live.gate,
    concurrency: live.concurrency ?? lake.concurrency ?? 4,
    lookbackMs,
    showResults: live.showResults,
    now: runNow,
    ...(timeoutMs ? { limits: { timeoutMs } } : {}),
    token: () => provider.getToken(),
    onProgress: settings.onProgress,
  });
  if (writer) result.ingestion = await writeTable(writer, result, runNow, live.gate, options.root, env, settings.onProgress);
  return result;
}
