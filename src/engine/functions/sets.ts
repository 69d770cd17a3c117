/** Set functions over dynamic arrays, and range() (the array-producing scalar function). */
import { Unsupported } from '../refusal.js';
import { TICKS_PER_SECOND, toDynamic, type Dynamic, type Value } from '../values.js';
import { arrayArg, dynamicArg, sameElement } from './arrays.js';
import type { CallContext, ScalarFunction } from './function.js';

/** Identity of an element for set operations: its type and JSON text (so 1 and "1" differ). */
function elementKey(v: Dynamic): string {
  return `${v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v}:${JSON.stringify(v)}`;
}

function distinct(values: Dynamic[]): Dynamic[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = elementKey(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sets(args: Value[], fn: string): Dynamic[][] {
  return args.map((a) => arrayArg(a, fn));
}

/** range() supports at most 2^20 elements; longer results are truncated (documented). */
const RANGE_LIMIT = 1_048_576;

function range(args: Value[], context: CallContext): Value {
  if (args.slice(0, 2).some((a) => a === null) || (args.length > 2 && args[2] === null)) return null;
  const [startType = 'long'] = context.argTypes;
  if (startType === 'datetime' || startType === 'timespan') {
    const start = args[0];
    const stop = args[1];
    const step = args.length > 2 ? args[2] : 3600n * TICKS_PER_SECOND;
    if (typeof start !== 'bigint' || typeof stop !== 'bigint' || typeof step !== 'bigint' || context.argTypes[1] !== startType)
      throw new Unsupported('range() mixing time and numbers');
    if (step <= 0n) throw new Unsupported('range() with a step that is not positive');
    const out: Dynamic[] = [];
    for (let t = start; t <= stop && out.length < RANGE_LIMIT; t += step) out.push(toDynamic(t, startType));
    return out;
  }
  const start = args[0];
  const stop = args[1];
  const step = args.length > 2 ? args[2] : 1;
  if (typeof start !== 'number' || typeof stop !== 'number' || typeof step !== 'number')
    throw new Unsupported('range() of these argument types');
  if (![start, stop, step].every(Number.isSafeInteger)) throw new Unsupported('range() of real numbers (rounding of the steps)');
  if (step <= 0) throw new Unsupported('range() with a step that is not positive');
  const out: Dynamic[] = [];
  for (let v = start; v <= stop && out.length < RANGE_LIMIT; v += step) out.push(v);
  return out;
}

export const SET_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'set_union', evaluate: (args) => distinct(sets(args, 'set_union').flat()) },
  {
    name: 'set_intersect',
    evaluate: (args) => {
      const [first = [], ...others] = sets(args, 'set_intersect');
      const keys = others.map((o) => new Set(o.map(elementKey)));
      return distinct(first).filter((v) => keys.every((k) => k.has(elementKey(v))));
    },
  },
  {
    name: 'set_difference',
    evaluate: (args) => {
      const [first = [], ...others] = sets(args, 'set_difference');
      const removed = new Set(others.flat().map(elementKey));
      return distinct(first).filter((v) => !removed.has(elementKey(v)));
    },
  },
  {
    name: 'set_has_element',
    evaluate: (args, context) => {
      const value = dynamicArg(args, 1, context);
      return arrayArg(args[0], 'set_has_element').some((e) => sameElement(e, value, 'set_has_element'));
    },
  },
  {
    name: 'jaccard_index',
    evaluate: ([a, b]) => {
      const left = new Set(arrayArg(a, 'jaccard_index').map(elementKey));
      const right = new Set(arrayArg(b, 'jaccard_index').map(elementKey));
      const union = new Set([...left, ...right]).size;
      if (union === 0) throw new Unsupported('jaccard_index() of two empty sets');
      return [...left].filter((k) => right.has(k)).length / union;
    },
  },
  { name: 'range', evaluate: range },
];
