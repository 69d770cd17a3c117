/**
 * `lakeguard test`: the static checks of `validate`, then each detection's
 * offline tests in the embedded engine, in one RunResult.
 */
import path from 'node:path';
import { catalogFromConfig } from '../kql/catalog-from-config.js';
import { loadDetectionFile, DEFAULT_MAX_FILE_BYTES } from '../load/load-detection.js';
import { runDetectionTests } from '../offline/run-tests.js';
import { EVALUATION_ERROR_RULES, statusOf, totalsOf, type RunResult } from '../model/result.js';
import { validateDetections, type ValidateOptions } from './validate.js';

export interface TestOptions extends ValidateOptions {
  /** Row budget of each test query. */
  maxRows?: number;
}

export async function testDetections(options: TestOptions): Promise<{ result: RunResult }> {
  const started = performance.now();
  const { result } = await validateDetections(options);
  const config = options.config;
  const catalog = catalogFromConfig({ tables: config.tables, functions: config.functions, watchlists: config.watchlists });
  for (const entry of result.results) {
    // A file that could not be read or parsed has no tests to run.
    if (entry.findings.some((f) => f.level === 'error' && EVALUATION_ERROR_RULES.has(f.ruleId))) continue;
    const { detection } = await loadDetectionFile(path.resolve(options.root, entry.file), entry.file, {
      maxFileBytes: config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    });
    if (!detection) continue;
    entry.tests = await runDetectionTests(detection, { root: options.root, catalog, maxRows: options.maxRows, debug: options.debug });
    entry.status = statusOf(entry.findings, entry.tests);
  }
  result.command = 'test';
  result.totals = totalsOf(result.results);
  result.durationMs = Math.round(performance.now() - started);
  return { result };
}
