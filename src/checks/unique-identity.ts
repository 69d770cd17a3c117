/**
 * Ids and names must be unique across every detection checked, because Sentinel
 * identifies rule templates by id and people by name.
 */
import { defineProjectCheck, type DetectionSummary } from './check.js';

function firstSeen<K extends 'id' | 'name'>(detections: readonly DetectionSummary[], key: K, normalize: (v: string) => string) {
  const seen = new Map<string, DetectionSummary>();
  const duplicates: { later: DetectionSummary; first: DetectionSummary }[] = [];
  for (const d of detections) {
    const value = d[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const normalized = normalize(value);
    const first = seen.get(normalized);
    if (first) duplicates.push({ later: d, first });
    else seen.set(normalized, d);
  }
  return duplicates;
}

function where(d: DetectionSummary, span: DetectionSummary['idSpan']): string {
  return `${d.file}:${span?.line ?? 1}`;
}

export const uniqueIdentityCheck = defineProjectCheck({
  name: 'unique-identity',
  rules: ['LG5001', 'LG5002'],
  run(detections, report) {
    // Order by file so "first" is deterministic whatever order files were read in.
    const sorted = [...detections].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    for (const { later, first } of firstSeen(sorted, 'id', (v) => v.trim().toLowerCase())) {
      report(
        later.file,
        'LG5001',
        later.idSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
        `Id ${later.id} is also used by ${where(first, first.idSpan)}; give this detection a new GUID.`,
      );
    }
    for (const { later, first } of firstSeen(sorted, 'name', (v) => v.trim().toLowerCase().replace(/\s+/g, ' '))) {
      report(
        later.file,
        'LG5002',
        later.nameSpan ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
        `Name '${later.name}' is also used by ${where(first, first.nameSpan)}.`,
      );
    }
  },
});
