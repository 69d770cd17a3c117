/** The values of a query's `set` statements (set-options.ts reads them; functions and operators see them). */
import type { KustoType, Value } from './values.js';

/** An option's value and its literal's type. */
export interface SetValue {
  value: Value;
  type: KustoType;
}

/** Options in force: lower-case name → value. */
export type SetOptions = ReadonlyMap<string, SetValue>;
