/**
 * The unit of validation work: one file in, its findings and identity out.
 * Runs in the main thread or in a worker; its output is plain data (cacheable).
 */
import { DETECTION_CHECKS } from '../checks/index.js';
import { findingAt, isSpan, type CheckContext, type DetectionSummary } from '../checks/check.js';
import type { Catalog } from '../kql/catalog.js';
import { queryFacts } from '../kql/query-facts.js';
import { loadDetectionFile, type Detection, type LoadOptions, type LoadOutcome } from '../load/load-detection.js';
import type { Finding } from '../model/result.js';

/** Result of checking one file. */
export interface FileReport extends DetectionSummary {
  findings: Finding[];
}

/** Run every per-detection check on a loaded detection. */
export function checkDetection(detection: Detection, catalog: Catalog): Finding[] {
  const findings: Finding[] = [];
  const query = queryFacts(detection, catalog);
  const context: CheckContext = {
    detection,
    query,
    catalog,
    report(ruleId, where, message, options = {}) {
      const span = isSpan(where) ? where : detection.source.locate(where, options.at ?? 'value');
      findings.push(findingAt(detection.file, ruleId, span, message, options.level));
    },
  };
  for (const check of DETECTION_CHECKS) {
    try {
      check.run(context);
    } catch (error) {
      // A bug in one check must not hide the others' findings or stop the run.
      const detail = process.env.LAKEGUARD_DEBUG ? ` ${(error as Error)?.stack ?? String(error)}` : '';
      findings.push(
        findingAt(
          detection.file,
          'LG0000',
          { line: 1, column: 1, endLine: 1, endColumn: 1 },
          `Internal error in check '${check.name}'.${detail}`,
        ),
      );
    }
  }
  return findings;
}

/** Load and check one file. Never throws for bad input. */
export async function checkFile(absPath: string, file: string, catalog: Catalog, options: LoadOptions = {}): Promise<FileReport> {
  return checkLoaded(await loadDetectionFile(absPath, file, options), file, catalog);
}

/** The checks of a file already loaded (so a caller can read the next files while these run). */
export function checkLoaded(outcome: LoadOutcome, file: string, catalog: Catalog): FileReport {
  const report: FileReport = { file, findings: [...outcome.findings] };
  const detection = outcome.detection;
  if (!detection) return report;
  const { id, name } = detection.data;
  if (typeof id === 'string') {
    report.id = id;
    report.idSpan = detection.source.locate(['id']);
  }
  if (typeof name === 'string') {
    report.name = name;
    report.nameSpan = detection.source.locate(['name']);
  }
  report.findings.push(...checkDetection(detection, catalog));
  return report;
}
