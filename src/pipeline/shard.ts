/**
 * Sharding for matrix jobs: `--shard i/n` keeps the detections whose id hashes
 * to shard i. The hash is of the detection's id (its file path when it has
 * none), so a detection stays in its shard when files move or others are added.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based shard number. */
  index: number;
  count: number;
}

/** Parse `i/n` (1 ≤ i ≤ n); returns a message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 1000)
    return `shard must be i/n with 1 ≤ i ≤ n ≤ 1000 (e.g. 2/4), not '${text}'`;
  return { index, count };
}

/** The 1-based shard a detection belongs to. */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key.trim().toLowerCase()).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}
