/**
 * Punycode (RFC 3492) and the domain forms built on it.
 *
 * punycode_from_string(s) / punycode_to_string(s): the bare Punycode encoding of a
 * string (no "xn--"), and back. punycode_domain_to_string(domain) encodes each label
 * that holds a non-ASCII character as "xn--" + Punycode, splitting at the IDNA dots
 * (. 。 ． ｡) and joining with "."; punycode_domain_from_string(encoded) decodes each
 * "xn--" label. The documented examples keep case and spaces as given ("xn--L Li-gpa4517b"
 * for "Lê Lợi"): no IDNA mapping or validity rules apply, so none are applied here.
 *
 * Documented: decoding text that is not valid Punycode gives the empty string
 * (punycode_to_string takes ASCII only). Refused where the pages are silent: encoding a
 * string that is all ASCII (whether the delimiter is kept), empty labels, a label over
 * 63 characters, lone surrogates, decoded text outside the BMP's non-surrogate range
 * (code points beyond U+FFFF are fine; a decoded surrogate code point is refused).
 */
import { Unsupported } from '../refusal.js';
import type { ScalarFunction } from './function.js';

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX = 0x7fffffff;

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

const digit = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 22;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 97;
  return BASE;
}

/** RFC 3492 encoding of `text` (code points; basic ones copied as they are). */
export function punycodeEncode(text: string, name: string): string {
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    throw new Unsupported(`${name}() of text with a lone surrogate`);
  const points = [...text].map((c) => c.codePointAt(0)!);
  let out = points
    .filter((p) => p < 0x80)
    .map((p) => String.fromCharCode(p))
    .join('');
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    const m = Math.min(...points.filter((p) => p >= n));
    if (m - n > Math.floor((MAX - delta) / (handled + 1))) throw new Unsupported(`${name}(): overflow`);
    delta += (m - n) * (handled + 1);
    n = m;
    for (const p of points) {
      if (p < n) delta++;
      if (p === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

/** RFC 3492 decoding, or null when `text` is not valid Punycode. */
export function punycodeDecode(text: string): string | null {
  if (!/^[\x00-\x7f]*$/.test(text)) return null;
  const cut = text.lastIndexOf('-');
  const output = cut > 0 ? [...text.slice(0, cut)].map((c) => c.charCodeAt(0)) : [];
  let i = 0;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  for (let at = cut > 0 ? cut + 1 : 0; at < text.length;) {
    const old = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (at >= text.length) return null;
      const d = digitValue(text.charCodeAt(at++));
      if (d >= BASE || d > Math.floor((MAX - i) / w)) return null;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      if (w > Math.floor(MAX / (BASE - t))) return null;
      w *= BASE - t;
    }
    bias = adapt(i - old, output.length + 1, old === 0);
    if (Math.floor(i / (output.length + 1)) > MAX - n) return null;
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff || n < 0x80) return null;
    output.splice(i, 0, n);
    i++;
  }
  if (output.some((p) => p >= 0xd800 && p <= 0xdfff)) throw new Unsupported('punycode decoding to a surrogate code point');
  return String.fromCodePoint(...output);
}

const DOTS = /[.\u3002\uff0e\uff61]/;

function labels(domain: string, name: string): string[] {
  const parts = domain.split(DOTS);
  if (parts.some((p) => p === '')) throw new Unsupported(`${name}() of a domain with an empty label`);
  return parts;
}

function checkLength(label: string, name: string): string {
  if (label.length > 63) throw new Unsupported(`${name}() of a label over 63 characters`);
  return label;
}

export const PUNYCODE_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'punycode_from_string',
    evaluate: ([v]) => {
      if (v === null || v === undefined || v === '') return '';
      if (typeof v !== 'string') throw new Unsupported('punycode_from_string() of a non-string value');
      if (/^[\x00-\x7f]*$/.test(v)) throw new Unsupported('punycode_from_string() of text that is all ASCII');
      return punycodeEncode(v, 'punycode_from_string');
    },
  },
  {
    name: 'punycode_to_string',
    evaluate: ([v]) => {
      if (v === null || v === undefined || v === '') return '';
      if (typeof v !== 'string') throw new Unsupported('punycode of a non-string value');
      return punycodeDecode(v) ?? '';
    },
  },
  {
    name: 'punycode_domain_to_string',
    evaluate: ([v]) => {
      const name = 'punycode_domain_to_string';
      if (v === null || v === undefined || v === '') return '';
      if (typeof v !== 'string') throw new Unsupported('punycode of a non-string value');
      return labels(v, name)
        .map((label) => checkLength(/^[\x00-\x7f]*$/.test(label) ? label : `xn--${punycodeEncode(label, name)}`, name))
        .join('.');
    },
  },
  {
    name: 'punycode_domain_from_string',
    evaluate: ([v]) => {
      const name = 'punycode_domain_from_string';
      if (v === null || v === undefined || v === '') return '';
      if (typeof v !== 'string') throw new Unsupported('punycode of a non-string value');
      if (!/^[\x00-\x7f]*$/.test(v)) throw new Unsupported(`${name}() of text that is not ASCII`);
      const out: string[] = [];
      for (const label of labels(v, name)) {
        checkLength(label, name);
        if (!/^xn--/i.test(label)) {
          out.push(label);
          continue;
        }
        const decoded = punycodeDecode(label.slice(4));
        if (decoded === null) return '';
        out.push(decoded);
      }
      return out.join('.');
    },
  },
];
