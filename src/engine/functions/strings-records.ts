/** GUID base64 forms and CSV records. */
import { QueryError, Unsupported } from '../refusal.js';
import type { Value } from '../values.js';
import type { CallContext, ScalarFunction } from './function.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** .NET's Guid byte order: the first three fields little-endian, the last eight bytes as written. */
function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const swap = (s: string) => s.match(/../g)!.reverse().join('');
  return Buffer.from(swap(hex.slice(0, 8)) + swap(hex.slice(8, 12)) + swap(hex.slice(12, 16)) + hex.slice(16), 'hex');
}

function bytesToGuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  const swap = (s: string) => s.match(/../g)!.reverse().join('');
  return `${swap(hex.slice(0, 8))}-${swap(hex.slice(8, 12))}-${swap(hex.slice(12, 16))}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether a CSV record ends at text[i]: an unquoted \n or \r\n (a lone \r is refused). */
function recordEnd(text: string, i: number): boolean {
  if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) return true;
  if (text[i] === '\r') throw new Unsupported('parse_csv() of a lone carriage return');
  return false;
}

/**
 * The first CSV record (RFC 4180 quoting): "Only the first record is taken since this
 * function doesn't support multiple records" (parse_csv docs). A record ends at an unquoted
 * \n or \r\n; a lone \r is refused.
 */
function parseCsv(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (i >= text.length) throw new Unsupported('parse_csv() of an unclosed quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else break;
        } else field += text[i];
      }
      i++;
      if (recordEnd(text, i)) return [...fields, field];
      if (i < text.length && text[i] !== ',') throw new Unsupported('parse_csv() of text after a closing quote');
    } else {
      while (i < text.length && text[i] !== ',') {
        if (text[i] === '"') throw new Unsupported('parse_csv() of a quote inside an unquoted field');
        if (recordEnd(text, i)) return [...fields, field];
        field += text[i++];
      }
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++; // the comma
  }
}

/**
 * toguid(s): "takes the first 32 characters of the input, ignoring properly located hyphens,
 * validates that the characters are between 0-9 or a-f … The rest of the string is ignored",
 * else null (toguid docs). Computed for 32 leading hex digits, the 8-4-4-4-12 form, and the
 * page's own 12-4-4-12 example; other hyphen places, upper-case digits and non-strings are
 * refused (which hyphens count as "properly located" is not spelled out).
 */
function toGuid(args: Value[], { argTypes }: CallContext): Value {
  const s = args[0] ?? null;
  if (s === null) return null;
  if (argTypes[0] === 'guid') return s;
  if (typeof s !== 'string' || argTypes[0] !== 'string') throw new Unsupported('toguid() of a value that is not a string');
  const head = s.slice(0, 36);
  const digits =
    head.match(/^[0-9a-f]{32}/)?.[0] ??
    head
      .match(/^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})/)
      ?.slice(1)
      .join('') ??
    head
      .match(/^([0-9a-f]{12})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})/)
      ?.slice(1)
      .join('');
  if (digits) return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
  // Fewer than 32 digits before the text ends or a character that is not a digit or hyphen: not a guid.
  const lead = head.match(/^[0-9a-f-]*/)![0];
  const leadDigits = lead.replace(/-/g, '').length;
  if (leadDigits < 32 && (lead.length === s.length || !/[A-F]/.test(s[lead.length]!))) return null;
  throw new Unsupported('toguid() of text with hyphens elsewhere or upper-case digits');
}

export const RECORD_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'toguid', evaluate: toGuid },
  {
    name: 'base64_encode_fromguid',
    evaluate: ([g]) => {
      if (g === null) return '';
      if (typeof g !== 'string' || !GUID.test(g)) throw new QueryError('base64_encode_fromguid() expects a guid');
      return guidBytes(g).toString('base64');
    },
  },
  {
    name: 'base64_decode_toguid',
    evaluate: ([s]) => {
      if (typeof s !== 'string' || !/^[A-Za-z0-9+/]{22}==$/.test(s))
        throw new Unsupported('base64_decode_toguid() of text that is not 16 base64 bytes');
      return bytesToGuid(Buffer.from(s, 'base64'));
    },
  },
  {
    // Bytes of padded base64 as longs. Unpadded text decodes to an empty array: the page
    // of base64_encode_fromarray() names the result of decoding such text `empty_bytes_array`.
    name: 'base64_decode_toarray',
    evaluate: ([s]) => {
      if (typeof s !== 'string') return null;
      if (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) return [...Buffer.from(s, 'base64')];
      if (/^[A-Za-z0-9+/]+$/.test(s) && s.length % 4 !== 0) return [];
      throw new Unsupported('base64_decode_toarray() of text that is not base64');
    },
  },
  {
    // An array of bytes (whole numbers 0..255) as base64; null (empty) for null or no array.
    name: 'base64_encode_fromarray',
    evaluate: ([a]) => {
      if (a === null || a === undefined) return '';
      if (!Array.isArray(a)) throw new Unsupported('base64_encode_fromarray() of a value that is not an array');
      if (!a.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b <= 255))
        throw new Unsupported('base64_encode_fromarray() of elements that are not bytes');
      return Buffer.from(a as number[]).toString('base64');
    },
  },
  {
    name: 'parse_csv',
    evaluate: ([s]: Value[]) => {
      if (typeof s !== 'string') throw new Unsupported('parse_csv() of a non-string value');
      return parseCsv(s);
    },
  },
];
