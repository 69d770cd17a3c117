/** Property-bag functions (bag_*), JSON parsing and canonical JSON text. */
import { Unsupported } from '../refusal.js';
import { bagEntries, isBag, putKey, type Dynamic, type Value } from '../values.js';
import { arrayArg, dynamicArg } from './arrays.js';
import type { ScalarFunction } from './function.js';

type Bag = { [key: string]: Dynamic };

/** Refuse numbers JSON.parse could not keep exactly (beyond ±2^53, or overflowing to infinity). */
function checkNumbers(v: Dynamic): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Unsupported('parse_json() of a number beyond the range of real');
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) throw new Unsupported('parse_json() of an integer beyond ±2^53');
  } else if (Array.isArray(v)) v.forEach(checkNumbers);
  else if (isBag(v)) Object.values(v).forEach(checkNumbers);
}

/** parse_json/todynamic: JSON text to dynamic; a string that is not JSON stays that string. */
export function parseJson(v: Value | undefined): Value {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return v;
  if (typeof v !== 'string') throw new Unsupported('parse_json() of a non-string, non-dynamic value');
  if (v === '') return null;
  let parsed: Dynamic;
  try {
    parsed = JSON.parse(v) as Dynamic;
  } catch {
    // Kusto's JSON reader may accept relaxed forms (comments, single quotes) that JSON.parse rejects.
    if (/^\s*[[{]/.test(v) || /^\s|\s$/.test(v) || /^[+-]?(nan|inf(inity)?)$/i.test(v) || /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v))
      throw new Unsupported('parse_json() of text that is not strict JSON');
    return v;
  }
  checkNumbers(parsed);
  return parsed;
}

/** A key for a bag_* function: a plain top-level key, or a `$.a.b` / `$['a']` JSONPath. */
function keyPath(key: Value | undefined, fn: string): string[] {
  if (typeof key !== 'string' || key === '') throw new Unsupported(`${fn}() with an empty or non-string key`);
  if (!key.startsWith('$')) {
    if (/[.[\]]/.test(key)) throw new Unsupported(`${fn}() with a key holding '.' or brackets`);
    return [key];
  }
  const path: string[] = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\['((?:[^'\\]|\\.)*)'\]|\["((?:[^"\\]|\\.)*)"\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < key.length) {
    const m = re.exec(key);
    if (!m) throw new Unsupported(`${fn}() with JSONPath ${key}`);
    const part = m[1] ?? m[2] ?? m[3] ?? '';
    if (/\\/.test(part)) throw new Unsupported(`${fn}() with an escaped JSONPath key`);
    path.push(part);
  }
  if (path.length === 0) throw new Unsupported(`${fn}() with the root JSONPath`);
  return path;
}

function has(bag: Bag, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(bag, key);
}

/** A copy of a bag without the key at `path` (nested bags copied on the way). */
function removePath(bag: Bag, path: string[]): Bag {
  const [head, ...rest] = path as [string, ...string[]];
  if (!has(bag, head)) return bag;
  const out: Bag = { ...bag };
  if (rest.length === 0) delete out[head];
  else if (isBag(bag[head])) putKey(out, head, removePath(bag[head], rest));
  return out;
}

function setPath(bag: Bag, path: string[], value: Dynamic): Bag {
  const [head, ...rest] = path as [string, ...string[]];
  const out: Bag = { ...bag };
  if (rest.length === 0) putKey(out, head, value);
  else {
    const inner = has(bag, head) ? bag[head] : {};
    if (!isBag(inner)) throw new Unsupported('bag_set_key() through a value that is not a bag');
    putKey(out, head, setPath(inner, rest, value));
  }
  return out;
}

/** Canonical JSON: bag keys sorted ordinally (dynamic_to_json). */
function canonical(v: Dynamic): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isBag(v)) {
    const keys = Object.keys(v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k] as Dynamic)}`).join(',')}}`;
  }
  if (typeof v === 'number' && /e/i.test(String(v))) throw new Unsupported('dynamic_to_json() of a real in exponent form');
  return JSON.stringify(v);
}

export const BAG_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'parse_json', evaluate: ([v]) => parseJson(v) },
  { name: 'todynamic', evaluate: ([v]) => parseJson(v) },
  { name: 'bag_keys', evaluate: ([b]) => (isBag(b) ? bagEntries(b).map(([k]) => k) : null) },
  {
    name: 'bag_merge',
    evaluate: (args) => {
      if (!args.every(isBag)) throw new Unsupported('bag_merge() of a value that is not a bag');
      const out: Bag = {};
      // The leftmost bag wins on a shared key.
      for (const bag of args as Bag[]) for (const [k, v] of bagEntries(bag)) if (!has(out, k)) putKey(out, k, v);
      return out;
    },
  },
  {
    name: 'bag_remove_keys',
    evaluate: ([b, keys]) => {
      if (!isBag(b)) throw new Unsupported('bag_remove_keys() of a value that is not a bag');
      let out = b;
      for (const key of arrayArg(keys, 'bag_remove_keys')) out = removePath(out, keyPath(key, 'bag_remove_keys'));
      return out;
    },
  },
  {
    name: 'bag_set_key',
    evaluate: (args, context) => {
      const [b, key] = args;
      if (!isBag(b)) return null;
      return setPath(b, keyPath(key, 'bag_set_key'), dynamicArg(args, 2, context));
    },
  },
  {
    name: 'bag_has_key',
    evaluate: ([b, key]) => {
      if (!isBag(b)) throw new Unsupported('bag_has_key() of a value that is not a bag');
      let at: Dynamic = b;
      for (const part of keyPath(key, 'bag_has_key')) {
        if (!isBag(at) || !has(at, part)) return false;
        at = at[part] as Dynamic;
      }
      return true;
    },
  },
  {
    name: 'bag_zip',
    evaluate: ([keys, values]) => {
      // Keys that are not an array give null (the page's last example); keys that are
      // not strings are skipped; missing values are null.
      if (!Array.isArray(keys)) return null;
      const out: Bag = {};
      const vals = Array.isArray(values) ? values : [];
      keys.forEach((k, i) => {
        if (typeof k !== 'string') return;
        if (has(out, k)) throw new Unsupported('bag_zip() with a repeated key');
        if (/^(0|[1-9]\d*)$/.test(k)) throw new Unsupported('property bag with integer-like keys (key order)');
        putKey(out, k, i < vals.length ? (vals[i] as Dynamic) : null);
      });
      return out;
    },
  },
  {
    name: 'dynamic_to_json',
    evaluate: ([v]) => {
      if (v === null || v === undefined) throw new Unsupported('dynamic_to_json() of null');
      if (typeof v !== 'object') throw new Unsupported('dynamic_to_json() of a scalar value');
      return canonical(v);
    },
  },
];
