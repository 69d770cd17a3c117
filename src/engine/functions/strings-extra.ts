/** More string functions: replace/search, sizes, encodings, hashes, code points. */
import { createHash } from 'node:crypto';
import { QueryError, Unsupported } from '../refusal.js';
import type { Dynamic, KustoType, Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { termsOf } from './operators.js';
import { requireBmp } from './regex.js';
import { asText, fullDatetime } from './text.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 text, or null when they are not valid UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function integer(v: Value | undefined, what: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new Unsupported(`${what} with a non-integer argument`);
  return v;
}

/** indexof(source, lookup [, start [, length [, occurrence]]]) */
function indexof(args: Value[], types: KustoType[]): Value {
  const text = requireBmp(asText(args[0], types[0]), 'indexof()');
  const lookup = asText(args[1], types[1]);
  const start = args.length > 2 ? integer(args[2], 'indexof()') : 0;
  const length = args.length > 3 ? integer(args[3], 'indexof()') : -1;
  const occurrence = args.length > 4 ? integer(args[4], 'indexof()') : 1;
  if (start === null || length === null || occurrence === null) return null;
  if (occurrence < 0 || length < -1) return null;
  // Older and newer documentation disagree on negative starts (null vs offset from the end).
  if (start < 0) throw new Unsupported('indexof() with a negative start');
  if (occurrence === 0) throw new Unsupported('indexof() with occurrence 0');
  // How a bounded length applies to later occurrences is not documented consistently.
  if (occurrence > 1 && length !== -1) throw new Unsupported('indexof() with both a length and an occurrence');
  if (lookup === '') throw new Unsupported('indexof() of an empty string');
  if (start > text.length) return -1;
  let at = text.indexOf(lookup, start);
  for (let n = 1; n < occurrence && at >= 0; n++) at = text.indexOf(lookup, at + 1);
  if (at < 0) return -1;
  return length === -1 || at + lookup.length <= start + length ? at : -1;
}

function replaceString([text, lookup, rewrite]: Value[], types: KustoType[]): Value {
  const needle = asText(lookup, types[1]);
  if (needle === '') throw new Unsupported('replace_string() with an empty lookup');
  return asText(text, types[0]).split(needle).join(asText(rewrite, types[2]));
}

function replaceStrings([text, lookups, rewrites]: Value[], types: KustoType[]): Value {
  if (!Array.isArray(lookups) || !Array.isArray(rewrites)) throw new Unsupported('replace_strings() without literal arrays');
  if (lookups.length !== rewrites.length) throw new QueryError('replace_strings(): lookups and rewrites differ in length');
  const source = asText(text, types[0]);
  // Each lookup in array order claims its non-overlapping matches in the source text that
  // no earlier lookup claimed ("Replacement order": ['is', 'This'] turns "This" into "Thwas").
  // A lookup that is not a string is ignored; a rewrite that is not a string leaves its
  // matches as they are (no replacement made), though they stay claimed.
  const claims: { start: number; end: number; rewrite: string | null }[] = [];
  lookups.forEach((lookup, k) => {
    if (typeof lookup !== 'string') return;
    if (lookup === '') throw new Unsupported('replace_strings() with an empty lookup');
    const rewrite = rewrites[k];
    const mine: typeof claims = [];
    for (let i = source.indexOf(lookup); i >= 0;) {
      const end = i + lookup.length;
      if (claims.some((c) => i < c.end && end > c.start)) i = source.indexOf(lookup, i + 1);
      else {
        mine.push({ start: i, end, rewrite: typeof rewrite === 'string' ? rewrite : null });
        i = source.indexOf(lookup, end);
      }
    }
    claims.push(...mine);
  });
  claims.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of claims) {
    out += source.slice(at, c.start) + (c.rewrite ?? source.slice(c.start, c.end));
    at = c.end;
  }
  return out + source.slice(at);
}

function strrep([value, multiplier, delimiter = '']: Value[], types: KustoType[]): Value {
  const n = integer(multiplier, 'strrep()');
  if (n === null || n < 1 || n > 1024) throw new Unsupported('strrep() with a multiplier outside 1..1024');
  return Array.from({ length: n }, () => asText(value, types[0])).join(asText(delimiter, types[2]));
}

/** .NET's HttpUtility.UrlEncode: unreserved characters stay, space is + (or `space`), the rest %xx (lowercase). */
export function urlEncode(text: string, space = '+'): string {
  let out = '';
  for (const c of text) {
    if (/[A-Za-z0-9\-_.!*()]/.test(c)) out += c;
    else if (c === ' ') out += space;
    else for (const b of Buffer.from(c, 'utf8')) out += `%${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function urlDecode(text: string): string {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) throw new Unsupported('url_decode() of a malformed escape');
  const bytes: number[] = [];
  for (let i = 0; i < text.length;) {
    if (text[i] === '%') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const c = text.codePointAt(i)!;
      const ch = String.fromCodePoint(c);
      bytes.push(...Buffer.from(ch === '+' ? ' ' : ch, 'utf8'));
      i += ch.length;
    }
  }
  const decoded = utf8(Uint8Array.from(bytes));
  if (decoded === null) throw new Unsupported('url_decode() to bytes that are not UTF-8');
  return decoded;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function base64Decode(text: string): string {
  if (!BASE64.test(text)) throw new Unsupported('base64_decode_tostring() of text that is not padded base64');
  return utf8(Buffer.from(text, 'base64')) ?? '';
}

function hashText(v: Value | undefined, type: KustoType | undefined, name: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' && type === 'datetime') return fullDatetime(v);
  throw new Unsupported(`${name}() of a ${type ?? 'null'} value`);
}

function digest(algorithm: string, name: string): ScalarFunction {
  return {
    name,
    evaluate: ([v], { argTypes }) => {
      const text = hashText(v, argTypes[0], name);
      if (LONE_SURROGATE.test(text)) throw new Unsupported(`${name}() of text with a lone surrogate`);
      return createHash(algorithm).update(text, 'utf8').digest('hex');
    },
  };
}

function translate([search, replace, source]: Value[], types: KustoType[]): Value {
  const from = [...asText(search, types[0])];
  const to = [...asText(replace, types[1])];
  if (from.length !== to.length || new Set(from).size !== from.length)
    throw new Unsupported('translate() with lists of different lengths or repeated characters');
  const map = new Map(from.map((c, i) => [c, to[i] as string]));
  return [...asText(source, types[2])].map((c) => map.get(c) ?? c).join('');
}

function hasAnyIndex([source, lookups]: Value[], types: KustoType[]): Value {
  if (!Array.isArray(lookups)) throw new Unsupported('has_any_index() without an array of lookups');
  const terms = new Set(termsOf(asText(source, types[0]).toLowerCase(), 'has_any_index()'));
  return lookups.findIndex((item: Dynamic) => {
    if (item === null || typeof item === 'object') throw new Unsupported('has_any_index() with a non-scalar lookup');
    const needle = String(item).toLowerCase();
    if (!/^[a-z0-9]+$/.test(needle)) throw new Unsupported('has_any_index() with a lookup that is not a single alphanumeric term');
    return terms.has(needle);
  });
}

function codepointsToString(args: Value[]): Value {
  const points: Value[] = args.flatMap((a): Value[] => (Array.isArray(a) ? (a as Value[]) : [a]));
  return points
    .map((p) => {
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p > 0x10ffff || (p >= 0xd800 && p <= 0xdfff))
        throw new Unsupported('unicode_codepoints_to_string() of a value that is not a Unicode scalar value');
      return String.fromCodePoint(p);
    })
    .join('');
}

export const EXTRA_STRING_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'indexof', evaluate: (args, { argTypes }) => indexof(args, argTypes) },
  { name: 'replace_string', evaluate: (args, { argTypes }) => replaceString(args, argTypes) },
  { name: 'replace_strings', evaluate: (args, { argTypes }) => replaceStrings(args, argTypes) },
  { name: 'strrep', evaluate: (args, { argTypes }) => strrep(args, argTypes) },
  {
    name: 'strcmp',
    evaluate: ([a, b], { argTypes }) => {
      const x = asText(a, argTypes[0]);
      const y = asText(b, argTypes[1]);
      return x < y ? -1 : x > y ? 1 : 0;
    },
  },
  {
    name: 'string_size',
    evaluate: ([s], { argTypes }) => {
      const text = asText(s, argTypes[0]);
      if (LONE_SURROGATE.test(text)) throw new Unsupported('string_size() of text with a lone surrogate');
      return Buffer.byteLength(text, 'utf8');
    },
  },
  { name: 'url_encode', evaluate: ([s], { argTypes }) => urlEncode(asText(s, argTypes[0])) },
  { name: 'url_decode', evaluate: ([s], { argTypes }) => urlDecode(asText(s, argTypes[0])) },
  { name: 'base64_encode_tostring', evaluate: ([s], { argTypes }) => Buffer.from(asText(s, argTypes[0]), 'utf8').toString('base64') },
  { name: 'base64_decode_tostring', evaluate: ([s], { argTypes }) => base64Decode(asText(s, argTypes[0])) },
  digest('md5', 'hash_md5'),
  digest('sha1', 'hash_sha1'),
  digest('sha256', 'hash_sha256'),
  { name: 'isascii', evaluate: ([s], { argTypes }) => /^[\x00-\x7f]*$/.test(asText(s, argTypes[0])) },
  {
    name: 'isutf8',
    evaluate: ([s], { argTypes }) => {
      if (LONE_SURROGATE.test(asText(s, argTypes[0]))) throw new Unsupported('isutf8() of text with a lone surrogate');
      return true;
    },
  },
  { name: 'translate', evaluate: (args, { argTypes }) => translate(args, argTypes) },
  { name: 'has_any_index', evaluate: (args, { argTypes }) => hasAnyIndex(args, argTypes) },
  {
    name: 'unicode_codepoints_from_string',
    evaluate: ([s], { argTypes }) => [...asText(s, argTypes[0])].map((c) => c.codePointAt(0) as number),
  },
  { name: 'unicode_codepoints_to_string', evaluate: (args) => codepointsToString(args) },
];
