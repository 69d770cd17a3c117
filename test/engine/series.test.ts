// make-series and evaluate bag_unpack, from the Kusto docs (make-series-operator, bag-unpack-plugin).
import { describe, expect, it } from 'vitest';
import { QueryError, Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const metrics = `datatable(timestamp:datetime, metric: real)
[
  datetime(2016-12-31T06:00), 50, datetime(2017-01-01), 4, datetime(2017-01-02), 3, datetime(2017-01-03), 4,
  datetime(2017-01-03T03:00), 6, datetime(2017-01-05), 8, datetime(2017-01-05T13:40), 13, datetime(2017-01-06), 4,
  datetime(2017-01-07), 3, datetime(2017-01-08), 8, datetime(2017-01-08T21:00), 8, datetime(2017-01-09), 2,
  datetime(2017-01-09T12:00), 11, datetime(2017-01-10T05:00), 5
]`;

describe('make-series', () => {
  it('kind=nonempty over no rows gives one row of default series (documented example)', () => {
    const q = `let data = datatable(timestamp:datetime, metric: real)[datetime(2017-01-01), 4, datetime(2017-01-02), 3];
      data | take 0 | make-series kind=nonempty avg(metric) default=1.0 on timestamp from datetime(2017-01-01) to datetime(2017-01-10) step 1d`;
    const [row] = rows(q);
    expect(row![0]).toEqual(Array(9).fill(1));
    expect((row![1] as string[])[8]).toBe('2017-01-09T00:00:00.0000000Z');
    // over rows it is the usual make-series; with by columns over no rows it is refused
    expect(rows(q.replace('| take 0 ', ''))).toHaveLength(1);
    expect(() => rows(q.replace('step 1d', 'step 1d by metric'))).toThrow(Unsupported);
  });

  it('aggregates per bin from `from` up to (not including) `to`, empty bins getting 0', () => {
    const r = result(`${metrics} | make-series avg(metric) on timestamp from datetime(2017-01-01) to datetime(2017-01-10) step 1d`);
    expect(r.columns.map((c) => c.name)).toEqual(['avg_metric', 'timestamp']);
    expect(r.rows[0]![0]).toEqual([4, 3, 5, 0, 10.5, 4, 3, 8, 6.5]);
    expect((r.rows[0]![1] as string[])[0]).toBe('2017-01-01T00:00:00.0000000Z');
    expect((r.rows[0]![1] as string[]).length).toBe(9);
  });

  it('uses default= for empty bins, groups by `by`, and gives no rows for an empty input', () => {
    expect(
      rows(`datatable(t:datetime, v:int, k:string)[datetime(2020-01-01), 1, "a", datetime(2020-01-09), 2, "a", datetime(2020-01-10), 5, "a", datetime(2020-01-02), 7, "b"]
| make-series s = sum(v), c = count() default = -1 on t from datetime(2020-01-01) to datetime(2020-01-15) step 7d by k | project k, s, c`),
    ).toEqual([
      ['a', [1, 7], [1, 2]],
      ['b', [7, 0], [1, -1]],
    ]);
    expect(
      rows(
        `${metrics} | take 0 | make-series avg(metric) default=1.0 on timestamp from datetime(2017-01-01) to datetime(2017-01-10) step 1d | count`,
      ),
    ).toEqual([[0]]);
  });

  it('works with mv-expand to turn series back into rows', () => {
    expect(
      rows(`datatable(Time: datetime, Value: int)[datetime(2025-01-07), 10, datetime(2025-01-16), 20, datetime(2025-02-01), 30]
| make-series Value=sum(Value) default=-2 on Time from datetime(2025-01-06) to datetime(2025-02-09) step 7d
| mv-expand Value to typeof(long), Time to typeof(datetime)`),
    ).toEqual([
      [10, '2025-01-06T00:00:00Z'],
      [20, '2025-01-13T00:00:00Z'],
      [-2, '2025-01-20T00:00:00Z'],
      [30, '2025-01-27T00:00:00Z'],
      [-2, '2025-02-03T00:00:00Z'],
    ]);
  });

  it('a numeric constant in place of an aggregate: the constant where a bin has rows, the default elsewhere (docs example)', () => {
    const data = 'datatable(Time: datetime, Value: int)[datetime(2025-01-07), 10, datetime(2025-01-16), 20, datetime(2025-02-01), 30]';
    const range = 'on Time from datetime(2025-01-06) to datetime(2025-02-09) step 7d';
    expect(rows(`${data} | make-series Value=sum(Value), other=-1 default=-2 ${range} | project other`)).toEqual([[[-1, -1, -2, -1, -2]]]);
    // A column, or a constant that is not a number: what fills a bin is not documented.
    expect(() => rows(`${data} | make-series x=strcat('a', 'b') default='' ${range}`)).toThrow(Unsupported);
  });

  it('refuses forms whose result it cannot pin down', () => {
    // Without from/to over several series (per series or over all of them is not clear).
    expect(() => rows(`${metrics} | extend g = tostring(metric) | make-series avg(metric) on timestamp step 1d by g`)).toThrow(Unsupported);
    expect(() =>
      rows(`${metrics} | make-series avg(metric) on timestamp in range(datetime(2017-01-01), datetime(2017-01-03), 1d)`),
    ).toThrow(Unsupported);
  });
});

const people = `datatable(Description: string, d: dynamic)
["Student", dynamic({"Name": "John", "Age": 20}), "Teacher", dynamic({"Name": "Dave", "Age": 40, "Height": 170}), "Other", dynamic(null)]`;

describe('evaluate bag_unpack', () => {
  it('replaces the bag column by one column per slot, in name order, typed by the values', () => {
    const r = result(`${people} | evaluate bag_unpack(d)`);
    expect(r.columns).toEqual([
      { name: 'Description', type: 'string' },
      { name: 'Age', type: 'long' },
      { name: 'Height', type: 'long' },
      { name: 'Name', type: 'string' },
    ]);
    expect(r.rows).toEqual([
      ['Student', 20, null, 'John'],
      ['Teacher', 40, 170, 'Dave'],
      ['Other', null, null, ''],
    ]);
  });

  it('prefixes column names', () => {
    expect(result(`${people} | evaluate bag_unpack(d, 'p_') | take 1`).columns.map((c) => c.name)).toEqual([
      'Description',
      'p_Age',
      'p_Height',
      'p_Name',
    ]);
  });

  it('a slot whose values differ in type becomes dynamic', () => {
    expect(result(`datatable(d: dynamic)[dynamic({"a": 1}), dynamic({"a": "x"})] | evaluate bag_unpack(d)`).columns).toEqual([
      { name: 'a', type: 'dynamic' },
    ]);
  });

  it('follows an OutputSchema, with * for the input columns', () => {
    expect(result(`${people} | evaluate bag_unpack(d) : (*, Name:string, Age:long)`)).toEqual({
      columns: [
        { name: 'Description', type: 'string' },
        { name: 'Name', type: 'string' },
        { name: 'Age', type: 'long' },
      ],
      rows: [
        ['Student', 'John', 20],
        ['Teacher', 'Dave', 40],
        ['Other', '', null],
      ],
    });
  });

  it('a slot named like an input column is an error, unless columnsConflict says which to keep', () => {
    // The plugin page's columnsConflict examples: the column stays at the input's place
    // (Name, Age), with the bag's values (replace_source) or the input's (keep_source).
    const input = `datatable(Name: string, d: dynamic)["James", dynamic({"Name": "John", "Age": 20})]`;
    expect(() => rows(`${input} | evaluate bag_unpack(d)`)).toThrow(QueryError);
    expect(result(`${input} | evaluate bag_unpack(d, columnsConflict='keep_source')`)).toEqual({
      columns: [
        { name: 'Name', type: 'string' },
        { name: 'Age', type: 'long' },
      ],
      rows: [['James', 20]],
    });
    expect(result(`${input} | evaluate bag_unpack(d, columnsConflict='replace_source')`)).toEqual({
      columns: [
        { name: 'Name', type: 'string' },
        { name: 'Age', type: 'long' },
      ],
      rows: [['John', 20]],
    });
    // The replacing slot brings its own type.
    expect(
      result(
        `datatable(Name: string, d: dynamic)["James", dynamic({"Name": 7})] | evaluate bag_unpack(d, columnsConflict='replace_source')`,
      ),
    ).toEqual({ columns: [{ name: 'Name', type: 'long' }], rows: [[7]] });
    expect(() => rows(`${input} | evaluate bag_unpack(d, columnsConflict='other')`)).toThrow(QueryError);
  });

  it('refuses slots of real numbers (2 and 2.0 look alike here)', () => {
    expect(() => rows(`datatable(d: dynamic)[dynamic({"a": 1.5})] | evaluate bag_unpack(d)`)).toThrow(Unsupported);
  });
});

describe('series_* element-wise functions', () => {
  it('unary functions give null for non-numeric elements', () => {
    expect(
      rows(
        `print a = series_abs(dynamic([-6.5, 0, 8.2, "x"])), b = series_sign(dynamic([-6, 0, 8])), c = series_floor(dynamic([-1.5, 1, 2.5])), d = series_ceiling(dynamic([-1.5, 1, 2.5]))`,
      ),
    ).toEqual([
      [
        [6.5, 0, 8.2, null],
        [-1, 0, 1],
        [-2, 1, 2],
        [-1, 1, 3],
      ],
    ]);
  });

  it('binary functions compare or combine element-wise; missing elements give null', () => {
    expect(
      rows(
        `print a = series_greater_equals(dynamic([1, 2, 4]), dynamic([4, 2, 1])), b = series_add(dynamic([1, 2, 3]), dynamic([10, 20])), c = series_less(dynamic([1, null]), dynamic([2, 2])), d = series_multiply(dynamic([2, 3]), dynamic([4, 0.5]))`,
      ),
    ).toEqual([
      [
        [false, true, true],
        [11, 22, null],
        [true, null],
        [8, 1.5],
      ],
    ]);
  });

  it('series_sum and series_product; refused with non-numeric elements', () => {
    expect(rows(`print a = series_sum(dynamic([1, 2, 3, 4])), b = series_product(dynamic([1, 2, 3, 4]))`)).toEqual([[10, 24]]);
    expect(() => rows(`print a = series_sum(dynamic([1, null]))`)).toThrow(Unsupported);
  });

  it('series_fill_const replaces nulls, or a given placeholder', () => {
    expect(rows(`print a = series_fill_const(dynamic([null, 1, null, 3]), 0), b = series_fill_const(dynamic([1, -1, 3]), 0, -1)`)).toEqual([
      [
        [0, 1, 0, 3],
        [1, 0, 3],
      ],
    ]);
  });

  it('series_fill_forward/backward carry the nearest value; edge nulls stay', () => {
    expect(
      rows(
        `print f = series_fill_forward(dynamic([null, 1, null, null, 4, null])), b = series_fill_backward(dynamic([null, 1, null, 4, null])), p = series_fill_forward(dynamic([1, -1, 3]), -1)`,
      ),
    ).toEqual([
      [
        [null, 1, 1, 1, 4, 4],
        [1, 1, 4, 4, null],
        [1, 1, 3],
      ],
    ]);
  });

  it('isempty/isnotempty on dynamic: only null (and parse_json("")) is empty', () => {
    expect(
      rows(
        `print a = isempty(parse_json("")), b = isempty(dynamic([])), c = isempty(dynamic({})), d = isnotempty(dynamic([1])), e = isempty(dynamic(null))`,
      ),
    ).toEqual([[true, false, false, true, true]]);
  });
});

describe('make-series without from/to', () => {
  const t = 'datatable(t:datetime, k:string, v:long) [datetime(2024-01-01 10:00), "a", 1, datetime(2024-01-03 05:00), "a", 2]';
  it('spans the first to the last bin with data when there is one series', () => {
    expect(rows(`${t} | make-series s = sum(v) on t step 1d`)).toEqual([
      [
        [1, 0, 2],
        ['2024-01-01T00:00:00.0000000Z', '2024-01-02T00:00:00.0000000Z', '2024-01-03T00:00:00.0000000Z'],
      ],
    ]);
    expect(rows(`${t} | make-series s = sum(v) on t from datetime(2024-01-02) step 1d by k`)).toEqual([
      ['a', [0, 2], ['2024-01-02T00:00:00.0000000Z', '2024-01-03T00:00:00.0000000Z']],
    ]);
  });
  it('gives no series over no rows, and refuses several series (per series or over all is not clear)', () => {
    expect(rows(`${t} | take 0 | make-series s = sum(v) on t step 1d by k`)).toEqual([]);
    expect(() => rows(`${t} | extend k = tostring(v) | make-series s = sum(v) on t step 1d by k`)).toThrow(Unsupported);
  });
});
