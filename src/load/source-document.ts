/**
 * A parsed YAML file that remembers where every value came from.
 */
import { isMap, isScalar, isSeq, LineCounter, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { buildScalarOffsetMap } from './scalar-map.js';

/** A 1-based span in a file; `endColumn` is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A path into the document: keys and sequence indexes. */
export type ValuePath = readonly (string | number)[];

export class SourceDocument {
  private readonly scalarMaps = new WeakMap<Scalar, Int32Array>();

  constructor(
    /** Path of the file as shown to users (relative, `/` separators). */
    readonly file: string,
    /** The decoded text of the file (no BOM). */
    readonly text: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** 1-based line and column of a file offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.lines.linePos(clamped);
    return { line, column: col };
  }

  /** Span between two file offsets. */
  span(start: number, end: number = start): Span {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The node at a path, or undefined when some step is missing. */
  node(path: ValuePath): Node | undefined {
    return this.walk(path).node;
  }

  /**
   * Where the value at `path` is, or its key when `at` is 'key'. A path that does
   * not exist resolves to the nearest existing ancestor, so every finding has a place.
   */
  locate(path: ValuePath, at: 'value' | 'key' = 'value'): Span {
    const { node, pair, complete } = this.walk(path);
    if (complete && at === 'key' && pair && isScalar(pair.key) && pair.key.range) {
      return this.span(pair.key.range[0], pair.key.range[1]);
    }
    if (!complete && pair && isScalar(pair.key) && pair.key.range) {
      // The deepest existing key: point at it.
      return this.span(pair.key.range[0], pair.key.range[1]);
    }
    const range = node?.range;
    // An empty value (`key:` or `key: null` written as nothing) has no width: point at its key.
    if (range && range[0] === range[1] && pair && isScalar(pair.key) && pair.key.range) {
      return this.span(pair.key.range[0], pair.key.range[1]);
    }
    if (range) return this.span(range[0], trimEnd(this.text, range[0], range[1]));
    return this.span(0, 0);
  }

  /** Span of a range inside a string scalar's parsed value (e.g. a KQL diagnostic). */
  locateInScalar(path: ValuePath, start: number, length: number): Span {
    const node = this.node(path);
    if (!node || !isScalar(node) || !node.range) return this.locate(path);
    let map = this.scalarMaps.get(node);
    if (!map) {
      map = buildScalarOffsetMap(this.text, node);
      this.scalarMaps.set(node, map);
    }
    const last = map.length - 1;
    const from = map[Math.max(0, Math.min(start, last))] as number;
    const lastChar = Math.max(start, start + length - 1);
    const to = length > 0 ? (map[Math.max(0, Math.min(lastChar, last))] as number) + 1 : from;
    return this.span(from, to);
  }

  private walk(path: ValuePath): { node: Node | undefined; pair: Pair | undefined; complete: boolean } {
    let node: Node | undefined = this.doc.contents ?? undefined;
    let pair: Pair | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!found) return { node, pair, complete: false };
        pair = found as Pair;
        node = (found.value as Node | null) ?? undefined;
        if (!node) return { node: found.key as Node, pair, complete: true };
      } else if (isSeq(node) && typeof step === 'number' && step < node.items.length) {
        node = node.items[step] as Node;
        pair = undefined;
      } else {
        return { node, pair, complete: false };
      }
    }
    return { node, pair, complete: true };
  }
}

/** Move an end offset back over trailing blanks so spans end at the last character. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] as string)) e--;
  return e;
}
