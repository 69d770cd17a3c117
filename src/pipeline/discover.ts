/**
 * Expands the PATH arguments into detection files: a folder means every
 * `*.yaml` / `*.yml` below it (skipping dot-folders and node_modules).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const SKIP_DIRS = new Set(['node_modules']);

/** A path argument that does not exist. */
export class MissingPathError extends Error {
  override name = 'MissingPathError';
}

export interface DiscoveredFile {
  absPath: string;
  /** Relative to `root`, `/` separators (or absolute when outside root). */
  file: string;
}

/** Display form of a path: relative to root with `/`, absolute when outside. */
export function displayPath(absPath: string, root: string): string {
  const rel = path.relative(root, absPath);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return absPath.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

function isYaml(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !/^lakeguard\.ya?ml$/i.test(name);
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIP_DIRS.has(entry.name)) await walk(full, out);
    } else if (entry.isFile() && isYaml(entry.name)) {
      out.push(full);
    }
  }
}

/** Files named by `paths` (resolved from `root`), sorted, without duplicates. */
export async function discoverDetections(paths: readonly string[], root: string): Promise<DiscoveredFile[]> {
  const found: string[] = [];
  for (const p of paths) {
    const abs = path.resolve(root, p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch {
      throw new MissingPathError(`No such file or folder: ${p}`);
    }
    if (stat.isDirectory()) await walk(abs, found);
    else found.push(abs);
  }
  const unique = [...new Set(found)].sort();
  return unique.map((absPath) => ({ absPath, file: displayPath(absPath, root) }));
}
