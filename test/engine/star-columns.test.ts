// `where * has "x"`: a string operator over every column of the row, as search reads its terms.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows } from './helpers.js';

const t = 'datatable(a:string, b:string, n:long) ["x err y", "", 1, "ok", "fine", 2, "ok", "Errors", 3]';

describe('where * op "x"', () => {
  it('holds when any string column matches, with the operator as given', () => {
    expect(rows(`${t} | where * has "err" | project n`)).toEqual([[1]]);
    expect(rows(`${t} | where * contains "err" | project n`)).toEqual([[1], [3]]);
    expect(rows(`${t} | where * hasprefix_cs "Err" | project n`)).toEqual([[3]]);
    expect(rows(`${t} | where not(* has "err") and n > 1 | project n`)).toEqual([[2], [3]]);
  });
  it('skips a non-string column that cannot hold the text, and refuses one that could decide the row', () => {
    expect(rows(`${t} | where * has "fine" | project n`)).toEqual([[2]]);
    expect(() => rows(`${t} | where * has "3"`)).toThrow(Unsupported);
    // Another column matching settles the row without reading the number.
    expect(rows(`datatable(a:string, n:long) ["a 3", 3] | where * has "3" | project n`)).toEqual([[3]]);
  });
  it('refuses operators search does not pair with *', () => {
    expect(() => rows(`${t} | where * == "ok"`)).toThrow(Unsupported);
  });
});
