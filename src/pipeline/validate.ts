/**
 * `lakeguard validate`: discover files, check each (cached, in workers), then
 * the checks across files, into one RunResult.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_CHECKS } from '../checks/index.js';
import { findingAt } from '../checks/check.js';
import type { Catalog } from '../kql/catalog.js';
import { catalogFromConfig } from '../kql/catalog-from-config.js';
import { analysisStats } from '../kql/language-service.js';
import type { RepoConfig } from '../load/config.js';
import { DEFAULT_MAX_FILE_BYTES, loadDetectionFile, type LoadOptions, type LoadOutcome } from '../load/load-detection.js';
import { compareFindings, statusOf, totalsOf, type DetectionResult, type RunResult } from '../model/result.js';
import { buildId, TOOL_VERSION } from '../version.js';
import { cacheKey, ReportCache } from './cache.js';
import { checkLoaded, type FileReport } from './check-file.js';
import { discoverDetections } from './discover.js';
import { functionFileFindings } from './function-files.js';
import { selectDetections, type Selection } from './selection.js';
import { chooseJobs } from './jobs.js';
import { checkInWorkers, workerScript, type WorkItem } from './worker-pool.js';

/** Files read ahead of the one being checked on the main thread (their reads overlap its checks). */
const READ_AHEAD = 4;

export interface ValidateOptions {
  /** Files or folders to check, relative to `root`. */
  paths: readonly string[];
  /** Repository root: display paths and the cache are relative to it. */
  root: string;
  config: RepoConfig;
  /** Cache file; undefined disables the cache. */
  cacheFile?: string;
  /** Worker threads (1 = none); default: chosen from the work and the cores (jobs.ts). */
  jobs?: number;
  debug?: boolean;
  /** Diagnostic lines (--debug): e.g. how many threads were chosen and why. */
  log?: (line: string) => void;
  /** Check only some detections: a shard, or those a pull request changed (ids and names are still compared with all). */
  selection?: Selection;
}

/** Check every file; returns the run result and the per-file reports. */
export async function validateDetections(options: ValidateOptions): Promise<{ result: RunResult; reports: FileReport[] }> {
  const startedAt = new Date();
  const started = performance.now();
  const loadOptions: LoadOptions = { maxFileBytes: options.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  // Files the configuration reads as functions (parser folders) are not detections, even inside PATH.
  const functionPaths = options.config.functionPaths ?? [];
  const isFunctionFile = (abs: string) => functionPaths.some((p) => abs === p || abs.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
  const discovered = (await discoverDetections(options.paths, options.root)).filter((f) => !isFunctionFile(f.absPath));
  const selection: Selection = { ...options.selection };
  if (selection.changed) {
    const changed = selection.changed;
    selection.changedFunctions = new Set(options.config.functions.filter((f) => f.source && changed.has(f.source.file)).map((f) => f.name));
  }
  const { files, others } = await selectDetections(discovered, selection, loadOptions);
  const catalogInput = { tables: options.config.tables, functions: options.config.functions, watchlists: options.config.watchlists };
  const salt = createHash('sha256')
    .update(TOOL_VERSION)
    .update(buildId())
    .update(JSON.stringify(catalogInput))
    .update(JSON.stringify(loadOptions))
    .digest('hex');

  const cache = new ReportCache(options.cacheFile);
  await cache.load();
  const reports: FileReport[] = new Array(files.length);
  const todo: { index: number; item: WorkItem; key?: string }[] = [];
  await Promise.all(
    files.map(async (f, index) => {
      let key: string | undefined;
      if (options.cacheFile) {
        try {
          const stat = await fs.stat(f.absPath);
          if (stat.size <= (loadOptions.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) {
            key = cacheKey(salt, f.file, await fs.readFile(f.absPath));
            const hit = cache.get(key, f.file);
            if (hit) {
              reports[index] = hit;
              return;
            }
          }
        } catch {
          /* unreadable: loading it reports that */
        }
      }
      todo.push({ index, item: f, key });
    }),
  );
  todo.sort((a, b) => a.index - b.index);

  const { jobs, reason } = chooseJobs(todo.length, os.availableParallelism(), options.jobs);
  const script = workerScript();
  const useWorkers = Boolean(script) && jobs > 1 && todo.length > 1;
  options.log?.(
    `validate: ${todo.length} file(s) to check on ${useWorkers ? `${Math.min(jobs, todo.length)} worker thread(s)` : 'the main thread'} (${reason})`,
  );
  // The repository's function files (parsers): unreadable ones and those that do not
  // bind. Bound on the main thread while the workers check detections, or with the
  // same catalog the main thread checks them with (each parser is bound once).
  const hasFunctionFiles =
    options.config.functions.some((f) => f.query !== undefined) || (options.config.functionFindings ?? []).length > 0;
  const functionFilesWith = (catalog: Catalog) =>
    hasFunctionFiles ? functionFileFindings(options.config, catalog) : Promise.resolve(new Map<string, FileReport['findings']>());
  let fresh: FileReport[];
  let functionFiles: Map<string, FileReport['findings']>;
  if (script && useWorkers) {
    const pending = checkInWorkers(
      script,
      todo.map((t) => t.item),
      { config: catalogInput, loadOptions, debug: Boolean(options.debug) },
      jobs,
    );
    // Its failure is awaited below; until then it must not count as unhandled.
    pending.catch(() => undefined);
    functionFiles = await functionFilesWith(catalogFromConfig(catalogInput));
    fresh = await pending;
  } else {
    fresh = [];
    const catalog = catalogFromConfig(catalogInput);
    const before = { ...analysisStats };
    const started = performance.now();
    // A few files are read ahead, so the thread checks one while the next are read.
    const reads = todo.map(() => undefined as Promise<LoadOutcome> | undefined);
    const readAt = (i: number): Promise<LoadOutcome> => {
      if (reads[i]) return reads[i];
      const read = loadDetectionFile(todo[i]!.item.absPath, todo[i]!.item.file, loadOptions);
      // A failure is awaited (and so thrown) in order; until then it must not count as unhandled.
      read.catch(() => undefined);
      return (reads[i] = read);
    };
    for (let i = 0; i < todo.length; i++) {
      for (let k = i; k < Math.min(todo.length, i + READ_AHEAD); k++) readAt(k);
      fresh.push(checkLoaded(await readAt(i), todo[i]!.item.file, catalog));
      reads[i] = undefined;
    }
    functionFiles = await functionFilesWith(catalog);
    const analysed = analysisStats.count - before.count;
    if (analysed > 0)
      options.log?.(
        `validate: checking took ${Math.round(performance.now() - started)} ms, of which ${Math.round(analysisStats.ms - before.ms)} ms in the language service (${analysed} queries parsed and bound)`,
      );
  }
  todo.forEach((t, i) => {
    const report = fresh[i] as FileReport;
    reports[t.index] = report;
    if (t.key) cache.set(t.key, report);
  });
  await cache.save();

  // Checks across files work on copies so cached reports stay per-file.
  const extra = new Map<string, FileReport['findings']>();
  for (const check of PROJECT_CHECKS) {
    check.run([...reports, ...others], (file, ruleId, span, message) => {
      const list = extra.get(file) ?? [];
      list.push(findingAt(file, ruleId, span, message));
      extra.set(file, list);
    });
  }

  const results: DetectionResult[] = reports.map((report) => {
    const findings = [...report.findings, ...(extra.get(report.file) ?? [])].sort(compareFindings);
    return {
      id: report.id ?? '',
      name: report.name ?? path.basename(report.file),
      file: report.file,
      status: statusOf(findings, []),
      findings,
      tests: [],
    };
  });
  for (const [file, findings] of functionFiles) {
    if (!reportsFunctionFile(file, options.selection, options.config.file)) continue;
    findings.sort(compareFindings);
    results.push({ id: '', name: path.basename(file), file, status: statusOf(findings, []), findings, tests: [] });
  }
  const result: RunResult = {
    tool: 'lakeguard',
    version: TOOL_VERSION,
    command: 'validate',
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    results,
    totals: totalsOf(results),
  };
  return { result, reports };
}

/**
 * Function files are reported once per run: by the first shard only, and in a
 * pull-request selection only when the file or lakeguard.yaml changed.
 */
function reportsFunctionFile(file: string, selection: Selection | undefined, configFile: string | undefined): boolean {
  if (selection?.shard && selection.shard.index !== 1) return false;
  if (selection?.changed) return selection.changed.has(file) || (configFile !== undefined && selection.changed.has(configFile));
  return true;
}
