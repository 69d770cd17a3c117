/** What a scalar function implementation looks like. */
import { Unsupported } from '../refusal.js';
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
  /**
   * What the function does with a long beyond ±2^53 (a bigint): 'handle' it takes such
   * values, 'pass' it only passes them through (allowed when its result is a long).
   * Without it such an argument is refused before the call (checkLongs).
   */
  bigLongs?: 'handle' | 'pass';
}

/** Refuse a long beyond ±2^53 for a function that would misread it (as ticks, say). */
export function checkLongs(fn: ScalarFunction, args: readonly Value[], argTypes: readonly KustoType[], resultType: KustoType): void {
  if (fn.bigLongs === 'handle') return;
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'bigint' || (argTypes[i] !== 'long' && argTypes[i] !== 'int')) continue;
    if (fn.bigLongs === 'pass' && resultType === 'long') continue;
    throw new Unsupported(`${fn.name}() of a long beyond ±2^53`);
  }
}

/** Binary operators get the result type, the operands (the right one lazy for and/or) and their types. */
export type BinaryOperator = (resultType: KustoType, operands: [Value, Value | (() => Value)], types: [KustoType, KustoType]) => Value;
