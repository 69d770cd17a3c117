/**
 * The texts the streamed fixture readers read lines of: a chunk of a file, or a line
 * joined across chunks. An all-ASCII chunk is read from its bytes and never made into
 * one string (a 4 MiB string per chunk was most of the garbage a load left for the
 * collector); only what a reader keeps or hands on becomes a string.
 */
import { flatString, type CodeUnits } from './vectors.js';

export interface LineText {
  /** The code units, or none (a line too long to copy: the general reader reads it). */
  readonly u: CodeUnits | undefined;
  readonly length: number;
  /** text[start, end) as a string. */
  slice(start: number, end: number): string;
  /** text[start, end) as a flat string of its own (see flatString), to be kept. */
  fresh(start: number, end: number): string;
  /** The index of the next `unit` at or after `from`, or -1. */
  indexOf(unit: number, from: number): number;
  unitAt(i: number): number;
}

/** An all-ASCII chunk: its bytes are its code units. */
export class BytesText implements LineText {
  constructor(readonly u: Buffer) {}
  get length(): number {
    return this.u.length;
  }
  slice(start: number, end: number): string {
    return this.u.toString('latin1', start, end);
  }
  fresh(start: number, end: number): string {
    return this.u.toString('latin1', start, end);
  }
  indexOf(unit: number, from: number): number {
    return this.u.indexOf(unit, from);
  }
  unitAt(i: number): number {
    return this.u[i]!;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The code units of `text` as a typed array. */
export function codeUnits(text: string): Uint16Array {
  if (LITTLE_ENDIAN) {
    // utf16le is the code units as they are (a native copy); a view needs even alignment.
    const b = Buffer.from(text, 'utf16le');
    if (b.byteOffset % 2 === 0) return new Uint16Array(b.buffer, b.byteOffset, text.length);
  }
  const u = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) u[i] = text.charCodeAt(i);
  return u;
}

/** A decoded chunk or a joined line, with its code units copied (none when `copy` is false). */
export class StringText implements LineText {
  readonly u: CodeUnits | undefined;
  constructor(
    readonly text: string,
    copy = true,
  ) {
    this.u = copy ? codeUnits(text) : undefined;
  }
  get length(): number {
    return this.text.length;
  }
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
  fresh(start: number, end: number): string {
    return flatString(this.text.slice(start, end));
  }
  indexOf(unit: number, from: number): number {
    return this.text.indexOf(String.fromCharCode(unit), from);
  }
  unitAt(i: number): number {
    return this.text.charCodeAt(i);
  }
}
