/**
 * The scalar-function registry, keyed by the language service's function symbol
 * names: "is this function supported offline?" is a lookup here.
 */
import { CONVERSION_FUNCTIONS } from './conversion.js';
import { DATETIME_FUNCTIONS } from './datetime.js';
import { DYNAMIC_FUNCTIONS, MATH_FUNCTIONS } from './dynamic.js';
import type { ScalarFunction } from './function.js';
import { LOGIC_FUNCTIONS } from './logic.js';
import { STRING_FUNCTIONS } from './strings.js';
import { REGEX_FUNCTIONS } from './regex-functions.js';
import { EXTRA_STRING_FUNCTIONS } from './strings-extra.js';
import { RECORD_FUNCTIONS } from './strings-records.js';

const FAMILIES = [
  STRING_FUNCTIONS,
  CONVERSION_FUNCTIONS,
  LOGIC_FUNCTIONS,
  DATETIME_FUNCTIONS,
  DYNAMIC_FUNCTIONS,
  MATH_FUNCTIONS,
  REGEX_FUNCTIONS,
  EXTRA_STRING_FUNCTIONS,
  RECORD_FUNCTIONS,
];

export const SCALAR_FUNCTIONS: ReadonlyMap<string, ScalarFunction> = new Map(FAMILIES.flat().map((f) => [f.name, f]));
