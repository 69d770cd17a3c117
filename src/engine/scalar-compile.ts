/**
 * Compiled scalar evaluation: a syntax node becomes a closure once, so each row
 * costs plain JavaScript calls instead of walking the language service's tree
 * (every property read on a syntax node goes through Bridge.NET). The closures
 * follow scalar.ts's interpreter exactly; kinds not compiled here fall back to it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { BINARY_OPERATORS } from './functions/operators.js';
import { decimalOperator, decimalRefusal } from './functions/decimals.js';
import { checkLongs, type CallContext } from './functions/function.js';
import { SCALAR_FUNCTIONS } from './functions/index.js';
import { listOf } from '../kql/language-service.js';
import { Unsupported } from './refusal.js';
import { starComparison } from './star-columns.js';
import {
  argumentTypes,
  boundToColumn,
  installScalarEvaluator,
  interpretScalar,
  isTabularNode,
  tabularInValues,
  jsonValue,
  literal,
  nodeKind,
  typeOf,
  type ScalarScope,
} from './scalar.js';
import type { Table } from './table.js';
import { SCAN_REFERENCES } from './scan-refs.js';
import type { KustoType, Value } from './values.js';

export type CompiledScalar = (scope: ScalarScope) => Value;

const CACHE = new WeakMap<object, CompiledScalar>();

/** The closure of a scalar expression node (compiled on first use, then cached). */
export function compiledScalar(node: any): CompiledScalar {
  let f = CACHE.get(node);
  if (f === undefined) {
    f = compile(node);
    CACHE.set(node, f);
  }
  return f;
}

/** Compiled on first call: a subtree that may never run (and/or right side, later in-list items) is not compiled early. */
function lazy(node: any): CompiledScalar {
  let f: CompiledScalar | undefined;
  return (scope) => (f ??= compiledScalar(node))(scope);
}

/** Functions whose value depends only on their arguments and the query's now. */
const FOLDABLE = new Set(['ago', 'now']);

/** Row-independent: literals, let-bound names, and foldable calls and operators over them. */
export function isConstant(node: any): boolean {
  switch (nodeKind(node)) {
    case 'LiteralExpression':
      return true;
    case 'ParenthesizedExpression':
      return isConstant(node.Expression);
    case 'NameReference':
      return !boundToColumn(node.ReferencedSymbol);
    case 'FunctionCallExpression':
      return (
        FOLDABLE.has(String(node.ReferencedSymbol?.Name ?? '')) &&
        listOf(node.ArgumentList?.Expressions).every((e: any) => isConstant(e.Element ?? e))
      );
    default:
      return false;
  }
}

/** Evaluate once per query (same now and let-bound values), then reuse. */
function folded(inner: CompiledScalar): CompiledScalar {
  let now: bigint | undefined;
  let variables: ScalarScope['variables'] | undefined;
  let value: Value = null;
  return (scope) => {
    if (scope.now !== now || scope.variables !== variables) {
      value = inner(scope);
      now = scope.now;
      variables = scope.variables;
    }
    return value;
  };
}

function compile(node: any): CompiledScalar {
  switch (nodeKind(node)) {
    case 'LiteralExpression': {
      const value = literal(node);
      return () => value;
    }
    case 'DynamicExpression': {
      // One value per literal (values are never mutated in place).
      const value = jsonValue(node.Expression);
      return () => value;
    }
    case 'ParenthesizedExpression':
      return compiledScalar(node.Expression);
    case 'NameReference':
      return nameReference(node);
    case 'BinaryExpression':
      return nodeKind(node.Left) === 'StarExpression' ? starComparison(node) : binary(node);
    case 'FunctionCallExpression': {
      const call = functionCall(node);
      return isConstant(node) ? folded(call) : call;
    }
    case 'InExpression':
      return inList(node);
    case 'PathExpression': {
      const ref = SCAN_REFERENCES.get(node);
      return ref ? scanReference(node, ref.step, ref.column) : (scope) => interpretScalar(node, scope);
    }
    default:
      return (scope) => interpretScalar(node, scope);
  }
}

function nameReference(node: any): CompiledScalar {
  const name = String(node.SimpleName ?? node.Name?.SimpleName ?? node.ToString().trim());
  const column = boundToColumn(node.ReferencedSymbol);
  // Columns first (a row scope), then let-bound scalars; the column index is kept per table.
  // The column's values are kept per table too: a vector-held column materializes once, not per row.
  let table: Table | undefined;
  let index = -1;
  let values: Value[] | undefined;
  return (scope) => {
    const t = scope.table;
    if (t && column) {
      if (t !== table) {
        table = t;
        index = t.columns.findIndex((c) => c.name === name);
        values = index >= 0 ? t.data[index] : undefined;
      }
      if (values !== undefined) return values[scope.row] as Value;
    }
    if (scope.variables.has(name)) return scope.variables.get(name) as Value;
    throw new Unsupported(`name ${name}`, node.TextStart);
  };
}

/**
 * A `StepName.ColumnName` reference of a scan step (scan-refs.ts), read from the scope's scan
 * state. The interpreter has no such case: uncompiled, the step name is an unknown name, refused.
 */
function scanReference(node: any, step: number, column: number): CompiledScalar {
  return (scope) => {
    if (!scope.scan) throw new Unsupported('scan step reference outside its scan', node.TextStart);
    return scope.scan(step, column);
  };
}

const TICK_TYPES = new Set<KustoType>(['datetime', 'timespan']);
const ORDERINGS = new Map<string, (a: bigint, b: bigint) => boolean>([
  ['LessThan', (a, b) => a < b],
  ['LessThanOrEqual', (a, b) => a <= b],
  ['GreaterThan', (a, b) => a > b],
  ['GreaterThanOrEqual', (a, b) => a >= b],
]);

function binary(node: any): CompiledScalar {
  const op = String(node.ReferencedSymbol?.Name ?? '');
  const types: [KustoType, KustoType] = [typeOf(node.Left), typeOf(node.Right)];
  const implementation = types.includes('decimal') ? decimalOperator(op) : BINARY_OPERATORS.get(op);
  if (!implementation) throw new Unsupported(`operator ${String(node.Operator?.Text ?? op)}`, node.TextStart);
  const resultType = typeOf(node);
  const left = compiledScalar(node.Left);
  // and/or short-circuit on their left side.
  if (op === 'And' || op === 'Or') {
    const right = lazy(node.Right);
    return (scope) => implementation(resultType, [left(scope), () => right(scope)], types);
  }
  const right = compiledScalar(node.Right);
  const fast = ORDERINGS.get(op);
  if (fast && TICK_TYPES.has(types[0]) && TICK_TYPES.has(types[1])) {
    // datetime/timespan orderings on two tick values: the hot `TimeGenerated > ago(…)`.
    // Anything else (null) goes through the operator itself.
    const pair: [Value, Value] = [null, null];
    return (scope) => {
      const a = left(scope);
      const b = right(scope);
      if (typeof a === 'bigint' && typeof b === 'bigint') return fast(a, b);
      pair[0] = a;
      pair[1] = b;
      return implementation(resultType, pair, types);
    };
  }
  // One operands array per node: implementations read it at once and never keep it.
  const operands: [Value, Value] = [null, null];
  return (scope) => {
    const a = left(scope);
    operands[1] = right(scope);
    operands[0] = a;
    return implementation(resultType, operands, types);
  };
}

/** Functions that need the enclosing row or their arguments' names, which only the interpreter passes. */
const ROW_FUNCTIONS: ReadonlySet<string> = new Set(['pack_all', 'bag_pack_columns']);

function functionCall(node: any): CompiledScalar {
  const name = String(node.ReferencedSymbol?.Name ?? node.Name?.SimpleName ?? '');
  const fn = SCALAR_FUNCTIONS.get(name);
  // Not a built-in (a let-bound function, say), or one that reads the whole row (pack_all):
  // the interpreter handles those.
  if (!fn || ROW_FUNCTIONS.has(name) || fn.star) return (scope) => interpretScalar(node, scope);
  const argNodes = listOf(node.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const argTypes: KustoType[] = argumentTypes(argNodes);
  const args = argNodes.map((a: any) => compiledScalar(a));
  const resultType = typeOf(node);
  const offset = Number(node.TextStart);
  const decimal = decimalRefusal(name, argTypes, resultType);
  if (decimal)
    return () => {
      throw new Unsupported(decimal, offset);
    };
  let context: CallContext | undefined;
  return (scope) => {
    // In summarize, an aggregate call inside an expression already has its value.
    if (scope.aggregates?.has(node)) return scope.aggregates.get(node) as Value;
    const values: Value[] = new Array(args.length);
    for (let i = 0; i < args.length; i++) values[i] = args[i]!(scope);
    if (context === undefined || context.now !== scope.now || context.options !== scope.query?.options)
      context = { resultType, argTypes, now: scope.now, offset, options: scope.query?.options };
    try {
      checkLongs(fn, values, argTypes, resultType);
    } catch (error) {
      if (error instanceof Unsupported) error.offset ??= offset;
      throw error;
    }
    return fn.evaluate(values, context);
  };
}

/** in / !in / in~ / !in~, as scalar.ts's inList; a list value seen again reuses its lookup set. */
function inList(node: any): CompiledScalar {
  const op = String(node.Operator?.Text ?? '').replace(/\s+/g, '');
  const caseless = op.endsWith('~');
  const negate = op.startsWith('!');
  const norm = (v: Value) => (caseless && typeof v === 'string' ? v.toLowerCase() : typeof v === 'bigint' ? `t${v}` : v);
  if (typeOf(node.Left) === 'decimal')
    return () => {
      throw new Unsupported(`${op} on a decimal value`, Number(node.TextStart));
    };
  const left = compiledScalar(node.Left);
  const items = listOf(node.Right?.Expressions).map((element: any) => {
    const expr = element.Element ?? element;
    const kind = nodeKind(expr);
    const name = kind === 'NameReference' ? String(expr.SimpleName) : undefined;
    const tabular = isTabularNode(expr);
    const dynamic = !tabular && typeOf(expr) === 'dynamic';
    let list: Value[] | undefined;
    let set: Set<unknown> | undefined;
    return {
      expr,
      kind,
      name,
      dynamic,
      tabular,
      value: tabular ? () => null : lazy(expr),
      lookup: (v: Value[]) => (v === list ? set! : ((list = v), (set = new Set(v.map(norm))))),
    };
  });
  return (scope) => {
    const l = left(scope);
    if (l === null || typeof l === 'object') throw new Unsupported(`${op} with a null or dynamic left side`, node.TextStart);
    const target = norm(l);
    const nan = typeof target === 'number' && Number.isNaN(target);
    let found = false;
    for (const item of items) {
      if (item.tabular) {
        // `x in (T)`: the values of T's first column, once per query.
        found = !nan && item.lookup(tabularInValues(item.expr, scope)).has(target);
        if (found) break;
        continue;
      }
      // A literal or let-bound array expands element by element; a per-row dynamic value is refused.
      const constant = item.kind === 'DynamicExpression' || (item.name !== undefined && scope.variables.has(item.name));
      if (item.dynamic && !constant) throw new Unsupported(`${op} over a computed dynamic value`, item.expr.TextStart);
      const v = item.value(scope);
      if (Array.isArray(v)) found = !nan && item.lookup(v as Value[]).has(target);
      else found = norm(v) === target;
      if (found) break;
    }
    return negate ? !found : found;
  };
}

/** Make evaluateScalar run compiled closures (called once by evaluate.ts, the engine's entry). */
export function installCompiledScalars(): void {
  installScalarEvaluator((node, scope) => compiledScalar(node)(scope));
}
