/**
 * One record per detection of a `run`, in the shape the custom table holds:
 * what ran, over which window, what it found, and where the run came from
 * (commit, workflow run). Entities only when the run reveals them.
 */
import type { DetectionResult, RunResult } from '../../model/result.js';

/** Where the run came from, for every record. */
export interface RunProvenance {
  /** The run's now (ISO 8601): every record's TimeGenerated. */
  runTime: string;
  mode: 'hunt' | 'gate';
  commit?: string;
  repository?: string;
  workflowRunUrl?: string;
  toolVersion: string;
}

/** A record of the hunt table (column names as the DCR stream declares them; see the README). */
export type HuntRecord = Record<string, string | number | boolean | null | unknown[]>;

/**
 * Azure Monitor keeps at most 64 KB of one field value; the entities column stays
 * under it (entities beyond are dropped, and EntitiesTotal still counts them).
 */
export const MAX_FIELD_BYTES = 60_000;

function capped(entities: readonly unknown[]): unknown[] {
  let kept = entities.length;
  while (kept > 0 && Buffer.byteLength(JSON.stringify(entities.slice(0, kept))) > MAX_FIELD_BYTES)
    kept = Math.floor(kept * 0.9) || kept - 1;
  return entities.slice(0, kept);
}

/** The workflow run's URL from the Actions environment, when there is one. */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

function record(entry: DetectionResult, run: RunProvenance): HuntRecord {
  const live = entry.live;
  const out: HuntRecord = {
    TimeGenerated: run.runTime,
    DetectionId: entry.id,
    DetectionName: entry.name,
    File: entry.file,
    Mode: run.mode,
    Status: entry.status,
    Ran: live !== undefined,
    WindowStart: live?.window?.from ?? null,
    WindowEnd: live?.window?.to ?? null,
    Fired: live?.fired ?? false,
    Rows: live?.rows ?? 0,
    Bytes: live?.bytes ?? 0,
    DurationMs: live ? Math.round(live.durationMs) : 0,
    RequestId: live?.clientRequestId ?? '',
    Attempts: live?.attempts ?? 0,
    Error: live?.error ?? '',
    Findings: entry.findings.length,
    Commit: run.commit ?? '',
    Repository: run.repository ?? '',
    WorkflowRunUrl: run.workflowRunUrl ?? '',
    ToolVersion: run.toolVersion,
  };
  if (live?.entities) {
    out.Entities = capped(live.entities);
    out.EntitiesTotal = live.entities.length;
  }
  return out;
}

/** The records of a run: one per detection, in the report's order. */
export function huntRecords(result: RunResult, run: RunProvenance): HuntRecord[] {
  return result.results.map((entry) => record(entry, run));
}
