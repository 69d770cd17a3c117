/**
 * Incremental reader for the top-level v2 frame array. It scans bytes as they
 * arrive (strings, escapes, brackets only), cuts out each frame and, inside a
 * frame, each element of its `Rows` array, and parses those pieces on their own.
 * So a 64 MB PrimaryResult is never held as one string: memory stays near the
 * parsed rows. Pieces with a digit run of 16+ (a possible long beyond 2^53) go
 * through the exact parser; everything else through JSON.parse.
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
const ROWS_KEY = 'Rows';
const LONG_DIGIT_RUN = 16;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function parsePiece(pieces: Buffer[], exact: boolean, what: string): ExactJson {
  const text = pieces.length === 1 ? pieces[0]!.toString('utf8') : Buffer.concat(pieces).toString('utf8');
  try {
    return exact ? parseExactJson(text) : (JSON.parse(text) as ExactJson);
  } catch (e) {
    throw new FrameSyntaxError(`invalid JSON in ${what}: ${(e as Error).message}`);
  }
}

export class FrameReader {
  private phase = Phase.Start;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private digitRun = 0;
  private frameCount = 0;
  // The frame being read, without its Rows elements.
  private skeleton: Buffer[] = [];
  private skeletonStart = -1;
  private skeletonExact = false;
  // Key tracking at the frame-object level, to spot "Rows".
  private expectKey = false;
  private keyBytes: number[] | null = null;
  private lastKey = '';
  private inRows = false;
  private sawRows = false;
  private rows: ExactJson[] = [];
  // The row being read.
  private row: Buffer[] = [];
  private rowStart = -1;
  private rowExact = false;
  // A top-level object (an error body served with 200, or a v1 response).
  private topObject: Buffer[] = [];

  constructor(private readonly onFrame: (frame: RawFrame, index: number) => void) {}

  /** Feed the next chunk; throws FrameSyntaxError as soon as the structure is wrong. */
  push(buf: Buffer): void {
    if (this.phase === Phase.TopObject) {
      this.topObject.push(buf);
      return;
    }
    if (this.phase === Phase.InFrame) this.skeletonStart = this.inRows ? -1 : 0;
    if (this.rowStart >= 0) this.rowStart = 0;
    const n = buf.length;
    for (let i = 0; i < n; i++) {
      const c = buf[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyBytes) {
            this.lastKey = String.fromCharCode(...this.keyBytes);
            this.keyBytes = null;
          }
        } else if (this.keyBytes && this.keyBytes.length < 64) this.keyBytes.push(c);
        continue;
      }
      if (this.phase === Phase.InFrame) {
        const betweenRows = this.inRows && this.depth === 3 && this.rowStart < 0;
        if (c >= 0x30 && c <= 0x39 && !betweenRows) {
          if (++this.digitRun >= LONG_DIGIT_RUN) {
            if (this.rowStart >= 0) this.rowExact = true;
            else this.skeletonExact = true;
          }
          continue;
        }
        this.digitRun = 0;
        this.inFrame(buf, i, c);
        continue;
      }
      switch (this.phase) {
        case Phase.Start:
          if (isSpace(c) || (c === 0xef && i === 0) || c === 0xbb || c === 0xbf) continue; // whitespace, UTF-8 BOM
          if (c === 0x5b) {
            this.depth = 1;
            this.phase = Phase.BetweenFrames;
            continue;
          }
          if (c === 0x7b) {
            this.phase = Phase.TopObject;
            this.topObject.push(buf.subarray(i));
            return;
          }
          throw new FrameSyntaxError('the response is not JSON');
        case Phase.BetweenFrames:
          if (isSpace(c) || c === 0x2c) continue;
          if (c === 0x7b) {
            this.phase = Phase.InFrame;
            this.depth = 2;
            this.skeleton = [];
            this.skeletonStart = i;
            this.skeletonExact = false;
            this.expectKey = true;
            this.lastKey = '';
            this.rows = [];
            this.sawRows = false;
            continue;
          }
          if (c === 0x5d) {
            this.depth = 0;
            this.phase = Phase.End;
            continue;
          }
          throw new FrameSyntaxError(`frame ${this.frameCount} is not a JSON object`);
        case Phase.End:
          if (isSpace(c)) continue;
          throw new FrameSyntaxError('unexpected text after the frame array');
      }
    }
    // Keep the unfinished pieces of this chunk.
    if (this.phase === Phase.InFrame) {
      if (this.rowStart >= 0) this.row.push(buf.subarray(this.rowStart));
      else if (!this.inRows && this.skeletonStart >= 0) this.skeleton.push(buf.subarray(this.skeletonStart));
    }
  }

  private inFrame(buf: Buffer, i: number, c: number): void {
    if (this.inRows && this.depth === 3 && this.rowStart < 0) {
      // Between rows: separators, a new row, or the end of Rows.
      if (isSpace(c) || c === 0x2c) return;
      if (c === 0x5b || c === 0x7b) {
        this.depth = 4;
        this.row = [];
        this.rowStart = i;
        this.rowExact = false;
        return;
      }
      if (c === 0x5d) {
        this.depth = 2;
        this.inRows = false;
        this.skeletonStart = i; // resume the skeleton with this "]"
        return;
      }
      throw new FrameSyntaxError(`row ${this.rows.length} of frame ${this.frameCount} is not an array`);
    }
    if (c === QUOTE) {
      this.inString = true;
      if (this.depth === 2 && this.expectKey) {
        this.keyBytes = [];
        this.expectKey = false;
      }
      return;
    }
    if (c === 0x5b || c === 0x7b) {
      if (this.depth === 2 && c === 0x5b && this.lastKey === ROWS_KEY && !this.inRows && this.rows.length === 0) {
        // Close the skeleton after "[" so the frame parses with Rows: [].
        this.skeleton.push(buf.subarray(this.skeletonStart, i + 1));
        this.skeletonStart = -1;
        this.inRows = true;
        this.sawRows = true;
      }
      this.depth++;
      return;
    }
    if (c === 0x5d || c === 0x7d) {
      this.depth--;
      if (this.rowStart >= 0 && this.depth === 3) {
        this.row.push(buf.subarray(this.rowStart, i + 1));
        this.rowStart = -1;
        this.rows.push(parsePiece(this.row, this.rowExact, `row ${this.rows.length} of frame ${this.frameCount}`));
        this.row = [];
      } else if (this.depth === 1) {
        this.skeleton.push(buf.subarray(this.skeletonStart, i + 1));
        this.skeletonStart = -1;
        this.finishFrame();
      }
      return;
    }
    if (this.depth === 2 && c === 0x2c) {
      this.expectKey = true;
      this.lastKey = '';
    }
  }

  private finishFrame(): void {
    const value = parsePiece(this.skeleton, this.skeletonExact, `frame ${this.frameCount}`);
    this.skeleton = [];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new FrameSyntaxError(`frame ${this.frameCount} is not a JSON object`);
    }
    if (this.sawRows) value.Rows = this.rows;
    this.rows = [];
    this.phase = Phase.BetweenFrames;
    this.onFrame(value, this.frameCount++);
  }

  /**
   * Call at the end of the body. Returns a top-level object when the body was
   * one (for example an error served with status 200); throws when the frame
   * array was cut off.
   */
  end(): { topLevelObject?: ExactJson; frames: number } {
    if (this.phase === Phase.TopObject) {
      return { topLevelObject: parsePiece(this.topObject, true, 'the response'), frames: 0 };
    }
    if (this.phase === Phase.Start) throw new FrameSyntaxError('the response body is empty');
    if (this.phase !== Phase.End) throw new FrameSyntaxError(`the response was cut off after ${this.frameCount} complete frames`);
    return { frames: this.frameCount };
  }
}
