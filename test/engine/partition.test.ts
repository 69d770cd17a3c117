// partition by Column ( subquery ): the subquery over each part of the rows, results unioned.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const t = 'datatable(k:string, v:long, w:string) ["a", 1, "x", "a", 5, "y", "b", 3, "z", "c", 2, "p", "c", 9, "q"]';

describe('partition', () => {
  it('runs the subquery per key: the latest row per key, as the USB-drive rule does', () => {
    expect(rows(`${t} | partition hint.strategy=native by k ( top 1 by v ) | sort by k asc`)).toEqual([
      ['a', 5, 'y'],
      ['b', 3, 'z'],
      ['c', 9, 'q'],
    ]);
  });
  it('takes the subquery’s own columns, and gives no rows for no input', () => {
    const r = result(`${t} | partition by k ( summarize n = count(), s = sum(v) by k ) | sort by k asc`);
    expect(r.columns.map((c) => c.name)).toEqual(['k', 'n', 's']);
    expect(r.rows).toEqual([
      ['a', 2, 6],
      ['b', 1, 3],
      ['c', 2, 11],
    ]);
    expect(rows(`${t} | take 0 | partition by k ( count )`)).toEqual([]);
  });
  it('refuses the legacy form with its own source and null keys', () => {
    expect(() => rows(`${t} | partition by k { print x = toscalar(k) }`)).toThrow(Unsupported);
    expect(() => rows('datatable(k:long, v:long) [long(null), 1] | partition by k ( count )')).toThrow(Unsupported);
  });
});
