/** Array functions: slicing, rotating, shifting, sorting, searching (Kusto's array_* family). */
import { Unsupported } from '../refusal.js';
import { toDynamic, type Dynamic, type Value } from '../values.js';
import type { CallContext, ScalarFunction } from './function.js';

/** An argument that must be an array; anything else is refused (Kusto's result for it is undocumented). */
export function arrayArg(v: Value | undefined, fn: string): Dynamic[] {
  if (Array.isArray(v)) return v;
  throw new Unsupported(`${fn}() of a value that is not an array`);
}

/** A whole-number argument (int/long). */
export function intArg(v: Value | undefined, fn: string): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  throw new Unsupported(`${fn}() with a null or non-integer count/index`);
}

/** A typed scalar argument as a dynamic element. */
export function dynamicArg(args: Value[], i: number, context: CallContext): Dynamic {
  return toDynamic(args[i], context.argTypes[i] ?? 'dynamic');
}

/**
 * Equality of a dynamic element and a looked-up value. A string against a number
 * or bool with the same text is refused: whether Kusto converts is undocumented.
 */
export function sameElement(element: Dynamic, value: Dynamic, fn: string): boolean {
  if (element === null || value === null) return element === value;
  if (typeof element === 'object' || typeof value === 'object') return JSON.stringify(element) === JSON.stringify(value);
  if (typeof element !== typeof value) {
    if (String(element) === String(value)) throw new Unsupported(`${fn}() comparing a string with a number or bool`);
    return false;
  }
  return element === value;
}

/** Kind of an element for sorting: arrays of one primitive kind (plus nulls) only. */
function sortKind(values: Dynamic[], fn: string): 'number' | 'string' | 'boolean' | undefined {
  let kind: 'number' | 'string' | 'boolean' | undefined;
  for (const v of values) {
    if (v === null) continue;
    const k = typeof v;
    if (k !== 'number' && k !== 'string' && k !== 'boolean') throw new Unsupported(`${fn}() of an array holding arrays or bags`);
    if (kind && kind !== k) throw new Unsupported(`${fn}() of an array mixing element types`);
    kind = k;
  }
  return kind;
}

function sortArrays(args: Value[], context: CallContext, descending: boolean, fn: string): Value {
  let nullsLast = true;
  let arrays = args;
  if (args.length > 1 && context.argTypes.at(-1) === 'bool') {
    const flag = args.at(-1);
    if (flag === null) throw new Unsupported(`${fn}() with a null nulls_last`);
    nullsLast = flag as boolean;
    arrays = args.slice(0, -1);
  }
  const first = arrayArg(arrays[0], fn);
  sortKind(first, fn);
  const order = first.map((_, i) => i);
  order.sort((x, y) => {
    const a = first[x] as Dynamic;
    const b = first[y] as Dynamic;
    if (a === null || b === null) {
      if (a === b) return 0;
      return (a === null) === nullsLast ? 1 : -1;
    }
    const c = a < b ? -1 : a > b ? 1 : 0;
    return descending ? -c : c;
  });
  // Ordinal and case-insensitive string orders must agree, or which one Kusto uses would matter.
  const strings = order.map((i) => first[i]).filter((v): v is string => typeof v === 'string');
  if (
    strings.some(
      (v, i) =>
        i > 0 && v.toLowerCase() !== strings[i - 1]!.toLowerCase() && v.toLowerCase() < strings[i - 1]!.toLowerCase() !== descending,
    )
  )
    throw new Unsupported(`${fn}() of strings whose case changes their order`);
  const sorted = arrays.map((a) => (Array.isArray(a) && a.length === first.length ? order.map((i) => a[i] as Dynamic) : null));
  // Several arrays make a tuple; only element access (`[1]`) reaches here with more than one.
  return arrays.length === 1 ? sorted[0]! : sorted;
}

/** Normalize a possibly negative index against a length. */
function fromEnd(i: number, length: number): number {
  return i < 0 ? length + i : i;
}

function shift(args: Value[], context: CallContext, fn: string, left: boolean): Value {
  const array = arrayArg(args[0], fn);
  let n = intArg(args[1], fn);
  if (!left) n = -n;
  let fill: Dynamic = null;
  if (args.length > 2) fill = dynamicArg(args, 2, context);
  else if (array.some((v) => typeof v === 'string')) throw new Unsupported(`${fn}() of strings without a default value`);
  const out: Dynamic[] = [];
  for (let i = 0; i < array.length; i++) {
    const from = i + n;
    out.push(from >= 0 && from < array.length ? (array[from] as Dynamic) : fill);
  }
  return out;
}

function rotate(args: Value[], fn: string, left: boolean): Value {
  const array = arrayArg(args[0], fn);
  if (array.length === 0) return [];
  const n = intArg(args[1], fn);
  const k = ((((left ? n : -n) % array.length) + array.length) % array.length) as number;
  return [...array.slice(k), ...array.slice(0, k)];
}

function arrayIff(args: Value[], context: CallContext): Value {
  const conditions = arrayArg(args[0], 'array_iff');
  const pick = (i: number, position: number): Dynamic => {
    const source = args[position];
    if (Array.isArray(source)) return i < source.length ? (source[i] as Dynamic) : null;
    return dynamicArg(args, position, context);
  };
  return conditions.map((c, i) => {
    if (typeof c === 'boolean') return pick(i, c ? 1 : 2);
    if (typeof c === 'number') return pick(i, c !== 0 ? 1 : 2);
    return null;
  });
}

function indexOf(args: Value[], context: CallContext): Value {
  const array = arrayArg(args[0], 'array_index_of');
  const value = dynamicArg(args, 1, context);
  const start = args.length > 2 ? intArg(args[2], 'array_index_of') : 0;
  const length = args.length > 3 ? intArg(args[3], 'array_index_of') : -1;
  const occurrence = args.length > 4 ? intArg(args[4], 'array_index_of') : 1;
  if (length < -1 || occurrence < 0) return null;
  if (occurrence === 0) throw new Unsupported('array_index_of() with occurrence 0');
  const from = fromEnd(start, array.length);
  if (from < 0) throw new Unsupported('array_index_of() with a start before the array');
  const end = length === -1 ? array.length : Math.min(array.length, from + length);
  let seen = 0;
  for (let i = from; i < end; i++) if (sameElement(array[i] as Dynamic, value, 'array_index_of') && ++seen === occurrence) return i;
  return -1;
}

function arraySplit(args: Value[]): Value {
  const array = arrayArg(args[0], 'array_split');
  const raw = Array.isArray(args[1]) ? args[1] : [args[1] as Value];
  const cuts = raw.map((i) => fromEnd(intArg(i as Value, 'array_split'), array.length));
  const parts: Dynamic[] = [];
  let previous = 0;
  for (const cut of cuts) {
    if (cut < previous || cut > array.length) throw new Unsupported('array_split() with out-of-range or decreasing indexes');
    parts.push(array.slice(previous, cut));
    previous = cut;
  }
  parts.push(array.slice(previous));
  return parts;
}

export const ARRAY_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'array_concat',
    evaluate: (args) => args.flatMap((a) => arrayArg(a, 'array_concat')),
  },
  {
    name: 'array_slice',
    evaluate: ([a, s, e]) => {
      const array = arrayArg(a, 'array_slice');
      // Out-of-bounds indexes are ignored: clamp to the array.
      const start = Math.max(0, fromEnd(intArg(s, 'array_slice'), array.length));
      const end = Math.min(array.length - 1, fromEnd(intArg(e, 'array_slice'), array.length));
      return start > end ? [] : array.slice(start, end + 1);
    },
  },
  { name: 'array_split', evaluate: arraySplit },
  { name: 'array_reverse', evaluate: ([a]) => [...arrayArg(a, 'array_reverse')].reverse() },
  { name: 'array_rotate_left', evaluate: (args) => rotate(args, 'array_rotate_left', true) },
  { name: 'array_rotate_right', evaluate: (args) => rotate(args, 'array_rotate_right', false) },
  { name: 'array_shift_left', evaluate: (args, c) => shift(args, c, 'array_shift_left', true) },
  { name: 'array_shift_right', evaluate: (args, c) => shift(args, c, 'array_shift_right', false) },
  { name: 'array_sort_asc', evaluate: (args, c) => sortArrays(args, c, false, 'array_sort_asc') },
  { name: 'array_sort_desc', evaluate: (args, c) => sortArrays(args, c, true, 'array_sort_desc') },
  { name: 'array_index_of', evaluate: indexOf },
  { name: 'array_iff', evaluate: arrayIff },
  { name: 'array_iif', evaluate: arrayIff },
  {
    name: 'array_sum',
    evaluate: ([a]) => {
      const array = arrayArg(a, 'array_sum');
      if (array.length === 0 || array.includes(null)) throw new Unsupported('array_sum() of an empty array or one with nulls');
      if (array.some((v) => typeof v !== 'number')) return null;
      return (array as number[]).reduce((s, v) => s + v, 0);
    },
  },
  {
    name: 'repeat',
    evaluate: (args, context) => {
      const count = args[1];
      if (count === null) return null;
      const n = intArg(count, 'repeat');
      if (n < 0) return null;
      if (n > 1_048_576) throw new Unsupported('repeat() beyond 2^20 elements');
      return new Array<Dynamic>(n).fill(dynamicArg(args, 0, context));
    },
  },
  {
    name: 'zip',
    evaluate: (args) => {
      const arrays = args.map((a) => arrayArg(a, 'zip'));
      const length = Math.max(...arrays.map((a) => a.length));
      return Array.from({ length }, (_, i) => arrays.map((a) => (i < a.length ? (a[i] as Dynamic) : null)));
    },
  },
];
