/** tohex(): an int or long as lowercase hexadecimal; negatives in two's complement of their size. */
import { Unsupported } from '../refusal.js';
import type { Value } from '../values.js';
import type { CallContext, ScalarFunction } from './function.js';

function tohex(args: Value[], context: CallContext): Value {
  const type = context.argTypes[0];
  if (type !== 'int' && type !== 'long') throw new Unsupported(`tohex() of a ${type ?? 'missing'} value`);
  const value = args[0];
  let minLength = 0;
  if (args.length > 1) {
    const m = args[1];
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 1) throw new Unsupported('tohex() with a null or non-positive minLength');
    minLength = Math.min(m, 16); // documented: values above 16 count as 16
  }
  if (value === null) return '';
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Unsupported('tohex() of a value beyond ±2^53');
  const bits = type === 'int' ? 32n : 64n;
  let n = BigInt(value);
  if (n < 0n) n += 1n << bits; // two's complement: at least 8 (int) or 16 (long) digits
  return n.toString(16).padStart(minLength, '0');
}

export const HEX_FUNCTIONS: readonly ScalarFunction[] = [{ name: 'tohex', evaluate: tohex }];
