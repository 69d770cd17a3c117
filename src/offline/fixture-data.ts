/**
 * Loads a test's data: fixture files (resolved inside the repository, never
 * outside it, not even through a symlink) and inline rows, converted to the
 * schema the query was bound against, so a wrong column or value is an error
 * with its file and line rather than a silently different answer.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { watchlistKey } from '../engine/evaluate.js';
import {
  DEFAULT_MAX_FIXTURE_BYTES,
  FixtureError,
  inferColumns,
  parseFixture,
  readFixtureText,
  tableFromRecords,
} from '../engine/fixtures.js';
import type { Column, Table } from '../engine/table.js';
import { isDynamicSchemaTable, WATCHLIST_SYSTEM_COLUMNS, type Catalog, type ColumnSpec } from '../kql/catalog.js';
import { kustoType } from '../engine/values.js';
import { isAbsoluteOrUrl, watchlistAliasOf } from '../load/fixture-paths.js';
import type { DataSource } from './test-spec.js';

export interface FixtureOptions {
  /** Repository root: fixture paths must resolve inside it. */
  root: string;
  /** Absolute path of the detection file (fixture paths are relative to its folder). */
  detectionPath: string;
  catalog: Catalog;
  maxFixtureBytes?: number;
}

const toColumns = (specs: readonly ColumnSpec[]): Column[] => specs.map(([name, type]) => ({ name, type: kustoType(type) }));

/** `display` for messages: the path relative to the root, with `/`. */
function displayPath(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

const inside = (root: string, target: string): boolean => {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** Absolute path of a fixture, checked to stay inside the repository. */
export async function resolveFixturePath(relative: string, options: FixtureOptions): Promise<string> {
  if (isAbsoluteOrUrl(relative)) throw new FixtureError(`fixture path '${relative}' must be relative to the detection file`);
  const abs = path.resolve(path.dirname(options.detectionPath), relative);
  if (!inside(options.root, abs)) throw new FixtureError(`fixture path '${relative}' resolves outside the repository`);
  let real: string;
  let realRoot: string;
  try {
    [real, realRoot] = await Promise.all([fs.realpath(abs), fs.realpath(options.root)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FixtureError(
      `fixture ${displayPath(options.root, abs)} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`,
    );
  }
  if (!inside(realRoot, real))
    throw new FixtureError(`fixture ${displayPath(options.root, abs)} is a link to a file outside the repository`);
  return abs;
}

/** The columns rows of `name` must have, and whether more may be inferred. */
function schemaOf(name: string, catalog: Catalog): { key: string; columns: Column[]; open: boolean } {
  const alias = watchlistAliasOf(name);
  if (alias !== undefined) {
    const spec = catalog.watchlist(alias);
    return { key: watchlistKey(alias), columns: toColumns(spec ? [...spec.columns, ...WATCHLIST_SYSTEM_COLUMNS] : []), open: !spec };
  }
  const table = catalog.table(name);
  // Dynamic-schema tables also take the suffixed columns the rows bring (see catalog.assumedColumns).
  if (table) return { key: name, columns: toColumns(table.columns), open: Boolean(table.open) || isDynamicSchemaTable(name) };
  const fn = catalog.functionSpec(name);
  // A repository parser's columns are those its query outputs (bound against the catalog).
  const bound = fn ? catalog.boundFunction(name) : undefined;
  if (bound) return { key: name, columns: toColumns(bound.columns), open: bound.open };
  if (fn) return { key: name, columns: toColumns(fn.columns ?? []), open: Boolean(fn.open || !fn.columns) };
  return { key: name, columns: [], open: true };
}

/** Known columns, plus (for open schemas) columns inferred from the rows. */
function columnsFor(schema: { columns: Column[]; open: boolean }, records: { record: Record<string, unknown> }[], csv: boolean): Column[] {
  if (!schema.open) return schema.columns;
  const known = new Set(schema.columns.map((c) => c.name));
  const extra = inferColumns(records, csv).filter((c) => !known.has(c.name));
  return [...schema.columns, ...extra];
}

/** Read one data source into a table keyed as the engine looks it up. */
async function loadSource(source: DataSource, options: FixtureOptions, detectionFile: string): Promise<[string, Table]> {
  const schema = schemaOf(source.table, options.catalog);
  if (source.kind === 'rows') {
    const columns = columnsFor(schema, source.rows, false);
    return [schema.key, tableFromRecords(source.rows, columns, detectionFile)];
  }
  const abs = await resolveFixturePath(source.path, options);
  const display = displayPath(options.root, abs);
  const stat = await fs.stat(abs);
  if (!stat.isFile()) throw new FixtureError(`fixture ${display} is not a file`);
  // Size cap and strict UTF-8, as for `lakeguard query --data`.
  const text = await readFixtureText(abs, display, options.maxFixtureBytes ?? DEFAULT_MAX_FIXTURE_BYTES);
  const csv = path.extname(abs).toLowerCase() === '.csv';
  const records = parseFixture(text, display);
  return [schema.key, tableFromRecords(records, columnsFor(schema, records, csv), display, csv)];
}

/** Every table of a test, keyed by table name or workspace-function key. */
export async function loadTestData(
  sources: readonly DataSource[],
  options: FixtureOptions,
  detectionFile: string,
): Promise<Map<string, Table>> {
  const tables = new Map<string, Table>();
  for (const source of sources) {
    const [key, table] = await loadSource(source, options, detectionFile);
    tables.set(key, table);
  }
  return tables;
}
