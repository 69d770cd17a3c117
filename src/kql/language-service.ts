/**
 * The one adapter over `@kusto/language-service-next` (Kusto.Language compiled to
 * JavaScript by Bridge.NET). It is the only module that knows the generated
 * `$ctorN` overload names, which change between versions of the package, and the
 * only one that touches the `Kusto` global.
 *
 * Plain side-effect imports (not createRequire) so ncc bundles both files.
 */
import '@kusto/language-service-next/bridge.min.js';
import '@kusto/language-service-next/Kusto.Language.Bridge.min.js';
import { MAX_NESTING, scanNesting } from './nesting.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- Bridge.NET objects are untyped at this boundary */
const Kusto = (globalThis as any).Kusto;
const Bridge = (globalThis as any).Bridge;
const Language = Kusto.Language;
const Symbols = Language.Symbols;

/**
 * How many times the language service's combinator grammar was really built (for
 * tests and --debug): with the lazy grammar below, a process that only analyses
 * ordinary queries never builds it.
 */
export const grammarBuilds = { count: 0 };

/** Queries this thread parsed and bound, and the milliseconds it took (for --debug and the bench). */
export const analysisStats = { count: 0, ms: 0 };

/*
 * KustoCode.Create asks `QueryGrammar.From(globals).QueryBlock` for every query and
 * keeps it only for the editor features (completion), while the parse itself uses
 * the faster hand-written QueryParser. Building that grammar costs about a second
 * of CPU once per process (and per worker thread), more than analysing dozens of
 * queries. So From hands out a stand-in that builds the real grammar the first
 * time anything actually uses it: commands (`.show ...`), which parse with the
 * grammar, and the QueryParser's fallback for expressions nested past its depth
 * limit. Results are the same objects either way; only when they are built moves.
 */
function installLazyQueryGrammar(): void {
  const grammarClass = Language.Parsing.QueryGrammar;
  const buildFrom = grammarClass.From;
  if (typeof buildFrom !== 'function' || buildFrom.lakeguardLazy) return;
  const lazyValue = (build: () => any): any => {
    let value: any;
    const real = (): any => (value ??= build());
    return new Proxy(
      {},
      {
        get: (_, key) => {
          const member = real()[key];
          return typeof member === 'function' ? member.bind(real()) : member;
        },
        set: (_, key, v) => Reflect.set(real(), key, v),
        has: (_, key) => key in real(),
      },
    );
  };
  const lazyFrom = (globals: any): any => {
    let grammar: any;
    const real = (): any => {
      if (!grammar) {
        const before = grammarClass.s_currentGrammar;
        grammar = buildFrom.call(grammarClass, globals);
        if (grammarClass.s_currentGrammar !== before) grammarBuilds.count++;
      }
      return grammar;
    };
    return new Proxy(
      {},
      {
        get: (_, key) => (key === 'QueryBlock' ? lazyValue(() => real().QueryBlock) : Reflect.get(real(), key)),
        set: (_, key, v) => Reflect.set(real(), key, v),
        has: (_, key) => key in real(),
      },
    );
  };
  lazyFrom.lakeguardLazy = true;
  grammarClass.From = lazyFrom;
}
installLazyQueryGrammar();

/** An opaque table, function or database symbol of the language service. */
export type KustoSymbol = { readonly __kustoSymbol: unique symbol };
/** An opaque GlobalState. */
export type KustoGlobals = { readonly __kustoGlobals: unique symbol };

/** A diagnostic with offsets into the analysed text. */
export interface KqlDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'suggestion' | 'information';
  category: string;
  message: string;
  start: number;
  length: number;
  syntax: boolean;
}

/** A column of a tabular result type. */
export interface KqlColumn {
  name: string;
  type: string;
}

export interface KqlAnalysis {
  diagnostics: KqlDiagnostic[];
  /** Output columns when the query's result is a table; undefined for a scalar or no result. */
  columns: KqlColumn[] | undefined;
  /** True when the result is an open table (its columns are not all known). */
  openResult: boolean;
  /** Kind of code: 'Query' or 'Command'. */
  kind: string;
  /** The analysed code object, for later stages (engine). */
  code: unknown;
}

/** Build a table symbol from a schema string such as `(A:string, ['B c']:datetime)`. */
export function tableSymbol(name: string, schema: string, description = ''): KustoSymbol {
  return new Symbols.TableSymbol.$ctor7(name, schema, description);
}

/**
 * A table symbol from (name, type) pairs, built from column symbols directly:
 * parsing a schema string costs the language service far more (about 1 ms per
 * wide table, and a parser warm-up). A type name the service does not know falls
 * back to the schema string, so its own error handling stays in charge.
 */
export function tableSymbolOf(name: string, columns: readonly (readonly [string, string])[], open = false): KustoSymbol {
  const symbols: any[] = [];
  for (const [column, type] of columns) {
    const scalar = Symbols.ScalarTypes.GetSymbol(type.toLowerCase());
    if (!scalar) {
      const schema = `(${columns.map(([n, t]) => `['${n.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']:${t.toLowerCase()}`).join(', ')})`;
      return open ? openTableSymbol(name, schema) : tableSymbol(name, schema);
    }
    symbols.push(new Symbols.ColumnSymbol(column, scalar));
  }
  const table = new Symbols.TableSymbol.$ctor6(name, symbols, '');
  return open ? table.WithIsOpen(true) : table;
}

/** An open table: any column name resolves (type unknown). */
export function openTableSymbol(name: string, schema = '()'): KustoSymbol {
  return new Symbols.TableSymbol.$ctor7(name, schema, '').WithIsOpen(true);
}

/** A user function from a parameter list `(a:string, b:int=1)` and a body `{ ... }`. */
export function functionSymbol(name: string, parameterList: string, body: string, description = ''): KustoSymbol {
  return new Symbols.FunctionSymbol.$ctor16(name, parameterList, body, description);
}

/**
 * A tabular function whose result schema is chosen per call from its first
 * argument's literal value (e.g. `_GetWatchlist('alias')`).
 */
export function perArgumentTableFunction(
  name: string,
  parameterNames: readonly string[],
  resultFor: (firstArgument: string | undefined) => KustoSymbol,
): KustoSymbol {
  const parameters = parameterNames.map((p) => new Symbols.Parameter.$ctor2(p, Symbols.ScalarTypes.String));
  const customReturnType = (context: any): any => {
    const args = context.Arguments;
    let literal: string | undefined;
    if (args && args.Count > 0) {
      const first = args.getItem(0);
      const value = first?.ConstantValueInfo?.Value ?? first?.LiteralValue;
      if (typeof value === 'string') literal = value;
    }
    return resultFor(literal);
  };
  return new Symbols.FunctionSymbol.ctor(name, customReturnType, Symbols.Tabularity.Tabular, parameters);
}

/**
 * A tabular function whose result is an open table with the given known columns:
 * columns it lists are typed, any other column name still resolves.
 */
export function openResultFunction(name: string, parameterList: string, schema: string): KustoSymbol {
  // Let the language service parse the parameter list, then reuse its parameters.
  const parsed = new Symbols.FunctionSymbol.$ctor16(name, parameterList, '{ print x = 1 }', '');
  const parameters = listOf<any>(parsed.Signatures.getItem(0).Parameters);
  const result = openTableSymbol(name, schema);
  return new Symbols.FunctionSymbol.ctor(name, () => result, Symbols.Tabularity.Tabular, parameters);
}

/** A GlobalState with one database holding `members`. */
export function globalsWith(members: readonly KustoSymbol[], databaseName = 'lakeguard'): KustoGlobals {
  const database = new Symbols.DatabaseSymbol.$ctor1(databaseName, [...members], false);
  const cluster = new Symbols.ClusterSymbol.$ctor2('lakeguard', [database]);
  return Language.GlobalState.Default.WithCluster(cluster).WithDatabase(database);
}

const SEVERITIES: Readonly<Record<string, KqlDiagnostic['severity']>> = {
  Error: 'error',
  Warning: 'warning',
  Suggestion: 'suggestion',
  Information: 'information',
};

/** Elements of a Bridge.NET list (IReadOnlyList, or a syntax list walked by child). */
export function listOf<T = any>(list: any): T[] {
  const out: T[] = [];
  if (!list) return out;
  const count = typeof list.Count === 'number' ? list.Count : list.ChildCount;
  for (let i = 0; i < count; i++) out.push(typeof list.getItem === 'function' ? list.getItem(i) : list.GetChild(i));
  return out;
}

/** Every syntax node under (and including) `node`, depth first; tokens and missing children are skipped. */
export function* syntaxDescendants(node: any): Generator<any> {
  if (!node || typeof node.ChildCount !== 'number') return;
  yield node;
  for (let i = 0; i < node.ChildCount; i++) yield* syntaxDescendants(node.GetChild(i));
}

/** The diagnostic code of a query refused unparsed for its bracket depth. */
export const NESTING_CODE = 'LG-NESTING';

/**
 * Parse and bind `text`; returns diagnostics and the output schema. A query nesting
 * brackets deeper than MAX_NESTING is not parsed at all: its analysis is one syntax
 * error at the first bracket past the limit, with no result columns and no code.
 */
export function analyze(text: string, globals: KustoGlobals): KqlAnalysis {
  const nesting = scanNesting(text);
  if (nesting.offset !== undefined) {
    const diagnostic: KqlDiagnostic = {
      code: NESTING_CODE,
      severity: 'error',
      category: 'Correctness',
      message: `The query nests brackets ${nesting.depth} levels deep; more than ${MAX_NESTING} levels is refused before parsing (real rules nest a few levels).`,
      start: nesting.offset,
      length: 1,
      syntax: true,
    };
    return { diagnostics: [diagnostic], columns: undefined, openResult: false, kind: 'Query', code: undefined };
  }
  const started = performance.now();
  const code = Language.KustoCode.ParseAndAnalyze(text, globals);
  analysisStats.count++;
  analysisStats.ms += performance.now() - started;
  const syntaxKeys = new Set(listOf<any>(code.GetSyntaxDiagnostics()).map((d) => `${d.Start}:${d.Code}`));
  const diagnostics = listOf<any>(code.GetDiagnostics()).map((d): KqlDiagnostic => ({
    code: String(d.Code ?? ''),
    severity: SEVERITIES[String(d.Severity)] ?? 'information',
    category: String(d.Category ?? ''),
    message: String(d.Message ?? ''),
    start: Number(d.Start ?? 0),
    length: Number(d.Length ?? 0),
    syntax: syntaxKeys.has(`${d.Start}:${d.Code}`),
  }));
  if (diagnostics.some((d) => d.code === UNKNOWN_NAME_CODE) && /isfuzzy/i.test(text)) relaxFuzzyViews(code.Syntax, text, diagnostics);
  const result = code.ResultType;
  let columns: KqlColumn[] | undefined;
  let openResult = false;
  if (result && result.Columns && typeof result.Columns.Count === 'number') {
    columns = listOf<any>(result.Columns).map((c) => ({ name: String(c.Name), type: String(c.Type?.Name ?? 'unknown') }));
    openResult = Boolean(result.IsOpen) && !closedByFinalOperator(code.Syntax);
  }
  return { diagnostics, columns, openResult, kind: String(code.Kind ?? 'Query'), code };
}

/** The language service's code for a name that refers to no table, variable or function. */
const UNKNOWN_NAME_CODE = 'KS204';

/** The code of an unknown name inside a let-bound view that only fuzzy union legs read (see relaxFuzzyViews). */
const FUZZY_VIEW_CODE = 'LG-FUZZY-VIEW';

/**
 * `union isfuzzy=true (v1), (v2)` over let-bound views, each reading a table that may not
 * be installed (Sentinel's multi-version parsers): the union page reduces the union to the
 * sources that resolve, so an unknown name inside such a view leaves that leg out; it is
 * not an error of the query. The language service reports it as one (it only relaxes
 * table names written directly as legs), so its diagnostics inside a view whose every
 * reference is a fuzzy union leg become warnings here.
 */
function relaxFuzzyViews(root: any, text: string, diagnostics: KqlDiagnostic[]): void {
  const legs = new Set<number>();
  const references = new Map<string, number[]>();
  const bodies = new Map<string, { start: number; end: number }>();
  for (const node of syntaxDescendants(root)) {
    const kind = nodeKind(node);
    if (kind === 'UnionOperator') {
      const fuzzy = listOf(node.Parameters).some((p: any) => {
        const parameter = p.Element ?? p;
        return (
          /^isfuzzy$/i.test(String(parameter.Name?.SimpleName ?? '').trim()) &&
          /^true$/i.test(String(parameter.Expression?.ToString() ?? '').trim())
        );
      });
      if (!fuzzy) continue;
      for (const element of listOf(node.Expressions)) {
        let leg = element.Element ?? element;
        while (leg && nodeKind(leg) === 'ParenthesizedExpression') leg = leg.Expression;
        if (leg && nodeKind(leg) === 'NameReference') legs.add(Number(leg.TextStart));
      }
    } else if (kind === 'NameReference') {
      const name = String(node.SimpleName ?? '').trim();
      const uses = references.get(name);
      if (uses) uses.push(Number(node.TextStart));
      else references.set(name, [Number(node.TextStart)]);
    } else if (kind === 'LetStatement') {
      const declaration = node.Expression;
      const body = nodeKind(declaration) === 'FunctionDeclaration' ? declaration.Body : undefined;
      if (body && listOf(declaration.Parameters?.Parameters).length === 0) {
        const start = Number(body.TextStart);
        bodies.set(String(node.Name?.SimpleName ?? '').trim(), { start, end: start + Number(body.Width ?? text.length - start) });
      }
    }
  }
  for (const [name, body] of bodies) {
    const uses = references.get(name) ?? [];
    if (uses.length === 0 || !uses.every((at) => legs.has(at))) continue;
    for (const d of diagnostics) {
      if (d.code !== UNKNOWN_NAME_CODE || d.start < body.start || d.start >= body.end) continue;
      const unknown = text.slice(d.start, d.start + d.length);
      d.code = FUZZY_VIEW_CODE;
      d.severity = 'warning';
      d.message = `'${unknown}' does not refer to any known table; view '${name}' is read only by union isfuzzy=true, which leaves it out when it does not resolve`;
    }
  }
}

/** Operators whose output columns are exactly the ones they name, whatever their input has. */
const CLOSING_OPERATORS = new Set([
  'SummarizeOperator',
  'ProjectOperator',
  'DistinctOperator',
  'CountOperator',
  'MakeSeriesOperator',
  'TopNestedOperator',
]);

/**
 * Whether the query ends in an operator that fixes its columns (summarize, project, …)
 * without a `*` or wildcard among them, followed only by operators that keep columns
 * (where, sort, extend, …): then the result is closed even over an open
 * input (an ASIM parser, a dynamic-schema table), though the language service keeps
 * marking it open, and its columns can be checked.
 */
function closedByFinalOperator(root: any): boolean {
  const statements = listOf(root?.Statements);
  const last = statements[statements.length - 1];
  const statement = last?.Element ?? last;
  if (!statement || nodeKind(statement) !== 'ExpressionStatement') return false;
  let expression = statement.Expression;
  for (;;) {
    while (expression && nodeKind(expression) === 'ParenthesizedExpression') expression = expression.Expression;
    if (!expression || nodeKind(expression) !== 'PipeExpression') return false;
    const kind = nodeKind(expression.Operator);
    if (CLOSING_OPERATORS.has(kind)) break;
    // Operators after it that keep the columns they get (adding only named ones): look further left.
    if (!COLUMN_KEEPING_OPERATORS.has(kind)) return false;
    expression = expression.Expression;
  }
  for (const node of syntaxDescendants(expression.Operator)) {
    const kind = nodeKind(node);
    if (kind === 'StarExpression' || kind === 'WildcardedNameReference') return false;
  }
  return true;
}

/** Operators whose output is their input's columns (fewer, renamed, or plus named ones). */
const COLUMN_KEEPING_OPERATORS = new Set([
  'FilterOperator',
  'TakeOperator',
  'SortOperator',
  'TopOperator',
  'SerializeOperator',
  'ExtendOperator',
  'ProjectAwayOperator',
  'ProjectRenameOperator',
  'ProjectReorderOperator',
]);

/** A syntax node's kind: its class name without the namespace (`PipeExpression`, `NameReference`). */
export function nodeKind(node: any): string {
  return String(Bridge.getTypeName(node)).replace('Kusto.Language.Syntax.', '');
}

/** Whether a function symbol (a syntax node's ReferencedSymbol) is one of Kusto's aggregate functions. */
export function isAggregateFunction(symbol: unknown): boolean {
  return Boolean(symbol) && Boolean(Language.GlobalState.Default.IsAggregateFunction(symbol));
}

/**
 * The column name the language derives for an unnamed expression (`s` for a column
 * reference or `split(s, ";")`, `s_a_b` for `tostring(s.a.b)`), or '' when the
 * operator generates one (Column1, print_0, …).
 */
export function expressionResultName(expr: unknown): string {
  if (!expr) return '';
  return String(Language.KustoFacts.GetExpressionResultName(expr, '') ?? '');
}
