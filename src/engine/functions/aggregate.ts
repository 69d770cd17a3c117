/** What an aggregation function of summarize is: a small state per group. */
import type { KustoType, Value } from '../values.js';

export interface AggregateState {
  /** `args` is reused for the next row: read it at once, never keep it. */
  add(args: Value[]): void;
  result(): Value;
}

export interface AggregateFunction {
  name: string;
  create(resultType: KustoType, argTypes: KustoType[]): AggregateState;
}
