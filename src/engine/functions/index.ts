/**
 * The scalar-function registry, keyed by the language service's function symbol
 * names: "is this function supported offline?" is a lookup here.
 */
import { ARRAY_FUNCTIONS } from './arrays.js';
import { BAG_FUNCTIONS } from './bags.js';
import { CONVERSION_FUNCTIONS } from './conversion.js';
import { DATETIME_FUNCTIONS } from './datetime.js';
import { DYNAMIC_FUNCTIONS, MATH_FUNCTIONS } from './dynamic.js';
import type { ScalarFunction } from './function.js';
import { LOGIC_FUNCTIONS } from './logic.js';
import { SERIES_FUNCTIONS } from './series.js';
import { SET_FUNCTIONS } from './sets.js';
import { STRING_FUNCTIONS } from './strings.js';

const FAMILIES = [
  STRING_FUNCTIONS,
  CONVERSION_FUNCTIONS,
  LOGIC_FUNCTIONS,
  DATETIME_FUNCTIONS,
  DYNAMIC_FUNCTIONS,
  MATH_FUNCTIONS,
  ARRAY_FUNCTIONS,
  BAG_FUNCTIONS,
  SET_FUNCTIONS,
  SERIES_FUNCTIONS,
];

export const SCALAR_FUNCTIONS: ReadonlyMap<string, ScalarFunction> = new Map(FAMILIES.flat().map((f) => [f.name, f]));
