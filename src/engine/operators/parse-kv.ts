/**
 * parse-kv with specified delimiters (pair_delimiter, kv_delimiter, quote, escape)
 * or with regex=. Only listed keys are extracted, the first appearance of a key
 * wins, keys and values are trimmed of white space (parse-kv-operator). Greedy
 * mode is refused: its scanning rule is not documented precisely enough.
 * Without delimiters ("any nonalphanumeric character is considered a delimiter"),
 * only the reading every rule would agree on is computed: each listed key appears
 * once as a whole word and before any quote, then `:` or `=` (white space around allowed), then a quoted
 * value or a run of letters and digits that ends the text or meets white space, `,`
 * or `;`. Anything else (a key seen twice, other delimiters, a value running into
 * `.`, `-`, `/`…) is refused.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- syntax nodes come from the language service */
import { QueryError, Unsupported } from '../refusal.js';
import { listOf, typeOf } from '../scalar.js';
import type { Column, Table } from '../table.js';
import { kustoType, nullOf, type KustoType, type Value } from '../values.js';
import { compileRegex, matchesOf } from '../functions/regex.js';
import { asText, convertText } from '../functions/text.js';
import { computeColumn, resultColumns } from './columns.js';
import type { TabularOperator } from './operator.js';

interface Options {
  pair?: string;
  kv?: string;
  /** Opening → closing quote. */
  quotes: Map<string, string>;
  escapes: Set<string>;
  regex?: string;
}

function options(node: any): Options {
  const o: Options = { quotes: new Map(), escapes: new Set() };
  for (const item of listOf(node.WithClause?.Properties)) {
    const p = item.Element ?? item;
    const name = String(p.Name?.SimpleName ?? '').trim();
    const value = p.Expression?.LiteralValue;
    if (name === 'greedy') throw new Unsupported('parse-kv greedy=true', node.TextStart);
    if (typeof value !== 'string') throw new Unsupported(`parse-kv ${name}= with a non-string value`, node.TextStart);
    if (name === 'pair_delimiter') o.pair = value;
    else if (name === 'kv_delimiter') o.kv = value;
    else if (name === 'quote') {
      if (value.length < 1 || value.length > 2) throw new QueryError('parse-kv quote must be one or two characters');
      o.quotes.set(value[0] as string, value[value.length - 1] as string);
    } else if (name === 'escape') {
      if (value.length !== 1) throw new QueryError('parse-kv escape must be one character');
      o.escapes.add(value);
    } else if (name === 'regex') o.regex = value;
    else throw new Unsupported(`parse-kv ${name}=`, node.TextStart);
  }
  if (o.regex === undefined && (o.pair === undefined) !== (o.kv === undefined))
    throw new Unsupported('parse-kv with only one of pair_delimiter and kv_delimiter', node.TextStart);
  if (o.pair === '' || o.kv === '') throw new QueryError('parse-kv delimiters must not be empty');
  return o;
}

/** Read a quoted token at `i` (text[i] is an opening quote): its content and the index after it. */
function quoted(text: string, i: number, close: string, o: Options): [string, number] {
  let out = '';
  for (let j = i + 1; j < text.length; j++) {
    const c = text[j] as string;
    if (o.escapes.has(c) && j + 1 < text.length) out += text[++j];
    else if (c === close) return [out, j + 1];
    else out += c;
  }
  throw new Unsupported('parse-kv with an unclosed quote');
}

/** Read a key or value at `i` up to one of `stops` (or a quoted token). */
function token(text: string, i: number, stops: string[], o: Options): [string, number] {
  while (text[i] === ' ' || text[i] === '\t') i++;
  const close = o.quotes.get(text[i] ?? '');
  if (close !== undefined) return quoted(text, i, close, o);
  let j = i;
  while (j < text.length && !stops.some((s) => text.startsWith(s, j))) j++;
  return [text.slice(i, j).trim(), j];
}

const WORD_CHAR = /[A-Za-z0-9_]/;
const ALNUM = /[A-Za-z0-9]/;

/** Delimiter detection (no pair_delimiter/kv_delimiter): the listed keys' values, see above. */
function detectedPairs(text: string, keys: readonly string[], o: Options): Map<string, string> {
  const found = new Map<string, string>();
  const refuse = (why: string) => new Unsupported(`parse-kv without delimiters: ${why}`);
  for (const key of keys) {
    const at: number[] = [];
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      const before = i > 0 ? (text[i - 1] as string) : '';
      const after = text[i + key.length] ?? '';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) at.push(i);
    }
    if (at.length === 0) continue;
    if (at.length > 1) throw refuse(`the key ${key} appears more than once`);
    // A key after an opening quote may be inside another quoted value.
    if ([...text.slice(0, at[0])].some((c) => o.quotes.has(c))) throw refuse(`the key ${key} follows a quote`);
    let i = at[0]! + key.length;
    const start = i;
    while (i < text.length && !ALNUM.test(text[i] as string) && !o.quotes.has(text[i] as string)) i++;
    if (!/^\s*[:=]\s*$/.test(text.slice(start, i))) throw refuse(`the key ${key} is not followed by : or =`);
    let value: string;
    let end: number;
    const close = o.quotes.get(text[i] ?? '');
    if (close !== undefined) [value, end] = quoted(text, i, close, o);
    else {
      end = i;
      while (end < text.length && ALNUM.test(text[end] as string)) end++;
      value = text.slice(i, end);
      if (value === '') throw refuse(`the value of ${key} is not letters and digits`);
    }
    if (end < text.length && !/[\s,;]/.test(text[end] as string)) throw refuse(`where the value of ${key} ends`);
    found.set(key, value.trim());
  }
  return found;
}

/** The key/value pairs of a text, first appearance of each key kept. */
function pairs(text: string, o: Options): Map<string, string> {
  const found = new Map<string, string>();
  const keep = (k: string, v: string) => {
    if (!found.has(k)) found.set(k, v);
  };
  if (o.regex !== undefined) {
    const regex = compileRegex(o.regex);
    if (regex.groupCount() !== 2) throw new QueryError('parse-kv regex must have exactly two capturing groups');
    for (const m of matchesOf(regex, text)) keep((m.groups[1] ?? '').trim(), (m.groups[2] ?? '').trim());
    return found;
  }
  const pair = o.pair as string;
  const kv = o.kv as string;
  for (let i = 0; i < text.length;) {
    const [key, afterKey] = token(text, i, [kv, pair], o);
    let next = afterKey;
    if (text.startsWith(kv, afterKey)) {
      const [value, afterValue] = token(text, afterKey + kv.length, [pair], o);
      keep(key, value);
      next = afterValue;
    }
    // Skip what remains up to and past the next pair delimiter.
    const at = text.indexOf(pair, next);
    if (at < 0) break;
    i = at + pair.length;
  }
  return found;
}

export const parseKvOperator: TabularOperator = {
  kind: 'ParseKvOperator',
  keyword: 'parse-kv',
  evaluate(node: any, input, context) {
    const table = input as Table;
    const o = options(node);
    const keys: { name: string; type: KustoType }[] = listOf(node.Keys?.Columns).map((item: any) => {
      const d = item.Element ?? item;
      return { name: String(d.Name?.SimpleName), type: kustoType(String(d.Name?.ResultType?.Name ?? 'string')) };
    });
    const sourceType = typeOf(node.Expression);
    const names = keys.map((k) => k.name);
    const detect = o.regex === undefined && o.pair === undefined;
    const found = computeColumn(node.Expression, table, context).map((v) =>
      detect ? detectedPairs(asText(v, sourceType), names, o) : pairs(asText(v, sourceType), o),
    );
    const output: Column[] = resultColumns(node);
    const data = output.map((column) => {
      const key = keys.find((k) => k.name === column.name);
      if (key) {
        return found.map((m): Value => {
          const raw = m.get(key.name);
          return raw === undefined ? nullOf(key.type) : convertText(raw, key.type, 'parse-kv');
        });
      }
      const from = table.columns.findIndex((c) => c.name === column.name);
      if (from < 0) throw new Unsupported(`parse-kv output column ${column.name}`, node.TextStart);
      return table.data[from] as Value[];
    });
    return { columns: output, data, rowCount: table.rowCount };
  },
};
