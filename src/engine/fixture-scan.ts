/**
 * Defensive reading of fixture text before JSON.parse: strict UTF-8, a nesting
 * limit (deep values would overflow the stack later), integers beyond ±2^53
 * (JSON.parse would round them silently), duplicate column names in a record
 * (JSON.parse would keep the last silently), and the line of each element of a
 * `.json` array so errors can name it.
 */
import { QueryError } from './refusal.js';

/** A fixture problem with its position. */
export class FixtureError extends QueryError {
  override name = 'FixtureError';
}

/** Deepest nesting of arrays and objects a fixture value may have. */
export const MAX_JSON_DEPTH = 256;

/** Decode bytes as UTF-8, naming the line of the first invalid byte sequence. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Anything but bad bytes (a text longer than JavaScript strings allow) is its own error.
    if ((error as { code?: string }).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA')
      throw new FixtureError(`${file}: cannot read as text (${(error as Error).message})`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        throw new FixtureError(`${file}:${line}: not valid UTF-8 text`);
      }
      line++;
      start = i + 1;
    }
    throw new FixtureError(`${file}: not valid UTF-8 text`);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** An element of a top-level JSON array: its text and the line it starts on. */
export interface JsonElement {
  text: string;
  line: number;
}

/**
 * Check `text` (one JSON value starting on `firstLine`) and, when `array`, split a
 * top-level array into its elements. Syntax errors are left to JSON.parse.
 */
export function scanJson(text: string, file: string, firstLine: number, array: boolean): JsonElement[] {
  const elements: JsonElement[] = [];
  // Per open container: true for an object. Keys of record-level objects (the
  // elements of the array, or the line's object) are checked for duplicates.
  const stack: boolean[] = [];
  const recordDepth = array ? 2 : 1;
  let keys: Set<string> | undefined;
  let line = firstLine;
  let elementStart = -1;
  let elementLine = line;
  const n = text.length;
  const where = () => `${file}:${line}`;
  const startElement = (i: number) => {
    if (array && stack.length === 1 && elementStart < 0) {
      elementStart = i;
      elementLine = line;
    }
  };
  let closed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line++;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    if (closed) throw new FixtureError(`${where()}: unexpected text after the end of the array`);
    if (c === QUOTE) {
      startElement(i);
      // The closing quote: the next one not escaped by an odd run of backslashes.
      let j = text.indexOf('"', i + 1);
      let escaped = false;
      while (j > 0) {
        let b = j - 1;
        while (text.charCodeAt(b) === BACKSLASH) b--;
        if ((j - 1 - b) % 2 === 0) break;
        escaped = true;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) j = n; // unterminated: JSON.parse reports it
      // A key of a record-level object: followed by ':'.
      if (keys && stack.length === recordDepth && stack[stack.length - 1]) {
        let k = j + 1;
        while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
        if (text.charCodeAt(k) === 0x3a) {
          let key = text.slice(i + 1, j);
          if (escaped || key.includes('\\')) {
            try {
              key = JSON.parse(text.slice(i, j + 1)) as string;
            } catch {
              /* invalid JSON: JSON.parse reports it */
            }
          }
          if (keys.has(key)) throw new FixtureError(`${where()}: column '${key}' appears twice in one record`);
          keys.add(key);
        }
      }
      i = j;
      continue;
    }
    if (c === 0x5b || c === 0x7b) {
      startElement(i);
      stack.push(c === 0x7b);
      if (stack.length > MAX_JSON_DEPTH)
        throw new FixtureError(`${where()}: values nested deeper than ${MAX_JSON_DEPTH} levels are not supported`);
      if (stack.length === recordDepth && c === 0x7b) keys = new Set();
      continue;
    }
    if (c === 0x5d || c === 0x7d) {
      if (array && stack.length === 1 && elementStart >= 0) {
        elements.push({ text: text.slice(elementStart, i), line: elementLine });
        elementStart = -1;
      }
      stack.pop();
      if (array && stack.length === 0) closed = true;
      continue;
    }
    if (c === 0x2c) {
      if (array && stack.length === 1 && elementStart >= 0) {
        elements.push({ text: text.slice(elementStart, i), line: elementLine });
        elementStart = -1;
      }
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      startElement(i);
      let j = i + 1;
      for (let d = text.charCodeAt(j); (d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x65 || d === 0x45 || d === 0x2b || d === 0x2d;)
        d = text.charCodeAt(++j);
      const token = text.slice(i, j);
      // An integer JSON.parse cannot hold exactly: refuse rather than round.
      if (/^-?\d+$/.test(token) && token.replace(/^-/, '').length > 15 && !Number.isSafeInteger(Number(token)))
        throw new FixtureError(
          `${where()}: the integer ${token} is beyond ±2^53 and cannot be read exactly (write it as a string, or as a real with a decimal point)`,
        );
      i = j - 1;
      continue;
    }
    startElement(i);
  }
  if (array && stack.length > 0) throw new FixtureError(`${where()}: the file ends inside an unclosed array or object`);
  return elements;
}
