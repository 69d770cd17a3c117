/**
 * Column-at-a-time states for the aggregates detections use most: count, countif,
 * min/max(if) over datetimes, timespans and numbers, make_set(_if) and
 * dcount/count_distinct over strings.
 * One array per aggregate indexed by group number replaces a closure state per
 * group (profiles of the 1M-row bench: per-group states dominated summarize,
 * mostly as young-generation garbage collection). Each computes exactly what the
 * general state in functions/aggregates.ts computes; any other shape (or a
 * non-constant make_set limit) returns undefined and keeps the general state.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { listOf } from '../../kql/language-service.js';
import { nodeKind, typeOf, type ScalarScope } from '../scalar.js';
import { compiledScalar, isConstant, type CompiledScalar } from '../scalar-compile.js';
import type { Value } from '../values.js';
import { EXACT_DCOUNT_BELOW } from '../functions/aggregates-stats.js';
import { Unsupported } from '../refusal.js';
import type { StringVector, TicksVector } from '../vectors.js';
import { referencedColumn } from './columns.js';
import { FAILED, perEntry, singleStringColumn } from './dictionary.js';

/** The state of one aggregate for all groups: groups are numbered 0, 1, … as they appear. */
export interface VectorState {
  /** A new group (the next number). */
  open(): void;
  add(row: number, group: number): void;
  result(group: number): Value;
}

const ORDERED = new Set(['datetime', 'timespan', 'long', 'int', 'real']);

function argumentsOf(call: any): any[] {
  return listOf(call.ArgumentList?.Expressions).map((e: any) => e.Element ?? e);
}

function valueAt(fn: CompiledScalar, scope: ScalarScope, row: number): Value {
  scope.row = row;
  return fn(scope);
}

/** A row test: true where the predicate is true. */
type RowTest = (row: number) => boolean;

/**
 * The test of an aggregate's predicate: per dictionary entry when it reads one
 * string vector column (dictionary.ts), else the compiled predicate per row.
 */
function predicateTest(node: any, compiled: CompiledScalar, scope: ScalarScope): RowTest {
  const table = scope.table;
  const single = table ? singleStringColumn(node, table) : undefined;
  if (table && single) {
    const values = perEntry(node, table, single.index, single.vector, scope);
    const verdict = new Uint8Array(values.length);
    values.forEach((v, i) => (verdict[i] = v === FAILED ? 2 : v === true ? 1 : 0));
    const codes = single.vector.codes;
    return (row) => {
      const v = verdict[codes[row]!];
      return v === 1 || (v === 2 && valueAt(compiled, scope, row) === true);
    };
  }
  return (row) => valueAt(compiled, scope, row) === true;
}

function counter(test: RowTest | undefined): VectorState {
  const counts: number[] = [];
  return {
    open: () => void counts.push(0),
    add(row, g) {
      if (test === undefined || test(row)) counts[g]!++;
    },
    result: (g) => counts[g]!,
  };
}

/** min/max(if) of a ticks vector: (ms, sub) compare as the ticks do; nulls (NaN ms) are skipped. */
function ticksExtreme(vector: TicksVector, test: RowTest | undefined, max: boolean): VectorState {
  const best: number[] = [];
  const { ms, sub } = vector;
  return {
    open: () => void best.push(-1),
    add(row, g) {
      const m = ms[row]!;
      if (m !== m || (test !== undefined && !test(row))) return;
      const b = best[g]!;
      if (b < 0) best[g] = row;
      else if (max ? m > ms[b]! || (m === ms[b] && sub[row]! > sub[b]!) : m < ms[b]! || (m === ms[b] && sub[row]! < sub[b]!)) best[g] = row;
    },
    result(g) {
      const b = best[g]!;
      return b < 0 ? null : BigInt(ms[b]!) * 10_000n + BigInt(sub[b]!);
    },
  };
}

/** make_set(_if) of a string vector: codes per group in first-seen order, up to `limit`. */
function codeSet(vector: StringVector, test: RowTest | undefined, limit: number): VectorState {
  const items: (number[] | undefined)[] = [];
  const seen: (Set<number> | undefined)[] = [];
  const small = limit <= 16;
  const { codes, dict } = vector;
  return {
    open() {
      items.push(undefined);
      seen.push(undefined);
    },
    add(row, g) {
      if (test !== undefined && !test(row)) return;
      const list = (items[g] ??= []);
      if (list.length >= limit) return;
      const c = codes[row]!;
      if (small) {
        if (list.includes(c)) return;
      } else {
        const set = (seen[g] ??= new Set());
        if (set.has(c)) return;
        set.add(c);
      }
      list.push(c);
    },
    result: (g) => (items[g] ?? []).map((c) => dict[c]!),
  };
}

/** dcount / count_distinct of a string vector: distinct codes per group. */
function codeDistinct(name: string, vector: StringVector, estimate: boolean): VectorState {
  const seen: (Set<number> | undefined)[] = [];
  const bound = EXACT_DCOUNT_BELOW[1]!;
  const codes = vector.codes;
  return {
    open: () => void seen.push(undefined),
    add(row, g) {
      (seen[g] ??= new Set()).add(codes[row]!);
    },
    result(g) {
      const size = seen[g]?.size ?? 0;
      if (estimate && size >= bound) throw new Unsupported(`${name}() of ${bound} or more distinct values (HyperLogLog estimate)`);
      return size;
    },
  };
}

function extreme(value: CompiledScalar, predicate: CompiledScalar | undefined, max: boolean, scope: ScalarScope): VectorState {
  const best: Value[] = [];
  return {
    open: () => void best.push(null),
    add(row, g) {
      if (predicate !== undefined && valueAt(predicate, scope, row) !== true) return;
      const v = valueAt(value, scope, row);
      // As extreme() in aggregates.ts: nulls and NaN are skipped.
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return;
      const b = best[g]!;
      if (b === null || (max ? (b as never) < (v as never) : (v as never) < (b as never))) best[g] = v;
    },
    result: (g) => best[g]!,
  };
}

function stringSet(value: CompiledScalar, predicate: CompiledScalar | undefined, limit: number, scope: ScalarScope): VectorState {
  const items: (string[] | undefined)[] = [];
  const seen: (Set<string> | undefined)[] = [];
  // Small limits (detections use 10 or so) scan the items; larger ones keep a Set as well.
  const small = limit <= 16;
  return {
    open() {
      items.push(undefined);
      seen.push(undefined);
    },
    add(row, g) {
      if (predicate !== undefined && valueAt(predicate, scope, row) !== true) return;
      const v = valueAt(value, scope, row);
      if (v === null || v === undefined) return;
      const list = (items[g] ??= []);
      if (list.length >= limit) return;
      const s = v as string;
      if (small) {
        if (list.includes(s)) return;
      } else {
        const set = (seen[g] ??= new Set());
        if (set.has(s)) return;
        set.add(s);
      }
      list.push(s);
    },
    result: (g) => items[g] ?? [],
  };
}

/** dcount / count_distinct of strings (default accuracy): distinct strings per group, refused where dcount is an estimate. */
function stringDistinct(name: string, value: CompiledScalar, estimate: boolean, scope: ScalarScope): VectorState {
  const seen: (Set<string> | undefined)[] = [];
  const bound = EXACT_DCOUNT_BELOW[1]!;
  return {
    open: () => void seen.push(undefined),
    add(row, g) {
      const v = valueAt(value, scope, row);
      if (v === null || v === undefined) return;
      (seen[g] ??= new Set()).add(v as string);
    },
    result(g) {
      const size = seen[g]?.size ?? 0;
      if (estimate && size >= bound) throw new Unsupported(`${name}() of ${bound} or more distinct values (HyperLogLog estimate)`);
      return size;
    },
  };
}

/** A column-at-a-time state for `call`, or undefined to use the general one. */
export function vectorState(call: any, scope: ScalarScope): (() => VectorState) | undefined {
  const name = String(call.ReferencedSymbol?.Name ?? '');
  const args = argumentsOf(call);
  if (args.some((a: any) => nodeKind(a) === 'StarExpression')) return undefined;
  const compiled = args.map((a: any) => compiledScalar(a));
  // The vector an argument names, when it is a plain reference to a vector column of the input.
  const table = scope.table;
  const vectorArg = (arg: any) => {
    if (!table?.vectors) return undefined;
    const index = referencedColumn(arg, table);
    return index < 0 || table.columns[index]!.type !== typeOf(arg) ? undefined : table.vectors[index];
  };
  const test = (i: number): RowTest | undefined => (args[i] === undefined ? undefined : predicateTest(args[i], compiled[i]!, scope));
  switch (name) {
    case 'count':
      return () => counter(undefined);
    case 'countif':
      return args.length === 1 ? () => counter(test(0)) : undefined;
    case 'min':
    case 'max': {
      if (args.length !== 1 || !ORDERED.has(typeOf(args[0]))) return undefined;
      const v = vectorArg(args[0]);
      if (v?.kind === 'ticks') return () => ticksExtreme(v, undefined, name === 'max');
      return () => extreme(compiled[0]!, undefined, name === 'max', scope);
    }
    case 'minif':
    case 'maxif': {
      if (args.length !== 2 || !ORDERED.has(typeOf(args[0]))) return undefined;
      const v = vectorArg(args[0]);
      if (v?.kind === 'ticks') return () => ticksExtreme(v, test(1), name === 'maxif');
      return () => extreme(compiled[0]!, compiled[1], name === 'maxif', scope);
    }
    case 'make_set':
    case 'make_set_if': {
      const conditional = name === 'make_set_if';
      const limitArg = args[conditional ? 2 : 1];
      if (args.length > (conditional ? 3 : 2) || typeOf(args[0]) !== 'string') return undefined;
      let limit = Infinity;
      if (limitArg !== undefined) {
        if (!isConstant(limitArg)) return undefined;
        const l = compiledScalar(limitArg)(scope);
        // The general state takes a numeric limit as it is; anything else keeps it general.
        if (typeof l !== 'number') return undefined;
        limit = l;
      }
      const v = vectorArg(args[0]);
      if (v?.kind === 'string') return () => codeSet(v, conditional ? test(1) : undefined, limit);
      return () => stringSet(compiled[0]!, conditional ? compiled[1] : undefined, limit, scope);
    }
    case 'dcount':
    case 'count_distinct': {
      // One string argument: no accuracy level (dcount's default, 1).
      if (args.length !== 1 || typeOf(args[0]) !== 'string') return undefined;
      const v = vectorArg(args[0]);
      if (v?.kind === 'string') return () => codeDistinct(name, v, name === 'dcount');
      return () => stringDistinct(name, compiled[0]!, name === 'dcount', scope);
    }
    default:
      return undefined;
  }
}
