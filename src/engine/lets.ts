/**
 * let statements, user functions (lambdas and views), toscalar() and
 * materialize(). A call runs the binder's expansion of the function body at the
 * call site (`GetExpansion()`), so names and types inside it are those of this
 * call; the body sees the names that existed where the function was declared.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import type { QueryContext } from './operators/operator.js';
import { QueryError, Unsupported } from './refusal.js';
import { constantScope, evaluateScalar, listOf, nodeKind, type ScalarScope } from './scalar.js';
import type { Table } from './table.js';
import type { Value } from './values.js';

/** A let-bound function: its declaration and the names visible where it was declared. */
interface UserFunction {
  declaration: any;
  variables: Map<string, Value>;
  tables: Map<string, Table>;
  functions: Map<string, unknown>;
}

/** Contexts of scalar calls made once per row: toscalar() cannot run there (toscalar docs, Limitations). */
const perRow = new WeakSet<QueryContext>();

function isTabular(expr: any): boolean {
  return Boolean(expr?.ResultType?.IsTabular) || String(expr?.ResultType?.Kind) === 'Table';
}

/**
 * A table computed on first use. Kusto evaluates a tabular let only where the
 * query uses it, so an unused let must not fail (or be refused) here either.
 */
function lazyTable(compute: () => Table): Table {
  let table: Table | undefined;
  const get = (): Table => (table ??= compute());
  return {
    get columns() {
      return get().columns;
    },
    get data() {
      return get().data;
    },
    get rowCount() {
      return get().rowCount;
    },
    get vectors() {
      return get().vectors;
    },
  };
}

/** Evaluate one `let name = …` into the context. */
export function runLetStatement(statement: any, context: QueryContext): void {
  const name = String(statement.Name?.SimpleName ?? statement.Name?.ToString().trim());
  const expr = statement.Expression;
  if (nodeKind(expr) === 'FunctionDeclaration') {
    const fn: UserFunction = {
      declaration: expr,
      variables: new Map(context.variables),
      tables: new Map(context.tables),
      functions: new Map(context.functions),
    };
    context.functions.set(name, fn);
    context.variables.delete(name);
    context.tables.delete(name);
  } else if (isTabular(expr)) {
    context.tables.set(
      name,
      lazyTable(() => context.evaluateTabular(expr)),
    );
    context.functions.delete(name);
  } else {
    context.variables.set(name, evaluateScalar(expr, constantScope(context)));
    context.functions.delete(name);
  }
}

/**
 * Whether a diagnostic lies in the declared body of a function with an open-schema
 * tabular parameter (`T:(*)`): the binder cannot know T's columns there. Each call
 * is checked instead, against the binder's expansion for that call site.
 */
export function inOpenSchemaFunction(code: any, start: number, length: number): boolean {
  for (let node = code?.Syntax?.GetNodeAt?.(start, length); node; node = node.Parent) {
    if (nodeKind(node) !== 'FunctionDeclaration') continue;
    return listOf(node.Parameters?.Parameters).some((p: any) => {
      const type = (p.Element ?? p).NameAndType?.Type;
      return nodeKind(type) === 'SchemaTypeExpression' && String(type.ToString()).replace(/\s+/g, '') === '(*)';
    });
  }
  return false;
}

/** Run a function body's own let statements and return its result expression. */
function enterBody(call: any, child: QueryContext): any {
  const errors = listOf(call.GetCalledFunctionDiagnostics?.()).filter((d: any) => String(d.Severity) === 'Error');
  if (errors.length > 0) throw new QueryError(`${String(errors[0].Message)} (in the call at offset ${Number(call.TextStart)})`);
  const body = call.GetExpansion?.();
  if (!body || nodeKind(body) !== 'FunctionBody') throw new Unsupported('call of a user function without a body', call.TextStart);
  for (const element of listOf(body.Statements)) {
    const statement = element.Element ?? element;
    if (nodeKind(statement) !== 'LetStatement')
      throw new Unsupported(`statement ${nodeKind(statement)} in a function body`, statement.TextStart);
    runLetStatement(statement, child);
  }
  return body.Expression;
}

/**
 * Bind a call's arguments to the declaration's parameters (by position, then by
 * `name = value`, then the declared defaults). `input` is the piped table of
 * `T | invoke f(...)`, which fills the first parameter.
 */
function bindCall(call: any, context: QueryContext, caller: ScalarScope, input?: Table): QueryContext {
  const name = String(call.ReferencedSymbol?.Name ?? '');
  const fn = context.functions.get(name) as UserFunction | undefined;
  if (!fn) throw new Unsupported(`function ${name}()`, call.TextStart);
  const parameters = listOf(fn.declaration.Parameters?.Parameters).map((p: any) => p.Element ?? p);
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  const given = new Map<number, any>();
  const names = parameters.map((p: any) => String(p.NameAndType?.Name?.SimpleName ?? '').trim());
  // An unnamed argument fills the parameter at its own place in the list, also after
  // named ones (the assert() page calls `checkLength(len=3, input)`); two arguments
  // for one parameter are refused.
  const offset = input ? 1 : 0;
  args.forEach((arg: any, place: number) => {
    const named = nodeKind(arg) === 'SimpleNamedExpression';
    const index = named ? names.indexOf(String(arg.Name?.SimpleName ?? '').trim()) : place + offset;
    if (index < 0) throw new Unsupported(`argument ${String(arg.Name?.SimpleName)} of ${name}()`, arg.TextStart);
    if (given.has(index)) throw new Unsupported(`two arguments for parameter ${names[index] ?? index} of ${name}()`, arg.TextStart);
    given.set(index, named ? arg.Expression : arg);
  });
  const child = context.child({ variables: new Map(fn.variables), tables: new Map(fn.tables), functions: new Map(fn.functions) });
  parameters.forEach((parameter: any, i: number) => {
    const declared = parameter.NameAndType?.Name;
    const paramName = names[i] as string;
    const tabular = nodeKind(parameter.NameAndType?.Type) === 'SchemaTypeExpression' || isTabular(declared);
    if (i === 0 && input) {
      if (!tabular) throw new Unsupported(`invoke of ${name}() whose first parameter is not tabular`, call.TextStart);
      child.tables.set(paramName, input);
      return;
    }
    const arg = given.get(i);
    if (tabular) {
      if (!arg) throw new Unsupported(`tabular parameter ${paramName} without an argument`, call.TextStart);
      child.tables.set(paramName, context.evaluateTabular(arg));
      return;
    }
    if (arg) child.variables.set(paramName, evaluateScalar(arg, caller));
    else if (parameter.DefaultValue?.Value)
      child.variables.set(paramName, evaluateScalar(parameter.DefaultValue.Value, constantScope(child)));
    else throw new Unsupported(`parameter ${paramName} of ${name}() without a value`, call.TextStart);
  });
  return child;
}

/** A user function called in a scalar expression: `f(x)`. */
export function callUserScalar(call: any, scope: ScalarScope): Value {
  const context = scope.query as QueryContext;
  const child = bindCall(call, context, scope);
  if (scope.table && scope.table.columns.length > 0) perRow.add(child);
  const expr = enterBody(call, child);
  if (isTabular(expr)) throw new Unsupported('tabular function called as a scalar', call.TextStart);
  return evaluateScalar(expr, constantScope(child));
}

/** A user function called as a table: `f(...)`, or `T | invoke f(...)` with `input`. */
export function callUserTabular(call: any, context: QueryContext, input?: Table): Table {
  const child = bindCall(call, context, constantScope(context), input);
  const expr = enterBody(call, child);
  if (!isTabular(expr)) throw new Unsupported('scalar function used as a table', call.TextStart);
  return child.evaluateTabular(expr);
}

/**
 * toscalar(T): the first column of T's first row, computed once per context.
 * What an empty T gives is not documented: refused.
 */
export function toScalar(node: any, scope: ScalarScope): Value {
  const context = scope.query;
  if (!context) throw new Unsupported('toscalar() in this position', node.TextStart);
  if (node.KindParameter) throw new Unsupported('toscalar(kind=…)', node.TextStart);
  if (perRow.has(context)) throw new Unsupported('toscalar() inside a function called per row', node.TextStart);
  if (context.scalars.has(node)) return context.scalars.get(node) as Value;
  const expr = node.Expression;
  let value: Value;
  if (isTabular(expr)) {
    const table = context.evaluateTabular(expr);
    if (table.rowCount === 0 || table.columns.length === 0) throw new Unsupported('toscalar() of an empty table', node.TextStart);
    value = table.data[0]![0] as Value;
  } else value = evaluateScalar(expr, constantScope(context));
  context.scalars.set(node, value);
  return value;
}

/**
 * The let-bound views in scope, by name: functions declared `view () { … }` (no
 * parameters), which a `search` without a source reads besides the database's
 * tables (let-statement docs: `search MyColumn == 5` over the views Range10, Range20).
 */
export function viewsInScope(context: QueryContext): string[] {
  const names: string[] = [];
  for (const [name, fn] of context.functions) {
    const declaration = (fn as UserFunction).declaration;
    if (declaration?.ViewKeyword && listOf(declaration.Parameters?.Parameters).length === 0) names.push(name);
  }
  return names;
}

/** A let-bound view's rows, as if named in the query: its body in the names seen where it was declared. */
export function evaluateView(name: string, context: QueryContext, offset: number): Table {
  const fn = context.functions.get(name) as UserFunction | undefined;
  const body = fn?.declaration?.Body;
  if (!fn || nodeKind(body) !== 'FunctionBody') throw new Unsupported(`view ${name}`, offset);
  const child = context.child({ variables: new Map(fn.variables), tables: new Map(fn.tables), functions: new Map(fn.functions) });
  for (const element of listOf(body.Statements)) {
    const statement = element.Element ?? element;
    if (nodeKind(statement) !== 'LetStatement')
      throw new Unsupported(`statement ${nodeKind(statement)} in a view body`, statement.TextStart);
    runLetStatement(statement, child);
  }
  if (!isTabular(body.Expression)) throw new Unsupported(`view ${name} without a tabular result`, offset);
  return child.evaluateTabular(body.Expression);
}
