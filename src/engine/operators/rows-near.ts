/**
 * `evaluate rows_near(Condition, NumRows [, RowsAfter])` (rows-near-plugin.md): every input
 * row within NumRows rows before, or RowsAfter (default NumRows) rows after, a row whose
 * condition is true, in input order. "Near" is about row order, so the input must be
 * serialized (sort, serialize, top…), as the page's example sorts; otherwise it is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { serializedInput } from '../functions/window.js';
import { QueryError, Unsupported } from '../refusal.js';
import { constantScope, evaluateScalar, listOf } from '../scalar.js';
import { compiledScalar } from '../scalar-compile.js';
import { pickRows, type Table } from '../table.js';
import type { QueryContext } from './operator.js';

/** A row count argument: a constant whole number of at least 0. */
function rowCountArg(node: any, context: QueryContext, what: string): number {
  const v = evaluateScalar(node, constantScope(context));
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n))
    throw new Unsupported(`rows_near ${what} that is not a whole number`, node.TextStart);
  if (n < 0) throw new QueryError(`rows_near: ${what} must not be negative`);
  return n;
}

export function rowsNear(call: any, _node: any, input: Table, context: QueryContext): Table {
  const args = listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
  if (args.length < 2 || args.length > 3) throw new Unsupported('rows_near with this argument list', call.TextStart);
  if (!serializedInput(call)) throw new Unsupported('rows_near over rows that are not serialized (add serialize or sort)', call.TextStart);
  const before = rowCountArg(args[1], context, 'NumRows');
  const after = args[2] ? rowCountArg(args[2], context, 'RowsAfter') : before;
  const condition = compiledScalar(args[0]);
  const scope = { table: input, row: 0, variables: context.variables, now: context.now, query: context };
  // The windows start in row order, so each row is taken at most once: O(rows).
  const rows: number[] = [];
  let next = 0;
  for (let r = 0; r < input.rowCount; r++) {
    scope.row = r;
    if (condition(scope) !== true) continue;
    const last = Math.min(input.rowCount - 1, r + after);
    for (let k = Math.max(next, r - before); k <= last; k++) rows.push(k);
    next = Math.max(next, last + 1);
  }
  return pickRows(input, rows);
}
