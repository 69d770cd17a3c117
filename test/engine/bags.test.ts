// Property-bag functions and parse_json, from the Kusto docs (bag-*-function, bag-zip,
// parse-json-function, dynamic-to-json-function).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('parse_json / todynamic', () => {
  it('parses JSON text, keeps a non-JSON string as itself, passes dynamic through', () => {
    expect(
      rows(
        `print a = parse_json('{"duration":{"value":118.0,"min":100.0}}').duration.min, b = parse_json("hello"), c = todynamic('[1, "x"]'), d = parse_json(dynamic([1])), e = parse_json('21'), f = parse_json('"21"')`,
      ),
    ).toEqual([[100, 'hello', [1, 'x'], [1], 21, '21']]);
  });

  it('gives null for an empty string', () => {
    expect(value('parse_json("")')).toBeNull();
  });

  it('refuses relaxed JSON and integers beyond 2^53', () => {
    expect(() => value(`parse_json("{'a': 1}")`)).toThrow(Unsupported);
    expect(() => value(`parse_json('[12345678901234567890]')`)).toThrow(Unsupported);
  });
});

describe('bag_* functions', () => {
  it('bag_keys of bags; null for anything else', () => {
    expect(
      rows(
        `datatable(d:dynamic) [dynamic({'a':'b', 'c':123}), dynamic({}), dynamic(null), dynamic('a'), dynamic([])] | extend k = bag_keys(d) | project k`,
      ),
    ).toEqual([[['a', 'c']], [[]], [null], [null], [null]]);
  });

  it('bag_merge: the leftmost bag wins', () => {
    expect(value('bag_merge(dynamic({"a": 1, "b": 2}), dynamic({"b": 3, "c": 4}))')).toEqual({ a: 1, b: 2, c: 4 });
  });

  it('bag_remove_keys with top-level keys and JSONPath', () => {
    expect(value(`bag_remove_keys(dynamic({'key1': 123, 'key2': 'abc'}), dynamic(['key2', 'key4']))`)).toEqual({ key1: 123 });
    expect(value(`bag_remove_keys(dynamic({'a': {'b': 1, 'c': 2}, 'd': 3}), dynamic(['$.a.b']))`)).toEqual({ a: { c: 2 }, d: 3 });
  });

  it('bag_set_key adds, replaces and nests; null for a non-bag', () => {
    expect(value(`bag_set_key(dynamic({'a': 1}), 'b', 2)`)).toEqual({ a: 1, b: 2 });
    expect(value(`bag_set_key(dynamic({'a': 1}), 'a', 'x')`)).toEqual({ a: 'x' });
    expect(value(`bag_set_key(dynamic({'a': {'b': 1}}), '$.a.c', 2)`)).toEqual({ a: { b: 1, c: 2 } });
    expect(rows(`datatable(d:dynamic) [dynamic([1])] | project bag_set_key(d, 'a', 1)`)).toEqual([[null]]);
  });

  it('bag_has_key top-level and nested', () => {
    expect(
      rows(`let b = dynamic({'a': {'b': 1}}); print x = bag_has_key(b, 'a'), y = bag_has_key(b, '$.a.b'), z = bag_has_key(b, 'b')`),
    ).toEqual([[true, true, false]]);
  });

  it('bag_zip skips non-string keys and pads missing values with null', () => {
    expect(value(`bag_zip(dynamic(['a', 'b', 'c']), dynamic([1, '2']))`)).toEqual({ a: 1, b: '2', c: null });
    expect(rows(`datatable(k:dynamic, v:dynamic) [dynamic(['a', 8, 'b']), dynamic(1)] | project bag_zip(k, v)`)).toEqual([
      [{ a: null, b: null }],
    ]);
  });

  it('bag_zip of keys that are not an array is null (the page example)', () => {
    expect(
      rows(`datatable(k:dynamic, v:dynamic) [dynamic('a'), dynamic([1, '2', 2.5])] | project b = bag_zip(k, v) | extend e = isnull(b)`),
    ).toEqual([[null, true]]);
  });

  it('a dynamic literal nested in a dynamic literal is its value (dynamic_to_json docs)', () => {
    const q = `let bag1 = dynamic_to_json(dynamic({'Y10': dynamic({}), 'X8': dynamic({'c3': 1, 'd8': 5, 'a4': 6}), 'A1': 12, 'A14': [15, 13, 18]}));
      let bag2 = dynamic_to_json(dynamic({'X8': dynamic({'a4': 6, 'c3': 1, 'd8': 5}), 'A14': [15, 13, 18], 'A1': 12, 'Y10': dynamic({})}));
      print AreEqual = bag1 == bag2, Result = bag1`;
    expect(rows(q)).toEqual([[true, '{"A1":12,"A14":[15,13,18],"X8":{"a4":6,"c3":1,"d8":5},"Y10":{}}']]);
  });

  it('dynamic_to_json sorts bag keys', () => {
    expect(value(`dynamic_to_json(dynamic({'b': [1, {'d': 1, 'c': 2}], 'a': 'x'}))`)).toBe('{"a":"x","b":[1,{"c":2,"d":1}]}');
  });

  it('refuses bags whose keys JavaScript would reorder', () => {
    expect(() => value(`bag_keys(parse_json('{"b": 1, "1": 2}'))`)).toThrow(Unsupported);
  });
});

describe('pack_all and bag_pack_columns', () => {
  const calls = `datatable(Source:string, Target:string, CharsCount:long) ['555-1234', '555-1212', 46, '555-1313', '', 42, '', '555-3456', long(null)]`;

  it('pack_all packs the operator input row; pack_all(true) drops null and empty values', () => {
    expect(
      rows(`${calls} | extend Packed = pack_all(), PackedIgnoreNullEmpty = pack_all(true) | project Packed, PackedIgnoreNullEmpty`),
    ).toEqual([
      [
        { Source: '555-1234', Target: '555-1212', CharsCount: 46 },
        { Source: '555-1234', Target: '555-1212', CharsCount: 46 },
      ],
      [
        { Source: '555-1313', Target: '', CharsCount: 42 },
        { Source: '555-1313', CharsCount: 42 },
      ],
      [{ Source: '', Target: '555-3456', CharsCount: null }, { Target: '555-3456' }],
    ]);
  });

  it('pack_all keeps datetime columns in their serialized form', () => {
    expect(rows(`print t = datetime(2020-01-01), n = 1 | project p = pack_all()`)).toEqual([[{ t: '2020-01-01T00:00:00.0000000Z', n: 1 }]]);
  });

  it('pack_all inside an aggregate packs each input row', () => {
    expect(rows(`datatable(a: long, b: string) [1, "x", 2, "y"] | summarize l = make_list(pack_all())`)).toEqual([
      [
        [
          { a: 1, b: 'x' },
          { a: 2, b: 'y' },
        ],
      ],
    ]);
  });

  it('bag_pack_columns names each value by its column', () => {
    expect(rows(`datatable(Id: string, Value: string, Other: long) ["A", "val_a", 1] | project P = bag_pack_columns(Id, Other)`)).toEqual([
      [{ Id: 'A', Other: 1 }],
    ]);
  });
});

describe('parse_json of number-like text that is not JSON', () => {
  it('refuses rather than guess (007, +1, .5); other text stays a string', () => {
    expect(() => value('parse_json("007")')).toThrow(Unsupported);
    expect(() => value('parse_json("+1")')).toThrow(Unsupported);
    expect(() => value('parse_json(".5")')).toThrow(Unsupported);
    expect(value('parse_json("1b2c-guid")')).toBe('1b2c-guid');
  });
});

describe('a "__proto__" key is an ordinary key', () => {
  it('is kept as data by bag_pack, bag_set_key and parse_json', () => {
    expect(value('bag_keys(bag_pack("__proto__", 1, "b", 2))')).toEqual(['__proto__', 'b']);
    expect(value(`tostring(bag_set_key(parse_json('{"__proto__": {"x": 1}}'), '$.__proto__.y', 2))`)).toBe('{"__proto__":{"x":1,"y":2}}');
  });
});
