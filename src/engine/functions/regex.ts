/**
 * Kusto regular expressions are RE2 (re2js: linear time, rejects backreferences
 * and lookaround like RE2 does). Patterns are compiled once and cached; a pattern
 * RE2 rejects is the query error Kusto itself raises.
 */
import { RE2JS } from 're2js';
import { QueryError, Unsupported } from '../refusal.js';

const cache = new Map<string, RE2JS>();
const CACHE_LIMIT = 512;

/** RE2 flags from Kusto's letters (parse kind=regex flags=Ui...). */
const FLAG_BITS: Readonly<Record<string, number>> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
};

/** Compile an RE2 pattern; `flags` are Kusto's letters (i, m, s; U is inline `(?U)`). */
export function compileRegex(pattern: string, flags = ''): RE2JS {
  const key = `${flags}/${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let bits = 0;
  let prefix = '';
  for (const f of flags) {
    if (f === 'U') prefix = '(?U)';
    else if (FLAG_BITS[f] !== undefined) bits |= FLAG_BITS[f];
    else throw new QueryError(`regex flag '${f}' is not one of U, i, m, s`);
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(prefix + pattern, bits);
  } catch (error) {
    throw new QueryError(`invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** One match: the span of every group (null when the group did not take part). */
export interface RegexMatch {
  start: number;
  end: number;
  groups: (string | null)[];
}

/**
 * Successive non-overlapping matches of `regex` in `text` from `from`, at most `limit`.
 * As in RE2's FindAll, an empty match right where the previous match ended is skipped
 * and after an empty match the search moves on one character.
 */
export function* matchesOf(regex: RE2JS, text: string, from = 0, limit = Infinity): Generator<RegexMatch> {
  const matcher = regex.matcher(text);
  let at = from;
  let previousEnd = -1;
  let count = 0;
  while (count < limit && at <= text.length && matcher.find(at)) {
    const start = matcher.start();
    const end = matcher.end();
    if (end === start) at = end + (/[\uD800-\uDBFF]/.test(text[end] ?? '') ? 2 : 1);
    else at = end;
    if (end === start && start === previousEnd) continue;
    previousEnd = end;
    const groups: (string | null)[] = [];
    for (let g = 0; g <= matcher.groupCount(); g++) groups.push(matcher.group(g));
    yield { start, end, groups };
    count++;
  }
}

/** The first match, or null. */
export function firstMatch(regex: RE2JS, text: string): RegexMatch | null {
  for (const m of matchesOf(regex, text, 0, 1)) return m;
  return null;
}

/**
 * Character offsets: Kusto counts characters, JavaScript UTF-16 code units. The
 * two agree in the BMP; text beyond it is refused where an offset is reported.
 */
export function requireBmp(text: string, what: string): string {
  if (/[\uD800-\uDFFF]/.test(text)) throw new Unsupported(`${what} on text outside the BMP`);
  return text;
}

/** Index of a named group, or the number itself; null when the regex has no such group. */
export function groupIndex(regex: RE2JS, group: string | number): number | null {
  if (typeof group === 'number') return Number.isInteger(group) && group >= 0 && group <= regex.groupCount() ? group : null;
  const names = regex.namedGroups() as Record<string, number>;
  return Object.prototype.hasOwnProperty.call(names, group) ? (names[group] as number) : null;
}
