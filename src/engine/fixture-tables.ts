/**
 * Fixture folders as tables: one file per table, named after it
 * (`SigninLogs.jsonl`, `AppEvents_CL.csv`). Catalog tables get their schema;
 * others get columns inferred from their rows and join the catalog.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../kql/catalog.js';
import {
  DEFAULT_MAX_FIXTURE_BYTES,
  FixtureError,
  inferColumns,
  parseFixture,
  readFixture,
  readFixtureText,
  tableFromRecords,
} from './fixtures.js';
import type { Column, Table } from './table.js';
import { kustoType } from './values.js';

const FIXTURE_FILE = /\.(jsonl|ndjson|json|csv)$/i;

/** Load `--data` files into the catalog (schemas) and a table map (rows). */
export async function loadFixtureTables(
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
