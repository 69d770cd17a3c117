/**
 * Incremental reader for the top-level v2 frame array. It scans bytes as they
 * arrive (strings, escapes, brackets only), cuts out each frame and, inside a
 * frame, the elements of its `Rows` array, and parses those pieces on their own
 * (the complete rows of one chunk with one JSON.parse). So a 64 MB PrimaryResult
 * is never held as one string: memory stays near the parsed rows. Pieces with an
 * integer of 16+ digits (a possible long beyond 2^53) go through the exact parser.
 */
import { parseExactJson, type ExactJson } from './exact-json.js';

export type RawFrame = { [key: string]: ExactJson };

export class FrameSyntaxError extends Error {
  override name = 'FrameSyntaxError';
}

const enum Phase {
  Start,
  BetweenFrames,
  InFrame,
  End,
  TopObject,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const DOT = 0x2e;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const LONG_DIGIT_RUN = 16;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function parseText(text: string, exact: boolean, what: string): ExactJson {
  try {
    return exact ? parseExactJson(text) : (JSON.parse(text) as ExactJson);
  } catch (e) {
    throw new FrameSyntaxError(`invalid JSON in ${what}: ${(e as Error).message}`);
  }
}

const joined = (pieces: Buffer[]): string => (pieces.length === 1 ? pieces[0]!.toString('utf8') : Buffer.concat(pieces).toString('utf8'));

export class FrameReader {
  private phase = Phase.Start;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private digitRun = 0;
  private beforeRun = 0;
  private frameCount = 0;
  // The frame being read, without its Rows elements.
  private skeleton: Buffer[] = [];
  private skeletonExact = false;
  // Key tracking at the frame-object level, to spot "Rows".
  private expectKey = false;
  private key: string | null = null;
  private lastKey = '';
  private inRows = false;
  private sawRows = false;
  private rows: ExactJson[] = [];
  // A row that started in an earlier chunk.
  private carried: Buffer[] = [];
  private rowStart = -1;
  private rowExact = false;
  // Complete rows of the current chunk, parsed together.
  private batchStart = -1;
  private batchEnd = -1;
  private batchExact = false;
  // A top-level object (an error body served with 200, or a v1 response).
  private topObject: Buffer[] = [];

  // The fields of the current frame that precede its Rows, once rows stream.
  private head: RawFrame | null = null;

  /**
   * `onFrame` gets each complete frame. With `onRows`, rows are handed over as
   * they are parsed (with the frame's fields seen before Rows) instead of being
   * collected into the frame, so a large table is never held twice.
   */
  constructor(
    private readonly onFrame: (frame: RawFrame, index: number) => void,
    private readonly onRows?: (head: RawFrame, rows: ExactJson[], index: number) => void,
  ) {}

  /** Feed the next chunk; throws FrameSyntaxError as soon as the structure is wrong. */
  push(buf: Buffer): void {
    if (this.phase === Phase.TopObject) {
      this.topObject.push(buf);
      return;
    }
    let skeletonStart = this.phase === Phase.InFrame && !this.inRows ? 0 : -1;
    this.rowStart = this.rowStart >= 0 ? 0 : -1;
    let nextBackslash = -1;
    const n = buf.length;
    let i = 0;
    while (i < n) {
      if (this.inString) {
        // Jump to the closing quote; a backslash before it escapes one byte.
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        const q = buf.indexOf(QUOTE, i);
        if (nextBackslash < i && nextBackslash !== n) {
          nextBackslash = buf.indexOf(BACKSLASH, i);
          if (nextBackslash < 0) nextBackslash = n;
        }
        const end = q < 0 ? n : q;
        if (nextBackslash < end) {
          if (this.key !== null) this.key += buf.toString('latin1', i, nextBackslash + 2);
          this.escaped = nextBackslash + 1 >= n;
          i = nextBackslash + 2;
          continue;
        }
        if (this.key !== null) this.key += buf.toString('latin1', i, end);
        if (q < 0) break;
        this.inString = false;
        if (this.key !== null) {
          this.lastKey = this.key;
          this.key = null;
        }
        i = q + 1;
        continue;
      }
      const c = buf[i]!;
      if (this.phase === Phase.InFrame) {
        if (c >= 0x30 && c <= 0x39) {
          if (this.depth === 3 && this.inRows && this.rowStart < 0) {
            throw new FrameSyntaxError(`a row of frame ${this.frameCount} is not an array`);
          }
          if (this.digitRun++ === 0) this.beforeRun = i > 0 ? buf[i - 1]! : 0;
          i++;
          continue;
        }
        if (this.digitRun >= LONG_DIGIT_RUN && this.beforeRun !== DOT && c !== DOT && c !== 0x65 && c !== 0x45) {
          if (this.rowStart >= 0) this.rowExact = true;
          else this.skeletonExact = true;
        }
        this.digitRun = 0;
        skeletonStart = this.inFrame(buf, i, c, skeletonStart);
        i++;
        continue;
      }
      const phase = this.outsideFrames(c, i === 0);
      if (phase === Phase.InFrame) skeletonStart = i;
      else if (phase === Phase.TopObject) {
        this.topObject.push(buf.subarray(i));
        return;
      }
      i++;
    }
    // Keep the unfinished pieces of this chunk.
    this.flushBatch(buf);
    if (this.phase === Phase.InFrame) {
      if (this.rowStart >= 0) this.carried.push(buf.subarray(this.rowStart));
      else if (skeletonStart >= 0) this.skeleton.push(buf.subarray(skeletonStart));
    }
  }

  /** A byte before, between or after the frames; returns the phase it leads to. */
  private outsideFrames(c: number, first: boolean): Phase {
    this.step(c, first);
    return this.phase;
  }

  private step(c: number, first: boolean): void {
    switch (this.phase) {
      case Phase.Start:
        if (isSpace(c) || (first && c === 0xef) || c === 0xbb || c === 0xbf) return; // whitespace, UTF-8 BOM
        if (c === OPEN_ARRAY) {
          this.depth = 1;
          this.phase = Phase.BetweenFrames;
          return;
        }
        if (c === OPEN_OBJECT) {
          this.phase = Phase.TopObject;
          return;
        }
        throw new FrameSyntaxError('the response is not JSON');
      case Phase.BetweenFrames:
        if (isSpace(c) || c === COMMA) return;
        if (c === OPEN_OBJECT) {
          this.phase = Phase.InFrame;
          this.depth = 2;
          this.skeleton = [];
          this.skeletonExact = false;
          this.expectKey = true;
          this.lastKey = '';
          this.rows = [];
          this.sawRows = false;
          this.head = null;
          return;
        }
        if (c === CLOSE_ARRAY) {
          this.depth = 0;
          this.phase = Phase.End;
          return;
        }
        throw new FrameSyntaxError(`frame ${this.frameCount} is not a JSON object`);
      default:
        if (isSpace(c)) return;
        throw new FrameSyntaxError('unexpected text after the frame array');
    }
  }

  /** One structural byte inside a frame; returns where the skeleton's current piece starts (-1: none). */
  private inFrame(buf: Buffer, i: number, c: number, skeletonStart: number): number {
    if (this.inRows && this.depth === 3 && this.rowStart < 0) {
      // Between rows: separators, a new row, or the end of Rows.
      if (isSpace(c) || c === COMMA) return skeletonStart;
      if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
        this.depth = 4;
        this.rowStart = i;
        this.rowExact = false;
        return skeletonStart;
      }
      if (c === CLOSE_ARRAY) {
        this.flushBatch(buf);
        this.depth = 2;
        this.inRows = false;
        return i; // the skeleton resumes with this "]"
      }
      throw new FrameSyntaxError(`a row of frame ${this.frameCount} is not an array`);
    }
    if (c === QUOTE) {
      this.inString = true;
      if (this.depth === 2 && this.expectKey) {
        this.key = '';
        this.expectKey = false;
      }
      return skeletonStart;
    }
    if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      this.depth++;
      if (this.depth === 3 && c === OPEN_ARRAY && this.lastKey === 'Rows' && !this.sawRows) {
        // Close the skeleton after "[" so the frame parses with Rows: [].
        this.skeleton.push(buf.subarray(skeletonStart, i + 1));
        this.inRows = true;
        this.sawRows = true;
        this.head = this.onRows ? this.parseHead() : null;
        return -1;
      }
      return skeletonStart;
    }
    if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      this.depth--;
      if (this.rowStart >= 0 && this.depth === 3) this.endRow(buf, i);
      else if (this.depth === 1) {
        this.skeleton.push(buf.subarray(skeletonStart, i + 1));
        this.finishFrame();
        return -1;
      }
      return skeletonStart;
    }
    if (this.depth === 2 && c === COMMA) {
      this.expectKey = true;
      this.lastKey = '';
    }
    return skeletonStart;
  }

  /** The frame so far, closed after `"Rows":[`; null when it does not parse (the frame end will say why). */
  private parseHead(): RawFrame | null {
    try {
      const text = `${joined(this.skeleton)}]}`;
      const head = this.skeletonExact ? parseExactJson(text) : (JSON.parse(text) as ExactJson);
      if (!head || typeof head !== 'object' || Array.isArray(head)) return null;
      // Rows can be read only once the columns (or, for a fragment, the table) are known.
      return Array.isArray(head.Columns) || head.FrameType === 'TableFragment' ? head : null;
    } catch {
      return null;
    }
  }

  private deliver(rows: ExactJson[]): void {
    if (this.head && this.onRows) this.onRows(this.head, rows, this.frameCount);
    else for (const row of rows) this.rows.push(row);
  }

  private endRow(buf: Buffer, i: number): void {
    if (this.carried.length > 0) {
      // A row that began in an earlier chunk: always the first to end in this one.
      this.carried.push(buf.subarray(0, i + 1));
      this.deliver([parseText(joined(this.carried), this.rowExact, `a row of frame ${this.frameCount}`)]);
      this.carried = [];
    } else {
      if (this.batchStart < 0) this.batchStart = this.rowStart;
      this.batchEnd = i + 1;
      this.batchExact ||= this.rowExact;
    }
    this.rowStart = -1;
  }

  private flushBatch(buf: Buffer): void {
    if (this.batchStart < 0) return;
    const text = `[${buf.toString('utf8', this.batchStart, this.batchEnd)}]`;
    this.deliver(parseText(text, this.batchExact, `rows of frame ${this.frameCount}`) as ExactJson[]);
    this.batchStart = -1;
    this.batchExact = false;
  }

  private finishFrame(): void {
    const value = parseText(joined(this.skeleton), this.skeletonExact, `frame ${this.frameCount}`);
    this.skeleton = [];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new FrameSyntaxError(`frame ${this.frameCount} is not a JSON object`);
    }
    if (this.sawRows) value.Rows = this.rows;
    this.rows = [];
    this.head = null;
    this.phase = Phase.BetweenFrames;
    this.onFrame(value, this.frameCount++);
  }

  /**
   * Call at the end of the body. Returns a top-level object when the body was
   * one (for example an error served with status 200); throws when the frame
   * array was cut off.
   */
  end(): { topLevelObject?: ExactJson; frames: number } {
    if (this.phase === Phase.TopObject) return { topLevelObject: parseText(joined(this.topObject), true, 'the response'), frames: 0 };
    if (this.phase === Phase.Start) throw new FrameSyntaxError('the response body is empty');
    if (this.phase !== Phase.End) throw new FrameSyntaxError(`the response was cut off after ${this.frameCount} complete frames`);
    return { frames: this.frameCount };
  }
}
