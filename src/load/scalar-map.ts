/**
 * Maps an offset in a YAML scalar's parsed value back to an offset in the file.
 *
 * KQL diagnostics come back as offsets into the query string; the YAML parser has
 * removed block indentation, folded line breaks and decoded escapes on the way.
 * We rebuild the correspondence by aligning the value with the scalar's source:
 * every non-blank value character appears in the source in order (escapes are
 * decoded into units first), and blanks in the value stand for blanks or line
 * breaks in the source.
 */
import type { Scalar } from 'yaml';

interface SourceUnit {
  /** The decoded text of this unit (one char, or more for a `\U` escape). */
  text: string;
  offset: number;
}

const BLANK = /[ \t\r\n]/;

/** Offsets into `source` for each UTF-16 code unit of `value`, plus one past the end. */
export function buildScalarOffsetMap(source: string, node: Scalar): Int32Array {
  const value = String(node.value ?? '');
  const [start, end] = node.range ?? [0, 0, 0];
  const units = sourceUnits(source, start, end, node.type);
  const map = new Int32Array(value.length + 1);
  let u = 0;
  let pending = ''; // remaining text of a multi-char unit
  let pendingOffset = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    if (pending) {
      map[i] = pendingOffset;
      pending = pending.slice(1);
      continue;
    }
    if (BLANK.test(ch)) {
      // A blank in the value: take the next source unit if it is blank too.
      const unit = units[u];
      if (unit && BLANK.test(unit.text)) {
        map[i] = unit.offset;
        u++;
      } else {
        map[i] = unit ? unit.offset : end;
      }
      continue;
    }
    // Skip source blanks (indentation, folded breaks) until the matching unit.
    let k = u;
    while (k < units.length && (units[k] as SourceUnit).text[0] !== ch && BLANK.test((units[k] as SourceUnit).text)) k++;
    const unit = units[k];
    if (unit && unit.text[0] === ch) {
      map[i] = unit.offset;
      pending = unit.text.slice(1);
      pendingOffset = unit.offset;
      u = k + 1;
    } else {
      // Should not happen; keep the best position we have rather than fail.
      map[i] = units[u]?.offset ?? end;
    }
  }
  map[value.length] = units.length ? Math.min(end, (units[units.length - 1] as SourceUnit).offset + 1) : end;
  return map;
}

/** Split the scalar's source text into decoded units with their file offsets. */
function sourceUnits(source: string, start: number, end: number, type: Scalar['type']): SourceUnit[] {
  const text = source.slice(start, end);
  switch (type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return blockUnits(text, start);
    case 'QUOTE_DOUBLE':
      return doubleQuotedUnits(text, start);
    case 'QUOTE_SINGLE':
      return singleQuotedUnits(text, start);
    default:
      return text.split('').map((ch, i) => ({ text: ch, offset: start + i }));
  }
}

function blockUnits(text: string, base: number): SourceUnit[] {
  // Skip the header line (`|`, `>-`, `|2+`, a trailing comment).
  const headerEnd = text.indexOf('\n');
  if (headerEnd < 0) return [];
  const body = text.slice(headerEnd + 1);
  const bodyBase = base + headerEnd + 1;
  const lines = body.split('\n');
  // Content indentation = indentation of the first non-empty line, minus the
  // leading spaces the parser kept (only possible with an explicit indicator).
  const firstContent = lines.find((l) => l.trim() !== '') ?? '';
  const indent = firstContent.length - firstContent.trimStart().length;
  const units: SourceUnit[] = [];
  let offset = bodyBase;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as string;
    const skip = Math.min(indent, line.length - line.trimStart().length);
    for (let c = skip; c < line.length; c++) units.push({ text: line[c] as string, offset: offset + c });
    if (li < lines.length - 1) units.push({ text: '\n', offset: offset + line.length });
    offset += line.length + 1;
  }
  return units;
}

function singleQuotedUnits(text: string, base: number): SourceUnit[] {
  const units: SourceUnit[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === "'" && text[i + 1] === "'") {
      units.push({ text: "'", offset: base + i });
      i++;
    } else units.push({ text: text[i] as string, offset: base + i });
  }
  return units;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function doubleQuotedUnits(text: string, base: number): SourceUnit[] {
  const units: SourceUnit[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i] as string;
    if (ch !== '\\') {
      units.push({ text: ch, offset: base + i });
      continue;
    }
    const next = text[i + 1] ?? '';
    if (next === '\n' || next === '\r') {
      // Escaped line break: the break and the next line's indentation vanish.
      i++;
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      while (text[i + 1] === ' ' || text[i + 1] === '\t') i++;
      continue;
    }
    const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLength) {
      const code = Number.parseInt(text.slice(i + 2, i + 2 + hexLength), 16);
      units.push({ text: Number.isFinite(code) ? String.fromCodePoint(code) : '', offset: base + i });
      i += 1 + hexLength;
      continue;
    }
    units.push({ text: SIMPLE_ESCAPES[next] ?? next, offset: base + i });
    i++;
  }
  return units;
}
