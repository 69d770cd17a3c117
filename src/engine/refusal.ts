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

/** A query error Kusto itself would raise (bad argument, runaway result). */
export class QueryError extends Error {
  override name = 'QueryError';
}
