/** The query of a detection, analysed once for all checks. */
import type { QueryFacts } from '../checks/check.js';
import type { Detection } from '../load/load-detection.js';
import type { Catalog } from './catalog.js';
import { analyze } from './language-service.js';

/** Analyse the query of a loaded detection (undefined when it has no string query). */
export function queryFacts(detection: Detection, catalog: Catalog): QueryFacts | undefined {
  const text = detection.data.query;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return { text, path: ['query'], analysis: analyze(text, catalog.globalsFor(text)) };
}
