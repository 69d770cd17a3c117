/**
 * Aggregation functions for summarize, keyed by the language service's function
 * symbol names. Each keeps a small state per group. Nulls are skipped except by
 * count(), which counts rows (documented: summarize-operator, "count(y)").
 */
import { BUILDSCHEMA } from './buildschema.js';
import { Unsupported } from '../refusal.js';
import { exactInteger, toDynamic, type Dynamic, type KustoType, type Value } from '../values.js';
import type { AggregateFunction } from './aggregate.js';
import { STATISTICS_AGGREGATES, STATISTICS_CONDITIONALS } from './aggregates-stats.js';
import { ESTIMATE_AGGREGATES } from './aggregates-estimates.js';

export type { AggregateFunction, AggregateState } from './aggregate.js';

function numeric(v: Value, what: string): number | null {
  if (v === null) return null;
  if (typeof v === 'number') return v;
  throw new Unsupported(`${what} over this type`);
}

/** Sum that stays exact for integers and refuses to leave ±2^53. */
function summer(resultType: KustoType, what: string) {
  let total = 0;
  let seen = false;
  return {
    add(v: number | null) {
      if (v === null) return;
      seen = true;
      total = resultType === 'real' ? total + v : exactInteger(total + v, `${what} result`);
    },
    get total() {
      return total;
    },
    get seen() {
      return seen;
    },
  };
}

/** Distinct key of a value for make_set. */
function key(v: Value): string {
  return typeof v === 'bigint' ? `t${v}` : JSON.stringify(v);
}

function extreme(name: string, better: (a: Value, b: Value) => boolean): AggregateFunction {
  return {
    name,
    create: () => {
      let best: Value = null;
      return {
        add([v]) {
          if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return;
          if (typeof v === 'object') throw new Unsupported(`${name}() of dynamic values`);
          if (best === null || better(v, best)) best = v;
        },
        result: () => best,
      };
    },
  };
}

const less = (a: Value, b: Value) => (a as never) < (b as never);

function collector(name: string, distinct: boolean): AggregateFunction {
  return {
    name,
    create: (_r, argTypes) => {
      // Datetimes and timespans go into the array as their text, as in any dynamic value.
      const type = argTypes[0] ?? 'dynamic';
      const items: Dynamic[] = [];
      const seen = new Set<string>();
      let limit = Infinity;
      return {
        add([value, max]) {
          let v = value;
          if (typeof max === 'number') limit = max;
          if (v === null || v === undefined || items.length >= limit) return;
          if (type === 'datetime' || type === 'timespan') v = toDynamic(v, type);
          // make_set of an array flattens one level (make-set docs: Arr1_set). For make_list
          // the docs do not say, so a list of arrays is refused rather than guessed.
          if (Array.isArray(v) && !distinct) throw new Unsupported(`${name}() of array values`);
          const values = Array.isArray(v) ? (v as Dynamic[]) : [v as Dynamic];
          for (const item of values) {
            if (items.length >= limit) break;
            if (distinct) {
              const k = key(item);
              if (seen.has(k)) continue;
              seen.add(k);
            }
            items.push(item);
          }
        },
        result: () => items,
      };
    },
  };
}

/** `<base>if(expr, predicate [, more])`: the base aggregate over the rows where predicate is true. */
function conditional(name: string, base: AggregateFunction): AggregateFunction {
  return {
    name,
    create: (resultType, argTypes) => {
      const inner = base.create(resultType, [argTypes[0] as KustoType, ...argTypes.slice(2)]);
      return {
        add: ([value, predicate, ...rest]) => {
          if (predicate === true) inner.add([value ?? null, ...rest]);
        },
        result: () => inner.result(),
      };
    },
  };
}

const BASE_AGGREGATES: AggregateFunction[] = [
  {
    name: 'count',
    create: () => {
      let n = 0;
      return { add: () => void n++, result: () => n };
    },
  },
  {
    name: 'countif',
    create: () => {
      let n = 0;
      return {
        add: ([p]) => {
          if (p === true) n++;
        },
        result: () => n,
      };
    },
  },
  {
    name: 'sum',
    create: (resultType) => {
      const s = summer(resultType, 'sum()');
      return { add: ([v]) => s.add(numeric(v ?? null, 'sum()')), result: () => s.total };
    },
  },
  {
    name: 'sumif',
    create: (resultType) => {
      const s = summer(resultType, 'sumif()');
      return {
        add: ([v, p]) => {
          if (p === true) s.add(numeric(v ?? null, 'sumif()'));
        },
        result: () => s.total,
      };
    },
  },
  {
    name: 'avg',
    create: () => {
      let total = 0;
      let n = 0;
      return {
        add: ([v]) => {
          const x = numeric(v ?? null, 'avg()');
          if (x === null) return;
          total += x;
          n++;
        },
        // No values: the summarize page's example prints NaN for avg of an empty table and
        // says why (a division by 0), though its table of defaults lists avg under null.
        result: () => (n === 0 ? NaN : total / n),
      };
    },
  },
  extreme('min', less),
  extreme('max', (a, b) => less(b, a)),
  {
    name: 'take_any',
    create: () => {
      let value: Value = null;
      let taken = false;
      return {
        add: ([v]) => {
          if (!taken && v !== null && v !== undefined) {
            value = v;
            taken = true;
          }
        },
        result: () => value,
      };
    },
  },
  collector('make_set', true),
  collector('make_list', false),
];

const byName = new Map([...BASE_AGGREGATES, ...STATISTICS_AGGREGATES].map((f) => [f.name, f]));
const CONDITIONAL_AGGREGATES: AggregateFunction[] = [
  ['minif', 'min'],
  ['maxif', 'max'],
  ['avgif', 'avg'],
  ['take_anyif', 'take_any'],
  ['make_set_if', 'make_set'],
  ['make_list_if', 'make_list'],
  ...STATISTICS_CONDITIONALS,
].map(([name, base]) => conditional(name as string, byName.get(base as string)!));

/** Deprecated names the language still accepts (any, makeset, …), computed by the function they name now. */
export const AGGREGATE_ALIASES: Readonly<Record<string, string>> = {
  any: 'take_any',
  anyif: 'take_anyif',
  makeset: 'make_set',
  makelist: 'make_list',
  make_dictionary: 'make_bag',
};

const ALL_AGGREGATES = [...BASE_AGGREGATES, ...STATISTICS_AGGREGATES, ...ESTIMATE_AGGREGATES, ...CONDITIONAL_AGGREGATES, BUILDSCHEMA];
const CURRENT = new Map(ALL_AGGREGATES.map((f) => [f.name, f]));

/** Aggregates that take a long beyond ±2^53 (a bigint) as it is: counting, or keeping one value. */
const BIG_LONG_AGGREGATES: ReadonlySet<string> = new Set(['count', 'countif', 'take_any', 'take_anyif']);

/** Any other aggregate refuses such a value rather than misreading it (as ticks, or as JSON). */
function refusingBigLongs(fn: AggregateFunction): AggregateFunction {
  if (BIG_LONG_AGGREGATES.has(fn.name)) return fn;
  return {
    name: fn.name,
    create(resultType, argTypes) {
      const state = fn.create(resultType, argTypes);
      const longs = argTypes.flatMap((t, i) => (t === 'long' || t === 'int' ? [i] : []));
      if (longs.length === 0) return state;
      return {
        add(args) {
          for (const i of longs) if (typeof args[i] === 'bigint') throw new Unsupported(`${fn.name}() of a long beyond ±2^53`);
          state.add(args);
        },
        result: () => state.result(),
      };
    },
  };
}

/**
 * Decimal values are canonical text (decimal.ts): an aggregate that orders, sums or packs
 * them would read them as strings, so only those that pass a value through or count take
 * them; arg_max/arg_min take decimals in the columns they return, not in what they rank by.
 */
const DECIMAL_PASS_THROUGH: ReadonlySet<string> = new Set(['count', 'countif', 'take_any', 'any']);

function refusingDecimals(fn: AggregateFunction): AggregateFunction {
  if (DECIMAL_PASS_THROUGH.has(fn.name)) return fn;
  const ranking = fn.name === 'arg_max' || fn.name === 'arg_min';
  return {
    name: fn.name,
    create(resultType, argTypes) {
      const decimal = ranking ? argTypes[0] === 'decimal' : argTypes.includes('decimal') || resultType === 'decimal';
      if (decimal) throw new Unsupported(`${fn.name}() of a decimal value`);
      return fn.create(resultType, argTypes);
    },
  };
}

export const AGGREGATE_FUNCTIONS: ReadonlyMap<string, AggregateFunction> = new Map(
  [
    ...CURRENT,
    ...Object.entries(AGGREGATE_ALIASES)
      .filter(([, target]) => CURRENT.has(target))
      .map(([alias, target]) => [alias, CURRENT.get(target)!] as const),
  ].map(([name, fn]) => [name, refusingDecimals(refusingBigLongs(fn))] as const),
);
