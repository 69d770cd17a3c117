/** Shared test helpers: build detections from YAML text and run checks on them. */
import { findingAt, isSpan, type Check, type CheckContext } from '../src/checks/check.js';
import { Catalog } from '../src/kql/catalog.js';
import { parseDetection } from '../src/load/load-detection.js';
import { queryFacts } from '../src/kql/query-facts.js';
import type { Finding } from '../src/model/result.js';

let sharedCatalog: Catalog | undefined;

/** The built-in catalog (one per test file; building it is cheap, symbols are lazy). */
export function builtInCatalog(): Catalog {
  sharedCatalog ??= new Catalog();
  return sharedCatalog;
}

/** Parse YAML text as a detection file named `file`; fails the test on load findings. */
export function detectionFrom(yamlText: string, file = 'detections/x.yaml') {
  const outcome = parseDetection(Buffer.from(yamlText), file, `/${file}`);
  if (!outcome.detection) throw new Error(`did not load: ${JSON.stringify(outcome.findings)}`);
  return outcome.detection;
}

/** Run one check on YAML text; returns its findings. */
export function runCheck(check: Check, yamlText: string, catalog: Catalog = builtInCatalog()): Finding[] {
  const detection = detectionFrom(yamlText);
  const findings: Finding[] = [];
  const context: CheckContext = {
    detection,
    query: queryFacts(detection, catalog),
    catalog,
    report(ruleId, where, message, options = {}) {
      const span = isSpan(where) ? where : detection.source.locate(where, options.at ?? 'value');
      findings.push(findingAt(detection.file, ruleId, span, message, options.level));
    },
  };
  check.run(context);
  return findings;
}

/** Compact view of findings for assertions: `ruleId@line:column`. */
export function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.line}:${f.column}`);
}

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`'${needle}' not in text`);
  return index + 1;
}
