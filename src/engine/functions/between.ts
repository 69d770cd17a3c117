/**
 * `x between (a .. b)` is `x >= a and x <= b`; `!between` is `x < a or x > b`
 * (documented predicates), with three-valued logic for nulls. A timespan upper
 * bound after a datetime lower bound means `a + b`.
 */
import { Unsupported } from '../refusal.js';
import type { KustoType, Value } from '../values.js';

/** a <=> b for numbers or ticks; null when either is null. */
function order(a: Value, b: Value): number | null {
  if (a === null || b === null) return null;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) throw new Unsupported('between with NaN');
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  throw new Unsupported('between on these types');
}

const and3 = (p: boolean | null, q: boolean | null) => (p === false || q === false ? false : p === null || q === null ? null : true);
const or3 = (p: boolean | null, q: boolean | null) => (p === true || q === true ? true : p === null || q === null ? null : false);

export function between(value: Value, low: Value, high: Value, types: [KustoType, KustoType, KustoType], negate: boolean): Value {
  const [tv, tl, th] = types;
  if (types.includes('decimal')) throw new Unsupported('between on decimal values');
  let upper = high;
  if (th === 'timespan' && tl === 'datetime') {
    if (tv !== 'datetime') throw new Unsupported(`between on ${tv} with a datetime .. timespan range`);
    upper = low === null || high === null ? null : (low as bigint) + (high as bigint);
  }
  const lo = order(value, low);
  const hi = order(value, upper);
  if (negate) return or3(lo === null ? null : lo < 0, hi === null ? null : hi > 0);
  return and3(lo === null ? null : lo >= 0, hi === null ? null : hi <= 0);
}
