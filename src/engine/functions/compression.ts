/**
 * gzip_decompress_from_base64_string() and zlib_decompress_from_base64_string(): base64
 * decoding, then the gzip (RFC 1952) or zlib (RFC 1950, window size 15) stream's
 * deflate data, as UTF-8 text. Documented: a string that is not base64, or a gzip
 * header whose ID1, ID2 or CM is wrong, gives the empty string ("x0x0x0" does); so does
 * deflate data that does not decode. Refused where the pages leave the outcome open: a
 * gzip FLG byte other than zero ("expected to be zero"), a zlib window size other than
 * 15 or a preset dictionary, a failing CRC-32/Adler-32 or length check, bytes after the
 * stream, output that is not valid UTF-8.
 *
 * The compressing side (gzip_compress_to_base64_string, zlib_compress_to_base64_string)
 * is refused: its output bytes depend on the compressor's choices, which the pages do not
 * define (their examples are stored blocks, not what zlib's default level emits).
 */
import { inflateRawSync } from 'node:zlib';
import { Unsupported } from '../refusal.js';
import type { ScalarFunction } from './function.js';

/** Strict base64 (as .NET's Convert.FromBase64String, without its whitespace skipping), or null. */
function base64(text: string): Buffer | null {
  if (/\s/.test(text)) throw new Unsupported('base64 text with whitespace');
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  return Buffer.from(text, 'base64');
}

/** The deflate data from `start`: its output and where it ended, or null when it does not decode. */
function inflate(bytes: Buffer, start: number, name: string): { out: Buffer; end: number } | null {
  const body = bytes.subarray(start);
  let result: { buffer: Buffer; engine: { bytesWritten: number } };
  try {
    result = inflateRawSync(body, { info: true }) as unknown as typeof result;
  } catch (error) {
    if ((error as { code?: string }).code === 'Z_BUF_ERROR') throw new Unsupported(`${name}() of a truncated stream`);
    return null;
  }
  return { out: result.buffer, end: start + result.engine.bytesWritten };
}

function utf8(out: Buffer, name: string): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(out);
  if (!Buffer.from(text, 'utf8').equals(out)) throw new Unsupported(`${name}() of output that is not UTF-8 text`);
  return text;
}

/** CRC-32 (IEEE, reflected), for the gzip trailer. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function gunzip(text: string): string {
  const name = 'gzip_decompress_from_base64_string';
  const bytes = base64(text);
  if (bytes === null || bytes.length < 18) return '';
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return '';
  if (bytes[3] !== 0) throw new Unsupported(`${name}() of a gzip header with flags`);
  const inflated = inflate(bytes, 10, name);
  if (inflated === null) return '';
  const { out, end } = inflated;
  if (end + 8 !== bytes.length) throw new Unsupported(`${name}() of a stream with bytes after it or a short trailer`);
  if (bytes.readUInt32LE(end) !== crc32(out) || bytes.readUInt32LE(end + 4) !== out.length % 2 ** 32)
    throw new Unsupported(`${name}() of a stream whose CRC or length check fails`);
  return utf8(out, name);
}

function unzlib(text: string): string {
  const name = 'zlib_decompress_from_base64_string';
  const bytes = base64(text);
  if (bytes === null || bytes.length < 6) return '';
  const cmf = bytes[0]!;
  const flg = bytes[1]!;
  if ((cmf & 0x0f) !== 8 || ((cmf << 8) | flg) % 31 !== 0) return '';
  if (cmf >> 4 !== 7) throw new Unsupported(`${name}() with a window size other than 15`);
  if (flg & 0x20) throw new Unsupported(`${name}() with a preset dictionary`);
  const inflated = inflate(bytes, 2, name);
  if (inflated === null) return '';
  const { out, end } = inflated;
  if (end + 4 !== bytes.length) throw new Unsupported(`${name}() of a stream with bytes after it or a short trailer`);
  if (bytes.readUInt32BE(end) !== adler32(out)) throw new Unsupported(`${name}() of a stream whose Adler-32 check fails`);
  return utf8(out, name);
}

function decompressor(name: string, decode: (text: string) => string): ScalarFunction {
  return {
    name,
    evaluate: ([v]) => {
      if (v === null || v === undefined || v === '') return '';
      if (typeof v !== 'string') throw new Unsupported(`${name}() of a non-string value`);
      return decode(v);
    },
  };
}

export const COMPRESSION_FUNCTIONS: readonly ScalarFunction[] = [
  decompressor('gzip_decompress_from_base64_string', gunzip),
  decompressor('zlib_decompress_from_base64_string', unzlib),
];
