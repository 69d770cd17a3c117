/** The query of a detection, analysed once for all checks. */
import type { Detection } from '../load/load-detection.js';
import type { Catalog } from './catalog.js';
import type { ValuePath } from '../load/source-document.js';
import { analyze, type KqlAnalysis } from './language-service.js';

/** The query's analysis, computed once per detection before the checks run. */
export interface QueryFacts {
  text: string;
  /** Path of the query value in the document (`['query']`). */
  path: ValuePath;
  analysis: KqlAnalysis;
}

/** Analyse the query of a loaded detection (undefined when it has no string query). */
export function queryFacts(detection: Detection, catalog: Catalog): QueryFacts | undefined {
  const text = detection.data.query;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  return { text, path: ['query'], analysis: analyze(text, catalog.globalsFor(text)) };
}
