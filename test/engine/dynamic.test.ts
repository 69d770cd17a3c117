// dynamic values, path access and `in`, from the Kusto docs (scalar-data-types/dynamic,
// in-operator, split-function, array-length-function, strcat-array-function, pack-array-function).
import { describe, expect, it } from 'vitest';
import { rows, value } from './helpers.js';

describe('dynamic literals and access', () => {
  it('accepts KQL dynamic literals with single-quoted strings', () => {
    expect(value(`dynamic({'a': [1, 'x', null, true, 2.5], "b": {}})`)).toEqual({ a: [1, 'x', null, true, 2.5], b: {} });
  });

  it('reads properties and elements, negative indexes from the end, null when absent', () => {
    expect(
      rows(
        `print d = dynamic({"a": [10, 20, 30], "b": {"c": "x"}}) | project p = d.b.c, q = d["a"][1], r = d.a[-1], s = d.nope, t = d.a[5]`,
      ),
    ).toEqual([['x', 20, 30, null, null]]);
  });

  it('tostring of a dynamic value is compact JSON', () => {
    expect(value(`tostring(dynamic({"a": [1, "b"]}))`)).toBe('{"a":[1,"b"]}');
  });

  it('holds datetime values inside dynamic literals in their JSON (string) form', () => {
    expect(value('dynamic([datetime(2021-01-01)])')).toEqual(['2021-01-01T00:00:00.0000000Z']);
  });
});

describe('in, !in, in~, !in~', () => {
  it('matches case-sensitively or not, and expands dynamic arrays', () => {
    expect(
      rows(
        `print a = "x" in ("X", "y"), b = "x" in~ ("X"), c = "x" !in ("X"), d = "x" !in~ ("X"), e = 2 in (1, 2), f = "b" in (dynamic(["a", "b"]))`,
      ),
    ).toEqual([[false, true, true, false, true, true]]);
  });
});

describe('array and string helpers', () => {
  it('split, array_length, strcat_array, pack_array, bag_pack, abs', () => {
    expect(
      rows(
        `print a = split("a,b,c", ","), b = split("a,b,c", ",", 1), c = array_length(dynamic([1, 2, 3])), e = strcat_array(dynamic(["x", 1]), "-"), f = pack_array(1, "a"), g = bag_pack("k", 2), h = abs(-3), i = abs(-1h)`,
      ),
    ).toEqual([[['a', 'b', 'c'], ['b'], 3, 'x-1', [1, 'a'], { k: 2 }, 3, '01:00:00']]);
  });
});
