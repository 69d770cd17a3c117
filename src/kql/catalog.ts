/**
 * The table catalog: built-in Sentinel and Defender XDR tables (bundled), plus the
 * repository's own tables, functions and watchlists from lakeguard.yaml.
 *
 * Building all ~1,000 table symbols costs over a second, so symbols are built
 * lazily: a query only gets the tables whose names occur in its text.
 */
import tableSchemas from '../data/table-schemas.json' with { type: 'json' };
import {
  functionSymbol,
  globalsWith,
  openTableSymbol,
  perArgumentTableFunction,
  tableSymbol,
  type KustoGlobals,
  type KustoSymbol,
} from './language-service.js';

/** Column name and Kusto scalar type. */
export type ColumnSpec = readonly [name: string, type: string];

/** A table known to the catalog. */
export interface TableSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Where the definition came from, for messages (e.g. `built-in`, `lakeguard.yaml`). */
  origin: string;
}

/** A workspace function (ASIM parser, saved function) known to the catalog. */
export interface FunctionSpec {
  name: string;
  /** Kusto parameter list, e.g. `(starttime:datetime=datetime(null))`; default `()`. */
  parameters: string;
  /** Result columns; the function returns a table of these columns. */
  columns?: readonly ColumnSpec[];
  /** Or a KQL body `{ ... }` (takes precedence over columns). */
  body?: string;
  origin: string;
}

/** A watchlist for `_GetWatchlist('alias')`. */
export interface WatchlistSpec {
  alias: string;
  columns: readonly ColumnSpec[];
  origin: string;
}

interface TableSchemasFile {
  environments: Record<string, { tables: Record<string, [string, string][]> }>;
}

/** Columns every `_GetWatchlist()` result has, besides the watchlist's own. */
export const WATCHLIST_SYSTEM_COLUMNS: readonly ColumnSpec[] = [
  ['_DTItemId', 'string'],
  ['LastUpdatedTimeUTC', 'datetime'],
  ['SearchKey', 'string'],
  ['WatchlistItem', 'dynamic'],
];

const KUSTO_TYPES = new Set(['string', 'int', 'long', 'real', 'double', 'bool', 'boolean', 'datetime', 'date', 'timespan', 'time', 'guid', 'uniqueid', 'dynamic', 'decimal', 'int32', 'int64']);

/** True when `type` is a Kusto scalar type name the language service accepts. */
export function isKustoType(type: string): boolean {
  return KUSTO_TYPES.has(type.toLowerCase());
}

/** Quote a column name for a schema string. */
function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** `(A:string, ['B c']:datetime)` */
export function schemaString(columns: readonly ColumnSpec[]): string {
  return `(${columns.map(([n, t]) => `${quoteName(n)}:${t.toLowerCase()}`).join(', ')})`;
}

/** Merge two column lists; the first definition of a name wins. */
function mergeColumns(a: readonly ColumnSpec[], b: readonly ColumnSpec[]): ColumnSpec[] {
  const seen = new Set(a.map(([n]) => n));
  return [...a, ...b.filter(([n]) => !seen.has(n))];
}

let builtInTables: Map<string, TableSpec> | undefined;

/** The bundled Sentinel + Defender XDR tables (Sentinel's definition first). */
export function builtInTableSpecs(): ReadonlyMap<string, TableSpec> {
  if (builtInTables) return builtInTables;
  const map = new Map<string, TableSpec>();
  const environments = (tableSchemas as unknown as TableSchemasFile).environments;
  for (const envName of ['sentinel', 'm365']) {
    const env = environments[envName];
    if (!env) continue;
    for (const [name, columns] of Object.entries(env.tables)) {
      const existing = map.get(name);
      map.set(name, {
        name,
        columns: existing ? mergeColumns(existing.columns, columns) : columns,
        origin: 'built-in',
      });
    }
  }
  builtInTables = map;
  return map;
}

/** Identifiers in KQL text, including `['quoted names']`; used to pick tables lazily. */
function identifiersIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\[\s*(['"])((?:\\.|(?!\1).)*)\1\s*\]|[A-Za-z_][A-Za-z0-9_]*/g)) {
    out.add(m[2] ?? m[0]);
  }
  return out;
}

/** The catalog a query is analysed against. */
export class Catalog {
  private readonly tables = new Map<string, TableSpec>();
  private readonly functions = new Map<string, FunctionSpec>();
  private readonly watchlists = new Map<string, WatchlistSpec>();
  private readonly symbolCache = new Map<string, KustoSymbol>();
  private readonly globalsCache = new Map<string, KustoGlobals>();
  private watchlistFunction: KustoSymbol | undefined;

  constructor(options: { builtIns?: boolean } = {}) {
    if (options.builtIns !== false) for (const [name, spec] of builtInTableSpecs()) this.tables.set(name, spec);
  }

  /** Add or replace a table (repository tables override built-ins of the same name). */
  addTable(spec: TableSpec): void {
    this.tables.set(spec.name, spec);
    this.invalidate();
  }

  addFunction(spec: FunctionSpec): void {
    this.functions.set(spec.name, spec);
    this.invalidate();
  }

  addWatchlist(spec: WatchlistSpec): void {
    this.watchlists.set(spec.alias.toLowerCase(), spec);
    this.watchlistFunction = undefined;
    this.invalidate();
  }

  hasTable(name: string): boolean {
    return this.tables.has(name);
  }

  table(name: string): TableSpec | undefined {
    return this.tables.get(name);
  }

  hasFunction(name: string): boolean {
    return this.functions.has(name);
  }

  /** Number of tables known. */
  get tableCount(): number {
    return this.tables.size;
  }

  /** A table name close to `name` (case-insensitive match first), for "did you mean". */
  tableNames(): IterableIterator<string> {
    return this.tables.keys();
  }

  /** The GlobalState for a query: only the tables and functions its text mentions. */
  globalsFor(query: string): KustoGlobals {
    const names = identifiersIn(query);
    const members: string[] = [];
    for (const name of names) {
      if (this.tables.has(name) || this.functions.has(name)) members.push(name);
    }
    members.sort();
    const usesWatchlist = names.has('_GetWatchlist') && !this.functions.has('_GetWatchlist');
    const key = `${usesWatchlist ? 'W|' : ''}${members.join('|')}`;
    let globals = this.globalsCache.get(key);
    if (!globals) {
      const symbols = members.map((name) => this.symbol(name));
      if (usesWatchlist) symbols.push(this.getWatchlistSymbol());
      globals = globalsWith(symbols);
      if (this.globalsCache.size > 2000) this.globalsCache.clear();
      this.globalsCache.set(key, globals);
    }
    return globals;
  }

  private symbol(name: string): KustoSymbol {
    let symbol = this.symbolCache.get(name);
    if (symbol) return symbol;
    const fn = this.functions.get(name);
    if (fn) {
      const body = fn.body ?? `{ datatable${schemaString(fn.columns ?? [])}[] }`;
      symbol = functionSymbol(fn.name, fn.parameters || '()', body);
    } else {
      const table = this.tables.get(name) as TableSpec;
      symbol = tableSymbol(table.name, schemaString(table.columns));
    }
    this.symbolCache.set(name, symbol);
    return symbol;
  }

  /**
   * `_GetWatchlist('alias')` returns the declared watchlist's columns plus the
   * system columns; an undeclared alias gives an open table, so its columns are
   * not flagged (we cannot know them).
   */
  private getWatchlistSymbol(): KustoSymbol {
    if (this.watchlistFunction) return this.watchlistFunction;
    const results = new Map<string, KustoSymbol>();
    const open = openTableSymbol('_GetWatchlist', schemaString(WATCHLIST_SYSTEM_COLUMNS));
    this.watchlistFunction = perArgumentTableFunction('_GetWatchlist', ['watchlistAlias'], (alias) => {
      const spec = alias === undefined ? undefined : this.watchlists.get(alias.toLowerCase());
      if (!spec) return open;
      let result = results.get(spec.alias);
      if (!result) {
        result = tableSymbol(spec.alias, schemaString(mergeColumns(WATCHLIST_SYSTEM_COLUMNS, spec.columns)));
        results.set(spec.alias, result);
      }
      return result;
    });
    return this.watchlistFunction;
  }

  private invalidate(): void {
    this.globalsCache.clear();
    this.symbolCache.clear();
  }
}
