// Regex functions and `matches regex`, written from the Kusto documentation (re2, extract,
// extract_all, replace_regex, indexof_regex, regex_quote, countof, trim functions).
import { describe, expect, it } from 'vitest';
import { QueryError, Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('matches regex', () => {
  it('is an unanchored RE2 search, case-sensitive unless (?i)', () => {
    expect(rows('datatable(s:string)["abc123", "ABC", ""] | where s matches regex "[a-z]+\\\\d"')).toEqual([['abc123']]);
    expect(value('"ABC" matches regex "(?i)abc"')).toBe(true);
    expect(value('"ABC" matches regex "abc"')).toBe(false);
  });

  it('rejects patterns RE2 rejects (backreferences, lookaround) as query errors', () => {
    expect(() => value('"aa" matches regex @"(a)\\1"')).toThrow(QueryError);
    expect(() => value('"ab" matches regex @"a(?=b)"')).toThrow(QueryError);
  });
});

describe('extract()', () => {
  it('returns the group of the first match, or empty when nothing matches', () => {
    expect(value('extract("User: ([^,]+)", 1, "User: James, Age: 29")')).toBe('James');
    expect(value('extract(@"\\d+", 0, "Age: 35")')).toBe('35');
    expect(value('extract(@"Email: (\\S+),", 1, "User: David, Age: 35")')).toBe('');
  });

  it('converts to the typeof() type, null when it does not convert', () => {
    expect(value('extract(@"(\\d+)", 1, "n=42", typeof(long))')).toBe(42);
    expect(value('extract(@"n=(\\w+)", 1, "n=x1", typeof(long))')).toBe(null);
    expect(value('extract(@"(\\d+)", 1, "none", typeof(long))')).toBe(null);
  });

  it('an optional group that did not take part is empty', () => {
    expect(value('extract("a(b)?", 1, "ac")')).toBe('');
  });

  it('a group the regex does not have is an error', () => {
    expect(() => value('extract("a", 2, "a")')).toThrow(QueryError);
  });
});

describe('extract_all()', () => {
  it('one group gives a flat array, several an array per match, none null', () => {
    expect(value('extract_all(@"(\\d+)", "a set of numbers: 123, 567 and 789")')).toEqual(['123', '567', '789']);
    expect(value('extract_all(@"(\\w)(\\w+)(\\w)", "ab1 cd2")')).toEqual([
      ['a', 'b', '1'],
      ['c', 'd', '2'],
    ]);
    expect(value('extract_all(@"(\\w)(\\w+)(\\w)", dynamic([1,3]), "ab1 cd2")')).toEqual([
      ['a', '1'],
      ['c', '2'],
    ]);
    expect(value('extract_all(@"(\\d)", "abc")')).toBe(null);
  });

  it('named groups can be selected', () => {
    expect(value('extract_all(@"(?P<first>\\w)(\\w*)", dynamic(["first"]), "ab cd")')).toEqual(['a', 'c']);
  });
});

describe('replace_regex()', () => {
  it('replaces every match; \\0 and \\n refer to groups', () => {
    expect(value('replace_regex("aaa bbb", "a", "x")')).toBe('xxx bbb');
    expect(value('replace_regex("2021-03-04", @"(\\d+)-(\\d+)-(\\d+)", @"\\3/\\2/\\1")')).toBe('04/03/2021');
    expect(value('replace_regex("ab", "b", @"[\\0]")')).toBe('a[b]');
  });

  it('empty matches do not repeat at the end of a previous match', () => {
    expect(value('replace_regex("baa", "a*", "-")')).toBe('-b-');
  });
});

describe('indexof_regex()', () => {
  it('follows the documented examples', () => {
    expect(
      rows(
        'print a = indexof_regex("abcabc", @"a.c"), b = indexof_regex("abcabcdefg", @"a.c", 0, 9, 2), c = indexof_regex("abcabc", @"a.c", 1, -1, 2), d = indexof_regex("ababaa", @"a.a", 0, -1, 2), e = indexof_regex("abcabc", @"a|ab", -1)',
      ),
    ).toEqual([[0, 3, -1, -1, null]]);
  });

  it('refuses text outside the BMP (character vs UTF-16 offsets)', () => {
    expect(() => value('indexof_regex("😀a", "a")')).toThrow(Unsupported);
  });
});

describe('regex_quote(), countof()', () => {
  it('escapes regex metacharacters', () => {
    expect(value("regex_quote('(so$me.Te^xt)')")).toBe('\\(so\\$me\\.Te\\^xt\\)');
  });

  it('refuses characters whose escaping is not documented', () => {
    expect(() => value("regex_quote('a-b')")).toThrow(Unsupported);
  });

  it('plain matches overlap, regex matches do not', () => {
    expect(
      rows(
        'print countof("aaa", "a"), countof("aaaa", "aa"), countof("ababa", "aba"), countof("ababa", "aba", "regex"), countof("abcabc", "a.c", "regex")',
      ),
    ).toEqual([[3, 3, 2, 1, 2]]);
  });
});

describe('trim(), trim_start(), trim_end()', () => {
  it('remove leading and trailing matches of a regex', () => {
    expect(value('trim(@"[^\\w]+", "-  Te st1// $")')).toBe('Te st1');
    expect(value('trim_start(@"[^\\w]+", "-  Te st1// $")')).toBe('Te st1// $');
    expect(value('trim_end(@"[^\\w]+", "-  Te st1// $")')).toBe('-  Te st1');
    expect(value('trim_start("ab", "ababc")')).toBe('c');
    expect(value('trim_end("x", "")')).toBe('');
  });
});
