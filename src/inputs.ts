/**
 * Action inputs → LakeguardSettings. The only module that calls core.getInput.
 */
import * as core from '@actions/core';
import { parseShard } from './pipeline/shard.js';
import path from 'node:path';
import type { FailOn, LakeguardSettings } from './settings.js';

/** Settings plus the action-only switches; `export` writes ARM templates instead of a run. */
export interface ActionSettings extends Omit<LakeguardSettings, 'command'> {
  command: LakeguardSettings['command'] | 'export';
  /** Folder for `command: export`. */
  exportDir?: string;
  /** Write the job summary. Default true. */
  jobSummary: boolean;
  /** Emit annotations. Default true. */
  annotations: boolean;
  /** Check only what a pull request changed: 'auto' (on pull_request events), 'true' or 'false'. */
  changedOnly: 'auto' | 'true' | 'false';
  /** Token for the GitHub API (listing a pull request's files). */
  githubToken?: string;
}

/** Invalid action input (the step fails with this message). */
export class InputError extends Error {
  override name = 'InputError';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!allowed.includes(value as T)) throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}, not '${value}'.`);
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (!value) return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false, not '${value}'.`);
}

function optional(name: string): string | undefined {
  return core.getInput(name).trim() || undefined;
}

/** Read and check every input. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const command = choice('command', ['validate', 'test', 'run', 'export'] as const, 'test');
  const paths = core
    .getInput('path')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const jobsText = optional('jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw new InputError(`Input 'jobs' must be a positive whole number, not '${jobsText}'.`);
  const concurrencyText = optional('concurrency');
  const concurrency = concurrencyText === undefined ? undefined : Number(concurrencyText);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64))
    throw new InputError(`Input 'concurrency' must be a whole number from 1 to 64, not '${concurrencyText}'.`);
  const live =
    command === 'run'
      ? {
          endpoint: optional('endpoint'),
          database: optional('database'),
          gate: bool('gate', false),
          concurrency,
          lookback: optional('lookback'),
          timeout: optional('timeout'),
          showResults: choice('show-results', ['counts', 'entities', 'rows'] as const, 'counts'),
          tenantId: optional('tenant-id'),
          clientId: optional('client-id'),
          audience: optional('audience'),
          scope: optional('scope'),
          authorityHost: optional('authority-host'),
        }
      : undefined;
  const shardText = optional('shard');
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (typeof shard === 'string') throw new InputError(`Input 'shard': ${shard}.`);
  const config = optional('config');
  const root = env.GITHUB_WORKSPACE || process.cwd();
  const settings: ActionSettings = {
    command,
    live,
    paths,
    root,
    configFile: config,
    failOn: choice<FailOn>('fail-on', ['error', 'warning', 'note', 'never'], 'error'),
    sarifFile: optional('sarif-file'),
    junitFile: optional('junit-file'),
    jsonFile: optional('json-file') ?? path.join(env.RUNNER_TEMP || root, 'lakeguard-report.json'),
    summaryFile: undefined,
    cache: bool('cache', false),
    jobs,
    shard,
    color: false,
    debug: bool('debug', false) || core.isDebug(),
    format: 'console',
    jobSummary: bool('job-summary', true),
    annotations: bool('annotations', true),
    exportDir: optional('export-dir'),
    changedOnly: choice('changed-only', ['auto', 'true', 'false'] as const, 'auto'),
    githubToken: optional('github-token'),
  };
  if (command === 'export' && !settings.exportDir) throw new InputError("Input 'export-dir' is required with command: export.");
  if (settings.githubToken) core.setSecret(settings.githubToken);
  for (const [key, value] of Object.entries(settings)) if (key !== 'githubToken') core.debug(`${key}: ${JSON.stringify(value)}`);
  return settings;
}
