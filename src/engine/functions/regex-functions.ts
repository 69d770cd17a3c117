/** Regex functions: extract, extract_all, replace_regex, indexof_regex, regex_quote, countof, trim*. */
import { QueryError, Unsupported } from '../refusal.js';
import type { Dynamic, KustoType, Value } from '../values.js';
import type { ScalarFunction } from './function.js';
import { asText, convertText } from './text.js';
import { compileRegex, firstMatch, groupIndex, matchesOf, requireBmp } from './regex.js';

const pattern = (v: Value | undefined, what: string) => {
  if (typeof v !== 'string') throw new Unsupported(`${what} with a non-string regex`);
  return compileRegex(v);
};

/** extract(regex, group, source [, typeof(T)]): '' (or null for typed results) when nothing matches. */
function extract(args: Value[], argTypes: KustoType[], resultType: KustoType): Value {
  const [re, group, source] = args;
  const regex = pattern(re, 'extract()');
  if (typeof group !== 'number' || !Number.isInteger(group)) throw new Unsupported('extract() with a non-integer group');
  if (group < 0 || group > regex.groupCount()) throw new QueryError(`extract(): capture group ${group} is not in the regex`);
  const m = firstMatch(regex, asText(source, argTypes[2]));
  const text = m?.groups[group] ?? null;
  if (text === null) return resultType === 'string' ? '' : null;
  return convertText(text, resultType, 'extract()');
}

/** extract_all(regex, [groups,] source): one value per match, or an array per match for several groups. */
function extractAll(args: Value[], argTypes: KustoType[]): Value {
  const regex = pattern(args[0], 'extract_all()');
  const source = asText(args[args.length - 1], argTypes[args.length - 1]);
  if (regex.groupCount() < 1 || regex.groupCount() > 16) throw new QueryError('extract_all(): the regex must have 1 to 16 capture groups');
  let groups = Array.from({ length: regex.groupCount() }, (_, i) => i + 1);
  if (args.length === 3) {
    const wanted = args[1];
    if (!Array.isArray(wanted) || wanted.length === 0) throw new QueryError('extract_all(): captureGroups must be a non-empty array');
    groups = wanted.map((g) => {
      const index = typeof g === 'number' || typeof g === 'string' ? groupIndex(regex, g) : null;
      if (index === null || index === 0) throw new QueryError(`extract_all(): capture group ${JSON.stringify(g)} is not in the regex`);
      return index;
    });
  }
  const out: Dynamic[] = [];
  for (const m of matchesOf(regex, source)) {
    const values = groups.map((g) => m.groups[g] ?? '');
    out.push(groups.length === 1 ? (values[0] as string) : values);
  }
  return out.length === 0 ? null : out;
}

/** The rewrite of replace_regex: \0..\9 name groups, \\ is a backslash. */
function rewrite(template: string, groupCount: number): (groups: (string | null)[]) => string {
  const parts: (string | number)[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if (c !== '\\') {
      literal += c;
      continue;
    }
    const next = template[++i];
    if (next !== undefined && /[0-9]/.test(next)) {
      if (Number(next) > groupCount) throw new QueryError(`replace_regex(): rewrite refers to group \\${next} the regex does not have`);
      parts.push(literal, Number(next));
      literal = '';
    } else if (next === '\\') literal += '\\';
    else throw new Unsupported(`replace_regex() rewrite with the escape \\${next ?? ''}`);
  }
  parts.push(literal);
  return (groups) => parts.map((p) => (typeof p === 'number' ? (groups[p] ?? '') : p)).join('');
}

function replaceRegex([source, re, template]: Value[], argTypes: KustoType[]): Value {
  const regex = pattern(re, 'replace_regex()');
  const text = asText(source, argTypes[0]);
  const build = rewrite(asText(template, argTypes[2]), regex.groupCount());
  let out = '';
  let last = 0;
  for (const m of matchesOf(regex, text)) {
    out += text.slice(last, m.start) + build(m.groups);
    last = m.end;
  }
  return out + text.slice(last);
}

/** Assertions whose outcome depends on where the text ends: a bounded search range would change them. */
const END_SENSITIVE = /\$|\\[bBz]/;

function indexofRegex(args: Value[], argTypes: KustoType[]): Value {
  const [source, re, start = 0, length = -1, occurrence = 1] = args;
  if (start === null || length === null || occurrence === null) return null;
  if (typeof start !== 'number' || typeof length !== 'number' || typeof occurrence !== 'number')
    throw new Unsupported('indexof_regex() with non-integer bounds');
  if (start < 0 || occurrence < 0 || length < -1) return null;
  if (occurrence === 0) throw new Unsupported('indexof_regex() with occurrence 0');
  const regex = pattern(re, 'indexof_regex()');
  const text = requireBmp(asText(source, argTypes[0]), 'indexof_regex()');
  if (start > text.length) return -1;
  let nth = 0;
  for (const m of matchesOf(regex, text, start)) {
    if (++nth < occurrence) continue;
    if (length === -1) return m.start;
    const end = start + length;
    if (m.end <= end && !END_SENSITIVE.test(String(re))) return m.start;
    if (m.start >= end) return -1;
    throw new Unsupported('indexof_regex() with a length that cuts a match');
  }
  return -1;
}

/** Characters that RE2's QuoteMeta and .NET's Regex.Escape both escape with a backslash. */
const BOTH_ESCAPE = new Set('\\*+?|{[()^$.# ');

function regexQuote([s]: Value[], argTypes: KustoType[]): Value {
  let out = '';
  for (const c of asText(s, argTypes[0])) {
    if (BOTH_ESCAPE.has(c)) out += `\\${c}`;
    else if (/[A-Za-z0-9_]/.test(c) || c.codePointAt(0)! > 0x7f) out += c;
    else throw new Unsupported(`regex_quote() of the character ${JSON.stringify(c)} (escaping not documented)`);
  }
  return out;
}

function countof([source, search, kind = 'normal']: Value[], argTypes: KustoType[]): Value {
  const text = asText(source, argTypes[0]);
  const needle = asText(search, argTypes[1]);
  if (kind === 'regex') {
    let n = 0;
    for (const _m of matchesOf(compileRegex(needle), text)) n++;
    return n;
  }
  if (kind !== 'normal') throw new QueryError(`countof(): kind must be 'normal' or 'regex', not ${JSON.stringify(kind)}`);
  if (needle === '') throw new Unsupported('countof() of an empty string');
  let n = 0;
  // Plain matches may overlap (documented: countof("aaaa", "aa") is 3).
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** Strip leading (or trailing) matches of the regex, as many as there are. */
function trim(side: 'start' | 'end' | 'both') {
  return ([re, source]: Value[], argTypes: KustoType[]): Value => {
    if (typeof re !== 'string') throw new Unsupported('trim() with a non-string regex');
    let text = asText(source, argTypes[1]);
    if (side !== 'end') {
      const head = compileRegex(`^(?:${re})`);
      for (let m = firstMatch(head, text); m && m.end > 0; m = firstMatch(head, text)) text = text.slice(m.end);
    }
    if (side !== 'start') {
      const tail = compileRegex(`(?:${re})$`);
      for (let m = firstMatch(tail, text); m && m.start < text.length; m = firstMatch(tail, text)) text = text.slice(0, m.start);
    }
    return text;
  };
}

export const REGEX_FUNCTIONS: readonly ScalarFunction[] = [
  { name: 'extract', evaluate: (args, { argTypes, resultType }) => extract(args, argTypes, resultType) },
  { name: 'extract_all', evaluate: (args, { argTypes }) => extractAll(args, argTypes) },
  { name: 'replace_regex', evaluate: (args, { argTypes }) => replaceRegex(args, argTypes) },
  { name: 'indexof_regex', evaluate: (args, { argTypes }) => indexofRegex(args, argTypes) },
  { name: 'regex_quote', evaluate: (args, { argTypes }) => regexQuote(args, argTypes) },
  { name: 'countof', evaluate: (args, { argTypes }) => countof(args, argTypes) },
  { name: 'trim', evaluate: (args, { argTypes }) => trim('both')(args, argTypes) },
  { name: 'trim_start', evaluate: (args, { argTypes }) => trim('start')(args, argTypes) },
  { name: 'trim_end', evaluate: (args, { argTypes }) => trim('end')(args, argTypes) },
];
