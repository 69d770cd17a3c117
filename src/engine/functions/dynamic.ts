/** Functions over dynamic values (arrays and property bags). */
import { Unsupported } from '../refusal.js';
import { putKey, toDynamic, type Dynamic, type Value } from '../values.js';
import { toKustoString } from './conversion.js';
import type { CallContext, ScalarFunction } from './function.js';

/** bag_pack/pack: alternating keys and typed values; a repeated key is refused. */
function bagPack(args: Value[], context: CallContext): Value {
  if (args.length % 2 !== 0) throw new Unsupported('bag_pack() with an odd number of arguments');
  const bag: { [key: string]: Dynamic } = {};
  for (let i = 0; i + 1 < args.length; i += 2) {
    const key = toKustoString(args[i]);
    if (Object.prototype.hasOwnProperty.call(bag, key)) throw new Unsupported('bag_pack() with a repeated key');
    if (/^(0|[1-9]\d*)$/.test(key)) throw new Unsupported('property bag with integer-like keys (key order)');
    putKey(bag, key, toDynamic(args[i + 1], context.argTypes[i + 1] ?? 'dynamic'));
  }
  return bag;
}

export const DYNAMIC_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'array_length', evaluate: ([a]) => (Array.isArray(a) ? a.length : null) },
  { name: 'pack_array', evaluate: (args, context) => args.map((a, i) => toDynamic(a, context.argTypes[i] ?? 'dynamic')) },
  { name: 'bag_pack', evaluate: bagPack },
  { name: 'pack', evaluate: bagPack },
  {
    name: 'pack_all',
    evaluate: ([ignoreNullEmpty], context) => {
      if (!context.row) throw new Unsupported('pack_all() without a row');
      if (ignoreNullEmpty === null) throw new Unsupported('pack_all() with a null flag');
      const bag: { [key: string]: Dynamic } = {};
      for (const c of context.row()) {
        if (ignoreNullEmpty === true && (c.value === null || c.value === '')) continue;
        if (/^(0|[1-9]\d*)$/.test(c.name)) throw new Unsupported('property bag with integer-like keys (key order)');
        putKey(bag, c.name, toDynamic(c.value, c.type));
      }
      return bag;
    },
  },
  {
    name: 'bag_pack_columns',
    evaluate: (args, context) => {
      const bag: { [key: string]: Dynamic } = {};
      args.forEach((v, i) => {
        const name = context.argNames?.[i];
        if (!name) throw new Unsupported('bag_pack_columns() of an expression that is not a column');
        if (/^(0|[1-9]\d*)$/.test(name)) throw new Unsupported('property bag with integer-like keys (key order)');
        putKey(bag, name, toDynamic(v, context.argTypes[i] ?? 'dynamic'));
      });
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
