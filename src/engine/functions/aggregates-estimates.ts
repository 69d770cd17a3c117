/**
 * Estimating aggregates (percentile via T-Digest, hll, tdigest), answered only where the
 * estimate is exact. The percentile page: percentiles 0 and 100 are the exact minimum and
 * maximum, and an estimate never leaves [min, max] — so a group whose values are all equal
 * has that value at every percentile. No values give null (summarize's default for them).
 * Any other group is refused: which value T-Digest picks is not defined.
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic, KustoType, Value } from '../values.js';
import type { AggregateFunction, AggregateState } from './aggregate.js';

/** The group's smallest and largest value (nulls and NaN skipped). */
function range(name: string) {
  let min: Value = null;
  let max: Value = null;
  return {
    add(v: Value | undefined): void {
      if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return;
      if (typeof v === 'object' || typeof v === 'boolean' || typeof v === 'string')
        throw new Unsupported(`${name}() of a ${typeof v} value`);
      if (min === null || (v as never) < (min as never)) min = v;
      if (max === null || (v as never) > (max as never)) max = v;
    },
    get min(): Value {
      return min;
    },
    get max(): Value {
      return max;
    },
  };
}

/** The value at percentile p of a group with this range, when it is exact. */
function exactPercentile(name: string, min: Value, max: Value, p: number): Value {
  if (min === null) return null;
  if (min === max || p === 0) return min;
  if (p === 100) return max;
  throw new Unsupported(`${name}() between different values (a T-Digest estimate)`);
}

/** A percentile argument: a number in [0, 100], the same on every row. */
function percentArg(name: string, previous: number | undefined, v: Value | undefined): number {
  const p = typeof v === 'bigint' ? Number(v) : v;
  if (typeof p !== 'number' || !(p >= 0 && p <= 100)) throw new Unsupported(`${name}() with a percentile outside 0..100`);
  if (previous !== undefined && previous !== p) throw new Unsupported(`${name}() with a percentile that changes by row`);
  return p;
}

function asResult(v: Value, type: KustoType, name: string): Value {
  if (type === 'real' && typeof v === 'bigint') throw new Unsupported(`${name}() of a long beyond ±2^53 as a real`);
  return v;
}

const percentile: AggregateFunction = {
  name: 'percentile',
  create(resultType): AggregateState {
    const values = range('percentile');
    let p: number | undefined;
    return {
      add([v, percent]) {
        p = percentArg('percentile', p, percent);
        values.add(v);
      },
      result: () => asResult(exactPercentile('percentile', values.min, values.max, p ?? 50), resultType, 'percentile'),
    };
  },
};

/** percentiles_array(expr, p1, p2, …) or (expr, dynamic([p1, …])): one dynamic array of the values. */
const percentilesArray: AggregateFunction = {
  name: 'percentiles_array',
  create(_resultType, argTypes): AggregateState {
    if (argTypes[0] !== 'long' && argTypes[0] !== 'int' && argTypes[0] !== 'real')
      throw new Unsupported(`percentiles_array() of ${argTypes[0]} values (their dynamic form)`);
    const values = range('percentiles_array');
    let percents: number[] | undefined;
    return {
      add([v, ...rest]) {
        const given = rest.length === 1 && Array.isArray(rest[0]) ? (rest[0] as Value[]) : rest;
        const now = given.map((x, i) => percentArg('percentiles_array', percents?.[i], x));
        if (percents && now.length !== percents.length) throw new Unsupported('percentiles_array() with percentiles that change by row');
        percents = now;
        values.add(v);
      },
      result: (): Dynamic => {
        if (!percents) return null;
        return percents.map((p) => exactPercentile('percentiles_array', values.min, values.max, p) as Dynamic);
      },
    };
  },
};

/** hll() and tdigest() hold an encoded sketch; only the sketch of no values (null) is known. */
function sketch(name: string): AggregateFunction {
  return {
    name,
    create(): AggregateState {
      let seen = false;
      return {
        add([v]) {
          if (v !== null && v !== undefined) seen = true;
        },
        result: () => {
          if (seen) throw new Unsupported(`${name}() of values (its encoded sketch is not documented)`);
          return null;
        },
      };
    },
  };
}

export const ESTIMATE_AGGREGATES: readonly AggregateFunction[] = [percentile, percentilesArray, sketch('hll'), sketch('tdigest')];
