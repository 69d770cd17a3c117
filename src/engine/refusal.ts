/**
 * The engine refuses what it cannot compute exactly. An Unsupported error names
 * the construct and, once known, its position in the query.
 */
export class Unsupported extends Error {
  override name = 'Unsupported';
  constructor(
    /** The operator, function or feature, e.g. `operator mv-apply`. */
    readonly construct: string,
    /** Offset in the query text, when known. */
    public offset?: number,
  ) {
    super(`not supported offline: ${construct}`);
  }
}

/** A table name that resolves to nothing offline (no rows supplied, not in the catalog): a fuzzy union leaves such a leg out. */
export class UnknownTable extends Unsupported {
  constructor(
    readonly table: string,
    offset?: number,
  ) {
    super(`table ${table}`, offset);
  }
}

/** A query error Kusto itself would raise (bad argument, runaway result). */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** The error object of a failed query: refused (unsupported) or any other error. */
export function queryErrorOf(error: unknown): { kind: 'unsupported' | 'error'; message: string } {
  if (error instanceof Unsupported) return { kind: 'unsupported', message: error.message };
  if (error instanceof QueryError) return { kind: 'error', message: error.message };
  if (error instanceof RangeError && /call stack|Invalid array length/i.test(error.message))
    return { kind: 'error', message: `query too large to evaluate: ${error.message}` };
  return { kind: 'error', message: `internal error: ${String((error as Error)?.message ?? error)}` };
}
