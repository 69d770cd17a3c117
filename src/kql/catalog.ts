/**
 * The table catalog: built-in Sentinel and Defender XDR tables (bundled), the ASIM
 * parsers (bundled), plus the repository's own tables, functions and watchlists
 * from lakeguard.yaml.
 *
 * Building all ~1,000 table symbols costs over a second, so symbols are built
 * lazily: a query only gets the tables whose names occur in its text. Repository
 * parsers (functions with a `query`) are bound the first time they are needed.
 * Queries over dynamic-schema tables (AzureDiagnostics, `*_CL`) are bound twice:
 * once to find suffixed columns the catalog lacks, once with them added.
 */
import tableSchemas from '../data/table-schemas.json' with { type: 'json' };
import asimParsers from '../data/asim-parsers.json' with { type: 'json' };
import {
  analyze,
  functionSymbol,
  globalsWith,
  openResultFunction,
  perArgumentTableFunction,
  tableSymbolOf,
  type KustoGlobals,
  type KustoSymbol,
} from './language-service.js';
import { isKustoType, type ColumnSpec, type FunctionSpec, type TableSpec, type WatchlistSpec } from '../load/catalog-specs.js';

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

interface AsimParsersFile {
  prefixes: string[];
  parameterlessPrefixes: string[];
  schemas: { schema: string; names: string[]; table: string; parameters: [string, string, string][] }[];
}

/** A Kusto parameter list from `[name, type, default]` triples. */
function parameterList(parameters: readonly (readonly [string, string, string])[]): string {
  return `(${parameters.map(([n, t, d]) => `${n}:${t}=${d}`).join(', ')})`;
}

/**
 * Built-in ASIM parser functions (src/data/asim-parsers.json): the filtering parsers
 * `_Im_<Schema>` and `im<Schema>` take the schema's published filtering parameters;
 * the parameter-less `_ASim_<Schema>` and `ASim<Schema>` only `disabled` and `pack`.
 * Output columns are the schema's normalized columns (the bundled `ASim*Logs` table).
 */
export function builtInAsimFunctions(tables: ReadonlyMap<string, TableSpec>): FunctionSpec[] {
  const data = asimParsers as unknown as AsimParsersFile;
  const out: FunctionSpec[] = [];
  for (const schema of data.schemas) {
    const table = tables.get(schema.table);
    if (!table) continue;
    const filtering = parameterList(schema.parameters);
    const plain = parameterList(schema.parameters.filter(([n]) => n === 'disabled' || n === 'pack'));
    for (const name of schema.names) {
      for (const prefix of data.prefixes) {
        // Parsers also add alias fields (User, Dst, IpAddr, …), so results stay open.
        out.push({
          name: `${prefix}${name}`,
          parameters: data.parameterlessPrefixes.includes(prefix) ? plain : filtering,
          columns: table.columns,
          open: true,
          origin: `built-in ASIM ${schema.schema} parser`,
        });
      }
    }
  }
  return out;
}

/**
 * Tables whose columns depend on what was sent to them: `AzureDiagnostics` (one
 * column set per resource provider) and legacy custom logs (`*_CL`, columns created
 * by the HTTP Data Collector API from the data).
 */
export function isDynamicSchemaTable(name: string): boolean {
  return name === 'AzureDiagnostics' || /_CL$/.test(name);
}

/**
 * Log Analytics' type suffixes for columns of dynamic-schema tables: string `_s`,
 * real `_d`, bool `_b`, datetime `_t`, GUID `_g` (documented as stored as a string,
 * so typed string here: string operators work on it).
 */
const SUFFIX_TYPES: Readonly<Record<string, string>> = { s: 'string', d: 'real', b: 'bool', t: 'datetime', g: 'string' };

/** The type a dynamic-schema column name's suffix implies, or undefined. */
export function typeBySuffix(name: string): string | undefined {
  const m = /^[A-Za-z0-9_]*[A-Za-z0-9]_([sdbtg])$/.exec(name);
  return m ? SUFFIX_TYPES[m[1] as string] : undefined;
}

/** What binding a repository function's own query taught: its output columns, or why it is unusable. */
export interface BoundFunction {
  columns: readonly ColumnSpec[];
  open: boolean;
  /** Set when the query does not bind: the first error, with offsets into the query. */
  problem?: { message: string; start: number; length: number };
}

/** A column the catalog lacks, assumed to exist because its name carries a type suffix. */
export interface AssumedColumn {
  name: string;
  type: string;
  /** The dynamic-schema tables the query reads (the column is assumed on each). */
  tables: string[];
  /** First occurrence in the query text. */
  start: number;
  length: number;
}

/** The language service's code for a name that is no column, table, variable or function. */
const UNKNOWN_NAME_CODE = 'KS142';

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
  private readonly bound = new Map<string, BoundFunction>();
  private readonly binding = new Set<string>();
  private readonly resolvedCache = new Map<string, { globals: KustoGlobals; assumed: AssumedColumn[] }>();
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

  /**
   * The GlobalState for a query: only the tables and functions its text mentions.
   * When the query reads a dynamic-schema table, suffixed columns the catalog lacks
   * are added to that table for this query (see {@link assumedColumns}).
   */
  globalsFor(query: string): KustoGlobals {
    return this.resolve(query).globals;
  }

  /** Columns assumed from their type suffix for this query (empty when none). */
  assumedColumns(query: string): readonly AssumedColumn[] {
    return this.resolve(query).assumed;
  }

  private resolve(query: string): { globals: KustoGlobals; assumed: AssumedColumn[] } {
    const cached = this.resolvedCache.get(query);
    if (cached) return cached;
    const names = identifiersIn(query);
    const base = this.baseGlobals(names);
    let resolved = { globals: base, assumed: [] as AssumedColumn[] };
    const dynamic = [...names].filter((n) => isDynamicSchemaTable(n) && this.tables.has(n) && !this.tables.get(n)?.open).sort();
    if (dynamic.length > 0) {
      const assumed = this.findAssumed(query, base, dynamic);
      if (assumed.length > 0) {
        const extra: ColumnSpec[] = assumed.map((a) => [a.name, a.type]);
        const members = [...names].filter((n) => this.tables.has(n) || this.functions.has(n)).sort();
        const symbols = members.map((name) => {
          const table = this.tables.get(name);
          if (!dynamic.includes(name) || !table || this.functions.has(name)) return this.symbol(name);
          return tableSymbolOf(table.name, mergeColumns(table.columns, extra));
        });
        if (names.has('_GetWatchlist') && !this.functions.has('_GetWatchlist')) symbols.push(this.getWatchlistSymbol());
        resolved = { globals: globalsWith(symbols), assumed };
      }
    }
    if (this.binding.size > 0) return resolved;
    if (this.resolvedCache.size > 500) this.resolvedCache.clear();
    this.resolvedCache.set(query, resolved);
    return resolved;
  }

  /** Bind once; every unknown name with a type suffix, not a case variant of a known column, is assumed. */
  private findAssumed(query: string, globals: KustoGlobals, dynamic: readonly string[]): AssumedColumn[] {
    const known = new Set<string>();
    for (const name of dynamic) for (const [column] of this.tables.get(name)?.columns ?? []) known.add(column.toLowerCase());
    const byName = new Map<string, AssumedColumn>();
    for (const d of analyze(query, globals).diagnostics) {
      if (d.code !== UNKNOWN_NAME_CODE) continue;
      const name = query.slice(d.start, d.start + d.length);
      const type = typeBySuffix(name);
      if (!type || known.has(name.toLowerCase()) || byName.has(name)) continue;
      byName.set(name, { name, type, tables: [...dynamic], start: d.start, length: d.length });
    }
    return [...byName.values()];
  }

  private baseGlobals(names: ReadonlySet<string>): KustoGlobals {
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
      if (this.binding.size > 0) return globals;
      if (this.globalsCache.size > 2000) this.globalsCache.clear();
      this.globalsCache.set(key, globals);
    }
    return globals;
  }

  /**
   * Bind a repository function's own query (parameters declared as query
   * parameters) to learn its output columns; cached. A function that does not bind
   * gets an open result and a problem.
   */
  boundFunction(name: string): BoundFunction | undefined {
    const fn = this.functions.get(name);
    if (fn?.query === undefined) return undefined;
    const cached = this.bound.get(name);
    if (cached) return cached;
    // A function reached again while binding itself (a cycle) is open for that pass.
    if (this.binding.has(name)) return { columns: [], open: true };
    this.binding.add(name);
    let result: BoundFunction;
    try {
      const inner = (fn.parameters || '()')
        .trim()
        .replace(/^\(|\)$/g, '')
        .trim();
      const prefix = inner ? `declare query_parameters(${inner});\n` : '';
      const text = prefix + fn.query;
      const analysis = analyze(text, this.globalsFor(text));
      const error = analysis.diagnostics.find((d) => d.severity === 'error');
      if (error) {
        const start = Math.max(0, error.start - prefix.length);
        result = { columns: [], open: true, problem: { message: `${error.message} (${error.code})`, start, length: error.length } };
      } else if (!analysis.columns) {
        result = { columns: [], open: true, problem: { message: 'its query does not end in a tabular expression', start: 0, length: 1 } };
      } else {
        const columns: ColumnSpec[] = analysis.columns.map((c) => [c.name, isKustoType(c.type) ? c.type : 'dynamic']);
        result = { columns, open: analysis.openResult };
      }
    } finally {
      this.binding.delete(name);
    }
    this.bound.set(name, result);
    return result;
  }

  /** Every repository function whose own query does not bind, with where it came from. */
  functionProblems(): { name: string; spec: FunctionSpec; problem: NonNullable<BoundFunction['problem']> }[] {
    const out: { name: string; spec: FunctionSpec; problem: NonNullable<BoundFunction['problem']> }[] = [];
    for (const [name, spec] of this.functions) {
      const problem = this.boundFunction(name)?.problem;
      if (problem) out.push({ name, spec, problem });
    }
    return out;
  }

  /** Repository functions the query calls whose own query does not bind. */
  unusableFunctionsIn(query: string): { name: string; origin: string; message: string; start: number }[] {
    const out: { name: string; origin: string; message: string; start: number }[] = [];
    const codeText = query.replace(/\/\/[^\n]*/g, (m) => ' '.repeat(m.length));
    for (const name of identifiersIn(query)) {
      const spec = this.functions.get(name);
      const problem = spec?.query !== undefined ? this.boundFunction(name)?.problem : undefined;
      if (!spec || !problem || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      // Function names are identifiers, so the name needs no escaping.
      const at = new RegExp(`(?<![A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).exec(codeText);
      out.push({ name, origin: spec.source?.file ?? spec.origin, message: problem.message, start: at?.index ?? 0 });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  private symbol(name: string): KustoSymbol {
    let symbol = this.symbolCache.get(name);
    if (symbol) return symbol;
    const fn = this.functions.get(name);
    if (fn && fn.query !== undefined) {
      const inProgress = this.binding.has(name);
      const bound = this.boundFunction(name) as BoundFunction;
      const schema = schemaString(bound.columns);
      const parameters = fn.parameters || '()';
      symbol = bound.open
        ? openResultFunction(fn.name, parameters, schema)
        : functionSymbol(fn.name, parameters, `{ datatable${schema}[] }`);
      if (inProgress) return symbol;
    } else if (fn && fn.open && !fn.body) {
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
    this.resolvedCache.clear();
    this.bound.clear();
    this.symbolCache.clear();
  }
}
