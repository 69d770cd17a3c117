/**
 * Which discovered detections a run checks: one shard of them, and/or only
 * those a pull request touched (the detection file, one of its fixtures, or a
 * repository parser it calls).
 * The others are still read for their id and name, so duplicates are found
 * against every detection.
 */
import path from 'node:path';
import type { DetectionSummary } from '../checks/check.js';
import { identifiersIn } from '../kql/catalog.js';
import { loadDetectionFile, type Detection, type LoadOptions } from '../load/load-detection.js';
import type { DiscoveredFile } from './discover.js';
import { shardOf, type Shard } from './shard.js';

export interface Selection {
  shard?: Shard;
  /** Repository-relative paths (with `/`) a pull request changed; only detections they touch are checked. */
  changed?: ReadonlySet<string>;
  /** Names of repository functions (parser files) the pull request changed; detections calling them are touched too. */
  changedFunctions?: ReadonlySet<string>;
}

/** Fixture files a detection's tests read, as repository-relative paths. */
export function fixturePathsOf(detection: Detection): string[] {
  const tests = detection.data.tests;
  if (!Array.isArray(tests)) return [];
  const folder = path.posix.dirname(detection.file);
  const out: string[] = [];
  for (const test of tests) {
    const data = (test as { data?: unknown })?.data;
    if (typeof data !== 'object' || data === null) continue;
    for (const value of Object.values(data)) {
      if (typeof value === 'string') out.push(path.posix.normalize(path.posix.join(folder, value.replace(/\\/g, '/'))));
    }
  }
  return out;
}

function touched(
  file: DiscoveredFile,
  detection: Detection | undefined,
  changed: ReadonlySet<string>,
  functions?: ReadonlySet<string>,
): boolean {
  if (changed.has(file.file)) return true;
  if (!detection) return false;
  if (fixturePathsOf(detection).some((p) => changed.has(p))) return true;
  const query = detection.data.query;
  if (!functions || functions.size === 0 || typeof query !== 'string') return false;
  for (const name of identifiersIn(query)) if (functions.has(name)) return true;
  return false;
}

/** The selected files, and the identities of the rest. */
export async function selectDetections(
  files: DiscoveredFile[],
  selection: Selection,
  loadOptions: LoadOptions,
): Promise<{ files: DiscoveredFile[]; others: DetectionSummary[] }> {
  if (!selection.shard && !selection.changed) return { files, others: [] };
  const mine: DiscoveredFile[] = [];
  const others: DetectionSummary[] = [];
  for (const f of files) {
    const { detection } = await loadDetectionFile(f.absPath, f.file, loadOptions);
    const { id, name } = detection?.data ?? {};
    const key = typeof id === 'string' && id.trim() ? id : f.file;
    const inShard = !selection.shard || shardOf(key, selection.shard.count) === selection.shard.index;
    if (inShard && (!selection.changed || touched(f, detection, selection.changed, selection.changedFunctions))) {
      mine.push(f);
      continue;
    }
    const summary: DetectionSummary = { file: f.file };
    if (detection && typeof id === 'string') [summary.id, summary.idSpan] = [id, detection.source.locate(['id'])];
    if (detection && typeof name === 'string') [summary.name, summary.nameSpan] = [name, detection.source.locate(['name'])];
    others.push(summary);
  }
  return { files: mine, others };
}
