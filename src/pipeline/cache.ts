/**
 * Content-hash cache of per-file reports: an unchanged file under an unchanged
 * configuration and tool version is not parsed again.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FileReport } from './check-file.js';

const CACHE_FORMAT = 1;

interface CacheFile {
  format: number;
  entries: Record<string, FileReport>;
}

export class ReportCache {
  private entries: Record<string, FileReport> = {};
  private readonly used = new Set<string>();
  private dirty = false;

  /** @param file where the cache lives; undefined disables it. */
  constructor(private readonly file: string | undefined) {}

  async load(): Promise<void> {
    if (!this.file) return;
    try {
      const parsed = JSON.parse(await fs.readFile(this.file, 'utf8')) as CacheFile;
      if (parsed.format === CACHE_FORMAT && parsed.entries && typeof parsed.entries === 'object') this.entries = parsed.entries;
    } catch {
      this.entries = {}; // missing or corrupt: start afresh
    }
  }

  get(key: string, file: string): FileReport | undefined {
    const hit = this.entries[key];
    if (!hit || hit.file !== file) return undefined;
    this.used.add(key);
    return hit;
  }

  set(key: string, report: FileReport): void {
    if (!this.file) return;
    this.entries[key] = report;
    this.used.add(key);
    this.dirty = true;
  }

  /** Write the entries used in this run (old ones are dropped). */
  async save(): Promise<void> {
    if (!this.file) return;
    if (!this.dirty && this.used.size === Object.keys(this.entries).length) return;
    const kept: Record<string, FileReport> = {};
    for (const key of this.used) if (this.entries[key]) kept[key] = this.entries[key];
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, JSON.stringify({ format: CACHE_FORMAT, entries: kept } satisfies CacheFile));
      await fs.rename(tmp, this.file);
    } catch {
      /* a cache that cannot be written only costs time */
    }
  }
}

/** Key of a file's report: tool version + configuration + the file's bytes + its display path. */
export function cacheKey(salt: string, file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(salt).update('\0').update(file).update('\0').update(bytes).digest('hex');
}
