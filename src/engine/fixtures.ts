/**
 * Fixture tables: `.jsonl` (one object per line), `.json` (an array of objects) or
 * `.csv` (header row), converted to a table schema. A value that cannot be
 * converted is an error naming file, line and column name.
 */
import { isAscii } from 'node:buffer';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeUtf8, FixtureError, scanJson } from './fixture-scan.js';
import { makeTable, type Column, type Table } from './table.js';
import { builderFor, flatString } from './vectors.js';
import { FastRows, isoParts } from './fixture-fast.js';
import { BytesText, StringText, type LineText } from './fixture-text.js';
import { parseDatetime, parseTimespan, type Dynamic, type KustoType, type Value } from './values.js';

export { FixtureError };

/** Largest fixture file read by default (100 MiB); larger files need a higher limit. */
export const DEFAULT_MAX_FIXTURE_BYTES = 100 * 1024 * 1024;

const isoScratch: [number, number] = [0, 0];

/** The fast reader's ISO form as ticks; null for anything else, which goes through parseDatetime. */
function isoTicks(text: string): bigint | null {
  return isoParts(text, isoScratch) ? BigInt(isoScratch[0]) * 10_000n + BigInt(isoScratch[1]) : null;
}

/** Convert one JSON value to a column type; `undefined` means "cannot". */
export function coerce(value: unknown, type: KustoType): Value | undefined {
  if (value === null || value === undefined) return type === 'string' ? '' : null;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    case 'int':
    case 'long': {
      const n =
        typeof value === 'number' ? value : typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!Number.isSafeInteger(n)) return undefined;
      if (type === 'int' && (n | 0) !== n) return undefined;
      return n;
    }
    case 'real': {
      if (typeof value === 'number') return value;
      if (typeof value !== 'string') return undefined;
      const t = value.trim();
      if (/^nan$/i.test(t)) return NaN;
      if (/^\+?infinity$/i.test(t)) return Infinity;
      if (/^-infinity$/i.test(t)) return -Infinity;
      const n = Number(t);
      return t !== '' && !Number.isNaN(n) ? n : undefined;
    }
    case 'bool':
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'True') return true;
      if (value === 'false' || value === 'False') return false;
      return undefined;
    case 'datetime':
      return typeof value === 'string' ? (isoTicks(value) ?? parseDatetime(value) ?? undefined) : undefined;
    case 'timespan':
      return typeof value === 'string' ? (parseTimespan(value) ?? undefined) : undefined;
    case 'guid':
      return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
        ? value.toLowerCase()
        : undefined;
    case 'dynamic':
      return value as Dynamic;
    default:
      return undefined;
  }
}

/** Parse a CSV text (RFC 4180 quoting) into records with their line numbers. */
function parseCsv(text: string, file: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((c) => c !== '')) records.push({ line: startLine, cells });
      cells = [];
      cell = '';
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (quoted) throw new FixtureError(`${file}:${quoteLine}: a quoted cell is never closed (unbalanced ")`);
  cells.push(cell);
  if (cells.some((c) => c !== '')) records.push({ line: startLine, cells });
  return records;
}

/** JSON.parse one record; it must be an object. */
function parseRecord(text: string, file: string, line: number, notObject: string): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new FixtureError(`${file}:${line}: not valid JSON (${message.length > 200 ? `${message.slice(0, 200)}…` : message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new FixtureError(`${file}:${line}: ${notObject}`);
  return record as Record<string, unknown>;
}

/** Raw records of a fixture file: objects with the line each starts on. */
export function parseFixture(text: string, file: string): { line: number; record: Record<string, unknown> }[] {
  const ext = path.extname(file).toLowerCase();
  const body = text.replace(/^\uFEFF/, '');
  if (ext === '.jsonl' || ext === '.ndjson') {
    const out: { line: number; record: Record<string, unknown> }[] = [];
    body.split('\n').forEach((raw, i) => {
      if (!raw.trim()) return;
      scanJson(raw, file, i + 1, false);
      out.push({ line: i + 1, record: parseRecord(raw, file, i + 1, 'each line must be a JSON object') });
    });
    return out;
  }
  if (ext === '.json') {
    const trimmed = body.trim();
    if (trimmed === '') return [];
    if (!trimmed.startsWith('[')) throw new FixtureError(`${file}: a .json fixture is an array of objects`);
    return scanJson(body, file, 1, true).map(({ text: element, line }, i) => ({
      line,
      record: parseRecord(element, file, line, `element ${i} of the array is not an object`),
    }));
  }
  if (ext === '.csv') {
    const [header, ...rows] = parseCsv(body, file);
    if (!header) return [];
    const names = header.cells.map((name) => name.trim());
    const seen = new Set<string>();
    for (const name of names) {
      if (name === '') throw new FixtureError(`${file}:${header.line}: the header has an empty column name`);
      if (seen.has(name)) throw new FixtureError(`${file}:${header.line}: column '${name}' appears twice in the header`);
      seen.add(name);
    }
    return rows.map(({ line, cells }) => {
      if (cells.length > names.length)
        throw new FixtureError(`${file}:${line}: ${cells.length} cells but the header names ${names.length} columns`);
      return { line, record: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])) };
    });
  }
  throw new FixtureError(`${file}: fixtures are .jsonl, .json or .csv`);
}

/**
 * Appends records to the columns of a table: unknown columns and unconvertible
 * values are errors. Columns are built as vectors while records arrive (strings
 * dictionary-coded, datetimes and timespans as ms + sub-ms arrays, longs as
 * Float64Array), so a million rows of a few hundred user names hold a few hundred strings.
 */
function recordAppender(columns: Column[], file: string, csv: boolean) {
  const byName = new Map(columns.map((c, i) => [c.name, i]));
  const builders = columns.map((c) => builderFor(c.type));
  let rows = 0;
  const raws: unknown[] = new Array(columns.length);
  const append = (line: number, record: Record<string, unknown>): void => {
    rows++;
    let present = 0;
    for (let i = 0; i < columns.length; i++) {
      // Own properties only: a column named like an Object.prototype member is just absent.
      const name = columns[i]!.name;
      if (Object.prototype.hasOwnProperty.call(record, name)) {
        present++;
        raws[i] = record[name];
      } else raws[i] = undefined;
    }
    // A key that is not a column: the record has more own keys than columns present.
    if (present !== Object.keys(record).length) {
      for (const key of Object.keys(record)) {
        if (!byName.has(key)) throw new FixtureError(`${file}:${line}: column '${key}' is not in the table's schema`);
      }
    }
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      let raw = raws[i];
      // In CSV every cell is text: an empty cell is null, a dynamic cell is JSON text.
      if (csv && typeof raw === 'string') {
        if (raw === '' && column.type !== 'string') raw = null;
        else if (column.type === 'dynamic') {
          try {
            raw = JSON.parse(raw);
          } catch {
            /* keep the text as a string value */
          }
        }
      }
      const value = coerce(raw, column.type);
      if (value === undefined)
        throw new FixtureError(`${file}:${line}: ${JSON.stringify(raw)} is not a valid ${column.type} for column '${column.name}'`);
      raws[i] = value;
    }
    // Every value converted: only then append (an error leaves no partial row).
    for (let i = 0; i < columns.length; i++) builders[i]!.push(raws[i] as Value);
  };
  const table = (): Table =>
    makeTable(
      columns,
      builders.map((b) => b.finish()),
      rows,
    );
  return { append, table, builders, byName, count: () => rows, addRow: () => rows++ };
}

/** Build a table of `columns` from records; unknown columns and unconvertible values are errors. */
export function tableFromRecords(
  records: { line: number; record: Record<string, unknown> }[],
  columns: Column[],
  file: string,
  csv = false,
): Table {
  const appender = recordAppender(columns, file, csv);
  for (const { line, record } of records) appender.append(line, record);
  return appender.table();
}

/** Bytes read at a time by the streamed readers. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/** A line joined across chunks longer than this goes to the general reader (its code units would be a copy as big). */
const MAX_JOINED_UNITS = 1024 * 1024;

/** Whether the bytes end with the start of a UTF-8 sequence that the next bytes must finish. */
function endsInsideCharacter(bytes: Uint8Array): boolean {
  // The last byte that is not a continuation byte (10xxxxxx), within a sequence's length.
  for (let back = 1; back <= 4 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back;
  }
  return true;
}

/**
 * The lines of a file, streamed in chunks with strict UTF-8 decoding; `each` gets
 * every line (without its `\n`) as text[start, end) (see LineText: an ASCII chunk is
 * read from its bytes) and its number. Returns false, having stopped, when `each`
 * returns false; throws "not valid UTF-8" errors through `invalid`.
 */
async function eachLine(
  file: string,
  each: (text: LineText, line: number, start: number, end: number, chunk: number) => boolean,
  invalid: () => never,
): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    // The BOM is removed below (a decoder that skips an ASCII chunk would otherwise take a
    // U+FEFF after it for the stream's BOM).
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let rest = '';
    let line = 1;
    let first = true;
    let pending = false;
    // Each text lines are read from gets a new number.
    let chunk = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      const bytes = buffer.subarray(0, bytesRead);
      // An all-ASCII chunk, with no multi-byte character pending from the last one, is
      // its own text byte for byte (the decoder would give the same string, slower).
      let text: LineText;
      if (!pending && bytesRead > 0 && isAscii(bytes)) text = new BytesText(bytes);
      else {
        let decoded: string;
        try {
          decoded = decoder.decode(bytes, { stream: bytesRead > 0 });
        } catch {
          invalid();
        }
        pending = endsInsideCharacter(bytes);
        // As the whole-file reader: the decoder's BOM, then one more U+FEFF (parseFixture).
        if (first) decoded = decoded.replace(/^\uFEFF\uFEFF?/, '');
        text = new StringText(decoded, false);
      }
      first = false;
      // Lines are read from the chunk itself; only the line that spans two chunks is joined.
      let start = 0;
      let end = text.indexOf(NEWLINE, 0);
      if (rest !== '') {
        if (end < 0) {
          rest += text.slice(0, text.length);
          if (bytesRead === 0) break;
          continue;
        }
        // Flat, as every other text the readers see (a joined string reads slower).
        const joined = flatString(rest + text.slice(0, end));
        rest = '';
        if (!each(new StringText(joined, joined.length <= MAX_JOINED_UNITS), line++, 0, joined.length, ++chunk)) return false;
        start = end + 1;
        end = text.indexOf(NEWLINE, start);
      }
      chunk++;
      // A decoded chunk's lines are read from a copy of its code units.
      const lines = text instanceof StringText ? new StringText(text.text) : text;
      for (; end >= 0; end = lines.indexOf(NEWLINE, start)) {
        if (!each(lines, line++, start, end, chunk)) return false;
        start = end + 1;
      }
      rest = lines.slice(start, lines.length);
      if (bytesRead === 0) break;
    }
    return rest === '' || each(new StringText(rest, rest.length <= MAX_JOINED_UNITS), line, 0, rest.length, ++chunk);
  } finally {
    await handle.close();
  }
}

const NEWLINE = 10;

const TWO_53 = 2 ** 53;

/** Occurrences of `part` in `text`. */
function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length)) n++;
  return n;
}

/**
 * One `.jsonl` line as parseFixture reads it (scanJson's checks, then JSON.parse),
 * with scanJson skipped when the parsed record shows it would pass: as many `":`
 * as the record has keys and no whitespace before a colon (so no key is repeated
 * and nothing nested has keys), no `[` (no nested arrays), and no number of
 * magnitude 2^53 or more (every integer beyond ±2^53 parses to one). Anything
 * else, or bad JSON, goes through scanJson first, which decides.
 */
function checkedRecord(raw: string, file: string, line: number): Record<string, unknown> {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    record = undefined;
  }
  if (
    typeof record === 'object' &&
    record !== null &&
    !Array.isArray(record) &&
    !raw.includes('[') &&
    !raw.includes(' :') &&
    !raw.includes('\t:') &&
    !raw.includes('\r:')
  ) {
    let keys = 0;
    let plain = true;
    for (const key in record) {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      keys++;
      const v = (record as Record<string, unknown>)[key];
      if (typeof v === 'number' && Math.abs(v) >= TWO_53) plain = false;
    }
    if (plain && occurrences(raw, '":') === keys) return record as Record<string, unknown>;
  }
  scanJson(raw, file, line, false);
  return parseRecord(raw, file, line, 'each line must be a JSON object');
}

/** A streamed `.jsonl` fixture: one JSON object a line, checked as parseFixture checks it. */
async function streamJsonl(file: string, display: string, columns: Column[], invalid: () => never): Promise<Table> {
  const appender = recordAppender(columns, display, false);
  const fast = new FastRows(columns, appender.builders, coerce);
  await eachLine(
    file,
    (text, line, start, end) => {
      const u = text.u;
      if (u !== undefined && fast.jsonLine(text, u, start, end)) {
        appender.addRow();
        return true;
      }
      const raw = text.slice(start, end);
      if (!raw.trim()) return true;
      appender.append(line, checkedRecord(raw, display, line));
      return true;
    },
    invalid,
  );
  return appender.table();
}

/**
 * A streamed `.csv` fixture whose records are single lines without quotes or
 * stray carriage returns (the common case); undefined when a line is not, so the
 * caller reads the file with the full RFC 4180 parser instead.
 */
async function streamCsv(file: string, display: string, columns: Column[], invalid: () => never): Promise<Table | undefined> {
  const appender = recordAppender(columns, display, true);
  const fast = new FastRows(columns, appender.builders, coerce);
  let names: string[] | undefined;
  let header: number[] = [];
  // The next `"` and `\r` at or after the current line's start, per chunk (lines come in order).
  let seenChunk = -1;
  let quoteAt = -1;
  let crAt = -1;
  const simple = await eachLine(
    file,
    (chunk, line, start, end, chunkNumber) => {
      if (chunkNumber !== seenChunk) {
        seenChunk = chunkNumber;
        quoteAt = crAt = -1;
      }
      if (quoteAt < start) {
        const q = chunk.indexOf(0x22, start);
        quoteAt = q < 0 ? chunk.length : q;
      }
      if (crAt < start) {
        const r = chunk.indexOf(0x0d, start);
        crAt = r < 0 ? chunk.length : r;
      }
      // Without its trailing \r; a quote or another \r means the line is not simple.
      const stop = end > start && chunk.unitAt(end - 1) === 13 ? end - 1 : end;
      if (quoteAt < stop || crAt < stop) return false;
      if ((stop === start || chunk.unitAt(start) === 44) && /^,*$/.test(chunk.slice(start, stop))) return true;
      const u = chunk.u;
      if (names !== undefined && u !== undefined && fast.csvLine(chunk, u, start, stop, header)) {
        appender.addRow();
        return true;
      }
      const text = chunk.slice(start, stop);
      const cells = text.split(',');
      if (!cells.some((c) => c !== '')) return true;
      if (names === undefined) {
        names = cells.map((name) => name.trim());
        const seen = new Set<string>();
        for (const name of names) {
          if (name === '') throw new FixtureError(`${display}:${line}: the header has an empty column name`);
          if (seen.has(name)) throw new FixtureError(`${display}:${line}: column '${name}' appears twice in the header`);
          seen.add(name);
        }
        header = names.map((name) => appender.byName.get(name) ?? -1);
        return true;
      }
      if (cells.length > names.length)
        throw new FixtureError(`${display}:${line}: ${cells.length} cells but the header names ${names.length} columns`);
      // No prototype: a `__proto__` header is a plain (unknown) column, as in parseFixture.
      const record = Object.create(null) as Record<string, unknown>;
      for (let i = 0; i < names.length; i++) record[names[i]!] = cells[i] ?? '';
      appender.append(line, record);
      return true;
    },
    invalid,
  );
  return simple ? appender.table() : undefined;
}

/** Read a fixture file's text: at most `maxBytes` bytes, strict UTF-8. */
export async function readFixtureText(file: string, display = file, maxBytes = DEFAULT_MAX_FIXTURE_BYTES): Promise<string> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > maxBytes)
      throw new FixtureError(
        `${display}: the file is ${mb(size)}, over the fixture size limit of ${mb(maxBytes)} (raise it with --max-fixture-mb)`,
      );
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof FixtureError) throw error;
    throw new FixtureError(`${display}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
  return decodeUtf8(bytes, display);
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Read one fixture file as a table of `columns`. `.jsonl` and simple `.csv` files
 * are streamed (never one string for the whole file); the others, and any file with
 * bad UTF-8 (for the error's line number), are read whole.
 */
export async function readFixture(file: string, columns: Column[], display = file, maxBytes = DEFAULT_MAX_FIXTURE_BYTES): Promise<Table> {
  const ext = path.extname(display).toLowerCase();
  const csv = path.extname(file).toLowerCase() === '.csv';
  const whole = async (): Promise<Table> => {
    const text = await readFixtureText(file, display, maxBytes);
    return tableFromRecords(parseFixture(text, display), columns, display, csv);
  };
  const streamable = ((ext === '.jsonl' || ext === '.ndjson') && !csv) || (ext === '.csv' && csv);
  if (!streamable) return whole();
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (error) {
    throw new FixtureError(`${display}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
  if (size > maxBytes)
    throw new FixtureError(
      `${display}: the file is ${mb(size)}, over the fixture size limit of ${mb(maxBytes)} (raise it with --max-fixture-mb)`,
    );
  // Bad UTF-8: the whole-file reader names its line.
  class Invalid extends Error {}
  const invalid = (): never => {
    throw new Invalid();
  };
  try {
    const table = ext === '.csv' ? await streamCsv(file, display, columns, invalid) : await streamJsonl(file, display, columns, invalid);
    return table ?? (await whole());
  } catch (error) {
    if (error instanceof Invalid) return whole();
    if (error instanceof FixtureError) throw error;
    throw new FixtureError(`${display}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'EIO'})`);
  }
}

/** Column types for a table the catalog does not know, inferred from its records. */
export function inferColumns(records: { record: Record<string, unknown> }[], csv = false): Column[] {
  const types = new Map<string, Set<string>>();
  for (const { record } of records) {
    for (const [key, v] of Object.entries(record)) {
      const set = types.get(key) ?? new Set<string>();
      if (v === null || v === undefined) set.add('null');
      else if (typeof v === 'boolean') set.add('bool');
      else if (typeof v === 'number') set.add(Number.isInteger(v) ? 'long' : 'real');
      else if (csv && v === '') set.add('null');
      else if (csv && typeof v === 'string' && /^[+-]?\d+$/.test(v) && Number.isSafeInteger(Number(v))) set.add('long');
      else if (csv && typeof v === 'string' && /^[+-]?(\d+\.\d*|\.\d+)([eE][+-]?\d+)?$/.test(v)) set.add('real');
      else if (csv && typeof v === 'string' && /^(true|false)$/.test(v)) set.add('bool');
      else if (typeof v === 'string')
        set.add(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && parseDatetime(v) !== null ? 'datetime' : 'string');
      else set.add('dynamic');
      types.set(key, set);
    }
  }
  return [...types].map(([name, set]) => {
    set.delete('null');
    if (set.size === 0) return { name, type: 'string' as const };
    if (set.size === 1) return { name, type: [...set][0] as KustoType };
    if ([...set].every((t) => t === 'long' || t === 'real')) return { name, type: 'real' as const };
    return { name, type: 'dynamic' as const };
  });
}
