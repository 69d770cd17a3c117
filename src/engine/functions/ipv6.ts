/**
 * IPv6 functions (parse_ipv6, ipv6_compare, ipv6_is_match, ipv6_is_in_range, …).
 * Addresses are 128-bit bigints. IPv4 text is read as an IPv4-mapped address
 * (::ffff:a.b.c.d) whose `/n` counts IPv4 bits (96 + n in IPv6 bits), as the
 * parse_ipv6_mask examples show; `::a.b.c.d` is read the same way there.
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { dottedQuad, parseIpv4Text } from './ipv4-parse.js';

export interface Ipv6 {
  address: bigint;
  prefix: number;
}

const ALL = (1n << 128n) - 1n;
const MAPPED = 0xffffn << 32n;
const GROUP = /^[0-9a-fA-F]{1,4}$/;

/** The netmask of a prefix length (0..128) as a 128-bit bigint. */
export function mask(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
}

/** Eight 16-bit groups from `a:b::c` text (no embedded IPv4); null when malformed. */
function groups(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const split = (h: string) => (h === '' ? [] : h.split(':'));
  const head = split(halves[0] as string);
  const tail = halves.length === 2 ? split(halves[1] as string) : [];
  if (![...head, ...tail].every((g) => GROUP.test(g))) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

/** Parse IPv6 or IPv4 text in IP-prefix notation; null when it is not an address. */
export function parseIpv6Text(text: string, what: string): Ipv6 | null {
  if (!text.includes(':')) {
    const v4 = parseIpv4Text(text, what);
    return v4 === null ? null : { address: MAPPED | BigInt(v4.address), prefix: 96 + v4.prefix };
  }
  if (/[%[\]\s]/.test(text)) throw new Unsupported(`${what} of an IPv6 string with a zone, brackets or spaces`);
  const slash = text.indexOf('/');
  const ip = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  if (prefixText !== undefined && !/^(12[0-8]|1[01]\d|[1-9]\d|\d)$/.test(prefixText)) return null;
  if (ip.includes('.')) {
    // Only `::a.b.c.d` and `::ffff:a.b.c.d` have a documented reading (IPv4, IPv4 prefix bits).
    const m = /^::(?:ffff:)?([0-9.]+)$/i.exec(ip);
    const v4 = m ? dottedQuad(m[1] as string) : null;
    if (v4 === null) throw new Unsupported(`${what} of an IPv6 string with embedded IPv4`);
    const prefix = prefixText === undefined ? 32 : Number(prefixText);
    if (prefix > 32) throw new Unsupported(`${what} of ::a.b.c.d with a prefix above 32`);
    return { address: MAPPED | BigInt(v4), prefix: 96 + prefix };
  }
  const address = groups(ip);
  if (address === null) return null;
  return { address, prefix: prefixText === undefined ? 128 : Number(prefixText) };
}

function ipv6Arg(value: Value | Dynamic | undefined, what: string): Ipv6 | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new Unsupported(`${what} of a non-string value`);
  return parseIpv6Text(value, what);
}

/** An optional prefix argument: undefined when absent, null when null or outside 0..128. */
function prefixArg(value: Value | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 128) return null;
  return value;
}

function compareIpv6(args: Value[], what: string): number | null {
  const a = ipv6Arg(args[0], what);
  const b = ipv6Arg(args[1], what);
  if (args[2] === null) return null;
  const p = prefixArg(args[2]);
  if (p === null) throw new Unsupported(`${what} with a prefix outside 0..128`);
  if (a === null || b === null) return null;
  const m = mask(Math.min(p ?? 128, a.prefix, b.prefix));
  const x = a.address & m;
  const y = b.address & m;
  return x < y ? -1 : x > y ? 1 : 0;
}

function inRange(ip: Ipv6, range: Ipv6, what: string): boolean {
  if (ip.prefix < range.prefix) throw new Unsupported(`${what} with an address prefix wider than the range`);
  const m = mask(range.prefix);
  return (ip.address & mask(ip.prefix) & m) === (range.address & m);
}

function canonical(address: bigint): string {
  return address.toString(16).padStart(32, '0').match(/.{4}/g)!.join(':');
}

export const IPV6_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'parse_ipv6',
    evaluate: ([v]) => {
      const ip = ipv6Arg(v, 'parse_ipv6()');
      return ip === null ? '' : canonical(ip.address & mask(ip.prefix));
    },
  },
  {
    name: 'parse_ipv6_mask',
    evaluate: ([v, p]) => {
      const ip = ipv6Arg(v, 'parse_ipv6_mask()');
      const prefix = prefixArg(p);
      if (ip === null || prefix === null || prefix === undefined) return '';
      return canonical(ip.address & mask(Math.min(ip.prefix, prefix)));
    },
  },
  { name: 'ipv6_compare', evaluate: (args) => compareIpv6(args, 'ipv6_compare()') },
  {
    name: 'ipv6_is_match',
    evaluate: (args) => {
      const c = compareIpv6(args, 'ipv6_is_match()');
      return c === null ? null : c === 0;
    },
  },
  {
    name: 'ipv6_is_in_range',
    evaluate: ([v, r]) => {
      const ip = ipv6Arg(v, 'ipv6_is_in_range()');
      const range = ipv6Arg(r, 'ipv6_is_in_range()');
      if (ip === null || range === null) return null;
      return inRange(ip, range, 'ipv6_is_in_range()');
    },
  },
  {
    name: 'ipv6_is_in_any_range',
    evaluate: ([v, ...rest]) => {
      const what = 'ipv6_is_in_any_range()';
      const ip = ipv6Arg(v, what);
      if (ip === null) return null;
      const ranges = rest.flatMap((a): Value[] => (Array.isArray(a) ? (a as Value[]) : [a])).map((r) => ipv6Arg(r, what));
      if (ranges.some((r) => r === null)) throw new Unsupported(`${what} with a range that is not an address`);
      return (ranges as Ipv6[]).some((range) => inRange(ip, range, what));
    },
  },
];
