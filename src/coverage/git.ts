/**
 * Detections as they are at another commit (`--compare REF`): the YAML files
 * under the same paths, read with `git ls-tree` and `git show`.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseDetection, type Detection } from '../load/load-detection.js';

const run = promisify(execFile);

/** A ref git cannot read. */
export class UnknownRefError extends Error {
  override name = 'UnknownRefError';
}

async function git(root: string, args: string[]): Promise<Buffer> {
  const { stdout } = await run('git', args, { cwd: root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

/** Loaded detections at `ref` under `paths` (repository-relative to `root`). */
export async function detectionsAtRef(root: string, ref: string, paths: readonly string[]): Promise<Detection[]> {
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UnknownRefError(`git cannot read '${ref}' (is it a commit, branch or tag of this clone?)`);
  }
  const prefix = (await git(root, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
  const specs = paths.map((p) => path.posix.normalize(path.relative(root, path.resolve(root, p)).split(path.sep).join('/')));
  const listing = (await git(root, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', ref, '--', ...specs.map((s) => prefix + (s === '.' ? '' : s))]))
    .toString('utf8')
    .split('\0')
    .filter((f) => /\.ya?ml$/i.test(f) && !/(^|\/)lakeguard\.ya?ml$/i.test(f) && !f.split('/').some((part) => part.startsWith('.')));
  const out: Detection[] = [];
  for (const full of listing.sort()) {
    const file = full.slice(prefix.length);
    const bytes = await git(root, ['show', `${ref}:${full}`]);
    const { detection } = parseDetection(bytes, file, path.join(root, file));
    if (detection) out.push(detection);
  }
  return out;
}
