/** String functions. */
import { Unsupported } from '../refusal.js';
import { type Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { toKustoString } from './conversion.js';
import { asText } from './text.js';

const str = (v: Value | undefined) => (typeof v === 'string' ? v : toKustoString(v));

/**
 * Kusto maps case character by character (invariant culture); JavaScript's full
 * Unicode mappings can change the length (ß → SS, İ → i̇): refuse those.
 */
function caseMapped(text: string, map: (t: string) => string, name: string): string {
  const out = map(text);
  if (out.length !== text.length) throw new Unsupported(`${name}() of a character whose case mapping changes its length`);
  return out;
}

export const STRING_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'strlen',
    evaluate: ([s]) => {
      const text = str(s ?? '');
      // Whether Kusto counts a surrogate pair as one character or two is not documented.
      if (/[\uD800-\uDFFF]/.test(text)) throw new Unsupported('strlen() of text outside the BMP');
      return text.length;
    },
  },
  { name: 'tolower', evaluate: ([s]) => caseMapped(str(s ?? ''), (t) => t.toLowerCase(), 'tolower') },
  { name: 'toupper', evaluate: ([s]) => caseMapped(str(s ?? ''), (t) => t.toUpperCase(), 'toupper') },
  { name: 'strcat', evaluate: (args, { argTypes }) => args.map((a, i) => asText(a, argTypes[i])).join('') },
  {
    name: 'strcat_delim',
    evaluate: ([d, ...args], { argTypes }) => args.map((a, i) => asText(a, argTypes[i + 1])).join(asText(d, argTypes[0])),
  },
  { name: 'isempty', evaluate: ([v]) => v === null || v === '' },
  { name: 'isnotempty', evaluate: ([v]) => !(v === null || v === '') },
  {
    name: 'substring',
    evaluate: ([s, start, length]) => {
      if (start === null) return '';
      const text = str(s);
      if (typeof start !== 'number' || (length !== undefined && length !== null && typeof length !== 'number'))
        throw new Unsupported('substring with non-integer bounds');
      if (/[\uD800-\uDFFF]/.test(text)) throw new Unsupported('substring() of text outside the BMP');
      // A negative start counts from the end (documented: substring("123456", -2, 2) is "56").
      const from = start < 0 ? text.length + start : start;
      if (from < 0) throw new Unsupported('substring() with a negative start beyond the string');
      if (typeof length === 'number' && length < 0) throw new Unsupported('substring() with a negative length');
      return length === undefined || length === null ? text.slice(from) : text.slice(from, from + length);
    },
  },
  {
    // Other types are "forcibly cast" to string (reverse docs: a datetime reverses its ISO text).
    name: 'reverse',
    evaluate: ([s], { argTypes }) => {
      const text = asText(s, argTypes[0]);
      if (/[\uD800-\uDFFF]/.test(text)) throw new Unsupported('reverse() of text outside the BMP');
      return [...text].reverse().join('');
    },
  },
];
