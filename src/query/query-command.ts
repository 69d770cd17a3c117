/**
 * `lakeguard query`: run KQL in the embedded engine and print the result as the
 * Kusto v2 API would serialize it, or as a text table. `--batch FILE.jsonl` runs
 * one query per line ({"id","query"}) and prints one JSON line per query.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runQuery } from '../engine/evaluate.js';
import {
  DEFAULT_MAX_FIXTURE_BYTES,
  FixtureError,
  inferColumns,
  parseFixture,
  readFixture,
  readFixtureText,
  tableFromRecords,
} from '../engine/fixtures.js';
import type { Column, Table } from '../engine/table.js';
import { Catalog } from '../kql/catalog.js';
import { QueryError, Unsupported } from '../engine/refusal.js';
import { serializeTable } from '../engine/serialize.js';
import { kustoType, parseDatetime } from '../engine/values.js';

export interface QuerySettings {
  /** Fixture files or folders: one file per table, named after it (`SigninLogs.jsonl`). */
  data?: string[];
  query?: string;
  file?: string;
  batch?: string;
  now?: string;
  format: 'json' | 'table';
  /** Most rows any step of a query may produce (the engine's row budget). */
  maxRows?: number;
  /** Largest fixture file to read, in bytes. */
  maxFixtureBytes?: number;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

/** The error object of a failed query: refused (unsupported) or any other error. */
export function queryErrorOf(error: unknown): { kind: 'unsupported' | 'error'; message: string } {
  if (error instanceof Unsupported) return { kind: 'unsupported', message: error.message };
  if (error instanceof QueryError) return { kind: 'error', message: error.message };
  if (error instanceof RangeError && /call stack|Invalid array length/i.test(error.message))
    return { kind: 'error', message: `query too large to evaluate: ${error.message}` };
  return { kind: 'error', message: `internal error: ${String((error as Error)?.message ?? error)}` };
}

function nowTicks(now: string | undefined): bigint | undefined {
  if (now === undefined) return undefined;
  const ticks = parseDatetime(now);
  if (ticks === null) throw new Error(`--now must be an ISO 8601 datetime, not '${now}'`);
  return ticks;
}

/** A plain text table for terminals. */
function textTable(result: ReturnType<typeof serializeTable>): string {
  const cells = [
    result.columns.map((c) => c.name),
    ...result.rows.map((row) => row.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))),
  ];
  const widths = result.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => String(v).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(cells[0] as string[]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map((r) => line(r as string[]))].join(
    '\n',
  );
}

const FIXTURE_FILE = /\.(jsonl|ndjson|json|csv)$/i;

/** Load `--data` files into the catalog (schemas) and a table map (rows). */
export async function loadData(
  paths: readonly string[],
  catalog: Catalog,
  maxBytes = DEFAULT_MAX_FIXTURE_BYTES,
): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>();
  for (const p of paths) {
    let files: string[];
    try {
      const stat = await fs.stat(p);
      files = stat.isDirectory()
        ? (await fs.readdir(p))
            .filter((f) => FIXTURE_FILE.test(f))
            .sort()
            .map((f) => path.join(p, f))
        : [p];
    } catch {
      throw new FixtureError(`${p}: no such file or folder`);
    }
    for (const file of files) {
      const name = path.basename(file).replace(FIXTURE_FILE, '');
      const known = catalog.table(name);
      let columns: Column[];
      if (known && !known.open) {
        columns = known.columns.map(([n, t]) => ({ name: n, type: kustoType(t) }));
        tables.set(name, await readFixture(file, columns, file, maxBytes));
      } else {
        const records = parseFixture(await readFixtureText(file, file, maxBytes), file);
        columns = inferColumns(records, /\.csv$/i.test(file));
        catalog.addTable({ name, columns: columns.map((c) => [c.name, c.type] as const), origin: file });
        tables.set(name, tableFromRecords(records, columns, file, /\.csv$/i.test(file)));
      }
    }
  }
  return tables;
}

/** Run the command; returns the exit code. */
export async function queryCommand(settings: QuerySettings, io: Io): Promise<number> {
  let now: bigint | undefined;
  const catalog = new Catalog();
  let tables: Map<string, Table>;
  try {
    now = nowTicks(settings.now);
    tables = await loadData(settings.data ?? [], catalog, settings.maxFixtureBytes ?? DEFAULT_MAX_FIXTURE_BYTES);
  } catch (error) {
    io.err(`lakeguard: ${(error as Error).message}\n`);
    return 2;
  }
  if (settings.batch) {
    let text: string;
    try {
      text = await fs.readFile(settings.batch, 'utf8');
    } catch {
      io.err(`lakeguard: cannot read ${settings.batch}\n`);
      return 2;
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line) continue;
      let item: { id?: unknown; query?: unknown };
      try {
        item = JSON.parse(line) as typeof item;
      } catch {
        io.out(
          `${JSON.stringify({ id: `line ${i + 1}`, error: { kind: 'error', message: `${settings.batch}:${i + 1}: not a JSON object` } })}\n`,
        );
        continue;
      }
      const id = typeof item.id === 'string' ? item.id : `line ${i + 1}`;
      try {
        if (typeof item.query !== 'string') throw new QueryError('no query');
        const result = serializeTable(runQuery(item.query, { now, catalog, tables, maxRows: settings.maxRows }));
        io.out(`${JSON.stringify({ id, ...result })}\n`);
      } catch (error) {
        io.out(`${JSON.stringify({ id, error: queryErrorOf(error) })}\n`);
      }
    }
    return 0;
  }
  let query = settings.query;
  if (settings.file) {
    try {
      query = await fs.readFile(settings.file, 'utf8');
    } catch {
      io.err(`lakeguard: cannot read ${settings.file}\n`);
      return 2;
    }
  }
  if (!query) {
    io.err('lakeguard: give a query, --file FILE or --batch FILE.jsonl\n');
    return 2;
  }
  try {
    const result = serializeTable(runQuery(query, { now, catalog, tables, maxRows: settings.maxRows }));
    io.out(`${settings.format === 'json' ? JSON.stringify(result) : textTable(result)}\n`);
    return 0;
  } catch (error) {
    const e = queryErrorOf(error);
    io.err(`lakeguard: ${e.kind === 'unsupported' ? '' : 'query error: '}${e.message}\n`);
    return 1;
  }
}
