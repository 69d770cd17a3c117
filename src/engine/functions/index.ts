/**
 * The scalar-function registry, keyed by the language service's function symbol
 * names: "is this function supported offline?" is a lookup here.
 */
import { ARRAY_FUNCTIONS } from './arrays.js';
import { BAG_FUNCTIONS } from './bags.js';
import { CONVERSION_FUNCTIONS } from './conversion.js';
import { DATETIME_FUNCTIONS } from './datetime.js';
import { DATETIME_ARITH_FUNCTIONS } from './datetime-arith.js';
import { DATETIME_CONVERT_FUNCTIONS } from './datetime-convert.js';
import { DATETIME_FORMAT_FUNCTIONS } from './datetime-format.js';
import { DATETIME_PART_FUNCTIONS } from './datetime-parts.js';
import { BIT_FUNCTIONS } from './bits.js';
import { DYNAMIC_FUNCTIONS, MATH_FUNCTIONS } from './dynamic.js';
import type { ScalarFunction } from './function.js';
import { IPV4_FUNCTIONS } from './ipv4.js';
import { IPV4_TEXT_FUNCTIONS } from './ipv4-text.js';
import { IPV6_FUNCTIONS } from './ipv6.js';
import { LOGIC_FUNCTIONS } from './logic.js';
import { MATH_FUNCTIONS_MORE } from './math.js';
import { SERIES_FUNCTIONS } from './series.js';
import { SERIES_MATH_FUNCTIONS } from './series-math.js';
import { SERIES_FIT_FUNCTIONS } from './series-fit.js';
import { HASH_FUNCTIONS } from './hash.js';
import { UNIT_FUNCTIONS } from './units.js';
import { BYTE_FUNCTIONS } from './bytes.js';
import { SPECIAL_FUNCTIONS } from './special.js';
import { JSON_PATH_FUNCTIONS } from './json-path.js';
import { COMPRESSION_FUNCTIONS } from './compression.js';
import { PUNYCODE_FUNCTIONS } from './punycode.js';
import { SERIES_SEASONAL_FUNCTIONS } from './series-seasonal.js';
import { HEX_FUNCTIONS } from './hex.js';
import { SET_FUNCTIONS } from './sets.js';
import { STRING_FUNCTIONS } from './strings.js';
import { REGEX_FUNCTIONS } from './regex-functions.js';
import { EXTRA_STRING_FUNCTIONS } from './strings-extra.js';
import { RECORD_FUNCTIONS } from './strings-records.js';
import { binAutoFunction } from './bin-auto.js';
import { DECIMAL_FUNCTIONS } from './decimals.js';
import { STRUCTURED_TEXT_FUNCTIONS } from './structured-text.js';

/** Every family, one per module; a name registered twice is a programming error. */
const FAMILIES: readonly (readonly ScalarFunction[])[] = [
  STRING_FUNCTIONS,
  EXTRA_STRING_FUNCTIONS,
  STRUCTURED_TEXT_FUNCTIONS,
  REGEX_FUNCTIONS,
  RECORD_FUNCTIONS,
  CONVERSION_FUNCTIONS,
  LOGIC_FUNCTIONS,
  DATETIME_FUNCTIONS,
  DATETIME_PART_FUNCTIONS,
  DATETIME_ARITH_FUNCTIONS,
  DATETIME_FORMAT_FUNCTIONS,
  DATETIME_CONVERT_FUNCTIONS,
  DYNAMIC_FUNCTIONS,
  MATH_FUNCTIONS,
  MATH_FUNCTIONS_MORE,
  BIT_FUNCTIONS,
  IPV4_FUNCTIONS,
  IPV4_TEXT_FUNCTIONS,
  IPV6_FUNCTIONS,
  ARRAY_FUNCTIONS,
  BAG_FUNCTIONS,
  SET_FUNCTIONS,
  SERIES_FUNCTIONS,
  SERIES_MATH_FUNCTIONS,
  SERIES_FIT_FUNCTIONS,
  HEX_FUNCTIONS,
  HASH_FUNCTIONS,
  UNIT_FUNCTIONS,
  BYTE_FUNCTIONS,
  SPECIAL_FUNCTIONS,
  JSON_PATH_FUNCTIONS,
  COMPRESSION_FUNCTIONS,
  PUNYCODE_FUNCTIONS,
  SERIES_SEASONAL_FUNCTIONS,
  DECIMAL_FUNCTIONS,
  // bin_auto() is bin()/bin_at() with the query's set options: looked up when called.
  [binAutoFunction((name) => SCALAR_FUNCTIONS.get(name))],
];

function registry(families: readonly (readonly ScalarFunction[])[]): Map<string, ScalarFunction> {
  const map = new Map<string, ScalarFunction>();
  for (const f of families.flat()) {
    if (map.has(f.name)) throw new Error(`scalar function ${f.name} is registered twice`);
    map.set(f.name, f);
  }
  return map;
}

export const SCALAR_FUNCTIONS: ReadonlyMap<string, ScalarFunction> = registry(FAMILIES);
