/**
 * `lakeguard init --from-repo DIR`: a lakeguard.yaml for a clone of an
 * Azure-Sentinel-shaped repository. Tables come from its CustomTables folders,
 * functions from its Parsers folders (parser YAML, bound against the catalog) and
 * CustomFunctions folders (declared result columns), and the detection paths are
 * its analytic-rule folders.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** What was found in the repository, as paths relative to it with `/` separators. */
export interface RepoLayout {
  tables: string[];
  parsers: string[];
  customFunctions: string[];
  rules: string[];
}

const RULE_FOLDERS = new Set(['analytic rules', 'analytics rules', 'detections']);
const SKIP = new Set(['node_modules', '.git']);

/** Folders of interest, found breadth-first; a folder inside one already taken is not listed again. */
export async function scanRepo(root: string, maxDepth = 4): Promise<RepoLayout> {
  const layout: RepoLayout = { tables: [], parsers: [], customFunctions: [], rules: [] };
  let level: string[] = [''];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    const next: string[] = [];
    for (const rel of level) {
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        const lower = entry.name.toLowerCase();
        if (lower === 'customtables') layout.tables.push(child);
        else if (lower === 'customfunctions') layout.customFunctions.push(child);
        else if (lower === 'parsers') layout.parsers.push(child);
        else if (RULE_FOLDERS.has(lower)) layout.rules.push(child);
        // Look inside everything else (dot-folders too: .script/tests/… holds CustomTables).
        else next.push(child);
      }
    }
    level = next;
  }
  return layout;
}

const quote = (p: string): string => (/^[\w./-]+$/.test(p) ? p : JSON.stringify(p));

/** The lakeguard.yaml text for a scanned repository. */
export function configForRepo(layout: RepoLayout): string {
  const lines = [
    '# lakeguard configuration for an Azure-Sentinel-shaped repository (written by lakeguard init --from-repo).',
    '# Tables come from CustomTables JSON, functions from parser YAML (each bound against the catalog to',
    '# learn its output columns) and from CustomFunctions JSON (declared columns; listed last, so they win',
    '# over a parser of the same name). See the README: custom tables, functions and watchlists.',
  ];
  if (layout.rules.length > 0) lines.push('paths:', ...layout.rules.map((p) => `  - ${quote(p)}`));
  lines.push(layout.tables.length > 0 ? 'tables:' : 'tables: []', ...layout.tables.map((p) => `  - path: ${quote(p)}`));
  const functions = [...layout.parsers, ...layout.customFunctions];
  lines.push(functions.length > 0 ? 'functions:' : 'functions: []', ...functions.map((p) => `  - path: ${quote(p)}`));
  return `${lines.join('\n')}\n`;
}
