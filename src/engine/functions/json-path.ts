/**
 * extract_json() / extractjson(): the element a JSONPath selects in a JSON text, as a
 * string or converted to the typeof() argument's type. The documented JSONPath subset:
 * `$`, `.name`, `['name']` / `["name"]` and `[n]` (0-based); wildcards, recursion,
 * unions and slices are not supported by Kusto either and are refused here. A path that
 * selects nothing gives null. Refused: text that is not strict JSON, the whole document,
 * an object or array unless typeof(dynamic) asks for it, and elements whose text form
 * the documentation does not show (booleans, numbers that are not plain integers, as
 * strings).
 */
import { Unsupported } from '../refusal.js';
import { isBag, type Dynamic, type KustoType, type Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { CONVERSION_FUNCTIONS } from './conversion.js';
import { parseJson } from './bags.js';

type Step = string | number;

/** The steps of a JSONPath in the documented subset, or a refusal. */
export function jsonPath(path: string, fn: string): Step[] {
  if (!path.startsWith('$')) throw new Unsupported(`${fn}() with a JSONPath not starting at $`);
  const steps: Step[] = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\['([^'\\]*)'\]|\["([^"\\]*)"\]|\[(\d+)\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) throw new Unsupported(`${fn}() with JSONPath ${path}`);
    steps.push(m[4] !== undefined ? Number(m[4]) : (m[1] ?? m[2] ?? m[3] ?? ''));
  }
  return steps;
}

function select(doc: Dynamic, steps: Step[]): Dynamic | undefined {
  let at: Dynamic | undefined = doc;
  for (const step of steps) {
    if (typeof step === 'number') at = Array.isArray(at) ? at[step] : undefined;
    else at = isBag(at) && Object.prototype.hasOwnProperty.call(at, step) ? at[step] : undefined;
    if (at === undefined) return undefined;
  }
  return at;
}

const convert = (name: string) => CONVERSION_FUNCTIONS.find((f) => f.name === name)!;
const CONVERSIONS: Partial<Record<KustoType, ScalarFunction>> = {
  long: convert('tolong'),
  int: convert('toint'),
  real: convert('toreal'),
  bool: convert('tobool'),
};

function extractJson(name: string): ScalarFunction {
  return {
    name,
    evaluate: ([path, source], { resultType }) => {
      if (path === null || source === null || source === undefined) return null;
      if (typeof path !== 'string' || typeof source !== 'string') throw new Unsupported(`${name}() of a non-string argument`);
      const steps = jsonPath(path, name);
      if (steps.length === 0) throw new Unsupported(`${name}() of the whole document`);
      if (source === '') return null;
      const doc = parseJson(source);
      if (typeof doc === 'string' && !/^\s*"/.test(source)) throw new Unsupported(`${name}() of text that is not JSON`);
      const found = select(doc as Dynamic, steps);
      if (found === undefined || found === null) return null;
      if (resultType === 'dynamic') return found;
      if (typeof found === 'object') throw new Unsupported(`${name}() of an object or array as ${resultType}`);
      if (resultType === 'string') {
        if (typeof found === 'string') return found;
        if (typeof found === 'number' && Number.isSafeInteger(found)) return String(found);
        throw new Unsupported(`${name}() of a JSON ${typeof found} as text`);
      }
      const conversion = CONVERSIONS[resultType];
      if (!conversion) throw new Unsupported(`${name}() to ${resultType}`);
      const argType: KustoType = typeof found === 'string' ? 'string' : typeof found === 'boolean' ? 'bool' : 'real';
      return conversion.evaluate([found as Value], { resultType, argTypes: [argType], now: 0n, offset: 0 });
    },
  };
}

export const JSON_PATH_FUNCTIONS: readonly ScalarFunction[] = [extractJson('extract_json'), extractJson('extractjson')];
