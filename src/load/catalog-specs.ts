/**
 * What a catalog entry is, as lakeguard.yaml declares it: tables, workspace
 * functions and watchlists with their columns. The KQL catalog builds symbols
 * from these; the config loader only needs to read them.
 */

/** Column name and Kusto scalar type. */
export type ColumnSpec = readonly [name: string, type: string];

/** A table known to the catalog. */
export interface TableSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Where the definition came from, for messages (e.g. `built-in`, `lakeguard.yaml`). */
  origin: string;
  /** Columns are incomplete: any column name resolves (the bundled data only has a placeholder). */
  open?: boolean;
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
  /** The result may have more columns than listed (any column name resolves). */
  open?: boolean;
  origin: string;
  /**
   * The function's own KQL (a parser file's FunctionQuery): its result columns are
   * learnt by binding it against the catalog. Takes precedence over columns and body.
   */
  query?: string;
  /** The file it was read from and the key holding its query, for findings on that file. */
  source?: { file: string; path: string; queryKey?: string };
}

/** A watchlist for `_GetWatchlist('alias')`. */
export interface WatchlistSpec {
  alias: string;
  columns: readonly ColumnSpec[];
  origin: string;
}

const KUSTO_TYPES = new Set([
  'string',
  'int',
  'long',
  'real',
  'double',
  'bool',
  'boolean',
  'datetime',
  'date',
  'timespan',
  'time',
  'guid',
  'uniqueid',
  'dynamic',
  'decimal',
  'int32',
  'int64',
]);

/** True when `type` is a Kusto scalar type name the language service accepts. */
export function isKustoType(type: string): boolean {
  return KUSTO_TYPES.has(type.toLowerCase());
}

/** Normalize a type name from CustomTables JSON or YAML (`String`, `DateTime`, `Double`, `boolean`). */
export function normalizeType(type: string): string | undefined {
  const t = type.trim().toLowerCase();
  const aliases: Record<string, string> = {
    double: 'real',
    boolean: 'bool',
    date: 'datetime',
    time: 'timespan',
    uniqueid: 'guid',
    int32: 'int',
    int64: 'long',
    object: 'dynamic',
  };
  const normalized = aliases[t] ?? t;
  return isKustoType(normalized) ? normalized : undefined;
}
