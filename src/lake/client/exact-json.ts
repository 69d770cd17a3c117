/**
 * A small JSON parser that keeps integers exact: an integer literal outside
 * ±(2^53 - 1) becomes a bigint instead of a rounded number. JSON.parse in
 * Node 20 cannot show a reviver the source text, so the frame reader uses
 * this parser only for the rare pieces that hold such long digit runs.
 */

export type ExactJson = null | boolean | number | bigint | string | ExactJson[] | { [key: string]: ExactJson };

export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function parseExactJson(text: string): ExactJson {
  let pos = 0;

  const fail = (what: string): never => {
    throw new JsonSyntaxError(`${what} at offset ${pos}`);
  };
  const skip = (): void => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };

  const parseString = (): string => {
    // Find the closing quote; strings without escapes are the common case.
    let end = pos + 1;
    for (;;) {
      const q = text.indexOf('"', end);
      if (q < 0) fail('unterminated string');
      let backslashes = 0;
      for (let k = q - 1; k > pos && text.charCodeAt(k) === 0x5c; k--) backslashes++;
      if (backslashes % 2 === 0) {
        end = q;
        break;
      }
      end = q + 1;
    }
    const raw = text.slice(pos, end + 1);
    pos = end + 1;
    try {
      return JSON.parse(raw) as string;
    } catch {
      return fail('invalid string');
    }
  };

  const parseNumber = (): number | bigint => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) return fail('invalid number');
    const raw = m[0];
    pos += raw.length;
    const n = Number(raw);
    if (/^-?\d+$/.test(raw) && !Number.isSafeInteger(n)) return BigInt(raw);
    return n;
  };

  const parseValue = (depth: number): ExactJson => {
    if (depth > 512) fail('nesting too deep');
    skip();
    const c = text[pos];
    if (c === '"') return parseString();
    if (c === '{') {
      pos++;
      const obj: { [key: string]: ExactJson } = {};
      skip();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[pos] !== '"') fail('expected a key');
        const key = parseString();
        skip();
        if (text[pos++] !== ':') fail('expected ":"');
        // Own property even for `__proto__`, which plain assignment would turn into the prototype.
        Object.defineProperty(obj, key, { value: parseValue(depth + 1), writable: true, enumerable: true, configurable: true });
        skip();
        const sep = text[pos++];
        if (sep === '}') return obj;
        if (sep !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const arr: ExactJson[] = [];
      skip();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue(depth + 1));
        skip();
        const sep = text[pos++];
        if (sep === ']') return arr;
        if (sep !== ',') fail('expected "," or "]"');
      }
    }
    if (text.startsWith('true', pos)) return ((pos += 4), true);
    if (text.startsWith('false', pos)) return ((pos += 5), false);
    if (text.startsWith('null', pos)) return ((pos += 4), null);
    return parseNumber();
  };

  const value = parseValue(0);
  skip();
  if (pos !== text.length) fail('unexpected text after the value');
  return value;
}
