/**
 * `lakeguard query`: run KQL in the embedded engine and print the result as the
 * Kusto v2 API would serialize it, or as a text table. `--batch FILE.jsonl` runs
 * one query per line ({"id","query"}) and prints one JSON line per query.
 */
import { promises as fs } from 'node:fs';
import type { SerializedTable } from '../engine/serialize.js';
import { UsageError } from '../model/errors.js';
import type { Command, FlagSpec, Io } from './command.js';
import { FlagReader } from './flags.js';

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
  /** Send the query to this lake endpoint (the data lake, ADX, `lakeguard emulator`) instead of the embedded engine. */
  endpoint?: string;
  database?: string;
}

const FLAGS: readonly FlagSpec[] = [
  {
    name: 'data',
    type: 'list',
    value: 'DIR|FILE',
    help: 'fixture files or folders, one file per table named after it (SigninLogs.jsonl, .json, .csv)',
  },
  { name: 'now', type: 'string', value: 'ISO', help: 'fixes now() and ago()' },
  {
    name: 'format',
    type: 'string',
    value: 'table|json',
    default: 'table',
    help: 'text table, or the columns and rows as the Kusto v2 API serializes them',
  },
  { name: 'file', type: 'string', value: 'F', help: 'read the query from a file' },
  { name: 'batch', type: 'string', value: 'F.jsonl', help: 'one {"id","query"} object per line; prints one result line per query' },
  { name: 'max-rows', type: 'string', value: 'N', default: '10000000', help: 'most rows any step of a query may produce' },
  { name: 'max-fixture-mb', type: 'string', value: 'N', default: '100', help: 'largest fixture file to read' },
  {
    name: 'endpoint',
    type: 'string',
    value: 'URL',
    help: 'send the query to this lake endpoint instead (the emulator, the data lake, ADX; sign-in from LAKEGUARD_TOKEN or AZURE_* variables)',
  },
  { name: 'database', type: 'string', value: 'DB', help: 'database of --endpoint' },
].map((f) => ({ ...f, input: false }) as FlagSpec);

/** A plain text table for terminals. */
function textTable(result: SerializedTable, toJson: (v: unknown) => string): string {
  const cells = [result.columns.map((c) => c.name), ...result.rows.map((row) => row.map((v) => (typeof v === 'string' ? v : toJson(v))))];
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

/** The query on a lake endpoint, printed as the embedded engine's answers are. */
async function onLake(settings: QuerySettings, query: string, io: Io): Promise<number> {
  const [{ queryLake, LakeError }, { createTokenProvider, AuthError }, { tableOfResult }, { serializeTable, toJson }] = await Promise.all([
    import('../lake/client/index.js'),
    import('../lake/auth/index.js'),
    import('../lake/run/judge.js'),
    import('../engine/serialize.js'),
  ]);
  if (!settings.database) {
    io.err('lakeguard: --endpoint needs --database DB\n');
    return 2;
  }
  let provider;
  try {
    provider = createTokenProvider({}, process.env);
  } catch (error) {
    if (error instanceof AuthError) {
      io.err(`lakeguard: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (provider.kind === 'none') {
    io.err(`lakeguard: ${provider.message}\n`);
    return 2;
  }
  const token = provider;
  try {
    const result = await queryLake(
      { query, database: settings.database, ...(settings.now ? { now: settings.now } : {}) },
      { endpoint: settings.endpoint, token: () => token.getToken() },
    );
    const table = serializeTable(tableOfResult(result));
    io.out(`${settings.format === 'json' ? toJson(table) : textTable(table, toJson)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof LakeError || error instanceof AuthError) {
      io.err(`lakeguard: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Run the command; returns the exit code. */
async function execute(settings: QuerySettings, io: Io): Promise<number> {
  if (settings.endpoint) {
    if (settings.batch || settings.data) {
      io.err('lakeguard: --endpoint runs one query on the lake: --batch and --data are for the embedded engine\n');
      return 2;
    }
    let text = settings.query;
    if (settings.file) {
      try {
        text = await fs.readFile(settings.file, 'utf8');
      } catch {
        io.err(`lakeguard: cannot read ${settings.file}\n`);
        return 2;
      }
    }
    if (!text) {
      io.err('lakeguard: give a query or --file FILE\n');
      return 2;
    }
    return onLake(settings, text, io);
  }
  const [
    { runQuery },
    { serializeTable, toJson },
    { loadFixtureTables },
    { DEFAULT_MAX_FIXTURE_BYTES },
    { Catalog },
    { QueryError, queryErrorOf },
    { parseDatetime },
  ] = await Promise.all([
    import('../engine/evaluate.js'),
    import('../engine/serialize.js'),
    import('../engine/fixture-tables.js'),
    import('../engine/fixtures.js'),
    import('../kql/catalog.js'),
    import('../engine/refusal.js'),
    import('../engine/values.js'),
  ]);
  const nowTicks = (now: string | undefined): bigint | undefined => {
    if (now === undefined) return undefined;
    const ticks = parseDatetime(now);
    if (ticks === null) throw new Error(`--now must be an ISO 8601 datetime, not '${now}'`);
    return ticks;
  };
  let now: bigint | undefined;
  const catalog = new Catalog();
  let tables;
  try {
    now = nowTicks(settings.now);
    tables = await loadFixtureTables(settings.data ?? [], catalog, settings.maxFixtureBytes ?? DEFAULT_MAX_FIXTURE_BYTES);
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
        io.out(`${toJson({ id, ...result })}\n`);
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
    io.out(`${settings.format === 'json' ? toJson(result) : textTable(result, toJson)}\n`);
    return 0;
  } catch (error) {
    const e = queryErrorOf(error);
    io.err(`lakeguard: ${e.kind === 'unsupported' ? '' : 'query error: '}${e.message}\n`);
    return 1;
  }
}

export const queryCommand: Command<QuerySettings> = {
  name: 'query',
  summary: 'run KQL in the embedded engine over fixture files (no cluster), or on a lake endpoint',
  description:
    'Runs KQL in the embedded engine — no cluster, no credentials — over fixture tables (--data). Values are converted to ' +
    "the table's schema from the catalog; a table the catalog does not know gets columns inferred from its rows; catalog " +
    'tables without data are empty tables of their schema. Give the query as one argument, --file F or --batch F.jsonl. ' +
    'With --endpoint and --database the query goes to that lake endpoint instead (read-only), e.g. to read back hunt records.',
  flags: FLAGS,
  positionals: [{ name: 'QUERY' }],
  settings(values, positionals, surface) {
    const reader = new FlagReader(values, surface, FLAGS);
    if (positionals.length > 1) throw new UsageError('Give the query as one argument (quote it).');
    const format = reader.string('format') ?? 'table';
    if (format !== 'table' && format !== 'json') throw new UsageError(`--format must be table or json, not '${format}'.`);
    const maxFixtureMb = reader.positiveNumber('max-fixture-mb', false);
    return {
      data: reader.list('data'),
      query: positionals[0],
      file: reader.string('file'),
      batch: reader.string('batch'),
      now: reader.string('now'),
      format,
      maxRows: reader.positiveNumber('max-rows', true),
      maxFixtureBytes: maxFixtureMb === undefined ? undefined : Math.floor(maxFixtureMb * 1024 * 1024),
      endpoint: reader.string('endpoint'),
      database: reader.string('database'),
    };
  },
  run: async (settings, io) => ({ exitCode: await execute(settings, io) }),
};
