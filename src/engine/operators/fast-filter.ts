/**
 * Whole-column filters for the hot `where` shapes: `Column <op> constant` on
 * datetime/timespan columns, `Column ==|!= "text"` on strings,
 * `isnotempty(Column)` / `isempty(Column)`, and `and`
 * of such parts. One loop over the column array instead of a closure call per
 * row (profiles: the closures cost ~75 ns a row, the loop ~13 ns). The results are
 * the rows the general path keeps: nulls never pass an ordering (the operator
 * gives null for them), and any other shape returns undefined so the caller
 * evaluates it row by row.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { boundToColumn, nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import { compiledScalar, isConstant } from '../scalar-compile.js';
import type { Table } from '../table.js';
import { listOf } from '../../kql/language-service.js';
import { splitTicks, type TicksVector } from '../vectors.js';
import { FAILED, perEntry, singleStringColumn } from './dictionary.js';

/** The rows that pass, or undefined when a value needs the general path (which then decides, or refuses). */
type Picker = (rows: number[] | undefined) => number[] | undefined;

const TICK_TYPES = new Set(['datetime', 'timespan']);

function columnOf(node: any, table: Table): readonly unknown[] | undefined {
  if (nodeKind(node) !== 'NameReference' || !boundToColumn(node.ReferencedSymbol)) return undefined;
  const name = String(node.SimpleName ?? node.Name?.SimpleName ?? '');
  const index = table.columns.findIndex((c) => c.name === name);
  return index < 0 ? undefined : (table.data[index] as readonly unknown[]);
}

function ticksVectorOf(node: any, table: Table): TicksVector | undefined {
  const name = String(node.SimpleName ?? node.Name?.SimpleName ?? '');
  const index = table.columns.findIndex((c) => c.name === name);
  const v = index < 0 ? undefined : table.vectors?.[index];
  return v?.kind === 'ticks' ? v : undefined;
}

/**
 * An ordering against constant ticks on a ticks vector: (ms, sub) pairs compare
 * as the ticks do; a null (NaN ms) fails every comparison, as in the general path.
 */
function ticksScan(table: Table, vector: TicksVector, c: bigint, op: string): Picker {
  const [cms, csub] = splitTicks(c);
  const { ms, sub } = vector;
  // Each as "v > c" style tests on (ms, sub) pairs.
  const test: (r: number) => boolean =
    op === 'LessThan'
      ? (r) => ms[r]! < cms || (ms[r] === cms && sub[r]! < csub)
      : op === 'LessThanOrEqual'
        ? (r) => ms[r]! < cms || (ms[r] === cms && sub[r]! <= csub)
        : op === 'GreaterThan'
          ? (r) => ms[r]! > cms || (ms[r] === cms && sub[r]! > csub)
          : (r) => ms[r]! > cms || (ms[r] === cms && sub[r]! >= csub);
  return (rows) => {
    const picked: number[] = [];
    if (rows === undefined) {
      for (let r = 0; r < table.rowCount; r++) if (test(r)) picked.push(r);
    } else for (const r of rows) if (test(r)) picked.push(r);
    return picked;
  };
}

/** A condition on one dictionary-coded string column: evaluated per entry, rows picked by code. */
function dictionaryPredicate(node: any, table: Table, scope: ScalarScope): Picker | undefined {
  const single = singleStringColumn(node, table);
  if (!single) return undefined;
  const values = perEntry(node, table, single.index, single.vector, scope);
  // 1: passes, 0: does not, 2: evaluate the row on the general path.
  const verdict = new Uint8Array(values.length);
  values.forEach((v, i) => (verdict[i] = v === FAILED ? 2 : v === true ? 1 : 0));
  const codes = single.vector.codes;
  const condition = compiledScalar(node);
  const general = (r: number): boolean => {
    const local = { ...scope, table, row: r };
    return condition(local) === true;
  };
  return (rows) => {
    const picked: number[] = [];
    const n = rows === undefined ? table.rowCount : rows.length;
    for (let k = 0; k < n; k++) {
      const r = rows === undefined ? k : rows[k]!;
      const v = verdict[codes[r]!];
      if (v === 1 || (v === 2 && general(r))) picked.push(r);
    }
    return picked;
  };
}

/** Rows of `rows` (all rows when undefined) whose value passes `test`. */
function scan(table: Table, rows: number[] | undefined, column: readonly unknown[], test: (v: unknown) => boolean): number[] {
  const picked: number[] = [];
  if (rows === undefined) {
    for (let r = 0; r < table.rowCount; r++) if (test(column[r])) picked.push(r);
  } else for (const r of rows) if (test(column[r])) picked.push(r);
  return picked;
}

function ordering(node: any, table: Table, scope: ScalarScope): Picker | undefined {
  const op = String(node.ReferencedSymbol?.Name ?? '');
  if (!['LessThan', 'LessThanOrEqual', 'GreaterThan', 'GreaterThanOrEqual'].includes(op)) return undefined;
  if (!TICK_TYPES.has(typeOf(node.Left)) || !TICK_TYPES.has(typeOf(node.Right))) return undefined;
  let column = columnOf(node.Left, table);
  let constant = node.Right;
  let flipped = false;
  if (column === undefined) {
    column = columnOf(node.Right, table);
    constant = node.Left;
    flipped = true;
  }
  if (column === undefined || !isConstant(constant)) return undefined;
  const c = compiledScalar(constant)(scope);
  if (typeof c !== 'bigint') return undefined;
  const col = column;
  const vector = ticksVectorOf(flipped ? node.Right : node.Left, table);
  // `c < Column` is `Column > c`.
  const effective = flipped
    ? (
        {
          LessThan: 'GreaterThan',
          LessThanOrEqual: 'GreaterThanOrEqual',
          GreaterThan: 'LessThan',
          GreaterThanOrEqual: 'LessThanOrEqual',
        } as Record<string, string>
      )[op]
    : op;
  if (vector) return ticksScan(table, vector, c, effective!);
  switch (effective) {
    case 'LessThan':
      return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v < c);
    case 'LessThanOrEqual':
      return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v <= c);
    case 'GreaterThan':
      return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v > c);
    default:
      return (rows) => scan(table, rows, col, (v) => typeof v === 'bigint' && v >= c);
  }
}

/**
 * `Column == "text"` / `Column != "text"` on strings, as equality() in
 * functions/operators.ts: a null value is unequal; a value that is not a string
 * (never in a string column) gives undefined, so the general path refuses it.
 */
function stringEquality(node: any, table: Table, scope: ScalarScope): Picker | undefined {
  const op = String(node.ReferencedSymbol?.Name ?? '');
  if (op !== 'Equal' && op !== 'NotEqual') return undefined;
  if (typeOf(node.Left) !== 'string' || typeOf(node.Right) !== 'string') return undefined;
  let column = columnOf(node.Left, table);
  let constant = node.Right;
  if (column === undefined) {
    column = columnOf(node.Right, table);
    constant = node.Left;
  }
  if (column === undefined || !isConstant(constant)) return undefined;
  const c = compiledScalar(constant)(scope);
  if (typeof c !== 'string') return undefined;
  const col = column;
  const negate = op === 'NotEqual';
  return (rows) => {
    const picked: number[] = [];
    const n = rows === undefined ? table.rowCount : rows.length;
    for (let k = 0; k < n; k++) {
      const r = rows === undefined ? k : rows[k]!;
      const v = col[r];
      if (v === null) {
        if (negate) picked.push(r);
      } else if (typeof v !== 'string') return undefined;
      else if ((v === c) !== negate) picked.push(r);
    }
    return picked;
  };
}

function emptiness(node: any, table: Table): Picker | undefined {
  const name = String(node.ReferencedSymbol?.Name ?? '');
  if (name !== 'isnotempty' && name !== 'isempty') return undefined;
  const args = listOf(node.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  if (args.length !== 1 || typeOf(args[0]) !== 'string') return undefined;
  const column = columnOf(args[0], table);
  if (column === undefined) return undefined;
  return name === 'isnotempty'
    ? (rows) => scan(table, rows, column, (v) => !(v === null || v === ''))
    : (rows) => scan(table, rows, column, (v) => v === null || v === '');
}

function picker(node: any, table: Table, scope: ScalarScope): Picker | undefined {
  const dictionary = nodeKind(node) === 'ParenthesizedExpression' ? undefined : dictionaryPredicate(node, table, scope);
  if (dictionary) return dictionary;
  switch (nodeKind(node)) {
    case 'ParenthesizedExpression':
      return picker(node.Expression, table, scope);
    case 'FunctionCallExpression':
      return emptiness(node, table);
    case 'BinaryExpression': {
      if (String(node.ReferencedSymbol?.Name ?? '') === 'And') {
        const left = picker(node.Left, table, scope);
        const right = left && picker(node.Right, table, scope);
        if (!left || !right) return undefined;
        return (rows) => {
          const first = left(rows);
          return first === undefined ? undefined : right(first);
        };
      }
      return ordering(node, table, scope) ?? stringEquality(node, table, scope);
    }
    default:
      return undefined;
  }
}

/** The rows of `table` where `condition` is true, or undefined when its shape is not one of these. */
export function fastFilter(condition: any, table: Table, scope: ScalarScope): number[] | undefined {
  const pick = picker(condition, table, scope);
  return pick ? pick(undefined) : undefined;
}
