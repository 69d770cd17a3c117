/**
 * Reads one detection file into a {@link Detection}, or into findings that say
 * exactly why it could not be read. Never throws for bad input.
 */
import { promises as fs } from 'node:fs';
import { isAlias, isMap, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import type { Finding } from '../model/result.js';
import { SourceDocument, type Span } from './source-document.js';

/** A detection file that parsed into a YAML mapping. */
export interface Detection {
  /** Display path (relative to the working directory, `/` separators). */
  file: string;
  /** Absolute path on disk. */
  absPath: string;
  source: SourceDocument;
  /** The plain JavaScript value of the document (a mapping). */
  data: Record<string, unknown>;
  /** SHA-256 of the file bytes, for caching. */
  contentHash?: string;
}

export interface LoadOptions {
  /** Largest file accepted, in bytes. Default 1 MiB. */
  maxFileBytes?: number;
  /** Most alias expansions accepted in one document. Default 100. */
  maxAliasCount?: number;
}

export interface LoadOutcome {
  detection?: Detection;
  findings: Finding[];
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
export const DEFAULT_MAX_ALIAS_COUNT = 100;

function at(file: string, ruleId: string, span: Pick<Span, 'line' | 'column'> & Partial<Span>, message: string): Finding {
  return { ruleId, level: 'error', message, file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/** Read and parse a detection file from disk. */
export async function loadDetectionFile(absPath: string, file: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const stat = await fs.stat(absPath);
    if (!stat.isFile()) return { findings: [at(file, 'LG0001', { line: 1, column: 1 }, 'Not a regular file.')] };
    if (stat.size > maxBytes) {
      return {
        findings: [
          at(
            file,
            'LG0001',
            { line: 1, column: 1 },
            `File is ${stat.size} bytes, over the ${maxBytes}-byte limit; a detection should be far smaller (raise it with --max-file-size if this is intended).`,
          ),
        ],
      };
    }
    bytes = await fs.readFile(absPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { findings: [at(file, 'LG0001', { line: 1, column: 1 }, `Cannot read the file (${code}).`)] };
  }
  return parseDetection(bytes, file, absPath, options);
}

/** Parse detection bytes (already read) into a detection or findings. */
export function parseDetection(bytes: Uint8Array, file: string, absPath: string, options: LoadOptions = {}): LoadOutcome {
  const decoded = decodeUtf8(bytes, file);
  if ('finding' in decoded) return { findings: [decoded.finding] };
  const text = decoded.text;

  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, keepSourceTokens: true, uniqueKeys: true, prettyErrors: false, strict: true });
  const position = (offset: number) => {
    const p = lines.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: p.line, column: p.col };
  };
  const all = Array.isArray(docs) ? docs : [];
  if (all.length === 0 || (all.length === 1 && all[0]?.contents == null)) {
    return {
      findings: [
        at(file, 'LG0002', { line: 1, column: 1 }, 'The file is empty: a detection is a YAML mapping with at least id, name and query.'),
      ],
    };
  }
  if (all.length > 1) {
    const second = all[1] as Document.Parsed;
    return {
      findings: [
        at(
          file,
          'LG0002',
          position(second.range[0]),
          `The file holds ${all.length} YAML documents; a detection file holds exactly one (remove the \`---\` separator or split the file).`,
        ),
      ],
    };
  }
  const doc = all[0] as Document.Parsed;
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const error of doc.errors) {
    const ruleId = error.code === 'DUPLICATE_KEY' ? 'LG0003' : 'LG0002';
    // An unclosed quote is found at the end of the file; point at where it opened.
    const offset = /Missing closing|Flow (map|sequence)/i.test(error.message)
      ? (openingOf(doc, error.pos[0]) ?? error.pos[0])
      : error.pos[0];
    const where = position(offset);
    const key = ruleId === 'LG0003' ? (duplicateKeyAt(doc, error.pos[0]) ?? text.slice(error.pos[0], error.pos[1]).trim()) : '';
    const message =
      ruleId === 'LG0003'
        ? `Duplicate key '${key}': each key may appear once in a mapping.`
        : /call stack/i.test(error.message)
          ? 'The YAML nests too deeply to be a detection.'
          : `YAML syntax error: ${firstLine(error.message)}.`;
    const dedupe = `${ruleId}|${message}`; // one finding per distinct problem
    if (!reported.has(dedupe)) findings.push(at(file, ruleId, where, message));
    reported.add(dedupe);
  }
  if (findings.some((f) => f.ruleId === 'LG0002')) return { findings };

  if (!isMap(doc.contents)) {
    const range = doc.contents?.range ?? [0, 0, 0];
    const kind = doc.contents && 'items' in doc.contents ? 'a sequence' : 'a single value';
    return {
      findings: [
        ...findings,
        at(file, 'LG0002', position(range[0]), `The document is ${kind}; a detection is a mapping of keys (id, name, query, …).`),
      ],
    };
  }

  for (const warning of doc.warnings) {
    findings.push({ ...at(file, 'LG0002', position(warning.pos[0]), `YAML: ${firstLine(warning.message)}.`), level: 'warning' });
  }
  const complexKey = firstComplexKey(doc);
  if (complexKey !== undefined) {
    return {
      findings: [...findings, at(file, 'LG0002', position(complexKey), 'Mapping keys must be plain strings, not lists or mappings.')],
    };
  }

  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount });
  } catch (error) {
    const aliasAt = firstAliasOffset(doc);
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `YAML aliases expand past the limit of ${maxAliasCount}; this looks like an alias bomb. Write the values out instead of using aliases.`
        : `The YAML cannot be converted to data: ${firstLine(String((error as Error)?.message ?? error))}.`;
    return { findings: [...findings, at(file, error instanceof ReferenceError ? 'LG0004' : 'LG0002', position(aliasAt), message)] };
  }
  const source = new SourceDocument(file, text, doc, lines);
  return { detection: { file, absPath, source, data: data as Record<string, unknown> }, findings };
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/\.$/, '');
}

/** The text of the key whose duplicate the parser found at `offset`. */
function duplicateKeyAt(doc: Document.Parsed, offset: number): string | undefined {
  let found: string | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key as { range?: [number, number, number]; value?: unknown } | null;
      if (key?.range && key.range[0] <= offset && offset < Math.max(key.range[1], key.range[0] + 1) && isScalar(key)) {
        found = String(key.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Start of the quoted scalar or flow collection that runs on to `offset` (left unclosed). */
function openingOf(doc: Document.Parsed, offset: number): number | undefined {
  let found: number | undefined;
  const consider = (range: [number, number, number] | null | undefined, open: boolean) => {
    if (open && range && range[0] < offset && offset <= range[2] && (found === undefined || range[0] > found)) found = range[0];
  };
  visit(doc, {
    Scalar(_key, node) {
      consider(node.range, node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    },
    Map(_key, node) {
      consider(node.range, Boolean(node.flow));
    },
    Seq(_key, node) {
      consider(node.range, Boolean(node.flow));
    },
  });
  return found;
}

function firstComplexKey(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      const key = pair.key as { range?: [number, number, number] } | null;
      if (key && !isScalar(key) && !isAlias(key)) {
        offset = key.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** Decode strict UTF-8 (BOM removed) or say where the first bad byte is. */
function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { finding: Finding } {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const bad = firstInvalidUtf8(body);
    const prefix = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    const lines = prefix.split('\n');
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? '').length + 1;
    const hex = (body[bad] ?? 0).toString(16).padStart(2, '0');
    return {
      finding: at(
        file,
        'LG0001',
        { line, column },
        `The file is not valid UTF-8 (byte 0x${hex} at offset ${bad + start}); save it as UTF-8.`,
      ),
    };
  }
}

/** Offset of the first byte that breaks UTF-8 well-formedness. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
