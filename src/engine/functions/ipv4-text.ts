/**
 * IPv4 text search: has_ipv4, has_ipv4_prefix, has_any_ipv4, has_any_ipv4_prefix.
 * An address counts only when it is a valid dotted quad delimited in the text by
 * non-alphanumeric characters. Text where the delimiting is unclear (a longer
 * dotted run such as `1.2.3.4.5`, leading zeros, `_` or non-ASCII neighbours) is
 * refused rather than guessed.
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { dottedQuad, formatIpv4 } from './ipv4-parse.js';

const OCTET_TEXT = /^(0|[1-9]\d{0,2})$/;

/** Whether a neighbour character delimits an address; refuse the unclear ones. */
function delimits(ch: string | undefined, what: string): boolean {
  if (ch === undefined) return true;
  if (/[A-Za-z0-9]/.test(ch)) return false;
  if (ch === '_' || ch.charCodeAt(0) > 127) throw new Unsupported(`${what} next to '${ch}' (term boundary not documented)`);
  return true;
}

/** The canonical dotted text of every properly delimited IPv4 address in `source`. */
export function ipv4sInText(source: string, what: string): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(/[0-9.]+/g)) {
    const run = m[0];
    const start = m.index;
    const core = run.replace(/^\.+/, '').replace(/\.+$/, '');
    const parts = core.split('.');
    if (parts.length < 4) continue;
    if (parts.length > 4 || parts.some((p) => p === '')) throw new Unsupported(`${what} over a dotted number run such as ${core}`);
    if (parts.some((p) => p.length > 3 || Number(p) > 255)) continue;
    if (!parts.every((p) => OCTET_TEXT.test(p))) throw new Unsupported(`${what} over an address with leading zeros`);
    const before = source[start - 1];
    const after = source[start + run.length];
    // A dot next to the address is itself a delimiter.
    if ((run.startsWith('.') || delimits(before, what)) && (run.endsWith('.') || delimits(after, what))) found.add(core);
  }
  return found;
}

/** The needle as canonical dotted text; null when it is not a valid address; refuse lenient forms. */
function needleAddress(value: Dynamic | Value, what: string): string | null {
  if (typeof value !== 'string') throw new Unsupported(`${what} with a non-string address`);
  const address = dottedQuad(value);
  if (address !== null) return formatIpv4(address);
  const parts = value.split('.');
  if (parts.length === 4 && parts.every((p) => /^(0|[1-9]\d*)$/.test(p))) return null; // an octet above 255
  if (/^[\s0-9a-fA-FxX./]+$/.test(value)) throw new Unsupported(`${what} with a non-canonical address ${value}`);
  return null;
}

/** The needle prefix (`a.`, `a.b.`, `a.b.c.` or a full address); null when invalid. */
function needlePrefix(value: Dynamic | Value, what: string): string | null {
  if (typeof value !== 'string') throw new Unsupported(`${what} with a non-string prefix`);
  if (/^((25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)\.){1,3}$/.test(value)) return value;
  // One to three octets without the closing dot: documented as not a valid prefix.
  if (/^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){0,2}$/.test(value)) return null;
  return needleAddress(value, what);
}

function sourceText(value: Value | undefined, what: string): string {
  if (typeof value !== 'string') throw new Unsupported(`${what} of a non-string source`);
  return value;
}

/** Needles given as several arguments or as dynamic arrays. */
function needles(args: Value[]): (Dynamic | Value)[] {
  return args.flatMap((a): Value[] => (Array.isArray(a) ? (a as Value[]) : [a]));
}

function hasAddress(source: Value | undefined, list: (Dynamic | Value)[], what: string): boolean {
  const wanted = list.map((n) => needleAddress(n, what)).filter((n): n is string => n !== null);
  if (wanted.length === 0) return false;
  const found = ipv4sInText(sourceText(source, what), what);
  return wanted.some((n) => found.has(n));
}

function hasPrefix(source: Value | undefined, list: (Dynamic | Value)[], what: string): boolean {
  const wanted = list.map((n) => needlePrefix(n, what)).filter((n): n is string => n !== null);
  if (wanted.length === 0) return false;
  const found = [...ipv4sInText(sourceText(source, what), what)];
  return wanted.some((prefix) => found.some((ip) => (prefix.endsWith('.') ? ip.startsWith(prefix) : ip === prefix)));
}

export const IPV4_TEXT_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'has_ipv4', evaluate: ([s, ip]) => hasAddress(s, [ip ?? null], 'has_ipv4()') },
  { name: 'has_any_ipv4', evaluate: ([s, ...ips]) => hasAddress(s, needles(ips), 'has_any_ipv4()') },
  { name: 'has_ipv4_prefix', evaluate: ([s, p]) => hasPrefix(s, [p ?? null], 'has_ipv4_prefix()') },
  { name: 'has_any_ipv4_prefix', evaluate: ([s, ...ps]) => hasPrefix(s, needles(ps), 'has_any_ipv4_prefix()') },
];
