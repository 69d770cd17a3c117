/**
 * IPv4 text in IP-prefix notation (`a.b.c.d` or `a.b.c.d/n`), as the Kusto IPv4
 * functions read it. The canonical dotted quad is parsed exactly; text that is
 * plainly not an IPv4 address (letters, IPv6, empty) is a failed conversion;
 * anything a lenient parser might still accept (leading zeros, spaces, fewer
 * octets, hex) is refused, because Kusto does not document how it reads those.
 */
import { Unsupported } from '../refusal.js';
import type { Value } from '../values.js';

export interface Ipv4 {
  /** The address as an unsigned 32-bit number (not yet masked). */
  address: number;
  /** The prefix length, 32 when none is given. */
  prefix: number;
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const DOTTED = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);
const PREFIX = /^(3[0-2]|[12]\d|\d)$/;
/** Characters a lenient IPv4 reader might accept: digits, hex, dots, a slash, a port colon, spaces. */
const MAYBE_IPV4 = /^[\s0-9a-fA-FxX./:]+$/;

/** The address of a canonical dotted quad, or null. */
export function dottedQuad(text: string): number | null {
  const m = DOTTED.exec(text);
  if (!m) return null;
  return ((Number(m[1]) * 256 + Number(m[2])) * 256 + Number(m[3])) * 256 + Number(m[4]);
}

/** The netmask of a prefix length as an unsigned 32-bit number. */
export function netmask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** `address & netmask(prefix)` as an unsigned number. */
export function masked(address: number, prefix: number): number {
  return (address & netmask(prefix)) >>> 0;
}

/** Parse IPv4 text; null when it is not an IPv4 address; refuse forms Kusto may read leniently. */
export function parseIpv4Text(text: string, what: string): Ipv4 | null {
  const slash = text.indexOf('/');
  const ip = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  const address = dottedQuad(ip);
  if (address !== null && (prefixText === undefined || PREFIX.test(prefixText))) {
    return { address, prefix: prefixText === undefined ? 32 : Number(prefixText) };
  }
  // Four plain decimal parts with one above 255: no reader takes that as IPv4.
  if (/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/.test(ip) && (prefixText === undefined || PREFIX.test(prefixText))) return null;
  // A lenient reader (inet_aton-like) still needs a leading digit and no IPv6 colons.
  if (!MAYBE_IPV4.test(text) || !/^\d/.test(text.trim()) || (text.includes(':') && !text.includes('.'))) return null;
  throw new Unsupported(`${what} of a non-canonical IPv4 string`);
}

/** A function argument as IPv4 (string form); null for null/empty. */
export function ipv4Arg(value: Value | undefined, what: string): Ipv4 | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Unsupported(`${what} of a non-string value`);
  return parseIpv4Text(value, what);
}

/** An optional prefix-length argument: undefined when absent, null when null or outside 0..32. */
export function prefixArg(value: Value | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) return null;
  return value >= 0 && value <= 32 ? value : null;
}

/** Dotted text of an unsigned 32-bit address. */
export function formatIpv4(address: number): string {
  return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.');
}
