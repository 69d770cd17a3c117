/**
 * search (search-operator.md): `[T |] search [kind=…] [in (Tables)] Predicate`.
 * The rows of the sources (the piped table; the `in` tables, wildcards expanded; else
 * every table of the database and every let-bound view, let-statement.md's
 * `search MyColumn == 5` over the views Range10 and Range20) as an outer union, those
 * the predicate holds for, behind a `$table` column naming each row's table.
 *
 * The predicate is a boolean expression in which a string literal standing alone is a
 * search term over every column (`"err"` is `* has "err"`, `"*err"` hassuffix,
 * `"err*"` hasprefix, `"*err*"` contains, `"Lab*PC"` matches regex `\bLab.*PC\b`),
 * `Col:"err"` the same term over one column, `search *` every row; anything else is an
 * ordinary expression. kind=case_sensitive makes the terms case-sensitive (has_cs, …).
 *
 * Where the page leaves the result open, it is refused: a term over a non-string
 * column whose text could hold the term (whether and how `*` reads such columns is not
 * documented), `"a*b"` where its case rule would decide, a row from a source that is
 * not a table or view (its `$table` is "some system-generated name"), explicit
 * case-insensitive operators under kind=case_sensitive.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { syntaxDescendants } from '../../kql/language-service.js';
import { BINARY_OPERATORS } from '../functions/operators.js';
import { evaluateView, viewsInScope } from '../lets.js';
import { Unsupported } from '../refusal.js';
import { listOf, nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import { compiledScalar } from '../scalar-compile.js';
import { anyColumn, operatorMatcher, STAR_OPERATORS, type Matcher } from '../star-columns.js';
import { columnData, makeTable, pickRows, type Table } from '../table.js';
import type { Value } from '../values.js';
import { namedParameters, resultColumns } from './columns.js';
import type { QueryContext, TabularOperator } from './operator.js';
import { concatenateLegs, sourceVector, tableOrViewName, unionColumns } from './union.js';

/** One table searched: its `$table` name (undefined: not a table or view) and its rows. */
interface Source {
  name: string | undefined;
  table: Table;
}

type Test = (scope: ScalarScope) => Value;

export const searchOperator: TabularOperator = {
  kind: 'SearchOperator',
  keyword: 'search',
  evaluate(node: any, input, context) {
    const sensitive = caseSensitive(node);
    const condition = node.Condition;
    let sources: Source[] = input
      ? [{ name: tableOrViewName(node.Parent?.Expression), table: input }]
      : node.InClause
        ? inSources(node, context)
        : impliedSources(node, context);
    // A predicate naming columns and no term over all of them reads only the tables
    // holding one of those columns (find page, "Source tables that don't contain any
    // column used by the predicate evaluation, are filtered out"; let-statement docs:
    // `search MyColumn == 5` in a database of other tables gives $table, MyColumn).
    const { names, implicit } = predicateColumns(condition);
    const given = sources.length;
    if (sources.length > 1 && !implicit) {
      if (names.size === 0) throw new Unsupported('search of several tables with a predicate naming no column', node.TextStart);
      sources = sources.filter((s) => s.table.columns.some((c) => names.has(c.name)));
    }
    const bound = resultColumns(node, input);
    if (bound[0]?.name !== '$table' || bound.slice(1).some((c) => c.name === '$table'))
      throw new Unsupported('search whose input has a $table column', node.TextStart);
    // The binder's columns are those of every table; with tables left out, those of the
    // tables read (the docs' `search FirstName:"Aaron" or LastName:"Hughes"` gives the
    // Customers columns only), each one the binder also gives.
    const columns =
      sources.length < given
        ? unionColumns(
            sources.map((s) => s.table),
            node,
          )
        : bound.slice(1);
    for (const column of columns)
      if (!bound.some((c) => c.name === column.name && c.type === column.type))
        throw new Unsupported(`search output column ${column.name} that the binder does not give`, node.TextStart);
    const output = [bound[0], ...columns];
    context.budget.rows(
      sources.reduce((n, s) => n + s.table.rowCount, 0),
      node,
      'search',
    );
    const rows = concatenateLegs(
      sources.map((s) => s.table),
      columns,
      node,
    );
    const test = compilePredicate(condition, sensitive, rows);
    const scope: ScalarScope = { table: rows, row: 0, variables: context.variables, now: context.now, query: context };
    const picked: number[] = [];
    const runs: [string, number][] = [];
    let leg = 0;
    let end = sources[0]?.table.rowCount ?? 0;
    for (let r = 0; r < rows.rowCount; r++) {
      while (r >= end) end += sources[++leg]!.table.rowCount;
      scope.row = r;
      if (test(scope) !== true) continue;
      const name = sources[leg]!.name;
      if (name === undefined)
        throw new Unsupported('search of a source that is not a table or view (its $table name is not documented)', node.TextStart);
      picked.push(r);
      const last = runs[runs.length - 1];
      if (last && last[0] === name) last[1]++;
      else runs.push([name, 1]);
    }
    const kept = pickRows(rows, picked);
    return makeTable(output, [sourceVector(runs), ...kept.columns.map((_, c) => columnData(kept, c))], picked.length);
  },
};

/** kind=case_sensitive, or the default (case_insensitive, default). */
function caseSensitive(node: any): boolean {
  let sensitive = false;
  for (const { name, value } of namedParameters(node.Parameters)) {
    if (name === 'kind' && value === 'case_sensitive') sensitive = true;
    else if (!(name === 'kind' && (value === 'case_insensitive' || value === 'default')))
      throw new Unsupported(`search ${name}=${value}`, node.TextStart);
  }
  return sensitive;
}

/** `$table` of a source expression: a table's or let-bound view's own name; undefined for anything else. */
/** The database's tables the binder sees; refused when the query was given a table it does not see. */
function databaseOf(context: QueryContext, node: any, what: string): NonNullable<QueryContext['database']> {
  const database = context.database;
  if (!database) throw new Unsupported(`${what} here`, node.TextStart);
  // Rows supplied for a function (a watchlist, externaldata) are tables only to a binder without a catalog.
  const call = database.tables.find((name) => name.includes('('));
  if (call) throw new Unsupported(`${what} with rows supplied for ${call}`, node.TextStart);
  for (const name of database.supplied)
    if (!database.tables.includes(name))
      throw new Unsupported(`${what}: table ${name} is not in the query's scope (name it in the query)`, node.TextStart);
  return database;
}

function databaseTable(database: NonNullable<QueryContext['database']>, name: string, node: any): Source {
  const table = database.table(name);
  if (!table) throw new Unsupported(`table ${name}`, node.TextStart);
  return { name, table };
}

/** No source and no `in`: every table of the database and every let-bound view in scope (search page, Note). */
function impliedSources(node: any, context: QueryContext): Source[] {
  const database = databaseOf(context, node, 'search without a source');
  return [
    ...database.tables.map((name) => databaseTable(database, name, node)),
    ...viewsInScope(context).map((name) => ({ name, table: evaluateView(name, context, node.TextStart) })),
  ];
}

/** `in (T1, (T2 | …), A*)`: each table, a wildcard as the tables it matches. */
function inSources(node: any, context: QueryContext): Source[] {
  const sources: Source[] = [];
  for (const element of listOf(node.InClause.Expressions)) {
    const expr = element.Element ?? element;
    const symbol = expr.ReferencedSymbol;
    const pattern = String(expr.ToString()).trim();
    if (nodeKind(expr) === 'NameReference' && pattern.includes('*')) {
      // A wildcard matching several tables is a group; matching one, that table.
      const members = String(symbol?.constructor?.$$name ?? '').endsWith('.GroupSymbol') ? listOf(symbol.Members) : symbol ? [symbol] : [];
      const database = databaseOf(context, node, `search in (${pattern})`);
      const matches = wildcard(pattern);
      if (viewsInScope(context).some((name) => matches.test(name)))
        throw new Unsupported(`search in (${pattern}) matching a let-bound view`, node.TextStart);
      for (const member of members) {
        const name = String(member.Name);
        if (!String(member.constructor?.$$name ?? '').endsWith('.TableSymbol') || !database.tables.includes(name))
          throw new Unsupported(`search in (${pattern}) matching ${name}`, node.TextStart);
        sources.push(databaseTable(database, name, node));
      }
      continue;
    }
    sources.push({ name: tableOrViewName(expr), table: context.evaluateTabular(expr) });
  }
  return sources;
}

/** A table-name wildcard (`A*`), case-insensitively (it only widens the check above). */
function wildcard(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i');
}

/** A string literal the binder typed bool: a search term standing alone. */
function isTerm(node: any): boolean {
  const kind = nodeKind(node);
  return (
    (kind === 'LiteralExpression' || kind === 'CompoundStringLiteralExpression') &&
    String(node.ResultType?.Name) === 'bool' &&
    typeof node.ConstantValue === 'string'
  );
}

/** Columns the predicate names, and whether it reads all of them (a term or `*`). */
function predicateColumns(condition: any): { names: Set<string>; implicit: boolean } {
  const names = new Set<string>();
  let implicit = false;
  for (const node of syntaxDescendants(condition)) {
    const kind = nodeKind(node);
    if (kind === 'StarExpression' || isTerm(node)) implicit = true;
    else if (kind === 'NameReference' && String(node.ReferencedSymbol?.constructor?.$$name ?? '').endsWith('.ColumnSymbol'))
      names.add(String(node.SimpleName).trim());
  }
  return { names, implicit };
}

/** The operator a search term stands for, by where its `*` are (search page, "Search predicate syntax"). */
function termMatcher(term: string, sensitive: boolean, offset: number): Matcher {
  const cs = sensitive ? 'Cs' : '';
  const leading = term.startsWith('*');
  const trailing = term.length > 1 && term.endsWith('*');
  const inner = term.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (inner === '' || (inner.includes('*') && (leading || trailing || inner.split('*').length !== 2)))
    throw new Unsupported(`search term ${JSON.stringify(term)}`, offset);
  if (leading && trailing) return operatorMatcher(`Contains${cs}`, inner, inner);
  if (leading) return operatorMatcher(`HasSuffix${cs}`, inner, inner);
  if (trailing) return operatorMatcher(`HasPrefix${cs}`, inner, inner);
  if (!inner.includes('*')) return operatorMatcher(`Has${cs}`, inner, inner);
  // "bi*lg": matches regex \bbi.*lg\b. How the parts are escaped is not documented: letters and digits only.
  const [before, after] = inner.split('*') as [string, string];
  if (!/^[A-Za-z0-9]+$/.test(before) || !/^[A-Za-z0-9]+$/.test(after))
    throw new Unsupported(`search term ${JSON.stringify(term)} with other than letters and digits around *`, offset);
  const pattern = `\\b${before}.*${after}\\b`;
  const exact = operatorMatcher('MatchRegex', pattern, before + after);
  if (sensitive) return exact;
  // The page gives `matches regex` (case-sensitive) for it and calls the default case-insensitive:
  // refused where the two differ.
  const caseless = operatorMatcher('MatchRegex', `(?i)${pattern}`, undefined);
  return {
    test(text) {
      const result = exact.test(text);
      if (caseless.test(text) !== result)
        throw new Unsupported(`search term ${JSON.stringify(term)} where its case rule is not documented`, offset);
      return result;
    },
    needs: exact.needs,
  };
}

/** Case-insensitive string operators: under kind=case_sensitive they would change in a way the page does not give. */
const CASE_INSENSITIVE = new Set([
  'Has',
  'NotHas',
  'HasPrefix',
  'NotHasPrefix',
  'HasSuffix',
  'NotHasSuffix',
  'Contains',
  'NotContains',
  'StartsWith',
  'NotStartsWith',
  'EndsWith',
  'NotEndsWith',
  'EqualTilde',
  'BangTilde',
]);

function checkCaseSensitive(node: any): void {
  for (const n of syntaxDescendants(node)) {
    const kind = nodeKind(n);
    const op = String(n.ReferencedSymbol?.Name ?? '');
    const caseless =
      (kind === 'BinaryExpression' && CASE_INSENSITIVE.has(op)) ||
      kind === 'HasAnyExpression' ||
      kind === 'HasAllExpression' ||
      (kind === 'InExpression' && String(n.Operator?.Text ?? '').includes('~'));
    if (caseless)
      throw new Unsupported(`search kind=case_sensitive with the case-insensitive operator ${String(n.Operator?.Text ?? op)}`, n.TextStart);
  }
}

/** The predicate as a test of one row of `table`. */
function compilePredicate(node: any, sensitive: boolean, table: Table): Test {
  const kind = nodeKind(node);
  const offset = Number(node.TextStart);
  if (kind === 'ParenthesizedExpression') return compilePredicate(node.Expression, sensitive, table);
  // search *: every row.
  if (kind === 'StarExpression') return () => true;
  if (isTerm(node)) return anyColumn(table, termMatcher(String(node.ConstantValue), sensitive, offset), offset);
  if (kind === 'BinaryExpression') {
    const op = String(node.ReferencedSymbol?.Name ?? '');
    if (op === 'And' || op === 'Or') {
      const left = compilePredicate(node.Left, sensitive, table);
      const right = compilePredicate(node.Right, sensitive, table);
      const implementation = BINARY_OPERATORS.get(op)!;
      // A side refused for this row decides nothing when the other side decides alone.
      const decisive = op === 'Or';
      return (scope) => {
        let value: Value;
        try {
          value = left(scope);
        } catch (error) {
          if (error instanceof Unsupported && right(scope) === decisive) return decisive;
          throw error;
        }
        return implementation('bool', [value, () => right(scope)], ['bool', 'bool']);
      };
    }
    if (op === 'Search') {
      // Col:"term": the term over that column alone.
      const name = String(node.Left?.SimpleName ?? '').trim();
      const index = table.columns.findIndex((c) => c.name === name);
      const term = node.Right?.ConstantValue;
      if (nodeKind(node.Left) !== 'NameReference' || index < 0 || typeof term !== 'string')
        throw new Unsupported(`search ${String(node.ToString()).trim()}`, offset);
      if (table.columns[index]!.type !== 'string') throw new Unsupported(`search Col:"term" over a ${typeOf(node.Left)} column`, offset);
      const matcher = termMatcher(term, sensitive, offset);
      const values = () => table.data[index]!;
      return (scope) => matcher.test(values()[scope.row] as string);
    }
    if (nodeKind(node.Left) === 'StarExpression') {
      const needle = node.Right?.ConstantValue;
      if (!STAR_OPERATORS.has(op) || typeof needle !== 'string')
        throw new Unsupported(`search * ${String(node.Operator?.Text ?? op)}`, offset);
      if (sensitive && CASE_INSENSITIVE.has(op))
        throw new Unsupported(`search kind=case_sensitive with the case-insensitive operator ${String(node.Operator?.Text)}`, offset);
      return anyColumn(table, operatorMatcher(op, needle, op === 'MatchRegex' ? undefined : needle), offset);
    }
  }
  // An ordinary expression (`x == 123`, `A > a`), evaluated as `where` would.
  for (const n of syntaxDescendants(node))
    if (nodeKind(n) === 'StarExpression' || isTerm(n)) throw new Unsupported('search term inside an expression', n.TextStart);
  if (sensitive) checkCaseSensitive(node);
  return compiledScalar(node);
}
