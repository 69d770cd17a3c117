import { describe, expect, it } from 'vitest';
import { rows } from './helpers.js';

const T = 'datatable(a:string, n:long)["x", 1, "Y", 2, "z", 3]';

describe('in / !in / in~ with a tabular operand', () => {
  it('matches the first column of a let-bound table or a subquery', () => {
    expect(rows(`let bad = datatable(v:string)["x", "z"]; ${T} | where a in (bad) | project n`)).toEqual([[1], [3]]);
    expect(rows(`${T} | where a !in ((datatable(v:string, w:long)["x", 9] | project v)) | project n`)).toEqual([[2], [3]]);
    expect(rows(`${T} | where n in ((datatable(v:long)[2, 3])) | project a`)).toEqual([['Y'], ['z']]);
  });

  it('compares case-insensitively only for in~ / !in~', () => {
    expect(rows(`${T} | where a in ((datatable(v:string)["y"])) | project n`)).toEqual([]);
    expect(rows(`${T} | where a in~ ((datatable(v:string)["y"])) | project n`)).toEqual([[2]]);
    expect(rows(`${T} | where a !in~ ((datatable(v:string)["y", "X"])) | project n`)).toEqual([[3]]);
  });

  it('an empty table matches nothing', () => {
    expect(rows(`${T} | where a in ((datatable(v:string)[])) | project n`)).toEqual([]);
    expect(rows(`${T} | where a !in ((datatable(v:string)[])) | project n`)).toEqual([[1], [2], [3]]);
  });
});
