/**
 * Findings on the repository's own function files (`functions: - path:` in
 * lakeguard.yaml): files that could not be read as functions, and functions whose
 * query does not bind against the catalog, at the line in their own file.
 */
import { promises as fs } from 'node:fs';
import { findingAt } from '../checks/check.js';
import type { Catalog } from '../kql/catalog.js';
import type { RepoConfig } from '../load/config.js';
import { parseDetection } from '../load/load-detection.js';
import type { SourceDocument } from '../load/source-document.js';
import type { Finding } from '../model/result.js';

/** Findings per function file, keyed by the file's display path; empty when there are none. */
export async function functionFileFindings(
  config: Pick<RepoConfig, 'functionFindings'>,
  catalog: Catalog,
): Promise<Map<string, Finding[]>> {
  const byFile = new Map<string, Finding[]>();
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const key = `${finding.file}:${finding.line}:${finding.column}:${finding.ruleId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  };
  for (const f of config.functionFindings ?? []) {
    add(findingAt(f.file, 'LG2008', { line: f.line, column: f.column, endLine: f.line, endColumn: f.column }, f.message));
  }
  const documents = new Map<string, SourceDocument | undefined>();
  for (const { name, spec, problem } of catalog.functionProblems()) {
    const source = spec.source;
    if (!source) continue;
    let document = documents.get(source.path);
    if (!documents.has(source.path)) {
      const bytes = await fs.readFile(source.path).catch(() => undefined);
      document = bytes ? parseDetection(bytes, source.file, source.path).detection?.source : undefined;
      documents.set(source.path, document);
    }
    const span =
      document && source.queryKey
        ? document.locateInScalar([source.queryKey], problem.start, problem.length)
        : { line: 1, column: 1, endLine: 1, endColumn: 1 };
    add(
      findingAt(
        source.file,
        'LG2008',
        span,
        `Function '${name}' does not bind against the catalog: ${problem.message}. Rules that call it are checked without its columns.`,
      ),
    );
  }
  return byFile;
}
