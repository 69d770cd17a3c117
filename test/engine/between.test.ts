// between / !between, written from the Kusto documentation (between-operator,
// not-between-operator): inclusive range, datetime .. timespan means a .. a + span.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('between', () => {
  it('is inclusive at both ends', () => {
    expect(rows('range x from 1 to 100 step 1 | where x between (50 .. 55)').map((r) => r[0])).toEqual([50, 51, 52, 53, 54, 55]);
    expect(rows('range x from 1 to 10 step 1 | where x !between (5 .. 9)').map((r) => r[0])).toEqual([1, 2, 3, 4, 10]);
  });

  it('works on reals, datetimes, timespans and a datetime .. timespan range', () => {
    expect(
      rows(
        'print a = 1.5 between (1 .. 2), b = datetime(2007-07-30) between (datetime(2007-07-27) .. 3d), c = datetime(2007-07-30 00:00:01) between (datetime(2007-07-27) .. 3d), d = 90m between (1h .. 2h), e = datetime(2020-01-01) !between (datetime(2020-01-02) .. datetime(2020-01-03))',
      ),
    ).toEqual([[true, true, false, true, true]]);
  });

  it('null follows three-valued logic', () => {
    expect(rows('print a = int(null) between (1 .. 2), b = int(null) !between (1 .. 2), c = 5 between (int(null) .. 2)')).toEqual([
      [null, null, false],
    ]);
  });

  it('refuses strings', () => {
    expect(() => value("'b' between ('a' .. 'c')")).toThrow();
    expect(() => value('real(nan) between (1.0 .. 2.0)')).toThrow(Unsupported);
  });
});
