// evaluate rows_near (rows-near-plugin.md): rows around those whose condition holds, in row order.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows } from './helpers.js';

const days = `datatable (Timestamp:datetime, Value:long, State:string) [
  datetime(2021-06-01), 1, "Success", datetime(2021-06-02), 4, "Success", datetime(2021-06-03), 3, "Success",
  datetime(2021-06-04), 11, "Success", datetime(2021-06-05), 15, "Success", datetime(2021-06-06), 2, "Success",
  datetime(2021-06-07), 19, "Error", datetime(2021-06-08), 12, "Success", datetime(2021-06-09), 7, "Success",
  datetime(2021-06-10), 9, "Success", datetime(2021-06-11), 4, "Success", datetime(2021-06-12), 1, "Success"]`;
const values = (query: string) => rows(query).map((r) => r[1]);

describe('evaluate rows_near', () => {
  it('gives the documented example: two rows either side of the error', () => {
    expect(values(`${days} | sort by Timestamp asc | evaluate rows_near(State == "Error", 2)`)).toEqual([15, 2, 19, 12, 7]);
  });
  it('takes RowsAfter for the rows after, clips at the ends and merges overlapping windows once', () => {
    expect(values(`${days} | sort by Timestamp asc | evaluate rows_near(State == "Error", 1, 3)`)).toEqual([2, 19, 12, 7, 9]);
    expect(values(`${days} | sort by Timestamp asc | evaluate rows_near(Value < 4, 1)`)).toEqual([1, 4, 3, 11, 15, 2, 19, 4, 1]);
    expect(values(`${days} | sort by Timestamp asc | evaluate rows_near(Value > 100, 5)`)).toEqual([]);
  });
  it('keeps the input columns, and a null condition is not true', () => {
    const q = `datatable(k:long, c:bool) [1, true, 2, bool(null), 3, false, 4, false] | serialize | evaluate rows_near(c, 0, 1)`;
    expect(rows(q)).toEqual([
      [1, true],
      [2, null],
    ]);
  });
  it('refuses rows that are not serialized and negative counts', () => {
    expect(() => rows(`${days} | evaluate rows_near(State == "Error", 2)`)).toThrow(Unsupported);
    expect(() => rows(`${days} | sort by Timestamp asc | evaluate rows_near(State == "Error", -1)`)).toThrow(/must not be negative/);
  });
});
