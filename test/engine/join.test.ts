// join kinds, from the Kusto join documentation (join-operator, join-innerunique,
// join-leftouter, join-leftanti, join-fullouter …).
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, rows } from './helpers.js';

const L = 'let L = datatable(k:string, a:long)["x", 1, "x", 2, "y", 3, "z", 4];';
const R = 'let R = datatable(k:string, b:long)["x", 10, "x", 20, "y", 30, "w", 40];';
const join = (kind: string, on = 'k') => `${L} ${R} L | join ${kind ? `kind=${kind} ` : ''}(R) on ${on}`;
const sorted = (r: unknown[][]) => [...r].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('join', () => {
  it('defaults to innerunique: one left row per key, every matching right row', () => {
    expect(result(join('')).columns.map((c) => c.name)).toEqual(['k', 'a', 'k1', 'b']);
    expect(sorted(rows(join('')))).toEqual([
      ['x', 1, 'x', 10],
      ['x', 1, 'x', 20],
      ['y', 3, 'y', 30],
    ]);
  });

  it('innerunique: a where on left columns right after the join is applied before the deduplication (join-innerunique docs)', () => {
    const q =
      'let t1 = datatable(key: long, value: string)[1, "val1.1", 1, "val1.2"];' +
      'let t2 = datatable(key: long, value: string)[1, "val1.3", 1, "val1.4"];' +
      't1 | join kind = innerunique t2 on key';
    expect(rows(`${q} | where value == "val1.2"`)).toEqual([
      [1, 'val1.2', 1, 'val1.3'],
      [1, 'val1.2', 1, 'val1.4'],
    ]);
    // a filter on a right column stays after the join
    expect(rows(`${q} | where value1 == "val1.4"`)).toEqual([[1, 'val1.1', 1, 'val1.4']]);
    expect(rows(`${q} | where strlen(value) > 0 and value endswith "2"`)).toHaveLength(2);
  });

  it('inner keeps every pair', () => {
    expect(rows(join('inner'))).toHaveLength(5);
  });

  it('leftouter keeps unmatched left rows with empty right columns', () => {
    expect(sorted(rows(join('leftouter'))).at(-1)).toEqual(['z', 4, '', null]);
    expect(rows(join('leftouter'))).toHaveLength(6);
  });

  it('leftanti, leftsemi, rightanti, rightsemi return one side', () => {
    expect(rows(join('leftanti'))).toEqual([['z', 4]]);
    expect(sorted(rows(join('leftsemi')))).toEqual([
      ['x', 1],
      ['x', 2],
      ['y', 3],
    ]);
    expect(rows(join('rightanti'))).toEqual([['w', 40]]);
    expect(rows(join('rightsemi'))).toHaveLength(3);
  });

  it('fullouter and rightouter keep unmatched rows of the other sides', () => {
    expect(rows(join('fullouter'))).toContainEqual(['', null, 'w', 40]);
    expect(rows(join('fullouter'))).toContainEqual(['z', 4, '', null]);
    expect(rows(join('rightouter'))).toContainEqual(['', null, 'w', 40]);
  });

  it('matches $left.a == $right.b conditions', () => {
    expect(rows(`${L} ${R} L | join kind=inner (R | project k2 = k, b) on $left.k == $right.k2 | where b == 30`)).toEqual([
      ['y', 3, 'y', 30],
    ]);
  });

  it('refuses what it cannot match exactly', () => {
    expect(() => rows('let A = datatable(k:long)[long(null)]; A | join (A) on k')).toThrow(Unsupported);
    expect(() => rows(`${L} ${R} L | join hint.strategy=broadcast (R) on k`)).toThrow(Unsupported);
  });
});
