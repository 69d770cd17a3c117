/**
 * Every file reporter by name: a static map, so the bundled action needs no
 * dynamic loading. Annotations are not here: they are emitted through
 * `@actions/core`, not written as text (see `annotations.ts`).
 */
import type { Reporter } from '../context.js';
import { consoleReporter } from './console.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';

/** Names of the reporters that render a run result as text. */
export type ReporterName = 'console' | 'json' | 'sarif' | 'junit' | 'markdown';

/** Reporter by name. Reporters with options (SARIF cap, markdown budget) use their defaults here. */
export const REPORTERS: ReadonlyMap<ReporterName, Reporter> = new Map<ReporterName, Reporter>([
  ['console', consoleReporter],
  ['json', jsonReporter],
  ['sarif', (result, ctx) => sarifReporter(result, ctx)],
  ['junit', junitReporter],
  ['markdown', (result, ctx) => markdownReporter(result, ctx)],
]);

export type { Reporter } from '../context.js';
