/** Functions over dynamic values (arrays and property bags). */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import { toKustoString } from './conversion.js';
import type { ScalarFunction } from './function.js';

/** A scalar argument as a dynamic element (datetime/timespan have no JSON form here: refuse). */
function asDynamic(v: Value | undefined): Dynamic {
  if (v === undefined) return null;
  if (typeof v === 'bigint') throw new Unsupported('datetime/timespan inside a dynamic value');
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Unsupported('non-finite real inside a dynamic value');
  return v as Dynamic;
}

export const DYNAMIC_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'array_length', evaluate: ([a]) => (Array.isArray(a) ? a.length : null) },
  { name: 'pack_array', evaluate: (args) => args.map(asDynamic) },
  {
    name: 'bag_pack',
    evaluate: (args) => {
      const bag: { [key: string]: Dynamic } = {};
      for (let i = 0; i + 1 < args.length; i += 2) bag[toKustoString(args[i])] = asDynamic(args[i + 1]);
      return bag;
    },
  },
  {
    name: 'strcat_array',
    evaluate: ([a, delimiter]) =>
      Array.isArray(a) ? a.map((x) => (typeof x === 'string' ? x : toKustoString(x as Value))).join(toKustoString(delimiter)) : '',
  },
  {
    name: 'split',
    evaluate: ([source, delimiter, index]) => {
      const text = toKustoString(source);
      const sep = toKustoString(delimiter);
      if (sep === '') throw new Unsupported('split() with an empty delimiter');
      const parts = text.split(sep);
      if (index === undefined) return parts;
      if (index === null || typeof index !== 'number') return null;
      const i = index < 0 ? parts.length + index : index;
      return i >= 0 && i < parts.length ? [parts[i] as string] : [];
    },
  },
];

export const MATH_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'abs',
    evaluate: ([v]) => {
      if (v === null || v === undefined) return null;
      if (typeof v === 'bigint') return v < 0n ? -v : v;
      if (typeof v === 'number') return Math.abs(v);
      throw new Unsupported('abs() of this type');
    },
  },
];
