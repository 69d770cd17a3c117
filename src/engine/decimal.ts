/**
 * Kusto's decimal: a 128-bit decimal number with SqlDecimal's representation (Kusto docs,
 * "The decimal data type"): up to 38 significant digits, up to 38 after the point. In the
 * engine a decimal value is its canonical text (`-12.5`, `700000000`: no exponent, no
 * trailing fractional zeros, no `-0`), told apart from a string by its column type, so one
 * number has one representation (equality, grouping and joins compare the text) and it
 * serializes as the v2 API writes a decimal, as a JSON string. Arithmetic here is exact
 * on (digits, scale) bigints; a result that needs rounding to fit is refused.
 */
import { Unsupported } from './refusal.js';

/** A decimal as an integer mantissa and a power-of-ten scale: m / 10^scale. */
export interface DecimalParts {
  m: bigint;
  scale: number;
}

const MAX_DIGITS = 38;
const LIMIT = 10n ** BigInt(MAX_DIGITS);

const TEXT = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;

/** The canonical text of m / 10^scale; refused beyond 38 digits. */
export function decimalText(m: bigint, scale: number, what: string): string {
  // Drop trailing fractional zeros, and a negative scale becomes zeros of the integer.
  while (scale > 0 && m % 10n === 0n) {
    m /= 10n;
    scale--;
  }
  if (scale < 0) {
    m *= 10n ** BigInt(-scale);
    scale = 0;
  }
  if (scale > MAX_DIGITS || m >= LIMIT || m <= -LIMIT) throw new Unsupported(`${what} beyond the 38 digits of a decimal`);
  const negative = m < 0n;
  const digits = (negative ? -m : m).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Parts of decimal text (`12.50`, `-3`, `1e5`); null when the text is not a plain number. */
export function parseDecimal(text: string): DecimalParts | null {
  const match = TEXT.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  const m = BigInt(`${whole}${fraction}`) * (sign === '-' ? -1n : 1n);
  return { m, scale: fraction.length - Number(exponent) };
}

/** The parts of a decimal value (canonical text). */
export function partsOf(value: string): DecimalParts {
  const parts = parseDecimal(value);
  if (!parts) throw new Unsupported(`decimal value ${value}`);
  return parts;
}

/** A decimal from an int or long. */
export function decimalFromInteger(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) throw new Unsupported('decimal of a long beyond ±2^53');
  return decimalText(BigInt(n), 0, 'decimal');
}

/** The decimal of a real, when every conversion agrees: the exact binary value has at most 15 significant digits. */
export function decimalFromReal(x: number): string {
  if (!Number.isFinite(x)) throw new Unsupported('decimal of a non-finite real');
  const text = x.toString();
  const parts = parseDecimal(text);
  // Shortest round-trip digits; they are the exact value only when the double is that
  // decimal exactly (e.g. 1.5, 0.25), which its exact expansion (toFixed up to 100) shows.
  if (!parts) throw new Unsupported(`decimal of the real ${text}`);
  const exact = parts.scale > 0 ? x.toFixed(Math.min(100, parts.scale + 30)) : null;
  const exactParts = exact === null ? parts : parseDecimal(exact);
  const canonical = decimalText(parts.m, parts.scale, 'decimal');
  if (!exactParts || decimalText(exactParts.m, exactParts.scale, 'decimal') !== canonical || significant(parts) > 15)
    throw new Unsupported(`decimal of the real ${text} (how its binary digits are rounded is not documented)`);
  return canonical;
}

function significant({ m }: DecimalParts): number {
  return (m < 0n ? -m : m).toString().replace(/0+$/, '').length;
}

function aligned(a: DecimalParts, b: DecimalParts): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.m * 10n ** BigInt(scale - a.scale), b.m * 10n ** BigInt(scale - b.scale), scale];
}

/** -1, 0 or 1. */
export function compareDecimals(a: DecimalParts, b: DecimalParts): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Exact + - * of decimals; refused when the result does not fit 38 digits. */
export function decimalArithmetic(name: 'Add' | 'Subtract' | 'Multiply', a: DecimalParts, b: DecimalParts): string {
  if (name === 'Multiply') return decimalText(a.m * b.m, a.scale + b.scale, 'decimal product');
  const [x, y, scale] = aligned(a, b);
  return decimalText(name === 'Add' ? x + y : x - y, scale, name === 'Add' ? 'decimal sum' : 'decimal difference');
}
