// evaluate ipv4_lookup / ipv6_lookup, written from the Kusto documentation
// (ipv4-lookup-plugin.md, ipv6-lookup-plugin.md) and the edge cases it leaves open.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const IPV4_DATA = `let IP_Data = datatable(network:string, continent_code:string ,continent_name:string, country_iso_code:string, country_name:string)
[
  "111.68.128.0/17","AS","Asia","JP","Japan",
  "5.8.0.0/19","EU","Europe","RU","Russia",
  "223.255.254.0/24","AS","Asia","SG","Singapore",
  "46.36.200.51/32","OC","Oceania","CK","Cook Islands",
  "2.20.183.0/24","EU","Europe","GB","United Kingdom",
];
let IPs = datatable(ip:string)
[
  '2.20.183.12',   // United Kingdom
  '5.8.1.2',       // Russia
  '192.165.12.17', // Unknown
];
`;

const IPV6_DATA = `let IP_Data = datatable(network:string, continent_code:string ,continent_name:string, country_iso_code:string, country_name:string)
[
  "2001:0db8:85a3::/48","NA","North America","US","United States",
  "2404:6800:4001::/48","AS","Asia","JP","Japan",
  "2a00:1450:4001::/48","EU","Europe","DE","Germany",
  "2800:3f0:4001::/48","SA","South America","BR","Brazil",
  "2c0f:fb50:4001::/48","AF","Africa","ZA","South Africa",
  "2607:f8b0:4001::/48","NA","North America","CA","Canada",
  "2a02:26f0:4001::/48","EU","Europe","FR","France",
  "2400:cb00:4001::/48","AS","Asia","IN","India",
  "2801:0db8:85a3::/48","SA","South America","AR","Argentina",
  "2a03:2880:4001::/48","EU","Europe","GB","United Kingdom"
];
let IPs = datatable(ip:string)
[
  "2001:0db8:85a3:0000:0000:8a2e:0370:7334", // United States
  "2404:6800:4001:0001:0000:8a2e:0370:7334", // Japan
  "2a02:26f0:4001:0006:0000:8a2e:0370:7334", // France
  "a5e:f127:8a9d:146d:e102:b5d3:c755:abcd",  // N/A
  "a5e:f127:8a9d:146d:e102:b5d3:c755:abce"   // N/A
];
`;

const names = (query: string) => result(query).columns.map((c) => c.name);

describe('ipv4_lookup (the page examples)', () => {
  it('returns the matching rows only, input columns first', () => {
    const query = `${IPV4_DATA}IPs | evaluate ipv4_lookup(IP_Data, ip, network)`;
    expect(names(query)).toEqual(['ip', 'network', 'continent_code', 'continent_name', 'country_iso_code', 'country_name']);
    expect(rows(query)).toEqual([
      ['2.20.183.12', '2.20.183.0/24', 'EU', 'Europe', 'GB', 'United Kingdom'],
      ['5.8.1.2', '5.8.0.0/19', 'EU', 'Europe', 'RU', 'Russia'],
    ]);
  });

  it('keeps unmatched rows with empty lookup columns for return_unmatched = true', () => {
    const expected = [
      ['2.20.183.12', '2.20.183.0/24', 'EU', 'Europe', 'GB', 'United Kingdom'],
      ['5.8.1.2', '5.8.0.0/19', 'EU', 'Europe', 'RU', 'Russia'],
      ['192.165.12.17', '', '', '', '', ''],
    ];
    expect(rows(`${IPV4_DATA}IPs | evaluate ipv4_lookup(IP_Data, ip, network, return_unmatched = true)`)).toEqual(expected);
    expect(rows(`${IPV4_DATA}IPs | evaluate ipv4_lookup(IP_Data, ip, network, true)`)).toEqual(expected);
    expect(rows(`${IPV4_DATA}IPs | evaluate ipv4_lookup(IP_Data, ip, network, false)`)).toEqual(expected.slice(0, 2));
  });

  it('matches extra key columns by equality and does not repeat them', () => {
    const query = `let IP_Data = datatable(network:string, continent_name:string, country_iso_code:string, country_name:string)
[
  "2.20.183.0/24","Europe","GB","United Kingdom",
  "5.8.0.0/19","Europe","RU","Russia",
  "192.165.8.0/21","Europe","SE","Sweden",
];
let IPs = datatable(ip:string, continent_name:string, country_iso_code:string)
[
    '2.20.183.12',   'Europe', 'GB',
    '5.8.1.2',       'Europe', 'RU',
    '192.165.12.17', 'Europe', '',   // Sweden is 'SE' - so it won't be matched
];
IPs
| evaluate ipv4_lookup(IP_Data, ip, network, continent_name, country_iso_code)`;
    expect(names(query)).toEqual(['ip', 'continent_name', 'country_iso_code', 'network', 'country_name']);
    expect(rows(query)).toEqual([
      ['2.20.183.12', 'Europe', 'GB', '2.20.183.0/24', 'United Kingdom'],
      ['5.8.1.2', 'Europe', 'RU', '5.8.0.0/19', 'Russia'],
    ]);
    expect(rows(query.replace('country_iso_code)', 'country_iso_code, return_unmatched = true)'))).toEqual([
      ['2.20.183.12', 'Europe', 'GB', '2.20.183.0/24', 'United Kingdom'],
      ['5.8.1.2', 'Europe', 'RU', '5.8.0.0/19', 'Russia'],
      ['192.165.12.17', 'Europe', '', '', ''],
    ]);
  });
});

describe('ipv4_lookup (edge cases)', () => {
  const lookup = (table: string, ips: string, args = 'ip, network') =>
    rows(`let L = datatable(network:string, tag:string) [${table}]; datatable(ip:string) [${ips}] | evaluate ipv4_lookup(L, ${args})`);

  it('reads single addresses, /0 and ranges with host bits set as the IPv4 functions do', () => {
    expect(lookup("'10.1.2.3','one'", "'10.1.2.3', '10.1.2.4'")).toEqual([['10.1.2.3', '10.1.2.3', 'one']]);
    expect(lookup("'0.0.0.0/0','all'", "'1.2.3.4', '255.255.255.255'")).toEqual([
      ['1.2.3.4', '0.0.0.0/0', 'all'],
      ['255.255.255.255', '0.0.0.0/0', 'all'],
    ]);
    expect(lookup("'10.1.2.3/16','net'", "'10.1.200.1', '10.2.0.1'")).toEqual([['10.1.200.1', '10.1.2.3/16', 'net']]);
  });

  it('matches a source network inside a range, and keeps input row order', () => {
    expect(lookup("'10.0.0.0/8','a', '192.168.0.0/16','b'", "'192.168.1.0/24', '10.9.9.9', '192.168.1.1'")).toEqual([
      ['192.168.1.0/24', '192.168.0.0/16', 'b'],
      ['10.9.9.9', '10.0.0.0/8', 'a'],
      ['192.168.1.1', '192.168.0.0/16', 'b'],
    ]);
  });

  it('gives empty or null addresses and ranges no match', () => {
    expect(lookup("'', 'empty', '10.0.0.0/8','a'", "'', '10.0.0.1'")).toEqual([['10.0.0.1', '10.0.0.0/8', 'a']]);
    expect(lookup("'10.0.0.0/8','a'", "'', '1.1.1.1'", 'ip, network, true')).toEqual([
      ['', '', ''],
      ['1.1.1.1', '', ''],
    ]);
  });

  it('gives no rows for an empty input or an empty lookup table', () => {
    expect(lookup("'10.0.0.0/8','a'", '')).toEqual([]);
    expect(lookup('', "'10.0.0.1'")).toEqual([]);
    expect(lookup('', "'10.0.0.1'", 'ip, network, true')).toEqual([['10.0.0.1', '', '']]);
  });

  it('takes an inline or piped lookup table', () => {
    expect(
      rows(`datatable(ip:string) ['10.0.0.1'] | evaluate ipv4_lookup(datatable(network:string, n:long) ['10.0.0.0/8', 7], ip, network)`),
    ).toEqual([['10.0.0.1', '10.0.0.0/8', 7]]);
    expect(
      rows(`let L = datatable(network:string, n:long) ['10.0.0.0/8', 7, '11.0.0.0/8', 8];
        datatable(ip:string) ['10.0.0.1', '11.0.0.1'] | evaluate ipv4_lookup((L | where n > 7), ip, network, return_unmatched = true)`),
    ).toEqual([
      ['10.0.0.1', '', null],
      ['11.0.0.1', '11.0.0.0/8', 8],
    ]);
  });

  it('renames a lookup column named like an input column as the binder does', () => {
    const query = `let L = datatable(ip:string, tag:string) ['10.0.0.0/8', 'a'];
      datatable(ip:string, tag:string) ['10.0.0.1', 'x'] | evaluate ipv4_lookup(L, ip, ip)`;
    expect(names(query)).toEqual(['ip', 'tag', 'ip1', 'tag1']);
    expect(rows(query)).toEqual([['10.0.0.1', 'x', '10.0.0.0/8', 'a']]);
  });

  it('picks the one range whose extra keys match among nested ranges', () => {
    const query = `let L = datatable(network:string, site:string, tag:string) ['10.0.0.0/8', 'A', 'wide', '10.1.0.0/16', 'B', 'narrow'];
      datatable(ip:string, site:string) ['10.1.2.3', 'A', '10.1.2.3', 'B', '10.1.2.3', 'C'] | evaluate ipv4_lookup(L, ip, network, site)`;
    expect(rows(query)).toEqual([
      ['10.1.2.3', 'A', '10.0.0.0/8', 'wide'],
      ['10.1.2.3', 'B', '10.1.0.0/16', 'narrow'],
    ]);
  });

  it('refuses an address in several ranges (which one wins is not documented)', () => {
    expect(() => lookup("'10.0.0.0/8','a', '10.1.0.0/16','b'", "'10.1.2.3'")).toThrow(/several lookup rows/);
    expect(() => lookup("'10.0.0.0/8','a', '10.0.0.0/8','b'", "'10.1.2.3'")).toThrow(Unsupported);
    // Only when such an address occurs.
    expect(lookup("'10.0.0.0/8','a', '10.1.0.0/16','b'", "'10.2.0.1'")).toEqual([['10.2.0.1', '10.0.0.0/8', 'a']]);
  });

  it('refuses text that is not IPv4 and a source network wider than a range inside it', () => {
    expect(() => lookup("'10.0.0.0/8','a'", "'hello'")).toThrow(/source value that is not IPv4/);
    expect(() => lookup("'10.0.0.0/8','a'", "'fe80::1'")).toThrow(Unsupported);
    expect(() => lookup("'10.0.0.0/8','a'", "'010.0.0.1'")).toThrow(Unsupported);
    expect(() => lookup("'10.0.0.0/33','a'", "'10.0.0.1'")).toThrow(Unsupported);
    expect(() => lookup("'net','a'", "'10.0.0.1'")).toThrow(/lookup range that is not IPv4/);
    expect(() => lookup("'10.1.0.0/16','a'", "'10.0.0.0/8'")).toThrow(/wider than a lookup range/);
    // A wider source network that holds no range simply does not match.
    expect(lookup("'10.1.0.0/16','a'", "'11.0.0.0/8'")).toEqual([]);
  });

  it('refuses keys that are not strings and null extra keys', () => {
    expect(() =>
      rows(`let L = datatable(network:string, n:long) ['10.0.0.0/8', 1]; datatable(ip:long) [1] | evaluate ipv4_lookup(L, ip, network)`),
    ).toThrow(/long column/);
    expect(() =>
      rows(`let L = datatable(network:string, n:long) ['10.0.0.0/8', 1];
        datatable(ip:string, n:long) ['10.0.0.1', long(null)] | evaluate ipv4_lookup(L, ip, network, n)`),
    ).toThrow(/null extra key/);
  });

  it('looks up many rows against many ranges', () => {
    const query = `let L = range i from 0 to 9999 step 1 | extend network = strcat('10.', i / 256, '.', i % 256, '.0/24'), i;
      range j from 0 to 99999 step 1 | extend k = j % 10000 | extend ip = strcat('10.', k / 256, '.', k % 256, '.', j % 7)
      | evaluate ipv4_lookup(L, ip, network) | summarize count(), countif(i == k)`;
    expect(rows(query)).toEqual([[100000, 100000]]);
  });
});

describe('ipv6_lookup (the page examples)', () => {
  it('returns the matching rows only, lookup columns first as the page prints them', () => {
    const query = `${IPV6_DATA}IPs | evaluate ipv6_lookup(IP_Data, ip, network)`;
    expect(names(query)).toEqual(['network', 'continent_code', 'continent_name', 'country_iso_code', 'country_name', 'ip']);
    expect(rows(query)).toEqual([
      ['2001:0db8:85a3::/48', 'NA', 'North America', 'US', 'United States', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
      ['2404:6800:4001::/48', 'AS', 'Asia', 'JP', 'Japan', '2404:6800:4001:0001:0000:8a2e:0370:7334'],
      ['2a02:26f0:4001::/48', 'EU', 'Europe', 'FR', 'France', '2a02:26f0:4001:0006:0000:8a2e:0370:7334'],
    ]);
  });

  it('keeps unmatched rows for return_unmatched = true', () => {
    expect(rows(`${IPV6_DATA}IPs | evaluate ipv6_lookup(IP_Data, ip, network, true)`)).toEqual([
      ['2001:0db8:85a3::/48', 'NA', 'North America', 'US', 'United States', '2001:0db8:85a3:0000:0000:8a2e:0370:7334'],
      ['2404:6800:4001::/48', 'AS', 'Asia', 'JP', 'Japan', '2404:6800:4001:0001:0000:8a2e:0370:7334'],
      ['2a02:26f0:4001::/48', 'EU', 'Europe', 'FR', 'France', '2a02:26f0:4001:0006:0000:8a2e:0370:7334'],
      ['', '', '', '', '', 'a5e:f127:8a9d:146d:e102:b5d3:c755:abcd'],
      ['', '', '', '', '', 'a5e:f127:8a9d:146d:e102:b5d3:c755:abce'],
    ]);
  });
});

describe('ipv6_lookup (edge cases)', () => {
  const lookup = (table: string, ips: string, tail = '') =>
    rows(
      `let L = datatable(network:string, tag:string) [${table}]; datatable(ip:string) [${ips}] | evaluate ipv6_lookup(L, ip, network)${tail}`,
    );

  it('reads IPv4 text as IPv4-mapped addresses, as the IPv6 functions do', () => {
    expect(lookup("'::ffff:10.0.0.0/8','v4', 'fe80::/10','link'", "'10.2.3.4', 'fe80::1', '::1'")).toEqual([
      ['::ffff:10.0.0.0/8', 'v4', '10.2.3.4'],
      ['fe80::/10', 'link', 'fe80::1'],
    ]);
    expect(lookup("'10.0.0.0/8','v4'", "'::ffff:10.9.8.7'")).toEqual([['10.0.0.0/8', 'v4', '::ffff:10.9.8.7']]);
  });

  it('keeps the order through where, extend, project, summarize', () => {
    expect(lookup("'fe80::/10','link'", "'fe80::1', '::1'", ' | where tag != "x" | extend n = 1')).toEqual([
      ['fe80::/10', 'link', 'fe80::1', 1],
    ]);
    expect(lookup("'fe80::/10','link'", "'fe80::1'", ' | summarize count() by tag')).toEqual([['link', 1]]);
  });

  it('refuses where the binder would reorder the columns, and shared column names', () => {
    expect(() => lookup("'fe80::/10','link'", "'fe80::1'", ' | project-away tag')).toThrow(/orders columns/);
    expect(() =>
      rows(
        `let L = datatable(network:string) ['fe80::/10']; let X = datatable(ip:string) ['fe80::1'] | evaluate ipv6_lookup(L, ip, network); X`,
      ),
    ).toThrow(/orders columns/);
    expect(() =>
      rows(`let L = datatable(ip:string) ['fe80::/10']; datatable(ip:string) ['fe80::1'] | evaluate ipv6_lookup(L, ip, ip)`),
    ).toThrow(/sharing a column name/);
  });

  it('refuses several matches and text that is not an address', () => {
    expect(() => lookup("'fe80::/10','a', 'fe80::/64','b'", "'fe80::1'")).toThrow(/several lookup rows/);
    expect(() => lookup("'fe80::/10','a'", "'zz::1'")).toThrow(/not IP text/);
    expect(() => lookup("'fe80::/10','a'", "'fe80::/8'")).toThrow(/wider than a lookup range/);
  });
});
