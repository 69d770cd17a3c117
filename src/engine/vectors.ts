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
 * Whether `s` occurs in `text` at `start` (text has room for it). A loop over code
 * units: String.prototype.startsWith with a position is several times slower in V8
 * when it matches inside a long text.
 */
export function occursAt(text: string, start: number, s: string): boolean {
  for (let k = 0; k < s.length; k++) if (text.charCodeAt(start + k) !== s.charCodeAt(k)) return false;
  return true;
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

/** FNV-1a over the UTF-16 code units of text[start, end), seeded. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

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

  /** The code of text[start, end), or -1 when it is not in the dictionary (h: its hash). */
  private find(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = slots.length - 1;
    const n = end - start;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const e = slots[i]!;
      if (e === 0) return -1;
      const code = e - 1;
      if (this.hashes[code] === h) {
        const s = this.dict[code]!;
        if (s.length === n && occursAt(text, start, s)) return code;
      }
    }
  }

  private add(s: string, h: number): number {
    const code = this.dict.length;
    this.dict.push(flatString(s));
    if (code === this.hashes.length) this.hashes = grow(this.hashes, code + 1);
    this.hashes[code] = h;
    if ((code + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(code);
    return code;
  }

  private place(code: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let i = this.hashes[code]! & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = code + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let code = 0; code < this.dict.length; code++) this.place(code);
  }

  /** The code of `s`, added to the dictionary when new. */
  code(s: string): number {
    const h = hashRange(s, 0, s.length);
    const c = this.find(s, 0, s.length, h);
    return c >= 0 ? c : this.add(s, h);
  }

  /** The code of text[start, end), added as a fresh copy when new (see flatString). */
  codeRange(text: string, start: number, end: number): number {
    const h = hashRange(text, start, end);
    const c = this.find(text, start, end, h);
    return c >= 0 ? c : this.add(text.slice(start, end), h);
  }

  pushCode(c: number): void {
    if (this.length === this.codes.length) this.codes = grow(this.codes, this.length + 1);
    this.codes[this.length++] = c;
  }
  push(value: Value): void {
    this.pushCode(this.code(value as string));
  }
  finish(): StringVector {
    return { kind: 'string', codes: this.codes.slice(0, this.length), dict: this.dict };
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
    return { kind: 'ticks', ms: this.ms.slice(0, this.length), sub: this.sub.slice(0, this.length) };
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
    return this.plain ?? { kind: 'number', values: this.values.slice(0, this.length) };
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
