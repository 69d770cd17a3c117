/**
 * More aggregation functions: variance/stdev (sample and population),
 * covariance, dcount and count_distinct, make_bag, make_list_with_nulls,
 * binary_all_and/or/xor.
 * The `…if` forms of the one-argument ones are wrapped in aggregates.ts.
 */
import { Unsupported } from '../refusal.js';
import { exactInteger, type Dynamic, type Value } from '../values.js';
import type { AggregateFunction, AggregateState } from './aggregate.js';

function number(v: Value | undefined, what: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  throw new Unsupported(`${what} over this type`);
}

/**
 * Variance from the stored values (two passes, for accuracy). Sample forms use
 * Bessel's correction (n - 1); no values gives 0 (summarize docs: default values
 * of aggregations); a sample of one value is not documented and is refused.
 */
function spread(name: string, sample: boolean, root: boolean): AggregateFunction {
  return {
    name,
    create: () => {
      const values: number[] = [];
      return {
        add([v]) {
          const x = number(v, `${name}()`);
          if (x !== null) values.push(x);
        },
        result() {
          const n = values.length;
          if (n === 0) return 0;
          if (sample && n === 1) throw new Unsupported(`${name}() of a single value`);
          const mean = values.reduce((a, b) => a + b, 0) / n;
          const squares = values.reduce((a, b) => a + (b - mean) * (b - mean), 0);
          const variance = squares / (sample ? n - 1 : n);
          return root ? Math.sqrt(variance) : variance;
        },
      };
    },
  };
}

/** covariance(x, y) and covariancep; the `if` forms take the predicate third. */
function covariance(name: string, sample: boolean, conditional: boolean): AggregateFunction {
  return {
    name,
    create: () => {
      const xs: number[] = [];
      const ys: number[] = [];
      return {
        add([a, b, predicate]) {
          if (conditional && predicate !== true) return;
          const x = number(a, `${name}()`);
          const y = number(b, `${name}()`);
          // A pair with a null on either side cannot contribute.
          if (x === null || y === null) return;
          xs.push(x);
          ys.push(y);
        },
        result() {
          const n = xs.length;
          if (n === 0) return null;
          if (sample && n === 1) throw new Unsupported(`${name}() of a single pair`);
          const mx = xs.reduce((s, v) => s + v, 0) / n;
          const my = ys.reduce((s, v) => s + v, 0) / n;
          let total = 0;
          for (let i = 0; i < n; i++) total += (xs[i]! - mx) * (ys[i]! - my);
          return total / (sample ? n - 1 : n);
        },
      };
    },
  };
}

function distinctKey(v: Value): string {
  if (typeof v === 'bigint') return `t${v}`;
  return `${typeof v}:${JSON.stringify(v)}`;
}

/**
 * dcount's HyperLogLog estimate is documented to be a perfect count while the
 * set is small: up to 1000 distinct values at accuracy 1 (the default) and 8000
 * at accuracy 2 ("Estimation accuracy" in the dcount docs). Within those bounds
 * the exact count is Kusto's answer; beyond them, or at accuracy levels with no
 * documented exact range (0, 3, 4), the estimate cannot be reproduced: refuse.
 * (The bound is kept strict — a set of exactly 1000 is refused — as the docs'
 * wording does not say whether it is inclusive.)
 */
export const EXACT_DCOUNT_BELOW: Readonly<Record<number, number>> = { 1: 1000, 2: 8000 };

function distinctCounter(name: string, estimate: boolean): AggregateFunction {
  return {
    name,
    create: () => {
      const seen = new Set<string>();
      let accuracy = 1;
      return {
        add([v, level]) {
          if (typeof level === 'number') accuracy = level;
          if (v === null || v === undefined) return;
          if (typeof v === 'object') throw new Unsupported(`${name}() of dynamic values`);
          seen.add(distinctKey(v));
        },
        result() {
          if (estimate) {
            const bound = EXACT_DCOUNT_BELOW[accuracy];
            if (bound === undefined)
              throw new Unsupported(`${name}() with accuracy ${accuracy} (an estimate with no documented exact range)`);
            if (seen.size >= bound) throw new Unsupported(`${name}() of ${bound} or more distinct values (HyperLogLog estimate)`);
          }
          return seen.size;
        },
      };
    },
  };
}

/**
 * make_bag(bag [, maxSize]): the union of the property bags (other values are
 * skipped). A key seen with different values takes "an arbitrary value" (docs):
 * refused. No bag at all is refused too: the docs' default ([]) is not a bag.
 */
function bagMaker(name: string): AggregateFunction {
  return {
    name,
    create: () => {
      const bag: { [key: string]: Dynamic } = {};
      let seen = false;
      let limit = 1_048_576;
      return {
        add([v, max]) {
          if (typeof max === 'number') limit = max;
          if (v === null || v === undefined || typeof v !== 'object' || Array.isArray(v)) return;
          seen = true;
          for (const [key, value] of Object.entries(v as { [key: string]: Dynamic })) {
            if (Object.prototype.hasOwnProperty.call(bag, key)) {
              if (JSON.stringify(bag[key]) !== JSON.stringify(value))
                throw new Unsupported(`${name}() with key ${key} holding different values (Kusto picks one arbitrarily)`);
              continue;
            }
            if (Object.keys(bag).length >= limit) throw new Unsupported(`${name}() beyond maxSize (which keys are kept is not documented)`);
            bag[key] = value;
          }
        },
        result() {
          if (!seen) throw new Unsupported(`${name}() of a group without property bags`);
          return bag;
        },
      };
    },
  };
}

/** make_list_with_nulls(expr): every value in order, nulls as JSON null. */
const listWithNulls: AggregateFunction = {
  name: 'make_list_with_nulls',
  create: (_r, argTypes) => {
    if (argTypes[0] === 'datetime' || argTypes[0] === 'timespan') throw new Unsupported(`make_list_with_nulls() of ${argTypes[0]} values`);
    const items: Dynamic[] = [];
    const state: AggregateState = {
      add([v]) {
        items.push(v === undefined ? null : (v as Dynamic));
      },
      result: () => items,
    };
    return state;
  },
};

/** binary_all_and / _or / _xor: bitwise over the 64-bit longs of the group; nulls skipped, none gives null. */
function bitwise(name: string, combine: (a: bigint, b: bigint) => bigint): AggregateFunction {
  return {
    name,
    create: () => {
      let acc: bigint | null = null;
      return {
        add([v]) {
          if (v === null || v === undefined) return;
          if (typeof v !== 'number' || !Number.isInteger(v)) throw new Unsupported(`${name}() over this type`);
          const x = BigInt.asIntN(64, BigInt(v));
          acc = acc === null ? x : BigInt.asIntN(64, combine(acc, x));
        },
        result: () => (acc === null ? null : exactInteger(Number(acc), `${name}() result`)),
      };
    },
  };
}

export const STATISTICS_AGGREGATES: AggregateFunction[] = [
  bitwise('binary_all_and', (a, b) => a & b),
  bitwise('binary_all_or', (a, b) => a | b),
  bitwise('binary_all_xor', (a, b) => a ^ b),
  spread('variance', true, false),
  spread('variancep', false, false),
  spread('stdev', true, true),
  spread('stdevp', false, true),
  covariance('covariance', true, false),
  covariance('covariancep', false, false),
  covariance('covarianceif', true, true),
  covariance('covariancepif', false, true),
  distinctCounter('dcount', true),
  distinctCounter('count_distinct', false),
  bagMaker('make_bag'),
  listWithNulls,
];

/** `…if` forms (expr, predicate [, more]) of the aggregates above. */
export const STATISTICS_CONDITIONALS: [string, string][] = [
  ['varianceif', 'variance'],
  ['variancepif', 'variancep'],
  ['stdevif', 'stdev'],
  ['stdevpif', 'stdevp'],
  ['dcountif', 'dcount'],
  ['count_distinctif', 'count_distinct'],
  ['make_bag_if', 'make_bag'],
];
