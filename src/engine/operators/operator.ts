/** What a tabular operator implementation looks like. */
import type { Value } from '../values.js';
import type { SetOptions } from '../set-values.js';
import type { Table } from '../table.js';
import type { Budget } from '../budget.js';

/** Shared state of one query evaluation. */
export interface QueryContext {
  now: bigint;
  /** Request properties of the query's `set` statements (set-options.ts), by lower-case name. */
  options?: SetOptions;
  /** let-bound scalars. */
  variables: Map<string, Value>;
  /** let-bound and supplied tables. */
  tables: Map<string, Table>;
  /** Row budget: a step producing more rows than this stops with an error (= budget.maxRows). */
  maxRows: number;
  /**
   * Row and memory budget. While producing rows, call
   * `context.budget.rows(rowsSoFar, node, 'mv-expand')` (cheap: one comparison),
   * before materialising when the count is known up front.
   */
  budget: Budget;
  /** Evaluate a nested tabular expression (union legs, join right sides). */
  evaluateTabular: (node: unknown) => Table;
  /** A let-bound user function called in a scalar expression (lets.ts; passed in so scalar.ts need not import it). */
  callUserScalar(call: unknown, scope: unknown): Value;
  /** toscalar(T), computed once per context (lets.ts). */
  toScalar(node: unknown, scope: unknown): Value;
  /** The operator implementing a syntax kind (the registry, which imports every operator). */
  tabularOperator: (kind: string) => TabularOperator | undefined;
  /** An empty table of a catalog table's schema, for tables without supplied rows. */
  emptyTable: (name: string) => Table | undefined;
  /** Whether a name is a workspace function of the catalog (ASIM parser, saved function, _GetWatchlist). */
  isWorkspaceFunction?: (name: string) => boolean;
  /**
   * The tables of the database the binder sees (a `search` without a source reads them
   * all, `search in (A*)` those matching): their names, the names of the tables the
   * query was given (rows or not), and a table by name as the query reads it (supplied
   * rows, else an empty catalog table), never a let-bound name.
   */
  database?: { tables: readonly string[]; supplied: ReadonlySet<string>; table(name: string): Table | undefined };
  /** let-bound user functions (lambdas and views), by name; see lets.ts. */
  functions: Map<string, unknown>;
  /** Results of toscalar() already computed in this context, by syntax node. */
  scalars: Map<unknown, Value>;
  /** A nested context (a user function's body) seeing these names. */
  child: (names: { variables: Map<string, Value>; tables: Map<string, Table>; functions: Map<string, unknown> }) => QueryContext;
}

export interface TabularOperator {
  /** The syntax node kind this implements, e.g. `FilterOperator`. */
  kind: string;
  /** The operator keyword, for messages and docs. */
  keyword: string;
  /** Apply to `input` (undefined for sources such as print/range/datatable). */
  evaluate(node: unknown, input: Table | undefined, context: QueryContext): Table;
}
