/**
 * Window functions over the rows of the table being extended, in their order:
 * prev, next, row_number, row_cumsum, row_rank_min, row_rank_dense, row_window_session. The
 * running ones compute their whole column once per (table, call) and then
 * answer by row.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { listOf, nodeKind } from '../../kql/language-service.js';
import { Unsupported } from '../refusal.js';
import type { Table } from '../table.js';
import { exactInteger, nullOf, type KustoType, type Value } from '../values.js';

/** The scope a window function needs (a subset of ScalarScope, to keep imports one-way). */
interface RowScope {
  table?: Table;
  row: number;
}
type Evaluate = (node: any, scope: any) => Value;
export type WindowFunction = (call: any, scope: RowScope, evaluate: Evaluate) => Value;

const columns = new WeakMap<Table, Map<unknown, Value[]>>();

// Window functions docs: these operators output a serialized row set, and these keep one.
const SERIALIZING = new Set(['SortOperator', 'TopOperator', 'SerializeOperator', 'RangeOperator']);
const PRESERVING = new Set([
  'ExtendOperator',
  'FilterOperator',
  'ProjectOperator',
  'ProjectAwayOperator',
  'ProjectRenameOperator',
  'TakeOperator',
  'ParseOperator',
  'MvExpandOperator',
]);

/** Whether the rows reaching the operator that contains `call` are serialized, read from the syntax. */
export function serializedInput(call: any): boolean {
  let node = call;
  while (node && !(node.Parent && nodeKind(node.Parent) === 'PipeExpression' && node.Parent.Operator === node)) node = node.Parent;
  if (!node) return false;
  if (nodeKind(node) === 'SerializeOperator') return true;
  let left = node.Parent.Expression;
  for (;;) {
    const kind = nodeKind(left);
    if (SERIALIZING.has(kind)) return true;
    if (kind !== 'PipeExpression') return false;
    const operator = nodeKind(left.Operator);
    if (SERIALIZING.has(operator)) return true;
    if (!PRESERVING.has(operator)) return false;
    left = left.Expression;
  }
}

const checked = new WeakSet<object>();

function requireSerialized(name: string, call: any): void {
  if (checked.has(call)) return;
  if (serializedInput(call)) checked.add(call);
  else throw new Unsupported(`${name}() over rows that are not serialized (add serialize or sort)`, call.TextStart);
}

function argsOf(call: any): any[] {
  return listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
}

function typeName(node: any): KustoType {
  return String(node?.ResultType?.Name ?? '') as KustoType;
}

/** Evaluate `node` at another row of the same table. */
function at(node: any, scope: RowScope, row: number, evaluate: Evaluate): Value {
  return evaluate(node, { ...scope, row });
}

/** A column computed by walking the rows in order, cached per table and call. */
interface Walk {
  /** Row where the current run began (the last restart). */
  runStart: number;
  call: any;
  scope: RowScope;
  evaluate: Evaluate;
  args: any[];
}

function running(name: string, step: (walk: Walk, row: number, previous: Value, restart: boolean) => Value): WindowFunction {
  return (call, scope, evaluate) => {
    const table = scope.table;
    if (!table) throw new Unsupported(`${name}() outside a row context`, call.TextStart);
    requireSerialized(name, call);
    let perTable = columns.get(table);
    if (!perTable) columns.set(table, (perTable = new Map()));
    let values = perTable.get(call);
    if (!values) {
      const args = argsOf(call);
      values = new Array<Value>(table.rowCount);
      const walk: Walk = { runStart: 0, call, scope, evaluate, args };
      for (let r = 0; r < table.rowCount; r++) {
        // The second argument, when given, restarts the count on rows where it is true.
        const restart = r === 0 || (args[1] ? at(args[1], scope, r, evaluate) === true : false);
        if (restart) walk.runStart = r;
        values[r] = step(walk, r, r === 0 ? null : (values[r - 1] as Value), restart);
      }
      perTable.set(call, values);
    }
    return values[scope.row] as Value;
  };
}

/** prev(column [, offset [, default]]) and next(...): the value `offset` rows before/after. */
function shifted(direction: -1 | 1): WindowFunction {
  return (call, scope, evaluate) => {
    const table = scope.table;
    const name = direction < 0 ? 'prev' : 'next';
    if (!table) throw new Unsupported(`${name}() outside a row context`, call.TextStart);
    requireSerialized(name, call);
    const [expr, offsetArg, defaultArg] = argsOf(call);
    const offset = offsetArg ? evaluate(offsetArg, scope) : 1;
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)
      throw new Unsupported(`${name}() with an offset that is not a non-negative whole number`, call.TextStart);
    const row = scope.row + direction * offset;
    if (row < 0 || row >= table.rowCount) return defaultArg ? evaluate(defaultArg, scope) : nullOf(typeName(call));
    return at(expr, scope, row, evaluate);
  };
}

/** row_rank_min / row_rank_dense: rank of the term among the (sorted) rows since the last restart. */
function rank(name: string, dense: boolean): WindowFunction {
  return running(name, ({ runStart, call, scope, evaluate, args }, row, previous, restart) => {
    const term = at(args[0], scope, row, evaluate);
    if (typeof term === 'object' && term !== null) throw new Unsupported(`${name}() of dynamic values`, call.TextStart);
    if (restart) return 1;
    const before = at(args[0], scope, row - 1, evaluate);
    const same = typeof term === 'bigint' || typeof before === 'bigint' ? term === before : Object.is(term, before);
    if (same) return previous;
    return dense ? (previous as number) + 1 : row - runStart + 1;
  });
}

/**
 * row_window_session(expr, maxFromFirst, maxBetweenNeighbors [, restart]): the value at the
 * start of each row's session (row_window_session docs). A session starts on the first row,
 * when expr reaches the session's start plus maxFromFirst or the previous row's expr plus
 * maxBetweenNeighbors ("equals or exceeds"), or where restart is true. Null values of expr
 * (whose own row the docs leave open) are refused.
 */
const windowSession: WindowFunction = (call, scope, evaluate) => {
  const table = scope.table;
  if (!table) throw new Unsupported('row_window_session() outside a row context', call.TextStart);
  requireSerialized('row_window_session', call);
  const args = argsOf(call);
  if (typeName(args[0]) !== 'datetime' || typeName(args[1]) !== 'timespan' || typeName(args[2]) !== 'timespan')
    throw new Unsupported('row_window_session() of values that are not datetime with timespan distances', call.TextStart);
  let perTable = columns.get(table);
  if (!perTable) columns.set(table, (perTable = new Map()));
  let values = perTable.get(call);
  if (!values) {
    values = new Array<Value>(table.rowCount);
    let start: bigint | null = null;
    let before: bigint | null = null;
    for (let r = 0; r < table.rowCount; r++) {
      const v = at(args[0], scope, r, evaluate);
      const fromFirst = at(args[1], scope, r, evaluate);
      const between = at(args[2], scope, r, evaluate);
      if (typeof v !== 'bigint' || typeof fromFirst !== 'bigint' || typeof between !== 'bigint')
        throw new Unsupported('row_window_session() of a null value or distance', call.TextStart);
      const restart = args[3] ? at(args[3], scope, r, evaluate) === true : false;
      if (start === null || before === null || restart || v >= start + fromFirst || v >= before + between) start = v;
      values[r] = start;
      before = v;
    }
    perTable.set(call, values);
  }
  return values[scope.row] as Value;
};

export const WINDOW_FUNCTIONS: ReadonlyMap<string, WindowFunction> = new Map<string, WindowFunction>([
  ['row_window_session', windowSession],
  ['prev', shifted(-1)],
  ['next', shifted(1)],
  [
    'row_number',
    running('row_number', ({ call, scope, evaluate, args }, row, previous, restart) => {
      const start = args[0] ? at(args[0], scope, row, evaluate) : 1;
      if (typeof start !== 'number') throw new Unsupported('row_number() with a null start', call.TextStart);
      return restart ? start : exactInteger((previous as number) + 1, 'row_number()');
    }),
  ],
  [
    'row_cumsum',
    running('row_cumsum', ({ call, scope, evaluate, args }, row, previous, restart) => {
      const term = at(args[0], scope, row, evaluate);
      // How a null term accumulates is not documented: refuse rather than guess.
      if (typeof term !== 'number') throw new Unsupported('row_cumsum() of a null or non-numeric term', call.TextStart);
      if (restart) return term;
      const total = (previous as number) + term;
      return typeName(call) === 'real' ? total : exactInteger(total, 'row_cumsum()');
    }),
  ],
  ['row_rank_min', rank('row_rank_min', false)],
  ['row_rank_dense', rank('row_rank_dense', true)],
]);
