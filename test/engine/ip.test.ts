// IPv4/IPv6 functions, written from the Kusto documentation (parse-ipv4-function,
// ipv4-is-private-function, ipv4-is-in-range-function, ipv4-is-in-any-range-function,
// ipv4-compare-function, has-ipv4-function, has-ipv4-prefix-function, parse-ipv6-mask-function, …).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('parse_ipv4 / parse_ipv4_mask / ipv4_netmask_suffix', () => {
  it('reads dotted quads and masks with the prefix', () => {
    expect(rows("print a = parse_ipv4('192.168.1.1'), b = parse_ipv4('192.168.1.1/24'), c = parse_ipv4('255.255.255.255/31')")).toEqual([
      [3232235777, 3232235776, 4294967294],
    ]);
    expect(value("parse_ipv4('0.0.0.0/0')")).toBe(0);
    expect(value("parse_ipv4_mask('127.0.0.1', 24)")).toBe(2130706432);
  });

  it('gives null for text that is not an IPv4 address', () => {
    expect(rows("print a = parse_ipv4(''), b = parse_ipv4('hello'), c = parse_ipv4('fe80::1'), d = parse_ipv4('-')")).toEqual([
      [null, null, null, null],
    ]);
    expect(value("parse_ipv4_mask('127.0.0.1', 33)")).toBeNull();
  });

  it('refuses forms a lenient parser might accept', () => {
    expect(() => value("parse_ipv4('010.1.1.1')")).toThrow(Unsupported);
    expect(() => value("parse_ipv4('10.1')")).toThrow(Unsupported);
    expect(() => value("parse_ipv4(' 10.1.1.1')")).toThrow(Unsupported);
    expect(value("parse_ipv4('1.2.3.256')")).toBeNull();
    expect(() => value("parse_ipv4('10.0.0.1:443')")).toThrow(Unsupported);
    expect(value("parse_ipv4('abc')")).toBeNull();
    expect(value("parse_ipv4('::1')")).toBeNull();
  });

  it('netmask suffix is 32 without a prefix, null when unreadable', () => {
    expect(
      rows("print a = ipv4_netmask_suffix('10.1.2.3'), b = ipv4_netmask_suffix('192.168.1.1/24'), c = ipv4_netmask_suffix('nope')"),
    ).toEqual([[32, 24, null]]);
  });
});

describe('ipv4_is_private', () => {
  it('matches the three RFC 1918 blocks, with or without a prefix', () => {
    const r = rows(
      "datatable(ip:string)['10.1.2.3', '192.168.1.1/24', '127.0.0.1', '172.16.0.1', '172.31.255.255', '172.32.0.1', '202.1.2.3', '11.0.0.1', ''] | extend p = ipv4_is_private(ip)",
    );
    expect(r.map((x) => x[1])).toEqual([true, true, false, true, true, false, false, false, null]);
  });

  it('refuses a network only partly inside a private block', () => {
    expect(() => value("ipv4_is_private('10.0.0.0/7')")).toThrow(Unsupported);
    expect(value("ipv4_is_private('8.0.0.0/7')")).toBe(false);
  });
});

describe('ipv4_is_in_range / ipv4_is_in_any_range', () => {
  it('tests membership with the range prefix', () => {
    expect(
      rows(
        "print a = ipv4_is_in_range('192.168.1.1', '192.168.1.255/24'), b = ipv4_is_in_range('192.168.2.1', '192.168.1.0/24'), c = ipv4_is_in_range('192.168.1.1', '192.168.1.1'), d = ipv4_is_in_range('nope', '10.0.0.0/8'), e = ipv4_is_in_range('1.2.3.4', '0.0.0.0/0')",
      ),
    ).toEqual([[true, false, true, null, true]]);
  });

  it('takes ranges as arguments or as a dynamic array', () => {
    expect(value("ipv4_is_in_any_range('192.168.1.6', '192.168.1.1/24', '10.0.0.1/8')")).toBe(true);
    expect(value("ipv4_is_in_any_range('8.8.8.8', '192.168.1.1/24', '10.0.0.1/8')")).toBe(false);
    const r = rows(
      "let nets = dynamic(['192.168.1.1/16', '127.0.0.1/8', '10.0.0.1/8']); datatable(ip:string)['10.1.2.3', '1.1.1.1', ''] | extend l = ipv4_is_in_any_range(ip, nets)",
    );
    expect(r.map((x) => x[1])).toEqual([true, false, null]);
  });

  it('refuses what is not documented (unreadable range, address wider than the range)', () => {
    expect(() => value("ipv4_is_in_any_range('10.0.0.1', dynamic(['10.0.0.0/8', 'bogus']))")).toThrow(Unsupported);
    expect(() => value("ipv4_is_in_range('10.0.0.0/8', '10.1.0.0/16')")).toThrow(Unsupported);
  });
});

describe('ipv4_compare / ipv4_is_match / format_ipv4 / ipv4_range_to_cidr_list', () => {
  it('compares on the shortest prefix', () => {
    expect(
      rows(
        "print a = ipv4_compare('192.168.1.1/24', '192.168.1.255'), b = ipv4_compare('10.0.0.1', '10.0.0.2'), c = ipv4_compare('10.0.0.3', '10.0.0.2', 32), d = ipv4_compare('10.0.0.3', '10.0.0.2', 31), e = ipv4_compare('nope', '1.1.1.1')",
      ),
    ).toEqual([[0, -1, 1, 0, null]]);
    expect(rows("print a = ipv4_is_match('192.168.1.1/30', '192.168.1.255/24'), b = ipv4_is_match('1.1.1.1', '1.1.1.2')")).toEqual([
      [true, false],
    ]);
  });

  it('formats with a netmask; a bad prefix gives an empty string', () => {
    expect(
      rows(
        "print a = format_ipv4('192.168.1.1', 24), b = format_ipv4_mask('192.168.1.1/24', 32), c = format_ipv4('192.168.1.1/24', -1), d = format_ipv4(3232235777)",
      ),
    ).toEqual([['192.168.1.0', '192.168.1.0/24', '', '192.168.1.1']]);
  });

  it('covers a range with the fewest CIDR blocks', () => {
    expect(value("ipv4_range_to_cidr_list('1.1.128.0', '1.1.140.255')")).toEqual(['1.1.128.0/21', '1.1.136.0/22', '1.1.140.0/24']);
    expect(value("ipv4_range_to_cidr_list('0.0.0.0', '255.255.255.255')")).toEqual(['0.0.0.0/0']);
  });
});

describe('has_ipv4 family (term boundaries)', () => {
  const line = "'05:04:54 127.0.0.1 GET /favicon.ico 404'";
  it('finds delimited addresses only', () => {
    expect(value(`has_ipv4(${line}, '127.0.0.1')`)).toBe(true);
    expect(value("has_ipv4('05:04:54127.0.0.1 GET', '127.0.0.1')")).toBe(false);
    expect(value("has_ipv4('x 127.0.0.256 y', '127.0.0.256')")).toBe(false);
    expect(value("has_ipv4('from 10.1.1.201.', '10.1.1.201')")).toBe(true);
    expect(value("has_ipv4('ip=10.1.1.2a', '10.1.1.2')")).toBe(false);
  });

  it('prefixes must end with a dot or be a whole address', () => {
    expect(value(`has_ipv4_prefix(${line}, '127.0.')`)).toBe(true);
    expect(value(`has_ipv4_prefix(${line}, '127.0')`)).toBe(false);
    expect(value(`has_ipv4_prefix(${line}, '127.0.0.1')`)).toBe(true);
    expect(value(`has_ipv4_prefix(${line}, '127.1.')`)).toBe(false);
  });

  it('any-of forms take several arguments or a dynamic array', () => {
    expect(value(`has_any_ipv4(${line}, dynamic(['127.0.0.2', '127.0.0.1']))`)).toBe(true);
    expect(value(`has_any_ipv4(${line}, '10.0.0.1', '127.0.0.2')`)).toBe(false);
    expect(value(`has_any_ipv4_prefix(${line}, '10.', '127.')`)).toBe(true);
  });

  it('refuses unclear delimiting', () => {
    expect(() => value("has_ipv4('v 1.2.3.4.5', '1.2.3.4')")).toThrow(Unsupported);
    expect(() => value("has_ipv4('a_1.2.3.4', '1.2.3.4')")).toThrow(Unsupported);
  });
});

describe('IPv6 functions', () => {
  it('parse_ipv6 gives the canonical form; IPv4 maps to ::ffff:a.b.c.d', () => {
    expect(
      rows(
        "print a = parse_ipv6('192.168.255.255/24'), b = parse_ipv6('fe80::85d:e82c:9446:7994'), c = parse_ipv6('nope'), d = parse_ipv6('::1')",
      ),
    ).toEqual([
      ['0000:0000:0000:0000:0000:ffff:c0a8:ff00', 'fe80:0000:0000:0000:085d:e82c:9446:7994', '', '0000:0000:0000:0000:0000:0000:0000:0001'],
    ]);
    expect(value("parse_ipv6_mask('::192.168.255.255/24', 128)")).toBe('0000:0000:0000:0000:0000:ffff:c0a8:ff00');
    expect(value("parse_ipv6_mask('fe80::85d:e82c:9446:7994/120', 124)")).toBe('fe80:0000:0000:0000:085d:e82c:9446:7900');
  });

  it('compares and matches with the shortest prefix', () => {
    expect(
      rows(
        "print a = ipv6_compare('fe80::85d:e82c:9446:7994/120', 'fe80::85d:e82c:9446:7998'), b = ipv6_compare('fe80::1', 'fe80::2'), c = ipv6_is_match('192.168.1.1', '::ffff:c0a8:0101'), d = ipv6_is_match('fe80::1', 'fe80::2', 127), e = ipv6_compare('nope', '::1')",
      ),
    ).toEqual([[0, -1, true, false, null]]);
  });

  it('tests range membership', () => {
    expect(
      rows(
        "print a = ipv6_is_in_range('a5e:f127:8a9d:146d:e102:b5d3:c755:abcd', 'a5e:f127:8a9d:146d:e102:b5d3:c755:0000/112'), b = ipv6_is_in_range('a5e:f127:8a9d:146d:e102:b5d3:c755:abcd', '0:0:0:0:0:ffff:c0a8:ac/60'), c = ipv6_is_in_any_range('::1', dynamic(['fe80::/10', '::/64']))",
      ),
    ).toEqual([[true, false, true]]);
  });
});
