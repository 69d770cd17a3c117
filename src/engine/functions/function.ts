/** What a scalar function implementation looks like. */
import type { KustoType, Value } from '../values.js';

export interface CallContext {
  resultType: KustoType;
  argTypes: KustoType[];
  now: bigint;
  offset: number;
  /** The column name of each argument that is a plain column reference (bag_pack_columns). */
  argNames?: (string | undefined)[];
  /** The whole row as the enclosing operator's input has it (pack_all). */
  row?: () => { name: string; type: KustoType; value: Value }[];
}

export interface ScalarFunction {
  /** The function's name as the language service's symbol has it. */
  name: string;
  evaluate(args: Value[], context: CallContext): Value;
}

/** Binary operators get the result type, the operands (the right one lazy for and/or) and their types. */
export type BinaryOperator = (resultType: KustoType, operands: [Value, Value | (() => Value)], types: [KustoType, KustoType]) => Value;
