/**
 * A cheap guard against hostile nesting, run before the language service parses a
 * query: the parser and binder cost grows faster than linearly with bracket depth
 * (a 10,000-character query of 4,900 nested parentheses took ~7 s to validate).
 *
 * The limit: real rules nest brackets a handful of levels deep (the deepest of the 350
 * documented Kusto examples in the conformance corpus nests 7 levels, the bundled
 * detections 3), while the language service binds 256 levels in ~0.2 s and 512 levels in
 * over 1 s on a 2-core machine (and 19 groups of 256 levels, 10,000 characters, in ~0.4 s).
 * 256 is therefore never reached by a real rule and keeps a detection inside the 2 s budget.
 */

/** The deepest bracket nesting a query may have before it is refused unparsed. */
export const MAX_NESTING = 256;

export interface NestingScan {
  /** Deepest bracket nesting outside string literals and comments. */
  depth: number;
  /** Offset of the first bracket past `limit` (undefined when the limit is not passed). */
  offset?: number;
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

/**
 * Count bracket depth in one pass, skipping `//` comments and string literals:
 * '…' and "…" with backslash escapes, verbatim @'…' and @"…" (a doubled quote
 * escapes), and ``` multi-line ``` strings. Unbalanced closers never go below zero.
 */
export function scanNesting(text: string, limit = MAX_NESTING): NestingScan {
  let depth = 0;
  let deepest = 0;
  let offset: number | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '`' && text.startsWith('```', i)) {
      const end = text.indexOf('```', i + 3);
      if (end < 0) break;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const verbatim = i > 0 && text[i - 1] === '@';
      let j = i + 1;
      for (; j < n; j++) {
        const d = text[j];
        if (verbatim) {
          if (d === c) {
            if (text[j + 1] === c) j++;
            else break;
          }
        } else if (d === '\\') j++;
        else if (d === c || d === '\n') break;
      }
      i = j;
    } else if (OPEN.has(c)) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (depth > limit && offset === undefined) offset = i;
      }
    } else if (CLOSE.has(c)) {
      if (depth > 0) depth--;
    }
  }
  return offset === undefined ? { depth: deepest } : { depth: deepest, offset };
}
