/**
 * `lakeguard coverage` behind the command: load the detections, collect what they
 * cover, compare with another commit when asked, and give one run result.
 */
import { catalogFromConfig } from '../kql/catalog-from-config.js';
import type { RepoConfig } from '../load/config.js';
import { DEFAULT_MAX_FILE_BYTES, loadDetectionFile } from '../load/load-detection.js';
import { statusOf, totalsOf, type DetectionResult, type RunResult } from '../model/result.js';
import { TOOL_VERSION } from '../version.js';
import { coverageChange, coverageSection, detectionCoverage, type DetectionCoverage } from './collect.js';
import { detectionsAtRef } from './git.js';

export interface CoverageOptions {
  /** Detection files: absolute path and display path. */
  files: readonly { absPath: string; file: string }[];
  /** The PATH arguments (or the config's paths), for reading the compared commit. */
  paths: readonly string[];
  root: string;
  config: RepoConfig;
  /** Compare with this git ref: techniques gained and lost. */
  compare?: string;
}

/** Coverage of the files as one run result (`command: 'coverage'`, with its `coverage` section). */
export async function runCoverage(options: CoverageOptions): Promise<RunResult> {
  const started = Date.now();
  const catalog = catalogFromConfig(options.config);
  const maxFileBytes = options.config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const covered: DetectionCoverage[] = [];
  const results: DetectionResult[] = [];
  for (const f of options.files) {
    const { detection, findings } = await loadDetectionFile(f.absPath, f.file, { maxFileBytes });
    if (!detection) {
      results.push({ id: '', name: f.file, file: f.file, status: statusOf(findings, []), findings, tests: [] });
      continue;
    }
    const c = detectionCoverage(detection, catalog);
    covered.push(c);
    const all = [...findings, ...c.findings];
    results.push({ id: c.id, name: c.name, file: c.file, status: statusOf(all, []), findings: all, tests: [] });
  }
  const section = coverageSection(covered);
  if (options.compare) {
    const before = (await detectionsAtRef(options.root, options.compare, options.paths)).map((d) => detectionCoverage(d, undefined));
    section.change = coverageChange(options.compare, coverageSection(before), section);
  }
  return {
    tool: 'lakeguard',
    version: TOOL_VERSION,
    command: 'coverage',
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    results,
    totals: totalsOf(results),
    coverage: section,
  };
}
