// Array, set and dynamic-literal functions, from the Kusto docs (array-*-function, set-*-function,
// zip-function, range-function, repeat-function, scalar-data-types/dynamic).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('dynamic literals with negative numbers and typed values', () => {
  it('accepts negative numbers and timespans inside arrays', () => {
    expect(value('dynamic([-1, -2.5, 3])')).toEqual([-1, -2.5, 3]);
    expect(value('dynamic({"a": -7})')).toEqual({ a: -7 });
  });

  it('holds datetime and timespan values in their serialized (string) form', () => {
    expect(value('dynamic([datetime(2021-01-01), 1h, time(1.02:03:04.5)])')).toEqual([
      '2021-01-01T00:00:00.0000000Z',
      '01:00:00',
      '1.02:03:04.5000000',
    ]);
    expect(value('tostring(dynamic({"t": datetime(2021-01-01 10:00:00.5)}))')).toBe('{"t":"2021-01-01T10:00:00.5000000Z"}');
  });

  it('pack_array and bag_pack keep datetime/timespan arguments as strings', () => {
    expect(value('pack_array(1, "2", 2s)')).toEqual([1, '2', '00:00:02']);
    expect(value('bag_pack("t", datetime(2020-02-29))')).toEqual({ t: '2020-02-29T00:00:00.0000000Z' });
    expect(value('pack("a", 1, "b", "x")')).toEqual({ a: 1, b: 'x' });
  });
});

describe('array_* functions', () => {
  it('array_concat, array_reverse, array_slice with negative and out-of-range bounds', () => {
    expect(
      rows(
        `print a = array_concat(dynamic([1]), dynamic([2, 3])), b = array_reverse(dynamic(["x", "y"])), c = array_slice(dynamic([1,2,3,4,5]), 2, -1), d = array_slice(dynamic([1,2,3,4,5]), -3, -2), e = array_slice(dynamic([1,2,3]), 1, 10), f = array_slice(dynamic([1,2,3]), 2, 1)`,
      ),
    ).toEqual([[[1, 2, 3], ['y', 'x'], [3, 4, 5], [3, 4], [2, 3], []]]);
  });

  it('array_split at one index or several, negative from the end', () => {
    expect(value('array_split(dynamic([1,2,3,4,5]), 2)')).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(value('array_split(dynamic([1,2,3,4,5]), dynamic([1,3]))')).toEqual([[1], [2, 3], [4, 5]]);
    expect(value('array_split(dynamic([1,2,3,4,5]), -1)')).toEqual([[1, 2, 3, 4], [5]]);
  });

  it('rotates and shifts, negative counts reversing the direction, with a fill value', () => {
    expect(
      rows(
        `print a = array_rotate_left(dynamic([1,2,3,4,5]), 2), b = array_rotate_left(dynamic([1,2,3,4,5]), -2), c = array_rotate_right(dynamic([1,2,3,4,5]), -2), d = array_shift_left(dynamic([1,2,3,4,5]), 2), e = array_shift_right(dynamic([1,2,3,4,5]), 2, -1), f = array_shift_right(dynamic([1,2,3,4,5]), -2, -1), g = array_rotate_right(dynamic([1,2,3]), 7)`,
      ),
    ).toEqual([
      [
        [3, 4, 5, 1, 2],
        [4, 5, 1, 2, 3],
        [3, 4, 5, 1, 2],
        [3, 4, 5, null, null],
        [-1, -1, 1, 2, 3],
        [3, 4, 5, -1, -1],
        [3, 1, 2],
      ],
    ]);
  });

  it('array_sort_asc/desc put nulls last by default, first when asked, and reorder companion arrays', () => {
    expect(value('array_sort_asc(dynamic([null,"blue","yellow","green",null]))')).toEqual(['blue', 'green', 'yellow', null, null]);
    expect(value('array_sort_asc(dynamic([null,"blue","yellow","green",null]), false)')).toEqual([null, null, 'blue', 'green', 'yellow']);
    expect(value('array_sort_desc(dynamic([null,"blue","yellow","green",null]))')).toEqual(['yellow', 'green', 'blue', null, null]);
    expect(value('array_sort_desc(dynamic([1,3,4,5,2]), dynamic(["a","b","c","d","e"]))[1]')).toEqual(['d', 'c', 'b', 'e', 'a']);
    expect(value('array_sort_asc(dynamic([1,3,2]), dynamic(["a"]))[1]')).toBeNull();
    expect(value('strcat_array(array_sort_asc(split("John,Paul,Jane,Kao", ",")), ",")')).toBe('Jane,John,Kao,Paul');
  });

  it('refuses sorting arrays that mix element types', () => {
    expect(() => value('array_sort_asc(dynamic([1, "a"]))')).toThrow(Unsupported);
  });

  it('array_index_of with start, length and occurrence', () => {
    const arr = 'dynamic(["this", "is", "an", "example", "an", "example"])';
    expect(
      rows(
        `let arr = ${arr}; print a = array_index_of(arr, "an"), b = array_index_of(arr, "example", 1, 3), c = array_index_of(arr, "example", 1, 2), d = array_index_of(arr, "is", 2, 4), e = array_index_of(arr, "an", 1, -1, 2), f = array_index_of(arr, "an", 1, -1, 3), g = array_index_of(arr, "an", -3), h = array_index_of(arr, "is", -4), i = array_index_of(arr, "an", 0, -2)`,
      ),
    ).toEqual([[2, 3, -1, -1, 4, -1, 4, -1, null]]);
  });

  it('array_iff picks by condition; non-bool conditions give null; short arrays pad with null', () => {
    expect(value('array_iff(dynamic([true, false, true]), dynamic([1, 2, 3]), dynamic([4, 5, 6]))')).toEqual([1, 5, 3]);
    expect(value('array_iif(dynamic([1, 0, "x", null]), dynamic([1]), 0)')).toEqual([1, 0, null, null]);
  });

  it('array_sum is a real sum, null when an element is not numeric', () => {
    expect(value('array_sum(dynamic([1, 2.5, 3]))')).toBe(6.5);
    expect(value('array_sum(dynamic([1, "a"]))')).toBeNull();
  });

  it('refuses non-array arguments', () => {
    expect(() => rows('datatable(d:dynamic) [dynamic({"a": 1})] | project array_reverse(d)')).toThrow(Unsupported);
  });
});

describe('sets, zip, range, repeat', () => {
  it('set_union/intersect/difference are distinct, in first-appearance order', () => {
    expect(
      rows(
        `print u = set_union(dynamic(['A4', 'A2', 'A7', 'A2']), dynamic(['A1', 'A4'])), i = set_intersect(dynamic([1, 2, 3, 2]), dynamic([2, 3, 4]), dynamic([3, 2])), d = set_difference(dynamic([1,2,3,1]), dynamic([2])), e = set_difference(dynamic([1,2,3]), dynamic([1,2,3])), s = set_intersect(dynamic([1, 2, 3]), dynamic(["1"]))`,
      ),
    ).toEqual([[['A4', 'A2', 'A7', 'A1'], [2, 3], [1, 3], [], []]]);
  });

  it('set_has_element and jaccard_index', () => {
    expect(rows(`print a = set_has_element(dynamic(["a", "b"]), "b"), b = set_has_element(dynamic([1, 2]), 3)`)).toEqual([[true, false]]);
    expect(value('jaccard_index(dynamic([1, 2, 3]), dynamic([1, 2, 3, 4]))')).toBe(0.75);
    expect(() => value('set_has_element(dynamic(["1"]), 1)')).toThrow(Unsupported);
  });

  it('zip pads shorter arrays with null', () => {
    expect(value('zip(dynamic([1,3,5]), dynamic([2,4,6]))')).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(value('zip(dynamic([1,2]), dynamic(["a"]))')).toEqual([
      [1, 'a'],
      [2, null],
    ]);
  });

  it('range() with numbers, a step, and datetimes (default step 1h)', () => {
    expect(value('range(1, 3)')).toEqual([1, 2, 3]);
    expect(value('range(1, 8, 3)')).toEqual([1, 4, 7]);
    expect(value('range(5, 1)')).toEqual([]);
    expect(value('range(datetime(2020-01-01), datetime(2020-01-01 02:00))')).toEqual([
      '2020-01-01T00:00:00.0000000Z',
      '2020-01-01T01:00:00.0000000Z',
      '2020-01-01T02:00:00.0000000Z',
    ]);
    expect(value('array_length(range(1, 2000000))')).toBe(1_048_576);
  });

  it('repeat(): empty for 0, null for negative counts', () => {
    expect(rows('print a = repeat("x", 2), b = repeat(1, 0), c = repeat(1, -1), d = repeat(1s, 1)')).toEqual([
      [['x', 'x'], [], null, ['00:00:01']],
    ]);
  });
});

describe('sorting strings', () => {
  it('refuses arrays whose order depends on case (ordinal vs case-insensitive)', () => {
    expect(() => value('array_sort_asc(dynamic(["b", "B", "a"]))')).toThrow(Unsupported);
    expect(value('array_sort_desc(dynamic(["b", "c", "a"]))')).toEqual(['c', 'b', 'a']);
  });
});
