/**
 * bin_auto(value): bin() with the size and fixed point of the query's
 * `set query_bin_auto_size` / `set query_bin_auto_at` (default fixed point 0).
 * It is bin_at(value, size, at), or bin(value, size) without a fixed point, so it
 * computes (and refuses) exactly what those do.
 */
import { Unsupported } from '../refusal.js';
import type { ScalarFunction } from './function.js';

export function binAutoFunction(lookup: (name: string) => ScalarFunction | undefined): ScalarFunction {
  return {
    name: 'bin_auto',
    evaluate: ([value], context) => {
      const size = context.options?.get('query_bin_auto_size');
      if (!size) throw new Unsupported('bin_auto() without set query_bin_auto_size');
      const at = context.options?.get('query_bin_auto_at');
      const valueType = context.argTypes[0]!;
      if (!at) return lookup('bin')!.evaluate([value ?? null, size.value], { ...context, argTypes: [valueType, size.type] });
      // The fixed point is a value of the binned kind (a datetime for datetimes).
      const numeric = (t: string) => t === 'int' || t === 'long' || t === 'real';
      if (at.type !== valueType && !(numeric(at.type) && numeric(valueType)))
        throw new Unsupported(`bin_auto() of a ${valueType} with a ${at.type} query_bin_auto_at`);
      return lookup('bin_at')!.evaluate([value ?? null, size.value, at.value], { ...context, argTypes: [valueType, size.type, at.type] });
    },
  };
}
