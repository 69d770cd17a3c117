/**
 * Typed column storage. A table column is either a plain array of values or one
 * of these vectors, which hold the same values in typed arrays:
 *
 * - strings: Int32Array codes into a dictionary of distinct strings (strings are
 *   never null in Kusto; '' is a code like any other). Codes are unique per
 *   string, so grouping, dcount and joins can compare codes instead of strings.
 * - datetime / timespan: 100-ns ticks split exactly into whole milliseconds
 *   (Float64Array, NaN for null) and the sub-millisecond rest 0..9999 (Uint16Array),
 *   so ticks = ms * 10000 + sub. Every 64-bit tick count fits: |ticks| / 10000 < 2^53.
 * - int / long: Float64Array with NaN for null (their values are integers within
 *   ±2^53, so NaN never is a value). A column holding a value that is not such a
 *   number (a bigint beyond ±2^53, say) stays a plain array.
 *
 * Reals, bools, guids and dynamic values stay plain arrays.
 */
import type { KustoType, Value } from './values.js';

export interface StringVector {
  kind: 'string';
  codes: Int32Array;
  /** Distinct strings; codes index into it. May hold strings no row uses (after a filter). */
  dict: readonly string[];
}

export interface TicksVector {
  kind: 'ticks';
  /** Whole milliseconds (floor of ticks / 10000); NaN for null. */
  ms: Float64Array;
  /** ticks - ms * 10000, in 0..9999. */
  sub: Uint16Array;
}

export interface NumberVector {
  kind: 'number';
  /** Integer values; NaN for null. */
  values: Float64Array;
}

export type Vector = StringVector | TicksVector | NumberVector;

export function vectorLength(v: Vector): number {
  return v.kind === 'string' ? v.codes.length : v.kind === 'ticks' ? v.ms.length : v.values.length;
}

const TICKS_PER_MS = 10_000n;

/** The ticks of one element (null for null). */
export function ticksAt(v: TicksVector, r: number): bigint | null {
  const ms = v.ms[r]!;
  if (ms !== ms) return null;
  return BigInt(ms) * TICKS_PER_MS + BigInt(v.sub[r]!);
}

/** Split ticks into [ms, sub]. */
export function splitTicks(ticks: bigint): [number, number] {
  let ms = ticks / TICKS_PER_MS;
  let sub = ticks - ms * TICKS_PER_MS;
  if (sub < 0n) {
    ms -= 1n;
    sub += TICKS_PER_MS;
  }
  return [Number(ms), Number(sub)];
}

/** The plain values of a vector. */
export function materialize(v: Vector): Value[] {
  const n = vectorLength(v);
  const out: Value[] = new Array(n);
  if (v.kind === 'string') {
    const { codes, dict } = v;
    for (let r = 0; r < n; r++) out[r] = dict[codes[r]!]!;
  } else if (v.kind === 'ticks') {
    const { ms, sub } = v;
    for (let r = 0; r < n; r++) {
      const m = ms[r]!;
      out[r] = m !== m ? null : BigInt(m) * TICKS_PER_MS + BigInt(sub[r]!);
    }
  } else {
    const { values } = v;
    for (let r = 0; r < n; r++) {
      const x = values[r]!;
      out[r] = x !== x ? null : x;
    }
  }
  return out;
}

/** The rows `rows` of a vector, in that order. */
export function gather(v: Vector, rows: ArrayLike<number>): Vector {
  const n = rows.length;
  if (v.kind === 'string') {
    const codes = new Int32Array(n);
    const src = v.codes;
    for (let i = 0; i < n; i++) codes[i] = src[rows[i]!]!;
    return { kind: 'string', codes, dict: v.dict };
  }
  if (v.kind === 'ticks') {
    const ms = new Float64Array(n);
    const sub = new Uint16Array(n);
    const sm = v.ms;
    const ss = v.sub;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      ms[i] = sm[r]!;
      sub[i] = ss[r]!;
    }
    return { kind: 'ticks', ms, sub };
  }
  const values = new Float64Array(n);
  const src = v.values;
  for (let i = 0; i < n; i++) values[i] = src[rows[i]!]!;
  return { kind: 'number', values };
}

/** Appends values of one column type, building a vector when the type has one. */
export interface VectorBuilder {
  /** Append a value already converted to the column type. */
  push(value: Value): void;
  /** The column: a vector, or plain values when some value does not fit one. */
  finish(): Vector | Value[];
}

const INITIAL = 1024;

function grow<T extends Float64Array | Int32Array | Uint16Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/**
 * a[0, n) as a builder's result: a view when a is nearly full (a copy would add its
 * size to the load's peak memory, for an eighth at most saved), else a copy.
 */
function trimmed<T extends Float64Array | Int32Array | Uint16Array>(a: T, n: number): T {
  return (n >= a.length - (a.length >> 3) ? a.subarray(0, n) : a.slice(0, n)) as T;
}

/**
 * A string with the same code units held as one flat sequence. V8 keeps a long slice of a
 * string as a view of the whole (which would keep a file's chunk alive) and a concatenation
 * as a tree of pieces; both read slower, character by character, than a flat string, and a
 * dictionary compares its entries that way. JSON round-trips every string exactly (lone
 * surrogates included); shorter strings are always flat copies already.
 */
export function flatString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** A per-process start for the hash, so no fixture can be written to make every string collide (codes do not depend on it). */
const SEED = (Math.random() * 0x100000000) | 0;

/** FNV-1a's start (seeded) and prime: callers that walk code units anyway hash them as they go. */
export const HASH_START = 0x811c9dc5 ^ SEED;
export const HASH_PRIME = 0x01000193;

/** hashRange of code units u[start, end) (what the fixture readers compute inline). */
export function hashUnits(u: CodeUnits, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = Math.imul(h ^ u[i]!, HASH_PRIME);
  return h | 0;
}

/** FNV-1a over the UTF-16 code units of text[start, end), seeded. */
function hashRange(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), HASH_PRIME);
  return h | 0;
}

/** A text's UTF-16 code units as a typed array (an ASCII chunk's bytes are its code units). */
export type CodeUnits = Uint8Array | Uint16Array;

/**
 * Strings: codes into a dictionary built as values arrive. The index is an open-addressing
 * hash table over the strings' code units, so a value read from a chunk of a file is looked
 * up in place (no slice, no string made) and copied only when it is new.
 */
export class StringBuilder implements VectorBuilder {
  private codes = new Int32Array(INITIAL);
  private readonly dict: string[] = [];
  /** hashes[code]: the hash of dict[code]. */
  private hashes = new Int32Array(INITIAL);
  /** Open-addressing slots holding code + 1 (0: empty); the size is a power of two. */
  private slots = new Int32Array(INITIAL * 2);
  length = 0;

  /** The slot of the entry equal to text[start, end) (h: its hash), or of the empty slot where it goes (negative: -1 - slot). */
  private find(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const n = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[i]!;
      if (e === 0) return -1 - i;
      if (this.hashes[e - 1] === h) {
        const s = this.dict[e - 1]!;
        if (s.length === n) {
          let k = 0;
          while (k < n && text.charCodeAt(start + k) === s.charCodeAt(k)) k++;
          if (k === n) return i;
        }
      }
    }
  }

  /** find for the code units u[start, end) (typed-array reads are faster than charCodeAt). */
  private findUnits(u: CodeUnits, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const n = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[i]!;
      if (e === 0) return -1 - i;
      if (this.hashes[e - 1] === h) {
        const s = this.dict[e - 1]!;
        if (s.length === n) {
          let k = 0;
          while (k < n && u[start + k] === s.charCodeAt(k)) k++;
          if (k === n) return i;
        }
      }
    }
  }

  /** Add `s` (hash h; `flat`: a flat string of its own already) at the empty slot `at` that find gave. */
  private add(s: string, h: number, at: number, flat = false): number {
    const code = this.dict.length;
    this.dict.push(flat ? s : flatString(s));
    if (code === this.hashes.length) this.hashes = grow(this.hashes, code + 1);
    this.hashes[code] = h;
    this.slots[at] = code + 1;
    if ((code + 1) * 2 > this.slots.length) this.rehash();
    return code;
  }

  /** Twice the slots, every entry placed again by its hash. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let code = 0; code < this.dict.length; code++) {
      let i = this.hashes[code]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = code + 1;
    }
    this.slots = slots;
  }

  /** The code of `s`, added to the dictionary when new. */
  code(s: string): number {
    const h = hashRange(s, 0, s.length);
    const at = this.find(s, 0, s.length, h);
    return at >= 0 ? this.slots[at]! - 1 : this.add(s, h, -1 - at);
  }

  /** The code of text[start, end), added as a fresh copy when new (see flatString). */
  codeRange(text: string, start: number, end: number): number {
    const h = hashRange(text, start, end);
    const at = this.find(text, start, end, h);
    return at >= 0 ? this.slots[at]! - 1 : this.add(text.slice(start, end), h, -1 - at);
  }

  /**
   * The code of text[start, end), whose code units are u[start, end) and FNV-1a hash h
   * (HASH_START, HASH_PRIME, then | 0): the caller hashed them while scanning. A new
   * entry is `text.fresh(start, end)`, a flat string of its own.
   */
  codeHashed(text: { fresh(start: number, end: number): string }, u: CodeUnits, start: number, end: number, h: number): number {
    const at = this.findUnits(u, start, end, h);
    return at >= 0 ? this.slots[at]! - 1 : this.add(text.fresh(start, end), h, -1 - at, true);
  }

  pushCode(c: number): void {
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length + 1);
    this.codes[this.length++] = c;
  }
  push(value: Value): void {
    this.pushCode(this.code(value as string));
  }
  finish(): StringVector {
    return { kind: 'string', codes: trimmed(this.codes, this.length), dict: this.dict };
  }
}

/** datetime / timespan ticks. */
export class TicksBuilder implements VectorBuilder {
  private ms = new Float64Array(INITIAL);
  private sub = new Uint16Array(INITIAL);
  length = 0;
  /** Append ms and sub directly (NaN ms for null). */
  pushParts(ms: number, sub: number): void {
    if (this.length === this.ms.length) {
      this.ms = grow(this.ms, this.length + 1);
      this.sub = grow(this.sub, this.length + 1);
    }
    this.ms[this.length] = ms;
    this.sub[this.length++] = sub;
  }
  push(value: Value): void {
    if (value === null) this.pushParts(NaN, 0);
    else {
      const [ms, sub] = splitTicks(value as bigint);
      this.pushParts(ms, sub);
    }
  }
  finish(): TicksVector {
    return { kind: 'ticks', ms: trimmed(this.ms, this.length), sub: trimmed(this.sub, this.length) };
  }
}

/** int / long: numbers within ±2^53; anything else turns the column into plain values. */
export class NumberBuilder implements VectorBuilder {
  private values = new Float64Array(INITIAL);
  private plain: Value[] | undefined;
  length = 0;
  push(value: Value): void {
    if (this.plain !== undefined) {
      this.plain.push(value);
      this.length++;
      return;
    }
    if (value !== null && !(typeof value === 'number' && Number.isSafeInteger(value))) {
      this.plain = materialize({ kind: 'number', values: this.values.subarray(0, this.length) });
      this.plain.push(value);
      this.length++;
      return;
    }
    if (this.length === this.values.length) this.values = grow(this.values, this.length + 1);
    this.values[this.length++] = value === null ? NaN : value;
  }
  finish(): NumberVector | Value[] {
    return this.plain ?? { kind: 'number', values: trimmed(this.values, this.length) };
  }
}

/** Plain values (types without a vector). */
export class PlainBuilder implements VectorBuilder {
  private readonly values: Value[] = [];
  get length(): number {
    return this.values.length;
  }
  push(value: Value): void {
    this.values.push(value);
  }
  finish(): Value[] {
    return this.values;
  }
}

export function builderFor(type: KustoType): VectorBuilder {
  switch (type) {
    case 'string':
      return new StringBuilder();
    case 'datetime':
    case 'timespan':
      return new TicksBuilder();
    case 'int':
    case 'long':
      return new NumberBuilder();
    default:
      return new PlainBuilder();
  }
}

/** A plain column as a vector of its type, when every value fits one. */
export function vectorize(values: readonly Value[], type: KustoType): Vector | undefined {
  if (type === 'string') {
    if (!values.every((v) => typeof v === 'string')) return undefined;
  } else if (type === 'datetime' || type === 'timespan') {
    if (!values.every((v) => v === null || typeof v === 'bigint')) return undefined;
  } else if (type === 'int' || type === 'long') {
    if (!values.every((v) => v === null || (typeof v === 'number' && Number.isSafeInteger(v)))) return undefined;
  } else return undefined;
  const b = builderFor(type);
  for (const v of values) b.push(v);
  const out = b.finish();
  return Array.isArray(out) ? undefined : out;
}
