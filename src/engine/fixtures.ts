/**
 * Fixture tables: `.jsonl` (one object per line), `.json` (an array of objects) or
 * `.csv` (header row), converted to a table schema. A value that cannot be
 * converted is an error naming file, line and column name.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodeUtf8, FixtureError, scanJson } from './fixture-scan.js';
import type { Column, Table } from './table.js';
import { parseDatetime, parseTimespan, type Dynamic, type KustoType, type Value } from './values.js';

export { FixtureError };

/** Largest fixture file read by default (100 MiB); larger files need a higher limit. */
export const DEFAULT_MAX_FIXTURE_BYTES = 100 * 1024 * 1024;

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
      return typeof value === 'string' ? (parseDatetime(value) ?? undefined) : undefined;
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

/** Build a table of `columns` from records; unknown columns and unconvertible values are errors. */
export function tableFromRecords(
  records: { line: number; record: Record<string, unknown> }[],
  columns: Column[],
  file: string,
  csv = false,
): Table {
  const byName = new Map(columns.map((c, i) => [c.name, i]));
  const data: Value[][] = columns.map(() => []);
  for (const { line, record } of records) {
    for (const key of Object.keys(record)) {
      if (!byName.has(key)) throw new FixtureError(`${file}:${line}: column '${key}' is not in the table's schema`);
    }
    columns.forEach((column, i) => {
      // Own properties only: a column named like an Object.prototype member is just absent.
      let raw = Object.prototype.hasOwnProperty.call(record, column.name) ? record[column.name] : undefined;
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
      data[i]!.push(value);
    });
  }
  return { columns, data, rowCount: records.length };
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

/** Read one fixture file as a table of `columns`. */
export async function readFixture(file: string, columns: Column[], display = file, maxBytes = DEFAULT_MAX_FIXTURE_BYTES): Promise<Table> {
  const text = await readFixtureText(file, display, maxBytes);
  return tableFromRecords(parseFixture(text, display), columns, display, path.extname(file).toLowerCase() === '.csv');
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
