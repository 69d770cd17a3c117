/**
 * Runs a query: parse and bind with the language service, then evaluate its
 * statements. The binder is the truth for names and types; this module only
 * computes values, and refuses what it cannot compute exactly.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { analyze, globalsWith, tableSymbol } from '../kql/language-service.js';
import { schemaString, type Catalog } from '../kql/catalog.js';
import { createBudget, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from './budget.js';
import type { QueryContext } from './operators/operator.js';
import { isUntyped } from './operators/columns.js';
import { externalDataKey, externalDataSources } from './operators/externaldata.js';
import { QueryError, UnknownTable, Unsupported } from './refusal.js';
import { TABULAR_OPERATORS } from './registry.js';
import { callUserScalar, callUserTabular, inOpenSchemaFunction, runLetStatement, toScalar } from './lets.js';
import { listOf, nodeKind } from './scalar.js';
import { applyResultOptions, readSetStatement, type SetValue } from './set-options.js';
import { installCompiledScalars } from './scalar-compile.js';
import type { Column, Table } from './table.js';
import { kustoType, type Value } from './values.js';

installCompiledScalars();

export interface QueryOptions {
  /** Tables the query may read, by name. */
  tables?: ReadonlyMap<string, Table>;
  /** What now() returns, in ticks since the Unix epoch. Default: the wall clock at the start. */
  now?: bigint;
  /** Most rows any step may produce. Default 10,000,000. */
  maxRows?: number;
  /** Largest estimated size of any step's output, in bytes. Default 1 GiB. */
  maxBytes?: number;
  /** Table schemas for binding; a catalog table without supplied data is an empty table. */
  catalog?: Catalog;
}

/** Evaluate a tabular expression node. */
function evaluateTabular(node: any, context: QueryContext): Table {
  const kind = nodeKind(node);
  if (kind === 'PipeExpression') {
    const input = evaluateTabular(node.Expression, context);
    return applyOperator(node.Operator, input, context);
  }
  if (kind === 'ParenthesizedExpression') return evaluateTabular(node.Expression, context);
  if (kind === 'FunctionCallExpression') {
    const supplied = context.tables.get(workspaceFunctionKey(node));
    if (supplied) return supplied;
    const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
    if (name === 'table') return tableByName(node, context);
    // A workspace function whose rows the test does not supply returns no rows.
    if (context.isWorkspaceFunction?.(name) && !context.functions.has(name)) return emptyOfResult(node);
  }
  // materialize(T): evaluation here is deterministic, so T once is T every time.
  if (kind === 'MaterializeExpression') return evaluateTabular(node.Expression, context);
  if (kind === 'FunctionCallExpression' && context.functions.has(String(node.ReferencedSymbol?.Name ?? '')))
    return callUserTabular(node, context);
  if (kind === 'NameReference') {
    const name = String(node.SimpleName ?? node.ToString().trim());
    // A parameterless function or view named without parentheses.
    if (!context.tables.has(name) && context.functions.has(name)) return callUserTabular(node, context);
    const supplied = context.tables.get(name);
    if (supplied) return supplied;
    // A declared function shadows a catalog table of the same name (as in the binder), so
    // its empty result has the function's columns, not the table's.
    if (context.isWorkspaceFunction?.(name)) return emptyOfResult(node);
    const table = context.emptyTable(name);
    if (table) return table;
    throw new UnknownTable(name, node.TextStart);
  }
  return applyOperator(node, undefined, context);
}

/** An empty table of the columns the binder gives an expression's result. */
function emptyOfResult(node: any): Table {
  const columns = listOf(node.ResultType?.Columns).map((c: any) => ({ name: String(c.Name), type: kustoType(String(c.Type?.Name ?? '')) }));
  return { columns, data: columns.map(() => []), rowCount: 0 };
}

/** table('Name'): the named table (supplied rows, else empty), as if written as a name. */
function tableByName(node: any, context: QueryContext): Table {
  const first = listOf(node.ArgumentList?.Expressions).map((e: any) => e.Element ?? e)[0];
  const name = first?.ConstantValue;
  if (typeof name !== 'string') throw new Unsupported('table() with a computed name', node.TextStart);
  const table = context.tables.get(name) ?? context.emptyTable(name);
  if (!table) throw new Unsupported(`table ${name}`, node.TextStart);
  return table;
}

/**
 * The table key under which a test supplies a workspace function's rows:
 * `_GetWatchlist('alias')` (alias lower-cased) or the function's name (ASIM parsers
 * and saved functions; their parameters are not applied to supplied rows).
 */
export function workspaceFunctionKey(node: any): string {
  const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
  if (name === '_GetWatchlist') {
    const first = listOf(node.ArgumentList?.Expressions).map((e: any) => e.Element ?? e)[0];
    const alias = first?.ConstantValue ?? first?.Token?.ValueText;
    if (typeof alias === 'string') return watchlistKey(alias);
  }
  return name;
}

export { externalDataKey } from './operators/externaldata.js';

/**
 * The declared columns of every externaldata source in `text`, by the data key a
 * test supplies its rows under (`externaldata('<uri>')`, one per URI), so the
 * rows are converted to the schema the query declares.
 */
export function externalDataSchemas(text: string, catalog?: Catalog): Map<string, Column[]> {
  const out = new Map<string, Column[]>();
  if (!/\bexternaldata\b/i.test(text)) return out;
  const globals = catalog ? catalog.globalsFor(text) : globalsWith([]);
  const code: any = analyzed(text, globals).code;
  for (const source of externalDataSources(code?.Syntax)) {
    for (const uri of source.uris) out.set(externalDataKey(uri), source.columns);
  }
  return out;
}

/** Normalised key of a watchlist's rows: `_GetWatchlist('alias')`, alias lower-cased. */
export function watchlistKey(alias: string): string {
  return `_GetWatchlist('${alias.toLowerCase()}')`;
}

function applyOperator(node: any, input: Table | undefined, context: QueryContext): Table {
  const kind = nodeKind(node);
  const operator = TABULAR_OPERATORS.get(kind);
  if (!operator) {
    const keyword = String(node.GetFirstToken?.()?.Text ?? kind);
    throw new Unsupported(`operator ${keyword}`, node.TextStart);
  }
  const result = operator.evaluate(node, input, context);
  context.budget.table(result, node, operator.keyword);
  // A stand-in type (a column no input row carried) must never hold a value.
  if (result.rowCount > 0) {
    const untyped = result.columns.find(isUntyped);
    if (untyped) throw new Unsupported(`column ${untyped.name} of unknown type`, node.TextStart);
  }
  return result;
}

/**
 * `count(expr)` counts rows, nulls included (summarize docs: count(y) over a null
 * y gives 2 for 2 rows), but the language service types count's argument as a
 * bool predicate. Its "bool expected" error on that argument is not a query error.
 */
function countArgument(code: any, start: number, length: number): boolean {
  return enclosingCall(code, start, length) === 'count';
}

function enclosingCall(code: any, start: number, length: number): string | undefined {
  let node = code?.Syntax?.GetNodeAt?.(start, length);
  for (let depth = 0; node && depth < 7; depth++, node = node.Parent) {
    if (nodeKind(node) === 'FunctionCallExpression') return String(node.ReferencedSymbol?.Name ?? '');
  }
  return undefined;
}

/**
 * make_timespan(day, hour, minute, second): the documentation types `second` as real
 * (its example is make_timespan(1, 12, 30, 55.123)), the language service wants an
 * integer there. That one error is not a query error; make_timespan() checks its parts.
 */
function makeTimespanSecond(code: any, start: number, length: number): boolean {
  return enclosingCall(code, start, length) === 'make_timespan';
}

/** Run `text` and return the last statement's table; refusals name their line:column. */
export function runQuery(text: string, options: QueryOptions = {}): Table {
  try {
    return runStatements(text, options);
  } catch (error) {
    if (error instanceof Unsupported && typeof error.offset === 'number' && !/ at \d+:\d+$/.test(error.message)) {
      const before = text.slice(0, error.offset).split('\n');
      error.message = `${error.message} at ${before.length}:${(before.at(-1) ?? '').length + 1}`;
    }
    throw error;
  }
}

/**
 * Analyses (parse and bind) by globals and query text: the language service takes
 * ~50 ms for a detection-sized query, more than evaluating it over 100,000 rows, and
 * tests and backtests run the same text over many inputs. The syntax tree is only
 * read, never changed, so sharing it is safe; its compiled closures are reused too.
 */
const ANALYSES = new WeakMap<object, Map<string, ReturnType<typeof analyze>>>();
const ANALYSES_PER_GLOBALS = 64;

function analyzed(text: string, globals: Parameters<typeof analyze>[1]): ReturnType<typeof analyze> {
  let byText = ANALYSES.get(globals as object);
  if (!byText) ANALYSES.set(globals as object, (byText = new Map()));
  let analysis = byText.get(text);
  if (!analysis) {
    analysis = analyze(text, globals);
    // Oldest first out.
    if (byText.size >= ANALYSES_PER_GLOBALS) byText.delete(byText.keys().next().value as string);
    byText.set(text, analysis);
  }
  return analysis;
}

function runStatements(text: string, options: QueryOptions): Table {
  const tables = options.tables ?? new Map<string, Table>();
  const catalog = options.catalog;
  const globals = catalog
    ? catalog.globalsFor(text)
    : globalsWith([...tables].map(([name, t]) => tableSymbol(name, schemaString(t.columns.map((c) => [c.name, c.type] as const)))));
  const analysis = analyzed(text, globals);
  const errors = analysis.diagnostics.filter(
    (d) =>
      d.severity === 'error' &&
      !(d.message === 'A value of type bool expected.' && countArgument(analysis.code, d.start, d.length)) &&
      !(d.message === 'The expression value must be an integer.' && makeTimespanSecond(analysis.code, d.start, d.length)) &&
      !inOpenSchemaFunction(analysis.code, d.start, d.length),
  );
  if (errors.length > 0) throw new QueryError(`${errors[0]!.message} (at offset ${errors[0]!.start})`);
  const code: any = analysis.code;
  const budget = createBudget(text, options.maxRows ?? DEFAULT_MAX_ROWS, options.maxBytes ?? DEFAULT_MAX_BYTES);
  // Columns of dynamic-schema tables assumed from their suffix (catalog.assumedColumns):
  // supplied rows without them, and empty tables, get them as nulls.
  const assumed = catalog?.assumedColumns(text) ?? [];
  const withAssumed = (name: string, table: Table): Table => {
    const missing = assumed.filter((a) => a.tables.includes(name) && !table.columns.some((c) => c.name === a.name));
    if (missing.length === 0) return table;
    return {
      ...table,
      columns: [...table.columns, ...missing.map((a) => ({ name: a.name, type: kustoType(a.type) }))],
      data: [...table.data, ...missing.map(() => new Array(table.rowCount).fill(null))],
    };
  };
  const emptyTable = (name: string): Table | undefined => {
    const spec = catalog?.table(name);
    if (!spec || spec.open) return undefined;
    const table = {
      columns: spec.columns.map(([n, t]) => ({ name: n, type: kustoType(t) })),
      data: spec.columns.map(() => []),
      rowCount: 0,
    };
    return withAssumed(name, table);
  };
  const now = options.now ?? BigInt(Date.now()) * 10_000n;
  // Request properties of `set` statements (set-options.ts), shared by every nested context.
  const setOptions = new Map<string, SetValue>();
  const maxRows = budget.maxRows;
  const database: QueryContext['database'] = {
    tables: listOf(code.Globals?.Database?.Tables).map((t: any) => String(t.Name)),
    // Rows supplied for functions (`_GetWatchlist('a')`, externaldata('uri'), ASIM parsers) are not tables.
    supplied: new Set([...tables.keys()].filter((name) => !name.includes('(') && !catalog?.hasFunction(name))),
    table: (name) => supplied.get(name) ?? emptyTable(name),
  };
  const makeContext = (names: Pick<QueryContext, 'variables' | 'tables' | 'functions'>): QueryContext => {
    const context: QueryContext = {
      ...names,
      now: (setOptions.get('query_now')?.value as bigint | undefined) ?? now,
      options: setOptions,
      maxRows,
      budget,
      scalars: new Map(),
      emptyTable,
      isWorkspaceFunction: (name) => name === '_GetWatchlist' || Boolean(catalog?.hasFunction(name)),
      evaluateTabular: (node) => evaluateTabular(node, context),
      callUserScalar,
      toScalar,
      tabularOperator: (kind) => TABULAR_OPERATORS.get(kind),
      database,
      child: (inner) => makeContext(inner),
    };
    return context;
  };
  const supplied = new Map([...tables].map(([name, table]) => [name, withAssumed(name, table)] as const));
  const context = makeContext({ variables: new Map<string, Value>(), tables: supplied, functions: new Map() });
  let last: Table | undefined;
  let afterOther = false;
  const root = code.Syntax;
  if (nodeKind(root) !== 'QueryBlock') throw new Unsupported(nodeKind(root));
  for (const element of listOf(root.Statements)) {
    const statement = element.Element ?? element;
    const kind = nodeKind(statement);
    if (kind === 'SetOptionStatement') {
      readSetStatement(statement, setOptions, text, afterOther);
      const queryNow = setOptions.get('query_now')?.value;
      if (typeof queryNow === 'bigint') context.now = queryNow;
      continue;
    }
    afterOther = true;
    if (kind === 'LetStatement') {
      runLetStatement(statement, context);
    } else if (kind === 'ExpressionStatement') {
      last = applyResultOptions(evaluateTabular(statement.Expression, context), setOptions);
    } else {
      throw new Unsupported(`statement ${kind}`, statement.TextStart);
    }
  }
  if (!last) throw new QueryError('the query has no tabular result');
  return last;
}
