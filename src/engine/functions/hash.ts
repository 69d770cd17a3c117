/**
 * hash() and hash_xxhash64(): XXH64 (seed 0) of the value's bytes, as a signed long
 * (a bigint beyond ±2^53), or that hash modulo `mod` (0 <= result < mod). Bytes are
 * known only where the documented examples pin them: a string hashes its UTF-8 bytes
 * (hash("World") == 1846988464401551951), a datetime its .NET ticks (100 ns since
 * 0001-01-01) as 8 little-endian bytes (hash_xxhash64(datetime(2015-01-01)) ==
 * 1380966698541616202). Other types, and hash_combine()/hash_many() (whose combining
 * is not documented), are refused.
 */
import { QueryError, Unsupported } from '../refusal.js';
import { longValue, type KustoType, type Value } from '../values.js';
import type { ScalarFunction } from './function.js';

const M = (1n << 64n) - 1n;
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P3 = 1609587929392839161n;
const P4 = 9650029242287828579n;
const P5 = 2870177450012600261n;

const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & M;
const round = (acc: bigint, lane: bigint) => (rotl((acc + lane * P2) & M, 31n) * P1) & M;
const merge = (acc: bigint, v: bigint) => ((acc ^ round(0n, v)) * P1 + P4) & M;

/** XXH64 of `bytes` with seed 0, unsigned (the reference algorithm, in 64-bit bigint steps). */
export function xxh64(bytes: Uint8Array): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.length;
  let i = 0;
  let h: bigint;
  if (len >= 32) {
    let v1 = (P1 + P2) & M;
    let v2 = P2;
    let v3 = 0n;
    let v4 = -P1 & M;
    for (; i + 32 <= len; i += 32) {
      v1 = round(v1, view.getBigUint64(i, true));
      v2 = round(v2, view.getBigUint64(i + 8, true));
      v3 = round(v3, view.getBigUint64(i + 16, true));
      v4 = round(v4, view.getBigUint64(i + 24, true));
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & M;
    h = merge(merge(merge(merge(h, v1), v2), v3), v4);
  } else h = P5;
  h = (h + BigInt(len)) & M;
  for (; i + 8 <= len; i += 8) {
    h ^= round(0n, view.getBigUint64(i, true));
    h = (rotl(h, 27n) * P1 + P4) & M;
  }
  if (i + 4 <= len) {
    h ^= (BigInt(view.getUint32(i, true)) * P1) & M;
    h = (rotl(h, 23n) * P2 + P3) & M;
    i += 4;
  }
  for (; i < len; i++) {
    h ^= (BigInt(bytes[i]!) * P5) & M;
    h = (rotl(h, 11n) * P1) & M;
  }
  h ^= h >> 33n;
  h = (h * P2) & M;
  h ^= h >> 29n;
  h = (h * P3) & M;
  h ^= h >> 32n;
  return h;
}

/** Ticks from 0001-01-01 (.NET) to the Unix epoch. */
const NET_EPOCH_TICKS = 621_355_968_000_000_000n;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function bytesOf(v: Value, type: KustoType | undefined, name: string): Uint8Array | null {
  if (v === null) return null;
  if (type === 'string' && typeof v === 'string') {
    // The empty string is also string's null: what Kusto hashes for it is not documented.
    if (v === '') throw new Unsupported(`${name}() of an empty string`);
    if (LONE_SURROGATE.test(v)) throw new Unsupported(`${name}() of text with a lone surrogate`);
    return Buffer.from(v, 'utf8');
  }
  if (type === 'datetime' && typeof v === 'bigint') {
    const bytes = Buffer.alloc(8);
    bytes.writeBigInt64LE(v + NET_EPOCH_TICKS);
    return bytes;
  }
  throw new Unsupported(`${name}() of a ${type ?? 'null'} value (its bytes are not documented)`);
}

function hashFunction(name: string): ScalarFunction {
  return {
    name,
    evaluate: ([v, mod], { argTypes }) => {
      const bytes = bytesOf(v ?? null, argTypes[0], name);
      if (bytes === null) return null;
      const h = BigInt.asIntN(64, xxh64(bytes));
      if (mod === undefined) return longValue(h, `${name}()`);
      if (mod === null) return null;
      if (typeof mod !== 'number' || !Number.isInteger(mod)) throw new Unsupported(`${name}() with this mod`);
      if (mod <= 0) throw new QueryError(`${name}(): mod must be positive`);
      const m = BigInt(mod);
      return Number(((h % m) + m) % m);
    },
  };
}

export const HASH_FUNCTIONS: readonly ScalarFunction[] = [hashFunction('hash'), hashFunction('hash_xxhash64')];
