/**
 * What a detection reads: the tables its bound query references, the workspace
 * functions it calls (and, for functions with a body, the tables they read), and
 * the watchlists it looks up. Unknown names (not in the catalog) still count.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import type { Catalog } from '../kql/catalog.js';
import { analyze, nodeKind, syntaxDescendants } from '../kql/language-service.js';

export interface DataSource {
  name: string;
  kind: 'table' | 'function' | 'watchlist';
  /** Not in the catalog (an unknown table the checks report). */
  unknown?: boolean;
}

/** Codes the language service uses for a name that is no table or function. */
const UNKNOWN_NAME = 'KS204';


function symbolKind(symbol: any): string {
  return String(symbol?.constructor?.$$name ?? '');
}

/** Data sources of a KQL text against the catalog (function bodies followed up to `depth`). */
export function dataSourcesOfQuery(text: string, catalog: Catalog, depth = 3): DataSource[] {
  const analysis = analyze(text, catalog.globalsFor(text));
  const found = new Map<string, DataSource>();
  const add = (s: DataSource): void => {
    const key = `${s.kind}:${s.kind === 'watchlist' ? s.name.toLowerCase() : s.name}`;
    if (!found.has(key)) found.set(key, s);
  };
  const code = analysis.code as any;
  for (const node of syntaxDescendants(code?.Syntax)) {
    const kind = nodeKind(node);
    if (kind === 'NameReference') {
      const symbol = node.ReferencedSymbol;
      const name = String(symbol?.Name ?? '');
      if (symbolKind(symbol).endsWith('TableSymbol') && catalog.hasTable(name)) add({ name, kind: 'table' });
    } else if (kind === 'FunctionCallExpression') {
      const name = String(node.ReferencedSymbol?.Name ?? '');
      const spec = name && name !== '_GetWatchlist' ? catalog.functionSpec(name) : undefined;
      if (spec) {
        add({ name, kind: 'function' });
        if (spec.body && depth > 0) {
          const body = spec.body.trim().replace(/^\{([\s\S]*)\}$/, '$1');
          for (const inner of dataSourcesOfQuery(body, catalog, depth - 1)) if (!inner.unknown) add(inner);
        }
      }
    }
  }
  for (const m of text.matchAll(/_GetWatchlist\s*\(\s*(['"])(.*?)\1\s*\)/g)) add({ name: m[2] as string, kind: 'watchlist' });
  for (const d of analysis.diagnostics) {
    if (d.code !== UNKNOWN_NAME) continue;
    const name = text.slice(d.start, d.start + d.length).replace(/^\[\s*['"]|['"]\s*\]$/g, '');
    if (name) add({ name, kind: 'table', unknown: true });
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
