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
import type { LineText } from './fixture-text.js';
import type { Column } from './table.js';
import { HASH_PRIME, HASH_START, StringBuilder, TicksBuilder, type CodeUnits, type VectorBuilder } from './vectors.js';
import type { Value } from './values.js';

const digit = (c: number) => c >= 48 && c <= 57;

const isoText = new Uint16Array(28);

/**
 * `YYYY-MM-DDTHH:MM:SS[.f{1,7}]Z` (what exports write) as [ms, sub], written to `out`;
 * false for anything else, which parseDatetime then decides (years below 100 included:
 * Date.UTC reads them as 19xx).
 */
export function isoParts(text: string, out: [number, number]): boolean {
  const n = text.length;
  if (n < 20 || n > 28) return false;
  for (let i = 0; i < n; i++) isoText[i] = text.charCodeAt(i);
  return isoUnits(isoText, 0, n, out);
}

/** isoParts of the code units u[start, end). */
export function isoUnits(u: CodeUnits, start: number, end: number, out: [number, number]): boolean {
  const n = end - start;
  if (n < 20 || n > 28 || u[end - 1] !== 90 /* Z */) return false;
  if (u[start + 4] !== 45 || u[start + 7] !== 45 || u[start + 10] !== 84 || u[start + 13] !== 58 || u[start + 16] !== 58) return false;
  const y1 = two(u, start);
  const y2 = two(u, start + 2);
  const mo = two(u, start + 5);
  const d = two(u, start + 8);
  const h = two(u, start + 11);
  const mi = two(u, start + 14);
  const s = two(u, start + 17);
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return false;
  const y = y1 * 100 + y2;
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return false;
  let frac = 0;
  if (n > 20) {
    // `.` and 1..7 digits before the Z.
    if (u[start + 19] !== 46 || n === 21) return false;
    let scale = 1_000_000;
    for (let i = start + 20; i < end - 1; i++) {
      const c = u[i]!;
      if (!digit(c)) return false;
      frac += (c - 48) * scale;
      scale /= 10;
    }
  }
  out[0] = daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + Math.floor(frac / 10_000);
  out[1] = frac % 10_000;
  return true;
}

/** Two digits at u[i], or -1. */
function two(u: CodeUnits, i: number): number {
  const a = u[i]! - 48;
  const b = u[i + 1]! - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The index of the first code unit in u[i, end) that is not JSON whitespace (end when none). */
function skipWs(u: CodeUnits, i: number, end: number): number {
  for (; i < end; i++) {
    const c = u[i]!;
    if (c !== 32 && c !== 9 && c !== 13) break;
  }
  return i;
}

/** Whether u[i, ...) holds the code units of `word` (the caller checked there is room). */
function unitsAt(u: CodeUnits, i: number, word: readonly number[]): boolean {
  for (let k = 0; k < word.length; k++) if (u[i + k] !== word[k]) return false;
  return true;
}

const units = (s: string): number[] => Array.from(s, (ch) => ch.charCodeAt(0));
const TRUE = units('true');
const FALSE = units('false');
const NULL = units('null');

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** How a column's values are staged: dictionary codes, datetime or timespan ticks, or converted values. */
const STRING = 0;
const DATETIME = 1;
const TIMESPAN = 2;
const OTHER = 3;

/**
 * Reads flat lines into builders. Values are staged per column, then committed
 * together, so a line that falls back leaves the columns as they were. Lines are
 * read from their code units (`u`, a typed array); strings are made from the line's
 * text (`src`) only for a new dictionary entry, a key, or a value the general conversion takes.
 */
export class FastRows {
  private readonly byName: Map<string, number>;
  private readonly builders: VectorBuilder[];
  private readonly types: Column['type'][];
  /** Per column: STRING, DATETIME, TIMESPAN or OTHER (fixed at construction: no instanceof per value). */
  private readonly roles: Uint8Array;
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
  /** Keys in the order the last line had them, as code units with quotes, to skip map lookups. */
  private readonly lastKeys: number[][] = [];
  private readonly lastColumns: number[] = [];

  constructor(
    columns: Column[],
    builders: VectorBuilder[],
    /** The general reader's conversion of one JSON value (fixtures.ts). */
    private readonly coerce: (value: unknown, type: Column['type']) => Value | undefined,
  ) {
    this.byName = new Map(columns.map((c, i) => [c.name, i]));
    this.builders = builders;
    this.types = columns.map((c) => c.type);
    this.roles = Uint8Array.from(columns, (c, i) => {
      const b = builders[i];
      if (c.type === 'string' && b instanceof StringBuilder) return STRING;
      if (b instanceof TicksBuilder) return c.type === 'datetime' ? DATETIME : c.type === 'timespan' ? TIMESPAN : OTHER;
      return OTHER;
    });
    const n = columns.length;
    this.codes = new Int32Array(n);
    this.ms = new Float64Array(n);
    this.sub = new Uint16Array(n);
    this.values = new Array(n).fill(null);
    this.kind = new Uint8Array(n);
    this.seen = new Int32Array(n);
  }

  /**
   * Stage the value src[start, end) (a JSON string's contents, or a CSV cell) for column c;
   * h is its hash when c is a string column.
   */
  private stageText(c: number, src: LineText, u: CodeUnits, start: number, end: number, csv: boolean, h: number): boolean {
    const role = this.roles[c]!;
    if (role === STRING) {
      this.codes[c] = (this.builders[c] as StringBuilder).codeHashed(src, u, start, end, h);
      this.kind[c] = 0;
      return true;
    }
    if (role === DATETIME && isoUnits(u, start, end, this.parts)) {
      this.ms[c] = this.parts[0];
      this.sub[c] = this.parts[1];
      this.kind[c] = 1;
      return true;
    }
    if (csv && start === end && (role === DATETIME || role === TIMESPAN)) {
      this.ms[c] = NaN;
      this.sub[c] = 0;
      this.kind[c] = 1;
      return true;
    }
    // In CSV an empty cell is null (string columns are handled above); dynamic cells are JSON text.
    if (csv && this.types[c] === 'dynamic') return false;
    const raw = csv && start === end ? null : src.slice(start, end);
    return this.stageValue(c, raw);
  }

  private stageValue(c: number, raw: unknown): boolean {
    const v = this.coerce(raw, this.types[c]!);
    if (v === undefined) return false;
    const b = this.builders[c]!;
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
    for (let c = 0; c < this.roles.length; c++) {
      const b = this.builders[c]!;
      const staged = this.seen[c] === this.stamp;
      if (this.roles[c] === STRING) (b as StringBuilder).pushCode(staged ? this.codes[c]! : (b as StringBuilder).code(''));
      else if (!staged) b.push(null);
      else if (this.kind[c] === 1) (b as TicksBuilder).pushParts(this.ms[c]!, this.sub[c]!);
      else {
        b.push(this.values[c]!);
        this.values[c] = null;
      }
    }
  }

  /** One `.jsonl` line src[start, end) (code units u): true when it was read; false to use the general reader. */
  jsonLine(src: LineText, u: CodeUnits, start: number, end: number): boolean {
    const stamp = ++this.stamp;
    let i = skipWs(u, start, end);
    if (u[i] !== 123 /* { */ || i >= end) return false;
    i = skipWs(u, i + 1, end);
    let position = 0;
    if (i < end && u[i] === 125 /* } */) i++;
    else
      for (;;) {
        if (i >= end || u[i] !== 34) return this.bail();
        // The key: the one the last line had at this position, or looked up.
        let c: number;
        const expected = this.lastKeys[position];
        if (expected !== undefined && i + expected.length <= end && unitsAt(u, i, expected)) {
          c = this.lastColumns[position]!;
          i += expected.length;
        } else {
          let close = i + 1;
          for (; close < end; close++) {
            const ch = u[close]!;
            // Escapes and control characters (invalid in JSON) are the general reader's to judge.
            if (ch === 34) break;
            if (ch < 32 || ch === 92) return this.bail();
          }
          if (close >= end) return this.bail();
          const found = this.byName.get(src.slice(i + 1, close));
          if (found === undefined) return this.bail();
          c = found;
          this.lastKeys[position] = Array.from(u.subarray(i, close + 1));
          this.lastColumns[position] = c;
          i = close + 1;
        }
        position++;
        if (this.seen[c] === stamp) return this.bail();
        this.seen[c] = stamp;
        i = skipWs(u, i, end);
        if (i >= end || u[i] !== 58 /* : */) return this.bail();
        i = skipWs(u, i + 1, end);
        const first = i < end ? u[i]! : -1;
        if (first === 34) {
          // A string without escapes or control characters (\r and \t are control characters
          // in strings; a line never holds \n), hashed as it is scanned for a string column.
          let j = i + 1;
          let h = HASH_START;
          if (this.roles[c] === STRING)
            for (; j < end; j++) {
              const ch = u[j]!;
              if (ch === 34) break;
              if (ch < 32 || ch === 92) return this.bail();
              h = Math.imul(h ^ ch, HASH_PRIME);
            }
          else
            for (; j < end; j++) {
              const ch = u[j]!;
              if (ch === 34) break;
              if (ch < 32 || ch === 92) return this.bail();
            }
          if (j >= end || !this.stageText(c, src, u, i + 1, j, false, h | 0)) return this.bail();
          i = j + 1;
        } else if (first === 116 && i + 4 <= end && unitsAt(u, i, TRUE)) {
          if (!this.stageValue(c, true)) return this.bail();
          i += 4;
        } else if (first === 102 && i + 5 <= end && unitsAt(u, i, FALSE)) {
          if (!this.stageValue(c, false)) return this.bail();
          i += 5;
        } else if (first === 110 && i + 4 <= end && unitsAt(u, i, NULL)) {
          if (!this.stageValue(c, null)) return this.bail();
          i += 4;
        } else if (first === 45 || digit(first)) {
          let j = i + 1;
          for (; j < end; j++) {
            const d = u[j]!;
            if (!(digit(d) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45)) break;
          }
          const token = src.slice(i, j);
          // Integers JSON.parse would round are the general reader's error to report.
          if (!NUMBER.test(token) || (token.length > 15 && /^-?\d+$/.test(token))) return this.bail();
          if (!this.stageValue(c, Number(token))) return this.bail();
          i = j;
        } else return this.bail();
        i = skipWs(u, i, end);
        const next = i < end ? u[i] : -1;
        if (next === 44 /* , */) {
          i = skipWs(u, i + 1, end);
          continue;
        }
        if (next === 125) {
          i++;
          break;
        }
        return this.bail();
      }
    if (skipWs(u, i, end) !== end) return this.bail();
    this.commit();
    return true;
  }

  private bail(): false {
    for (let c = 0; c < this.values.length; c++) this.values[c] = null;
    return false;
  }

  /**
   * One simple `.csv` line src[start, end) (code units u; no quotes, no stray CR):
   * `header` gives each cell's column (-1: not in the schema).
   */
  csvLine(src: LineText, u: CodeUnits, start: number, end: number, header: readonly number[]): boolean {
    const stamp = ++this.stamp;
    let cell = 0;
    let from = start;
    for (;;) {
      // A cell beyond the header, or a header column the schema lacks: the general reader's error.
      if (cell >= header.length) return this.bail();
      const c = header[cell]!;
      if (c < 0) return this.bail();
      this.seen[c] = stamp;
      // The cell's end, hashing it on the way for a string column.
      let comma = from;
      let h = HASH_START;
      if (this.roles[c] === STRING)
        for (; comma < end; comma++) {
          const ch = u[comma]!;
          if (ch === 44) break;
          h = Math.imul(h ^ ch, HASH_PRIME);
        }
      else while (comma < end && u[comma] !== 44) comma++;
      if (!this.stageText(c, src, u, from, comma, true, h | 0)) return this.bail();
      cell++;
      if (comma === end) break;
      from = comma + 1;
    }
    // Fewer cells than the header: the rest are '' (null for non-strings), as the general reader reads them.
    for (; cell < header.length; cell++) {
      const c = header[cell]!;
      if (c < 0) return this.bail();
      this.seen[c] = stamp;
      if (!this.stageText(c, src, u, end, end, true, HASH_START | 0)) return this.bail();
    }
    this.commit();
    return true;
  }
}
