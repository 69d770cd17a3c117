/**
 * Scalar expressions: literals, names, operators and function calls, evaluated
 * against one row. Operators and functions are looked up in registries keyed by
 * the language service's symbol names; anything missing is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the Bridge.NET language service */
import { between } from './functions/between.js';
import { BINARY_OPERATORS, termsOf } from './functions/operators.js';
import { SCALAR_FUNCTIONS } from './functions/index.js';
import { rowColumns } from './functions/row.js';
import { listOf, nodeKind } from '../kql/language-service.js';
import { Unsupported } from './refusal.js';
import { starComparison } from './star-columns.js';
import type { Table } from './table.js';
import type { QueryContext } from './operators/operator.js';
import { WINDOW_FUNCTIONS } from './functions/window.js';
import { kustoType, longValue, parseDatetime, parseTimespan, toDynamic, type Dynamic, type KustoType, type Value } from './values.js';
import { checkLongs } from './functions/function.js';
import { documentedDatetime } from './functions/datetime-text.js';
import { decimalOperator, decimalRefusal } from './functions/decimals.js';
import { decimalText, parseDecimal } from './decimal.js';

/** What an expression can see: the row's table and index, let-bound scalars, the query's now. */
export interface ScalarScope {
  table?: Table;
  row: number;
  variables: ReadonlyMap<string, Value>;
  now: bigint;
  /** The query evaluation, for toscalar() and user functions (absent: those are refused). */
  query?: QueryContext;
  /** Values of aggregate calls already computed for a summarize group (`round(avg(x), 2)`). */
  aggregates?: ReadonlyMap<unknown, Value>;
  /** Inside a scan step: the value of `StepName.ColumnName` in the state the step is evaluated with (scan-refs.ts). */
  scan?: (step: number, column: number) => Value;
}

export { nodeKind };

/** The Kusto type the binder computed for an expression. */
export function typeOf(node: any): KustoType {
  const name = node?.ResultType?.Name;
  if (!name || name === 'unknown' || name === 'error') throw new Unsupported('expression of unknown type', node?.TextStart);
  return kustoType(String(name));
}

export function literal(node: any): Value {
  const type = typeOf(node);
  const text = String(node.ToString ? node.ToString() : (node.Token?.Text ?? '')).trim();
  // The text inside `type(...)`, without quotes (`datetime("2021-01-01")` is allowed).
  const inner = (/^[a-z]+\s*\(([\s\S]*)\)$/i.exec(text)?.[1] ?? text).trim().replace(/^(['"])([\s\S]*)\1$/, '$2');
  if (/^[a-z]+\s*\(\s*null\s*\)$/i.test(text)) return type === 'string' ? '' : null;
  switch (type) {
    case 'string':
      return String(node.LiteralValue ?? '');
    case 'bool': {
      const v = node.LiteralValue;
      if (typeof v === 'boolean') return v;
      const word = String(v ?? inner)
        .trim()
        .toLowerCase();
      if (word === 'true' || word === '1') return true;
      if (word === 'false' || word === '0') return false;
      throw new Unsupported(`bool literal ${text}`, node.TextStart);
    }
    case 'int':
    case 'long': {
      // Parse the literal's own text (decimal or 0x hex) so no digit is lost.
      let big: bigint;
      try {
        big = BigInt(inner.replace(/^\+/, ''));
      } catch {
        throw new Unsupported(`${type} literal ${text}`, node.TextStart);
      }
      if (type === 'int' && BigInt.asIntN(32, big) !== big) throw new Unsupported('int literal beyond 32 bits', node.TextStart);
      if (BigInt.asIntN(64, big) !== big) throw new Unsupported('long literal beyond 64 bits', node.TextStart);
      return longValue(big, 'long literal');
    }
    case 'real': {
      if (/^[+-]?nan$/i.test(inner)) return NaN;
      if (/^\+?inf(inity)?$/i.test(inner)) return Infinity;
      if (/^-inf(inity)?$/i.test(inner)) return -Infinity;
      const n = Number(inner);
      if (!Number.isFinite(n)) throw new Unsupported(`real literal ${text}`, node.TextStart);
      return n;
    }
    case 'datetime': {
      let ticks: bigint | null | 'invalid';
      try {
        ticks = parseDatetime(inner) ?? documentedDatetime(inner, `datetime literal ${text}`);
      } catch (error) {
        if (error instanceof Unsupported) error.offset ??= Number(node.TextStart);
        throw error;
      }
      if (ticks === null || ticks === 'invalid') throw new Unsupported(`datetime literal ${text}`, node.TextStart);
      return ticks;
    }
    case 'timespan': {
      const ticks = parseTimespan(inner);
      if (ticks === null) throw new Unsupported(`timespan literal ${text}`, node.TextStart);
      return ticks;
    }
    case 'dynamic': {
      try {
        return JSON.parse(inner) as Dynamic;
      } catch {
        throw new Unsupported(`dynamic literal ${text.slice(0, 40)}`, node.TextStart);
      }
    }
    case 'guid':
      return inner.toLowerCase();
    case 'decimal': {
      // decimal(1.5), decimal(-2), decimal(1e5): exact digits, canonical text (decimal.ts).
      const parts = parseDecimal(inner);
      if (!parts) throw new Unsupported(`decimal literal ${text}`, node.TextStart);
      try {
        return decimalText(parts.m, parts.scale, `decimal literal ${text}`);
      } catch (error) {
        if (error instanceof Unsupported) error.offset ??= Number(node.TextStart);
        throw error;
      }
    }
    default:
      throw new Unsupported(`${type} literal`, node.TextStart);
  }
}

/** SymbolKind of a column in the language service (an unbound name counts too). */
const COLUMN_SYMBOL_KIND = '9';

export function boundToColumn(symbol: any): boolean {
  return !symbol || String(symbol.Kind) === COLUMN_SYMBOL_KIND || Boolean(symbol.constructor?.$$name?.endsWith('ColumnSymbol'));
}

/** A scope with no row: for constants (take counts, range bounds, datatable values). */
export function constantScope(context: { variables: ReadonlyMap<string, Value>; now: bigint; scalars?: unknown }): ScalarScope {
  const query = context.scalars ? (context as QueryContext) : undefined;
  return { row: 0, variables: context.variables, now: context.now, query };
}

/** The query context of a scope; toscalar() outside a query is refused. */
function scopeQuery(node: any, scope: ScalarScope): QueryContext {
  if (!scope.query) throw new Unsupported('toscalar() in this position', node.TextStart);
  return scope.query;
}

/** column_names_of(T): the names of T's columns, as the binder types T (T itself is not run). */
function columnNamesOf(node: any): Value {
  const arg = listOf(node.ArgumentList?.Expressions).map((e: any) => e.Element ?? e)[0];
  if (!arg || !isTabularNode(arg) || arg.ResultType?.IsOpen)
    throw new Unsupported('column_names_of() of a table whose columns are not known', node.TextStart);
  return listOf(arg.ResultType.Columns).map((c: any) => String(c.Name));
}

/** Types of a call's arguments; a typeof(T) argument counts as type T. */
export function argumentTypes(argNodes: readonly any[]): KustoType[] {
  return argNodes.map((a: any) => (nodeKind(a) === 'TypeOfLiteralExpression' ? kustoType(String(a.ReferencedSymbol?.Name)) : typeOf(a)));
}

/**
 * Evaluate a scalar expression for one row. The node is compiled once into a
 * closure (scalar-compile.ts) so rows do not walk the syntax tree again.
 */
export function evaluateScalar(node: any, scope: ScalarScope): Value {
  return evaluateNode(node, scope);
}

/**
 * How evaluateScalar runs a node: the interpreter below until scalar-compile.ts
 * installs its compiled closures (it builds on this module, so this module
 * cannot import it; evaluate.ts installs them before any query runs).
 */
let evaluateNode: (node: any, scope: ScalarScope) => Value = (node, scope) => interpretScalar(node, scope);

export function installScalarEvaluator(evaluate: (node: any, scope: ScalarScope) => Value): void {
  evaluateNode = evaluate;
}

/** Window calls whose argument types were checked (decimals). */
const checkedWindows = new WeakSet<object>();

/** The tree-walking evaluation: the reference semantics, and the path for kinds not compiled. */
export function interpretScalar(node: any, scope: ScalarScope): Value {
  const kind = nodeKind(node);
  switch (kind) {
    case 'LiteralExpression':
      return literal(node);
    case 'CompoundStringLiteralExpression': {
      // "a" "b": adjacent string literals are one string.
      const value = node.ConstantValue ?? node.LiteralValue;
      if (typeof value !== 'string') throw new Unsupported('compound string literal', node.TextStart);
      return value;
    }
    case 'ParenthesizedExpression':
      return evaluateScalar(node.Expression, scope);
    case 'NameReference': {
      const name = String(node.SimpleName ?? node.Name?.SimpleName ?? node.ToString().trim());
      // Columns first (a row scope), then let-bound scalars.
      if (scope.table && boundToColumn(node.ReferencedSymbol)) {
        const index = scope.table.columns.findIndex((c) => c.name === name);
        if (index >= 0) return scope.table.data[index]![scope.row] as Value;
      }
      if (scope.variables.has(name)) return scope.variables.get(name) as Value;
      throw new Unsupported(`name ${name}`, node.TextStart);
    }
    case 'DynamicExpression':
      return jsonValue(node.Expression);
    case 'PathExpression': {
      const base = evaluateScalar(node.Expression, scope);
      const selector = node.Selector;
      const name =
        nodeKind(selector) === 'BracketedExpression'
          ? evaluateScalar(selector.Expression, scope)
          : String(selector?.SimpleName ?? selector?.ToString().trim());
      return member(base, name);
    }
    case 'ElementExpression': {
      // A tuple-returning call (array_sort_asc(a, b)[1]) gives its parts as an array here.
      const base =
        nodeKind(node.Expression) === 'FunctionCallExpression' && String(node.Expression.ResultType?.Name) === 'tuple'
          ? callFunction(node.Expression, scope, 'dynamic')
          : evaluateScalar(node.Expression, scope);
      const selector = nodeKind(node.Selector) === 'BracketedExpression' ? node.Selector.Expression : node.Selector;
      return member(base, evaluateScalar(selector, scope));
    }
    case 'InExpression':
      return inList(node, scope);
    case 'BetweenExpression': {
      const range = node.Right;
      const negate = String(node.Operator?.Text ?? '').startsWith('!');
      return between(
        evaluateScalar(node.Left, scope),
        evaluateScalar(range.First, scope),
        evaluateScalar(range.Second, scope),
        [typeOf(node.Left), typeOf(range.First), typeOf(range.Second)],
        negate,
      );
    }
    case 'HasAnyExpression':
    case 'HasAllExpression':
      return hasAnyAll(node, scope);
    case 'TypeOfLiteralExpression':
      // typeof(T) only selects a result type (extract); the binder already applied it.
      return null;
    case 'BrackettedExpression':
      throw new Unsupported('bracketed name', node.TextStart);
    case 'PrefixUnaryExpression': {
      const op = String(node.ReferencedSymbol?.Name ?? '');
      const value = evaluateScalar(node.Expression, scope);
      if (op === 'UnaryMinus') {
        if (value === null) return null;
        if (typeof value === 'string' && typeOf(node) === 'decimal') {
          const parts = parseDecimal(value);
          if (parts) return decimalText(-parts.m, parts.scale, 'negated decimal');
        }
        if (typeof value === 'bigint') return typeOf(node) === 'long' ? longValue(-value, 'negated long') : -value;
        if (typeof value === 'number') return -value;
      }
      if (op === 'UnaryPlus') return value;
      throw new Unsupported(`unary operator ${op || node.Operator?.Text}`, node.TextStart);
    }
    case 'BinaryExpression': {
      if (nodeKind(node.Left) === 'StarExpression') return starComparison(node)(scope);
      const op = String(node.ReferencedSymbol?.Name ?? '');
      const decimals = typeOf(node.Left) === 'decimal' || typeOf(node.Right) === 'decimal';
      const implementation = decimals ? decimalOperator(op) : BINARY_OPERATORS.get(op);
      if (!implementation) throw new Unsupported(`operator ${String(node.Operator?.Text ?? op)}`, node.TextStart);
      const resultType = typeOf(node);
      // and/or short-circuit on their left side.
      if (op === 'And' || op === 'Or')
        return implementation(
          resultType,
          [evaluateScalar(node.Left, scope), () => evaluateScalar(node.Right, scope)],
          [typeOf(node.Left), typeOf(node.Right)],
        );
      return implementation(
        resultType,
        [evaluateScalar(node.Left, scope), evaluateScalar(node.Right, scope)],
        [typeOf(node.Left), typeOf(node.Right)],
      );
    }
    case 'ToScalarExpression':
      return scopeQuery(node, scope).toScalar(node, scope);
    case 'FunctionCallExpression': {
      if (scope.aggregates?.has(node)) return scope.aggregates.get(node) as Value;
      const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
      if (scope.query?.functions.has(name)) return scope.query.callUserScalar(node, scope);
      const window = WINDOW_FUNCTIONS.get(name);
      if (window) {
        if (!checkedWindows.has(node)) {
          // prev()/next() pass a decimal through; sums and ranks over one would read its text.
          const args = listOf(node.ArgumentList?.Expressions).map((e: any) => typeOf(e.Element ?? e));
          if ((args.includes('decimal') || typeOf(node) === 'decimal') && name !== 'prev' && name !== 'next')
            throw new Unsupported(`${name}() of a decimal value`, node.TextStart);
          checkedWindows.add(node);
        }
        return window(node, scope, evaluateScalar);
      }
      if (name === 'column_names_of') return columnNamesOf(node);
      return callFunction(node, scope, typeOf(node));
    }
    default:
      throw new Unsupported(`expression ${kind}`, node.TextStart);
  }
}

/** The parts of a tuple-valued call (array_sort_asc(a, b), series_stats(x)), one value per part. */
export function tupleParts(node: any, scope: ScalarScope): Value[] {
  const kind = nodeKind(node);
  if (kind === 'ParenthesizedExpression') return tupleParts(node.Expression, scope);
  if (kind !== 'FunctionCallExpression') throw new Unsupported(`tuple-valued ${kind}`, node.TextStart);
  const parts = callFunction(node, scope, 'dynamic');
  if (!Array.isArray(parts)) throw new Unsupported('tuple-valued call without parts', node.TextStart);
  return parts as Value[];
}

function callFunction(node: any, scope: ScalarScope, resultType: KustoType): Value {
  const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
  const fn = SCALAR_FUNCTIONS.get(name);
  if (!fn) throw new Unsupported(`function ${name}()`, node.TextStart);
  const argNodes = listOf(node.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const row = () => rowColumns(node, scope.table, scope.row);
  if (fn.star && argNodes.some((a: any) => nodeKind(a) === 'StarExpression')) {
    const columns = row();
    return fn.evaluate(
      columns.map((c) => c.value),
      { resultType, argTypes: columns.map((c) => c.type), now: scope.now, offset: Number(node.TextStart), row },
    );
  }
  const argTypes = argumentTypes(argNodes);
  const decimal = decimalRefusal(name, argTypes, resultType);
  if (decimal) throw new Unsupported(decimal, node.TextStart);
  const args = argNodes.map((a: any) => evaluateScalar(a, scope));
  const argNames = argNodes.map((a: any) => (nodeKind(a) === 'NameReference' ? String(a.SimpleName) : undefined));
  try {
    checkLongs(fn, args, argTypes, resultType);
  } catch (error) {
    if (error instanceof Unsupported) error.offset ??= Number(node.TextStart);
    throw error;
  }
  return fn.evaluate(args, {
    resultType,
    argTypes,
    now: scope.now,
    offset: Number(node.TextStart),
    options: scope.query?.options,
    argNames,
    row,
  });
}

/** The value of a `dynamic(...)` literal's JSON tree (single-quoted strings allowed, as KQL does). */
export function jsonValue(node: any): Dynamic {
  const kind = nodeKind(node);
  if (kind === 'JsonObjectExpression') {
    const out: { [key: string]: Dynamic } = {};
    for (const element of listOf(node.Pairs)) {
      const pair = element.Element ?? element;
      out[stringToken(pair.Name)] = jsonValue(pair.Value);
    }
    return out;
  }
  if (kind === 'JsonArrayExpression') return listOf(node.Values).map((e: any) => jsonValue(e.Element ?? e));
  // A dynamic literal nested in one (dynamic_to_json docs: `dynamic({'X8': dynamic({'c3':1})})`): its value.
  if (kind === 'DynamicExpression') return jsonValue(node.Expression);
  if (kind === 'LiteralExpression') {
    const typeName = String(node.ResultType?.Name ?? '');
    if (typeName === 'null') return null;
    const type = typeOf(node);
    if (['string', 'bool', 'long', 'int', 'real', 'datetime', 'timespan', 'guid'].includes(type)) {
      const v = literal(node);
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Unsupported('non-finite real inside dynamic', node.TextStart);
      return toDynamic(v, type);
    }
    throw new Unsupported(`${type} value inside dynamic`, node.TextStart);
  }
  // Negative numbers (and timespans) inside a literal: `dynamic([-1, -2.5, -1h])`.
  if (kind === 'PrefixUnaryExpression' && nodeKind(node.Expression) === 'LiteralExpression') {
    const type = typeOf(node);
    if (type === 'long' || type === 'int' || type === 'real' || type === 'timespan') {
      const v = evaluateScalar(node, { row: 0, variables: new Map(), now: 0n });
      if (typeof v === 'number' && !Number.isFinite(v)) throw new Unsupported('non-finite real inside dynamic', node.TextStart);
      return toDynamic(v, type);
    }
  }
  throw new Unsupported(`dynamic literal element ${kind}`, node?.TextStart);
}

/** The text of a string token ('x' or "x"), unescaped. */
function stringToken(token: any): string {
  const text = String(token?.Text ?? '');
  if (/^"/.test(text)) return JSON.parse(text) as string;
  if (/^'/.test(text)) return JSON.parse(`"${text.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  return text;
}

/** d.name, d["name"], d[0], d[-1]: null when absent or not a container. */
function member(base: Value, selector: Value): Value {
  if (base === null || typeof base !== 'object') return null;
  if (Array.isArray(base)) {
    if (typeof selector !== 'number' || !Number.isInteger(selector)) return null;
    const index = selector < 0 ? base.length + selector : selector;
    return index >= 0 && index < base.length ? (base[index] as Dynamic) : null;
  }
  if (typeof selector !== 'string') return null;
  const bag = base as { [key: string]: Dynamic };
  return Object.prototype.hasOwnProperty.call(bag, selector) ? (bag[selector] as Dynamic) : null;
}

/** has_any / has_all: the left side has any / all of the listed terms (case-insensitive). */
function hasAnyAll(node: any, scope: ScalarScope): Value {
  const name = String(node.ReferencedSymbol?.Name ?? '');
  const all = name === 'HasAll';
  if (name !== 'HasAny' && !all) throw new Unsupported(`operator ${name}`, node.TextStart);
  const left = evaluateScalar(node.Left, scope);
  if (typeof left !== 'string') throw new Unsupported(`${all ? 'has_all' : 'has_any'} on a non-string value`, node.TextStart);
  const terms = new Set(termsOf(left.toLowerCase(), 'has_any'));
  const needles: string[] = [];
  for (const element of listOf(node.Right?.Expressions)) {
    const v = evaluateScalar(element.Element ?? element, scope);
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item !== 'string') throw new Unsupported('has_any with a non-string term', node.TextStart);
      if (!/^[A-Za-z0-9]+$/.test(item)) throw new Unsupported('has_any with a term that is not a single alphanumeric term', node.TextStart);
      needles.push(item.toLowerCase());
    }
  }
  return all ? needles.every((n) => terms.has(n)) : needles.some((n) => terms.has(n));
}

/** in / !in (case-sensitive) and in~ / !in~; a dynamic array in the list counts element by element. */
/** True when the binder typed an expression as a table (e.g. the subquery of `x in (T | project c)`). */
export function isTabularNode(expr: any): boolean {
  return Boolean(expr?.ResultType?.IsTabular ?? String(expr?.ResultType?.Kind) === 'Table');
}

const subqueryValues = new WeakMap<object, Map<unknown, Value[]>>();

/** The first column of a tabular `in` operand, computed once per query. */
export function tabularInValues(expr: any, scope: ScalarScope): Value[] {
  const query = scope.query;
  if (!query) throw new Unsupported('in with a tabular operand here', expr.TextStart);
  let cache = subqueryValues.get(query);
  if (!cache) subqueryValues.set(query, (cache = new Map()));
  let values = cache.get(expr);
  if (!values) {
    const table = query.evaluateTabular(expr);
    if (table.columns.length === 0) throw new Unsupported('in with a table of no columns', expr.TextStart);
    values = table.data[0]!;
    cache.set(expr, values);
  }
  return values;
}

function inList(node: any, scope: ScalarScope): Value {
  const op = String(node.Operator?.Text ?? '').replace(/\s+/g, '');
  if (typeOf(node.Left) === 'decimal') throw new Unsupported(`${op} on a decimal value`, node.TextStart);
  const caseless = op.endsWith('~');
  const negate = op.startsWith('!');
  const left = evaluateScalar(node.Left, scope);
  if (left === null || typeof left === 'object') throw new Unsupported(`${op} with a null or dynamic left side`, node.TextStart);
  const norm = (v: Value) => (caseless && typeof v === 'string' ? v.toLowerCase() : typeof v === 'bigint' ? `t${v}` : v);
  const target = norm(left);
  let found = false;
  for (const element of listOf(node.Right?.Expressions)) {
    const expr = element.Element ?? element;
    if (isTabularNode(expr)) {
      // `x in (T)`: the values of T's first column.
      if (tabularInValues(expr, scope).some((c) => !(typeof c === 'number' && typeof left === 'string') && norm(c) === target))
        found = true;
      if (found) break;
      continue;
    }
    // A literal or let-bound array expands element by element; a per-row dynamic value is refused.
    const constant =
      nodeKind(expr) === 'DynamicExpression' || (nodeKind(expr) === 'NameReference' && scope.variables.has(String(expr.SimpleName)));
    if (typeOf(expr) === 'dynamic' && !constant) throw new Unsupported(`${op} over a computed dynamic value`, expr.TextStart);
    const v = evaluateScalar(expr, scope);
    const candidates = Array.isArray(v) ? (v as Value[]) : [v];
    for (const c of candidates) {
      if (typeof c === 'number' && typeof left === 'string') continue;
      if (norm(c) === target) found = true;
    }
    if (found) break;
  }
  return negate ? !found : found;
}

export { listOf };
