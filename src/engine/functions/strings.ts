/** String functions. */
import { Unsupported } from '../refusal.js';
import { type Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { toKustoString } from './conversion.js';

const str = (v: Value | undefined) => (typeof v === 'string' ? v : toKustoString(v));

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
  { name: 'tolower', evaluate: ([s]) => str(s ?? '').toLowerCase() },
  { name: 'toupper', evaluate: ([s]) => str(s ?? '').toUpperCase() },
  { name: 'strcat', evaluate: (args) => args.map((a) => str(a)).join('') },
  { name: 'strcat_delim', evaluate: ([d, ...args]) => args.map((a) => str(a)).join(str(d)) },
  { name: 'isempty', evaluate: ([v]) => v === null || v === '' },
  { name: 'isnotempty', evaluate: ([v]) => !(v === null || v === '') },
  {
    name: 'substring',
    evaluate: ([s, start, length]) => {
      if (start === null) return '';
      const text = str(s);
      if (typeof start !== 'number' || (length !== undefined && length !== null && typeof length !== 'number'))
        throw new Unsupported('substring with non-integer bounds');
      const from = Math.max(0, start);
      return length === undefined || length === null ? text.slice(from) : text.slice(from, from + Math.max(0, length));
    },
  },
  { name: 'reverse', evaluate: ([s]) => [...str(s)].reverse().join('') },
];
