/** invoke: `T | invoke f(args)` calls a let-bound tabular function with T as its first argument. */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { callUserTabular } from '../lets.js';
import { Unsupported } from '../refusal.js';
import { nodeKind } from '../scalar.js';
import type { Table } from '../table.js';
import type { TabularOperator } from './operator.js';

export const invokeOperator: TabularOperator = {
  kind: 'InvokeOperator',
  keyword: 'invoke',
  evaluate(node: any, input, context) {
    const call = node.Function;
    const name = String(call?.ReferencedSymbol?.Name ?? '');
    if (nodeKind(call) !== 'FunctionCallExpression' || !context.functions.has(name))
      throw new Unsupported(`invoke of ${name || 'this function'}()`, node.TextStart);
    return callUserTabular(call, context, input as Table);
  },
};
