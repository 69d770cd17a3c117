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

function counter(predicate: CompiledScalar | undefined, scope: ScalarScope): VectorState {
  const counts: number[] = [];
  return {
    open: () => void counts.push(0),
    add(row, g) {
      if (predicate === undefined || valueAt(predicate, scope, row) === true) counts[g]!++;
    },
    result: (g) => counts[g]!,
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
  switch (name) {
    case 'count':
      return () => counter(undefined, scope);
    case 'countif':
      return args.length === 1 ? () => counter(compiled[0], scope) : undefined;
    case 'min':
    case 'max':
      return args.length === 1 && ORDERED.has(typeOf(args[0])) ? () => extreme(compiled[0]!, undefined, name === 'max', scope) : undefined;
    case 'minif':
    case 'maxif':
      return args.length === 2 && ORDERED.has(typeOf(args[0]))
        ? () => extreme(compiled[0]!, compiled[1], name === 'maxif', scope)
        : undefined;
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
      return () => stringSet(compiled[0]!, conditional ? compiled[1] : undefined, limit, scope);
    }
    case 'dcount':
    case 'count_distinct':
      // One string argument: no accuracy level (dcount's default, 1).
      return args.length === 1 && typeOf(args[0]) === 'string'
        ? () => stringDistinct(name, compiled[0]!, name === 'dcount', scope)
        : undefined;
    default:
      return undefined;
  }
}
