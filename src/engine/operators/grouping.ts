/**
 * Grouping rows by key columns with nested Maps keyed by the values themselves
 * (no key string per row: V8 caches string hashes, so lookups stay cheap).
 * Groups keep their first-seen order. Key equality matches summarize's JSON keys:
 * non-finite reals group with null, dynamic values compare by their JSON text.
 */
import type { Value } from '../values.js';

/** One level: primitive keys, and dynamic (object) keys by JSON text. */
interface Level {
  values: Map<unknown, unknown>;
  objects?: Map<string, unknown>;
}

/** The map of `level` that holds `v`'s key. */
function mapFor(level: Level, v: Value): Map<unknown, unknown> {
  return v !== null && typeof v === 'object' ? (level.objects ??= new Map()) : level.values;
}

/** `v` as a key of that map. */
function keyFor(v: Value): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
}

export class Groups<G> {
  /** Groups in first-seen order. */
  readonly list: G[] = [];
  private readonly root: Level = { values: new Map() };
  private single: G | undefined;

  constructor(private readonly columns: readonly Value[][]) {}

  /** The group of row `r`, made with `make` the first time its key is seen. */
  of(r: number, make: (row: number) => G): G {
    const columns = this.columns;
    if (columns.length === 0) {
      if (this.single === undefined) this.list.push((this.single = make(r)));
      return this.single;
    }
    let level = this.root;
    const last = columns.length - 1;
    for (let c = 0; c < last; c++) {
      const v = columns[c]![r] as Value;
      const map = mapFor(level, v);
      const key = keyFor(v);
      let next = map.get(key) as Level | undefined;
      if (next === undefined) map.set(key, (next = { values: new Map() }));
      level = next;
    }
    const v = columns[last]![r] as Value;
    const map = mapFor(level, v);
    const key = keyFor(v);
    let group = map.get(key) as G | undefined;
    if (group === undefined) {
      group = make(r);
      map.set(key, group);
      this.list.push(group);
    }
    return group;
  }
}
