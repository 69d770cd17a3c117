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
  openResultFunction,
  perArgumentTableFunction,
  tableSymbolOf,
  type KustoGlobals,
  type KustoSymbol,
} from './language-service.js';
import type { ColumnSpec, FunctionSpec, TableSpec, WatchlistSpec } from '../load/catalog-specs.js';

export { isKustoType, type ColumnSpec, type FunctionSpec, type TableSpec, type WatchlistSpec } from '../load/catalog-specs.js';

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
      const merged = existing ? mergeColumns(existing.columns, columns) : columns;
      // A few tables are only placeholders in the source data (one column); their
      // real columns are unknown, so they resolve any column rather than flag it.
      map.set(name, { name, columns: merged, origin: 'built-in', open: merged.length <= 1 });
    }
  }
  builtInTables = map;
  return map;
}

/**
 * The ASIM schemas whose parsers every Sentinel workspace has built in, with the
 * bundled table that carries the schema's normalized columns.
 */
const ASIM_SCHEMAS: readonly { names: readonly string[]; table: string }[] = [
  { names: ['AuditEvent'], table: 'ASimAuditEventLogs' },
  { names: ['Authentication'], table: 'ASimAuthenticationEventLogs' },
  { names: ['Dns'], table: 'ASimDnsActivityLogs' },
  { names: ['FileEvent'], table: 'ASimFileEventLogs' },
  { names: ['NetworkSession'], table: 'ASimNetworkSessionLogs' },
  { names: ['ProcessEvent', 'ProcessCreate', 'ProcessTerminate', 'Process'], table: 'ASimProcessEventLogs' },
  { names: ['RegistryEvent', 'Registry'], table: 'ASimRegistryEventLogs' },
  { names: ['WebSession'], table: 'ASimWebSessionLogs' },
  { names: ['UserManagement'], table: 'ASimUserManagementActivityLogs' },
  { names: ['Dhcp', 'DhcpEvent'], table: 'ASimDhcpEventLogs' },
];

/**
 * Filtering parameters the ASIM parsers accept (union over schemas, all optional);
 * a call may name any of them.
 */
const ASIM_PARAMETERS = [
  'starttime:datetime=datetime(null)',
  'endtime:datetime=datetime(null)',
  ...[
    'srcipaddr_has_any_prefix',
    'dstipaddr_has_any_prefix',
    'ipaddr_has_any_prefix',
    'dvcipaddr_has_any_prefix',
    'hostname_has_any',
    'srchostname_has_any',
    'dsthostname_has_any',
    'dvchostname_has_any',
    'domain_has_any',
    'response_has_any_prefix',
    'url_has_any',
    'httpuseragent_has_any',
    'eventresultdetails_in',
    'username_has_any',
    'targetusername_has_any',
    'actorusername_has_any',
    'srcusername_has_any',
    'commandline_has_any',
    'commandline_has_all',
    'commandline_has_any_ip_prefix',
    'actingprocess_has_any',
    'targetprocess_has_any',
    'parentprocess_has_any',
    'registrykey_has_any',
    'registryvalue_has_any',
    'registrydata_has_any',
    'targetfilepath_has_any',
    'srcfilepath_has_any',
    'targetfilename_has_any',
    'hashes_has_any',
    'operation_has_any',
    'object_has_any',
    'newvalue_has_any',
    'targetappname_has_any',
    'eventtype_in',
    'dvcaction',
    'srcdomain_has_any',
    'dstdomain_has_any',
    'dnsresponsename_has_any',
    'ipaddr_has_any',
    'macaddr_has_any',
  ].map((p) => `${p}:dynamic=dynamic([])`),
  "eventresult:string='*'",
  "eventtype:string='*'",
  "username_has:string='*'",
  "targetusername_has:string='*'",
  "actorusername_has:string='*'",
  "response_has_ipv4:string='*'",
  "domain_has:string='*'",
  'dstportnumber:int=int(null)',
  'srcportnumber:int=int(null)',
  'disabled:bool=false',
  'pack:bool=false',
].join(', ');

/** Built-in ASIM parser functions: `_Im_<Schema>`, `_ASim_<Schema>`, and the legacy `im<Schema>` / `ASim<Schema>`. */
export function builtInAsimFunctions(tables: ReadonlyMap<string, TableSpec>): FunctionSpec[] {
  const out: FunctionSpec[] = [];
  for (const schema of ASIM_SCHEMAS) {
    const table = tables.get(schema.table);
    if (!table) continue;
    for (const name of schema.names) {
      for (const prefix of ['_Im_', '_ASim_', 'im', 'ASim']) {
        // Parsers also add alias fields (User, Dst, IpAddr, …), so results stay open.
        out.push({
          name: `${prefix}${name}`,
          parameters: `(${ASIM_PARAMETERS})`,
          columns: table.columns,
          open: true,
          origin: 'built-in ASIM parser',
        });
      }
    }
  }
  return out;
}

/** Identifiers in KQL text, including `['quoted names']`; used to pick tables lazily. */
export function identifiersIn(text: string): Set<string> {
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
    if (options.builtIns === false) return;
    const builtIns = builtInTableSpecs();
    for (const [name, spec] of builtIns) this.tables.set(name, spec);
    for (const fn of builtInAsimFunctions(builtIns)) if (!this.tables.has(fn.name)) this.functions.set(fn.name, fn);
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

  /** A workspace function's definition, by name. */
  functionSpec(name: string): FunctionSpec | undefined {
    return this.functions.get(name);
  }

  /** A declared watchlist, by alias (case-insensitive). */
  watchlist(alias: string): WatchlistSpec | undefined {
    return this.watchlists.get(alias.toLowerCase());
  }

  /** Number of tables known. */
  get tableCount(): number {
    return this.tables.size;
  }

  /** Names of every known table (for "did you mean" suggestions). */
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
    if (fn && fn.open && !fn.body) {
      symbol = openResultFunction(fn.name, fn.parameters || '()', schemaString(fn.columns ?? []));
    } else if (fn) {
      const body = fn.body ?? `{ datatable${schemaString(fn.columns ?? [])}[] }`;
      symbol = functionSymbol(fn.name, fn.parameters || '()', body);
    } else {
      const table = this.tables.get(name) as TableSpec;
      symbol = tableSymbolOf(table.name, table.columns, Boolean(table.open));
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
    const open = tableSymbolOf('_GetWatchlist', WATCHLIST_SYSTEM_COLUMNS, true);
    this.watchlistFunction = perArgumentTableFunction('_GetWatchlist', ['watchlistAlias'], (alias) => {
      const spec = alias === undefined ? undefined : this.watchlists.get(alias.toLowerCase());
      if (!spec) return open;
      let result = results.get(spec.alias);
      if (!result) {
        result = tableSymbolOf(spec.alias, mergeColumns(WATCHLIST_SYSTEM_COLUMNS, spec.columns));
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
