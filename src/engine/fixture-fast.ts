/**
 * The fast path of the streamed fixture readers: a `.jsonl` line that is a flat
 * JSON object (string, number, true/false/null values; no escapes, nesting or
 * repeated keys), or a simple `.csv` line, goes straight into the column
 * builders, with no record object and no JSON.parse. Anything else — and any
 * value that does not convert — returns false before a column is touched, and
 * the caller reads the line with the general reader, which accepts it or names
 * the error exactly as before.
 */
import { daysFromCivil, daysInMonth } from './functions/calendar.js';
import type { Column } from './table.js';
import { StringBuilder, TicksBuilder, occursAt, type VectorBuilder } from './vectors.js';
import type { Value } from './values.js';

const digit = (c: number) => c >= 48 && c <= 57;

/**
 * `YYYY-MM-DDTHH:MM:SS[.f{1,7}]Z` (what exports write) in text[start, end) as [ms, sub],
 * written to `out`; false for anything else, which parseDatetime then decides (years
 * below 100 included: Date.UTC reads them as 19xx).
 */
export function isoParts(text: string, start: number, end: number, out: [number, number]): boolean {
  const n = end - start;
  if (n < 20 || n > 28 || text.charCodeAt(end - 1) !== 90 /* Z */) return false;
  if (
    text.charCodeAt(start + 4) !== 45 ||
    text.charCodeAt(start + 7) !== 45 ||
    text.charCodeAt(start + 10) !== 84 ||
    text.charCodeAt(start + 13) !== 58 ||
    text.charCodeAt(start + 16) !== 58
  )
    return false;
  const y1 = two(text, start);
  const y2 = two(text, start + 2);
  const mo = two(text, start + 5);
  const d = two(text, start + 8);
  const h = two(text, start + 11);
  const mi = two(text, start + 14);
  const s = two(text, start + 17);
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return false;
  const y = y1 * 100 + y2;
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return false;
  let frac = 0;
  if (n > 20) {
    // `.` and 1..7 digits before the Z.
    if (text.charCodeAt(start + 19) !== 46 || n === 21) return false;
    let scale = 1_000_000;
    for (let i = start + 20; i < end - 1; i++) {
      const c = text.charCodeAt(i);
      if (!digit(c)) return false;
      frac += (c - 48) * scale;
      scale /= 10;
    }
  }
  out[0] = daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + Math.floor(frac / 10_000);
  out[1] = frac % 10_000;
  return true;
}

/** Two digits at text[i], or -1. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The index of the first character at or after i that is not JSON whitespace. */
function skipWs(text: string, i: number): number {
  for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 13; c = text.charCodeAt(++i));
  return i;
}

/**
 * What a string on the fast path may not hold: escapes and control characters (\r and \t
 * are control characters inside strings). \n is left out: lines never hold one (the reader
 * splits at it), so one search serves many lines of a chunk instead of each line's end.
 */
const SPECIAL = /[\u0000-\u0009\u000b-\u001f\\]/g;

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

interface Slot {
  builder: VectorBuilder;
  type: Column['type'];
}

/**
 * Reads flat lines into builders. Values are staged per column, then committed
 * together, so a line that falls back leaves the columns as they were.
 */
export class FastRows {
  private readonly byName: Map<string, number>;
  private readonly slots: Slot[];
  /** Per column, the staged value: a string code, ticks parts, or a converted value. */
  private readonly codes: Int32Array;
  private readonly ms: Float64Array;
  private readonly sub: Uint16Array;
  private readonly values: Value[];
  /** What is staged for each column: 0 a string code, 1 ticks parts, 2 a converted value. */
  private readonly kind: Uint8Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly parts: [number, number] = [0, 0];
  /** Keys in the order the last line had them, with quotes, to skip map lookups. */
  private readonly lastKeys: string[] = [];
  private readonly lastColumns: number[] = [];

  constructor(
    columns: Column[],
    builders: VectorBuilder[],
    /** The general reader's conversion of one JSON value (fixtures.ts). */
    private readonly coerce: (value: unknown, type: Column['type']) => Value | undefined,
  ) {
    this.byName = new Map(columns.map((c, i) => [c.name, i]));
    this.slots = columns.map((c, i) => ({ builder: builders[i]!, type: c.type }));
    const n = columns.length;
    this.codes = new Int32Array(n);
    this.ms = new Float64Array(n);
    this.sub = new Uint16Array(n);
    this.values = new Array(n).fill(null);
    this.kind = new Uint8Array(n);
    this.seen = new Int32Array(n);
  }

  /** Stage the value text[start, end) (a JSON string's contents, or a CSV cell) for column c. */
  private stageText(c: number, text: string, start: number, end: number, csv: boolean): boolean {
    const slot = this.slots[c]!;
    const b = slot.builder;
    if (slot.type === 'string' && b instanceof StringBuilder) {
      this.codes[c] = b.codeRange(text, start, end);
      this.kind[c] = 0;
      return true;
    }
    if ((slot.type === 'datetime' || slot.type === 'timespan') && b instanceof TicksBuilder) {
      if (slot.type === 'datetime' && isoParts(text, start, end, this.parts)) {
        this.ms[c] = this.parts[0];
        this.sub[c] = this.parts[1];
        this.kind[c] = 1;
        return true;
      }
      if (csv && start === end) {
        this.ms[c] = NaN;
        this.sub[c] = 0;
        this.kind[c] = 1;
        return true;
      }
    }
    // In CSV an empty cell is null (string columns are handled above); dynamic cells are JSON text.
    if (csv && slot.type === 'dynamic') return false;
    const raw = csv && start === end ? null : text.slice(start, end);
    return this.stageValue(c, raw);
  }

  private stageValue(c: number, raw: unknown): boolean {
    const slot = this.slots[c]!;
    const v = this.coerce(raw, slot.type);
    if (v === undefined) return false;
    const b = slot.builder;
    if (b instanceof StringBuilder) {
      this.codes[c] = b.code(v as string);
      this.kind[c] = 0;
    } else {
      this.values[c] = v;
      this.kind[c] = 2;
    }
    return true;
  }

  /** Append the staged values (columns not staged on this line get their null). */
  private commit(): void {
    for (let c = 0; c < this.slots.length; c++) {
      const b = this.slots[c]!.builder;
      const staged = this.seen[c] === this.stamp;
      if (b instanceof StringBuilder) b.pushCode(staged ? this.codes[c]! : b.code(''));
      else if (!staged) b.push(null);
      else if (this.kind[c] === 1) (b as TicksBuilder).pushParts(this.ms[c]!, this.sub[c]!);
      else {
        b.push(this.values[c]!);
        this.values[c] = null;
      }
    }
  }

  private clearStaged(): void {
    for (let c = 0; c < this.values.length; c++) this.values[c] = null;
  }

  /** One `.jsonl` line text[start, end): true when it was read; false to use the general reader. */
  jsonLine(text: string, start: number, end: number): boolean {
    const stamp = ++this.stamp;
    let i = skipWs(text, start);
    if (text.charCodeAt(i) !== 123 /* { */) return false;
    i = skipWs(text, i + 1);
    let position = 0;
    if (text.charCodeAt(i) === 125 /* } */) i++;
    else
      for (;;) {
        if (text.charCodeAt(i) !== 34) return this.bail();
        // The key: the one the last line had at this position, or looked up.
        let c: number;
        const expected = this.lastKeys[position];
        if (expected !== undefined && i + expected.length <= end && occursAt(text, i, expected)) {
          c = this.lastColumns[position]!;
          i += expected.length;
        } else {
          const close = text.indexOf('"', i + 1);
          if (close < 0 || close >= end) return this.bail();
          const key = text.slice(i + 1, close);
          if (key.includes('\\')) return this.bail();
          const found = this.byName.get(key);
          if (found === undefined) return this.bail();
          c = found;
          this.lastKeys[position] = `"${key}"`;
          this.lastColumns[position] = c;
          i = close + 1;
        }
        position++;
        if (this.seen[c] === stamp) return this.bail();
        this.seen[c] = stamp;
        i = skipWs(text, i);
        if (text.charCodeAt(i) !== 58 /* : */) return this.bail();
        i = skipWs(text, i + 1);
        const first = text.charCodeAt(i);
        if (first === 34) {
          // A string without escapes or control characters (natively found, not scanned here).
          const j = text.indexOf('"', i + 1);
          if (j < 0 || j >= end || this.special(text, i) < j) return this.bail();
          if (!this.stageText(c, text, i + 1, j, false)) return this.bail();
          i = j + 1;
        } else if (first === 116 && text.startsWith('true', i)) {
          if (!this.stageValue(c, true)) return this.bail();
          i += 4;
        } else if (first === 102 && text.startsWith('false', i)) {
          if (!this.stageValue(c, false)) return this.bail();
          i += 5;
        } else if (first === 110 && text.startsWith('null', i)) {
          if (!this.stageValue(c, null)) return this.bail();
          i += 4;
        } else if (first === 45 || digit(first)) {
          let j = i + 1;
          for (let d = text.charCodeAt(j); digit(d) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45; d = text.charCodeAt(++j));
          const token = text.slice(i, j);
          // Integers JSON.parse would round are the general reader's error to report.
          if (!NUMBER.test(token) || (token.length > 15 && /^-?\d+$/.test(token))) return this.bail();
          if (!this.stageValue(c, Number(token))) return this.bail();
          i = j;
        } else return this.bail();
        i = skipWs(text, i);
        const next = text.charCodeAt(i);
        if (next === 44 /* , */) {
          i = skipWs(text, i + 1);
          continue;
        }
        if (next === 125) {
          i++;
          break;
        }
        return this.bail();
      }
    if (skipWs(text, i) !== end) return this.bail();
    this.commit();
    return true;
  }

  private specialChunk = -1;
  private specialAt = -1;

  /**
   * The position of the next backslash or control character at or after `from`
   * (text.length when none), cached per chunk of text, as lines are read in order.
   */
  private special(text: string, from: number): number {
    if (this.chunk !== this.specialChunk || this.specialAt < from) {
      SPECIAL.lastIndex = from;
      const m = SPECIAL.exec(text);
      this.specialChunk = this.chunk;
      this.specialAt = m ? m.index : text.length;
    }
    return this.specialAt;
  }

  /** Which text the lines come from: a new number for each new text (see eachLine). */
  chunk = 0;

  private bail(): false {
    this.clearStaged();
    return false;
  }

  /** One simple `.csv` line (no quotes, no stray CR): `header` gives each cell's column (-1: not in the schema). */
  csvLine(text: string, start: number, end: number, header: readonly number[]): boolean {
    const stamp = ++this.stamp;
    let cell = 0;
    let from = start;
    for (;;) {
      let comma = text.indexOf(',', from);
      if (comma < 0 || comma > end) comma = end;
      // A cell beyond the header, or a header column the schema lacks: the general reader's error.
      if (cell >= header.length) return this.bail();
      const c = header[cell]!;
      if (c < 0) return this.bail();
      this.seen[c] = stamp;
      if (!this.stageText(c, text, from, comma, true)) return this.bail();
      cell++;
      if (comma === end) break;
      from = comma + 1;
    }
    // Fewer cells than the header: the rest are '' (null for non-strings), as the general reader reads them.
    for (; cell < header.length; cell++) {
      const c = header[cell]!;
      if (c < 0) return this.bail();
      this.seen[c] = stamp;
      if (!this.stageText(c, text, end, end, true)) return this.bail();
    }
    this.commit();
    return true;
  }
}
