/**
 * Typed column storage (src/engine/vectors.ts): a table held as vectors gives
 * the results the same table of plain arrays gives, for every shape the vector
 * paths take (where, project, extend, union, summarize keys and aggregates,
 * join) and for shapes they decline. Plain tables never take the vector paths,
 * so each query runs once on each.
 */
import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/engine/evaluate.js';
import { StringText } from '../../src/engine/fixture-text.js';
import { pickRows, toColumnar, type Table } from '../../src/engine/table.js';
import { hashUnits, StringBuilder, materialize, splitTicks, ticksAt, vectorize } from '../../src/engine/vectors.js';
import { rows } from './helpers.js';

const T0 = 639_000_000_000_000_000n;
const HOUR = 36_000_000_000n;
// Sub-millisecond ticks, a negative datetime, nulls, empty strings and repeated values.
const plain: Table = {
  columns: [
    { name: 'T', type: 'datetime' },
    { name: 'U', type: 'string' },
    { name: 'R', type: 'string' },
    { name: 'N', type: 'long' },
    { name: 'D', type: 'timespan' },
    { name: 'X', type: 'real' },
  ],
  data: [
    [T0, T0 + HOUR + 7n, null, T0 + 3n * HOUR, T0 + 2n * HOUR, T0 - HOUR, T0 + 1n, -12_345n, T0 + 3n * HOUR - 1n],
    ['a', 'a', 'b', '', 'b', 'a', 'c', 'a', 'b'],
    ['0', '50126', '50126', '0', '', '53003', '0', '50126', '0'],
    [1, null, 3, 4, 5, 6, -7, 4_503_599_627_370_496, 0],
    [HOUR, null, -1n, 0n, 5n, HOUR * 48n, 3n, 10_000n, -10_001n],
    [1.5, null, NaN, 2, 3, 4, 5, 6, 7],
  ],
  rowCount: 9,
};
const columnar = toColumnar(plain);
const now = T0 + 3n * HOUR;
/** The rows of `q` over `table`, or the message it fails with. */
const outcome = (q: string, table: Table): unknown => {
  try {
    return rows(q, { tables: new Map([['Events', table]]), now });
  } catch (e) {
    return (e as Error).message;
  }
};
const both = (q: string) => [outcome(q, plain), outcome(q, columnar)] as const;

describe('columnar storage', () => {
  it('splits ticks exactly into ms and sub-ms, negatives included, and materializes them back', () => {
    for (const t of [0n, 1n, -1n, 9_999n, 10_000n, -10_001n, T0 + 7n, 2n ** 63n - 1n, -(2n ** 63n)]) {
      const [ms, sub] = splitTicks(t);
      expect(BigInt(ms) * 10_000n + BigInt(sub)).toBe(t);
      expect(sub >= 0 && sub < 10_000).toBe(true);
    }
    const v = vectorize(plain.data[0]!, 'datetime')!;
    expect(materialize(v)).toEqual(plain.data[0]);
    expect(v.kind === 'ticks' && ticksAt(v, 2)).toBe(null);
    expect(materialize(vectorize(plain.data[1]!, 'string')!)).toEqual(plain.data[1]);
    expect(materialize(vectorize(plain.data[3]!, 'long')!)).toEqual(plain.data[3]);
    // A value a number vector cannot hold keeps the column plain.
    expect(vectorize([1, 2n ** 60n] as never, 'long')).toBeUndefined();
    expect(vectorize(plain.data[5]!, 'real')).toBeUndefined();
  });

  it('reads the same values through data[c] as the plain table', () => {
    expect(columnar.vectors?.filter(Boolean).length).toBe(5);
    plain.columns.forEach((_, c) => expect(columnar.data[c]).toEqual(plain.data[c]));
  });

  const queries = [
    'Events',
    'Events | where T > ago(2h)',
    'Events | where ago(2h) <= T and T < ago(1h)',
    'Events | where T >= datetime(1970-01-01) or T < datetime(1969-12-31)',
    'Events | where D > 0s | project D, N',
    'Events | where R == "50126"',
    'Events | where R != "0" and isnotempty(U)',
    'Events | where R in ("0", "53003") | project U, T',
    'Events | where R !in ("0") | extend L = strlen(R) | where L > 2',
    'Events | where U has "a" or R startswith "5"',
    'Events | where isempty(R) | count',
    'Events | project T, U | where U == "a" | order by T asc',
    'Events | extend U = strcat(U, "!") | summarize count() by U',
    'Events | summarize c = count(), f = countif(R != "0"), lo = min(T), hi = max(T), s = make_set(R), d = dcount(R) by U',
    'Events | summarize c = count(), lo = minif(T, R == "0"), hi = maxif(T, isnotempty(R)), n = max(N), sd = min(D) by U, R',
    'Events | summarize make_set(U, 1), dcount(U) by R',
    'Events | summarize count() by bin(T, 1h)',
    'Events | summarize count(), min(T) by bin(T, 1ms)',
    'Events | summarize count() by bin(T, 7tick)',
    'Events | summarize count() by bin(D, 1h)',
    'Events | summarize n = count() by U | join kind=inner (Events | summarize m = count() by U) on U',
    'Events | join kind=inner (Events | project U, R2 = R, T2 = T) on U | project U, R, R2, T, T2',
    'Events | join kind=fullouter (Events | where R == "0" | project U, R, X) on U, R',
    'Events | join kind=innerunique (Events | where R != "0") on R, $left.U == $right.U',
    'Events | join kind=rightanti (Events | where R != "0") on U',
    'Events | join kind=leftsemi (Events | where R == "0") on $left.U == $right.U',
    'Events | join kind=inner (Events | where R == "0") on N',
    'Events | where isnotempty(U) | summarize n = count() by U | join kind=leftouter (Events | where R == "0" | summarize m = count() by U) on U',
    'Events | where isnotempty(U) | summarize arg_max(T, R, N) by U',
    'Events | where isnotempty(U) | summarize arg_min(T, *) by U',
    'union (Events | where T > ago(1h)), (Events | where false) | project U, R',
    'union Events, (Events | where R == "0") | summarize count() by R',
    'union withsource=Src Events, (Events | where R == "0" | project U, T, D | as Zero) | project Src, U, T, R, X, D, N',
    'union (Events | extend Y = N * 2), (Events | where T > ago(2h) | project U, N) | summarize count(), max(Y), min(T) by U',
    'union (Events | where R == "0"), (Events | where R != "0") | where T > ago(2h) or isnull(T) | project T, U, N',
    'Events | summarize sum(N), avg(X) by U',
    'Events | take 3 | project T, D, N',
    'Events | mv-expand x = pack_array(U, R) | summarize count() by tostring(x)',
    'Events | project U, T | extend p = pack_all() | project p',
  ];
  it('gives the same rows for every query shape', () => {
    for (const q of queries) {
      const [a, b] = both(q);
      expect(b, q).toEqual(a);
    }
  });

  it('refuses or fails the same way', () => {
    const [a, b] = both('Events | extend p = pack_all()');
    expect(typeof a).toBe('string');
    expect(b).toEqual(a);
  });

  it('an arg_max over a ticks vector whose groups are all null: null and the first row, as on plain values', () => {
    const q = 'Events | where isnull(T) | summarize arg_max(T, U) by R';
    const [a, b] = both(q);
    expect(typeof a).toBe('object');
    expect(b).toEqual(a);
  });

  it('concatenates vectors in a union of legs with rows, recoding strings into one dictionary', () => {
    const t = runQuery('union withsource=S (Events | where R == "0" | as A), (Events | where R != "0" | project U, X | as B)', {
      tables: new Map([['Events', columnar]]),
      now,
    });
    expect(t.columns.map((c) => c.name)).toEqual(['S', 'T', 'U', 'R', 'N', 'D', 'X']);
    expect(t.vectors?.map((v) => v?.kind)).toEqual(['string', 'ticks', 'string', 'string', 'number', 'ticks', undefined]);
    expect(t.data[2]).toEqual(['a', '', 'c', 'b', 'a', 'b', 'b', 'a', 'a']);
    expect(t.data[3]).toEqual(['0', '0', '0', '0', '', '', '', '', '']);
    expect(t.data[0]).toEqual(['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'B']);
  });

  it('keeps a filtered table columnar: picked rows of a vector stay a vector', () => {
    const t = runQuery('Events | where T > ago(2h) | project T, U', { tables: new Map([['Events', columnar]]), now });
    expect(t.vectors?.map((v) => v?.kind)).toEqual(['ticks', 'string']);
  });

  it('gathers the picked rows of a column only when it is read, and an assignment replaces the column', () => {
    const picked = pickRows(columnar, [8, 0, 2]);
    expect(picked.data[1]).toEqual(['b', 'a', 'b']);
    expect(picked.vectors?.[0]?.kind).toBe('ticks');
    expect(picked.data[0]).toEqual([T0 + 3n * HOUR - 1n, T0, null]);
    expect(picked.data[5]).toEqual([7, 1.5, NaN]);
    picked.data[1] = ['x', 'y', 'z'];
    expect(picked.vectors?.[1]).toBeUndefined();
    expect(picked.data[1]).toEqual(['x', 'y', 'z']);
    // The source is untouched.
    expect(columnar.data[1]!.slice(0, 3)).toEqual(['a', 'a', 'b']);
  });

  it('codes each distinct string once, whether it comes whole or as a range of a longer text', () => {
    const b = new StringBuilder();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i % 2500}\u00e9${'x'.repeat(i % 7)}`);
    const text = words.join(',');
    let at = 0;
    for (const w of words) {
      b.pushCode(b.codeRange(text, at, at + w.length));
      at += w.length + 1;
    }
    for (const w of words) b.push(w);
    b.push('');
    const v = b.finish();
    expect(v.dict.length).toBe(new Set(words).size + 1);
    expect(materialize(v)).toEqual([...words, ...words, '']);
  });

  it('codes strings the same from code units, from ranges and whole, through table growth (long, non-Latin-1, lone surrogates)', () => {
    const b = new StringBuilder();
    const words = Array.from({ length: 20_000 }, (_, i) =>
      i % 5 === 0 ? `${'long'.repeat(i % 300)}${i}` : i % 5 === 1 ? `\ud800${i % 97}` : i % 5 === 2 ? `中${i % 3001}😀` : `w${i % 4000}`,
    );
    const text = words.join(',');
    const source = new StringText(text);
    const units = source.u!;
    let at = 0;
    for (const [k, w] of words.entries()) {
      if (k % 2 === 0) b.pushCode(b.codeRange(text, at, at + w.length));
      else b.pushCode(b.codeHashed(source, units, at, at + w.length, hashUnits(units, at, at + w.length)));
      at += w.length + 1;
    }
    for (const w of words) b.push(w);
    const v = b.finish();
    expect(v.dict).toEqual([...new Set(words)]);
    expect(materialize(v)).toEqual([...words, ...words]);
  });
});
