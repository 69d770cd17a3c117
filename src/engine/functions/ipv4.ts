/**
 * IPv4 functions (parse_ipv4, ipv4_is_private, ipv4_is_in_range, …). Addresses
 * are unsigned 32-bit numbers; a `/n` suffix masks them. Comparisons of two
 * masked addresses use the shorter of the prefixes involved, as the ipv4_compare
 * and ipv4_is_match examples show.
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic, Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { formatIpv4, ipv4Arg, masked, parseIpv4Text, prefixArg, type Ipv4 } from './ipv4-parse.js';

/** The private blocks of RFC 1918, as the ipv4_is_private documentation lists them. */
const PRIVATE_BLOCKS: readonly Ipv4[] = [
  { address: 0x0a000000, prefix: 8 },
  { address: 0xac100000, prefix: 12 },
  { address: 0xc0a80000, prefix: 16 },
];

/** Whether `ip` (with its own prefix) lies in `range`; refused when its prefix is wider than the range's. */
function inRange(ip: Ipv4, range: Ipv4, what: string): boolean {
  if (ip.prefix < range.prefix) throw new Unsupported(`${what} with an address prefix wider than the range`);
  return masked(masked(ip.address, ip.prefix), range.prefix) === masked(range.address, range.prefix);
}

/** -1/0/1 of two addresses masked to the shortest prefix (null when either fails to parse). */
function compareIpv4(args: Value[], what: string): number | null {
  const a = ipv4Arg(args[0], what);
  const b = ipv4Arg(args[1], what);
  let prefix = args[2] === undefined ? 32 : prefixArg(args[2]);
  if (args[2] === null) return null;
  if (prefix === null) throw new Unsupported(`${what} with a prefix outside 0..32`);
  if (a === null || b === null) return null;
  prefix = Math.min(prefix ?? 32, a.prefix, b.prefix);
  const x = masked(a.address, prefix);
  const y = masked(b.address, prefix);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The ranges of ipv4_is_in_any_range: strings, or dynamic arrays of strings. */
function rangeList(args: Value[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const items = Array.isArray(arg) ? (arg as Dynamic[]) : [arg];
    for (const item of items) {
      if (typeof item !== 'string') throw new Unsupported('ipv4_is_in_any_range() with a range that is not a string');
      out.push(item);
    }
  }
  return out;
}

/** Format `ip` masked by min(its prefix, the argument); '' when it cannot be read. */
function formatArgs(args: Value[], what: string): { address: number; prefix: number } | null {
  const [value, prefixValue] = args;
  const prefix = prefixArg(prefixValue);
  if (prefix === null) return null;
  let ip: Ipv4 | null;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Unsupported(`${what} of a number outside 0..2^32-1`);
    ip = { address: value, prefix: 32 };
  } else ip = ipv4Arg(value, what);
  if (ip === null) return null;
  const p = Math.min(prefix ?? 32, ip.prefix);
  return { address: masked(ip.address, p), prefix: p };
}

/** The fewest CIDR blocks covering [start, end]. */
function cidrCover(start: number, end: number): string[] {
  const out: string[] = [];
  let current = start;
  while (current <= end) {
    // The largest aligned block starting at `current` that stays within `end`.
    let size = 32;
    while (size > 0) {
      const block = 2 ** (33 - size);
      if (current % block !== 0 || current + block - 1 > end) break;
      size--;
    }
    out.push(`${formatIpv4(current)}/${size}`);
    current += 2 ** (32 - size);
  }
  return out;
}

export const IPV4_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'parse_ipv4',
    evaluate: ([v]) => {
      const ip = ipv4Arg(v, 'parse_ipv4()');
      return ip === null ? null : masked(ip.address, ip.prefix);
    },
  },
  {
    name: 'parse_ipv4_mask',
    evaluate: ([v, p]) => {
      const ip = ipv4Arg(v, 'parse_ipv4_mask()');
      const prefix = prefixArg(p);
      if (ip === null || prefix === null || prefix === undefined) return null;
      if (ip.prefix !== 32) throw new Unsupported('parse_ipv4_mask() of an address that has its own prefix');
      return masked(ip.address, prefix);
    },
  },
  {
    name: 'ipv4_is_private',
    evaluate: ([v]) => {
      const ip = ipv4Arg(v, 'ipv4_is_private()');
      if (ip === null) return null;
      for (const block of PRIVATE_BLOCKS) {
        if (ip.prefix >= block.prefix) {
          if (inRange(ip, block, 'ipv4_is_private()')) return true;
        } else if (masked(ip.address, ip.prefix) === masked(block.address, ip.prefix)) {
          // A network wider than the private block that contains it: partly private.
          throw new Unsupported('ipv4_is_private() of a network wider than a private block');
        }
      }
      return false;
    },
  },
  {
    name: 'ipv4_is_in_range',
    evaluate: ([v, r]) => {
      const ip = ipv4Arg(v, 'ipv4_is_in_range()');
      const range = ipv4Arg(r, 'ipv4_is_in_range()');
      if (ip === null || range === null) return null;
      return inRange(ip, range, 'ipv4_is_in_range()');
    },
  },
  {
    name: 'ipv4_is_in_any_range',
    evaluate: ([v, ...rest]) => {
      const ip = ipv4Arg(v, 'ipv4_is_in_any_range()');
      if (ip === null) return null;
      const ranges = rangeList(rest).map((text) => parseIpv4Text(text, 'ipv4_is_in_any_range()'));
      // Whether one unreadable range makes the whole answer null is not documented.
      if (ranges.some((range) => range === null)) throw new Unsupported('ipv4_is_in_any_range() with a range that is not IPv4');
      return (ranges as Ipv4[]).some((range) => inRange(ip, range, 'ipv4_is_in_any_range()'));
    },
  },
  { name: 'ipv4_compare', evaluate: (args) => compareIpv4(args, 'ipv4_compare()') },
  {
    name: 'ipv4_is_match',
    evaluate: (args) => {
      const c = compareIpv4(args, 'ipv4_is_match()');
      return c === null ? null : c === 0;
    },
  },
  {
    name: 'ipv4_netmask_suffix',
    evaluate: ([v]) => ipv4Arg(v, 'ipv4_netmask_suffix()')?.prefix ?? null,
  },
  {
    name: 'format_ipv4',
    evaluate: (args) => {
      const r = formatArgs(args, 'format_ipv4()');
      return r === null ? '' : formatIpv4(r.address);
    },
  },
  {
    name: 'format_ipv4_mask',
    evaluate: (args) => {
      const r = formatArgs(args, 'format_ipv4_mask()');
      return r === null ? '' : `${formatIpv4(r.address)}/${r.prefix}`;
    },
  },
  {
    name: 'ipv4_range_to_cidr_list',
    evaluate: ([s, e]) => {
      const start = ipv4Arg(s, 'ipv4_range_to_cidr_list()');
      const end = ipv4Arg(e, 'ipv4_range_to_cidr_list()');
      // What an unreadable bound gives (null, an empty array) is not documented.
      if (start === null || end === null) throw new Unsupported('ipv4_range_to_cidr_list() of a value that is not IPv4');
      if (start.prefix !== 32 || end.prefix !== 32 || start.address > end.address)
        throw new Unsupported('ipv4_range_to_cidr_list() of a masked or reversed range');
      return cidrCover(start.address, end.address);
    },
  },
];
