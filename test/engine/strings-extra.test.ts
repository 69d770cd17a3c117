// String functions, written from the Kusto documentation pages of each function.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { rows, value } from './helpers.js';

describe('indexof()', () => {
  it('follows the documented examples', () => {
    expect(
      rows(
        'print indexof("abcdefg","cde"), indexof("abcdefg","cde",1,4), indexof("abcdefg","cde",1,2), indexof("abcdefg","cde",3,4), indexof(1234567,5,1,4), indexof("abcdefg","cde",2,-1), indexof("abcdefgabcdefg", "cde", 1, -1, 3)',
      ),
    ).toEqual([[2, 2, -1, -1, 4, 2, -1]]);
  });

  it('later occurrences and invalid arguments', () => {
    expect(value('indexof("abcabc", "bc", 0, -1, 2)')).toBe(4);
    expect(value('indexof("abc", "b", 0, -2)')).toBe(null);
    expect(value('indexof("abc", "b", 0, -1, -1)')).toBe(null);
  });

  it('refuses the cases the documentation contradicts itself on', () => {
    expect(() => value('indexof("abcdefg","cde",-5)')).toThrow(Unsupported);
    expect(() => value('indexof("abcdefgabcdefg", "cde", 1, 10, 2)')).toThrow(Unsupported);
  });
});

describe('replace_string(), replace_strings(), strrep(), strcmp(), string_size()', () => {
  it('replace_string replaces every occurrence literally', () => {
    expect(value('replace_string("A magic trick can turn a cat into a dog", "cat", "hamster")')).toBe(
      'A magic trick can turn a hamster into a dog',
    );
    expect(value('replace_string("a.b.c", ".", "")')).toBe('abc');
  });

  it('replace_strings replaces left to right without rescanning replacements', () => {
    expect(value('replace_strings("This is an example", dynamic(["This", "is"]), dynamic(["That", "was"]))')).toBe('That was an example');
    expect(value('replace_strings("ab", dynamic(["a", "b"]), dynamic(["b", "a"]))')).toBe('ba');
  });

  it('replace_strings: the earlier lookup in the array wins where matches overlap (Replacement order)', () => {
    const message = '"This is an example of using replace_strings()"';
    expect(value(`replace_strings(${message}, dynamic(['This', 'is']), dynamic(['This', 'was']))`)).toBe(
      'This was an example of using replace_strings()',
    );
    expect(value(`replace_strings(${message}, dynamic(['is', 'This']), dynamic(['was', 'This']))`)).toBe(
      'Thwas was an example of using replace_strings()',
    );
    // A later lookup still matches where it overlaps no earlier claim, even starting inside one.
    expect(value('replace_strings("aaab", dynamic(["aab", "a"]), dynamic(["X", "y"]))')).toBe('yX');
  });

  it('replace_strings ignores non-string lookups; a non-string rewrite keeps its matches unchanged', () => {
    expect(value(`replace_strings("This is an example", dynamic(['This', 'is']), dynamic([12345, 'was']))`)).toBe('This was an example');
    expect(value(`replace_strings("a1b", dynamic([1, 'b']), dynamic(['x', 'B']))`)).toBe('a1B');
    expect(() => value(`replace_strings("abc", dynamic(['', 'b']), dynamic(['x', 'B']))`)).toThrow(Unsupported);
  });

  it('strrep repeats with an optional delimiter, typed values by their text', () => {
    expect(rows("print strrep('ABC', 2), strrep(123,3,'.'), strrep(3s,2,' ')")).toEqual([['ABCABC', '123.123.123', '00:00:03 00:00:03']]);
  });

  it('strcmp is ordinal and returns -1/0/1', () => {
    expect(rows('print strcmp("ABC","ABC"), strcmp("abc","ABC"), strcmp("ABC","abc"), strcmp("abcde","abc")')).toEqual([[0, 1, -1, 1]]);
  });

  it('string_size counts UTF-8 bytes', () => {
    expect(rows('print string_size("hello"), string_size("⒦"), string_size("")')).toEqual([[5, 3, 0]]);
  });
});

describe('encodings', () => {
  it('url_encode is the form-encoding with lowercase escapes', () => {
    expect(value("url_encode('https://www.bing.com/hello world')")).toBe('https%3a%2f%2fwww.bing.com%2fhello+world');
    expect(value('url_decode("https%3a%2f%2fwww.bing.com%2fhello+world%C3%A9")')).toBe('https://www.bing.com/hello worldé');
  });

  it('base64 to and from UTF-8 text; bytes that are not UTF-8 decode to empty', () => {
    expect(value('base64_encode_tostring("Kusto")')).toBe('S3VzdG8=');
    expect(value('base64_decode_tostring("S3VzdG8=")')).toBe('Kusto');
    expect(value('base64_decode_tostring("U3RyaW5n0KHR0tGA0L7Rh9C60LA=")')).toBe('');
    expect(() => value('base64_decode_tostring("S3VzdG8")')).toThrow(Unsupported);
  });

  it('gzip_decompress_from_base64_string gives empty for input that does not decompress', () => {
    expect(value('gzip_decompress_from_base64_string("x0x0x0")')).toBe('');
    expect(value('gzip_decompress_from_base64_string("H4sIAAAAAAAAAwtOzC3ISQUA9XOn9gYAAAA=")')).toBe('Sample');
  });

  it('unicode code points both ways', () => {
    expect(value('unicode_codepoints_from_string("⒦⒰")')).toEqual([9382, 9392]);
    expect(value('unicode_codepoints_to_string(dynamic([75, 117, 115]), 116, 111)')).toBe('Kusto');
    expect(() => value('unicode_codepoints_to_string(55296)')).toThrow(Unsupported);
  });
});

describe('hashes and character tests', () => {
  it('hash_md5/sha1/sha256 of text and of datetime', () => {
    expect(rows('print hash_md5("World"), hash_md5(datetime(2020-01-01)), hash_sha1("World")')).toEqual([
      ['f5a7924e621e84c9280a9a27e1bcb7f6', '786c530672d1f8db31fee25ea8a9390b', '70c07ec18ef89c5309bbb0937f3a6342411e1fdd'],
    ]);
    expect(value('hash_sha256("")')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('isascii, isutf8, translate, has_any_index', () => {
    expect(rows('print isascii("some string"), isascii("é"), isutf8("é")')).toEqual([[true, false, true]]);
    expect(value('translate("abc", "xyz", "a-b-c")')).toBe('x-y-z');
    expect(
      rows(
        'print has_any_index("this is an example", dynamic(["this", "example"])), has_any_index("this is an example", dynamic(["not", "example"])), has_any_index("this is an example", dynamic(["not", "found"])), has_any_index("Example number 2", dynamic([1, 2, 3])), has_any_index("x", dynamic([]))',
      ),
    ).toEqual([[0, 1, -1, 1, -1]]);
  });
});

describe('substring(), reverse(), tolower()/toupper()', () => {
  it('substring follows the documented examples, negative start from the end', () => {
    expect(
      rows(
        'print substring("123456", 1), substring("123456", 2, 2), substring("ABCD", 0, 2), substring("123456", -2, 2), substring("ab", 5)',
      ),
    ).toEqual([['23456', '34', 'AB', '56', '']]);
    expect(() => value('substring("ab", -5)')).toThrow(Unsupported);
    expect(() => value('substring("😀ab", 1)')).toThrow(Unsupported);
  });

  it('reverse and case mapping', () => {
    expect(rows('print reverse("ABC"), tolower("ÀB"), toupper("àb")')).toEqual([['CBA', 'àb', 'ÀB']]);
    expect(() => value('toupper("ß")')).toThrow(Unsupported);
    // other types are cast to their text first (reverse docs)
    expect(
      rows(
        "print ['int'] = 12345, ['double'] = 123.45, ['datetime'] = datetime(2017-10-15 12:00), ['timespan'] = 3h | project reverse(['int']), reverse(['double']), reverse(['datetime']), reverse(['timespan'])",
      )[0],
    ).toEqual(['54321', '54.321', 'Z0000000.00:00:21T51-01-7102', '00:00:30']);
  });
});

describe('base64 GUIDs and parse_csv()', () => {
  it('encodes a guid in its .NET byte order and decodes it back', () => {
    expect(value('base64_encode_fromguid(guid(ae3133f2-6e22-49ae-b06a-16e6a9b212eb))')).toBe('8jMxriJurkmwahbmqbIS6w==');
    expect(value('base64_decode_toguid("8jMxriJurkmwahbmqbIS6w==")')).toBe('ae3133f2-6e22-49ae-b06a-16e6a9b212eb');
  });

  it('toguid() reads 32 hex digits, with hyphens as the docs example places them, else null', () => {
    const q =
      'datatable(str: string)["0123456789abcdef0123456789abcdef", "0123456789ab-cdef-0123-456789abcdef", "a string that is not a guid"]' +
      ' | extend guid = toguid(str)';
    expect(rows(q).map((r) => r[1])).toEqual(['01234567-89ab-cdef-0123-456789abcdef', '01234567-89ab-cdef-0123-456789abcdef', null]);
    expect(value('base64_encode_fromguid(toguid("ae3133f2-6e22-49ae-b06a-16e6a9b212eb"))')).toBe('8jMxriJurkmwahbmqbIS6w==');
    expect(value('toguid("abc")')).toBeNull();
    expect(() => value('toguid("0123-456789abcdef0123456789abcdef")')).toThrow(Unsupported);
    expect(() => value('toguid("AE3133F2-6E22-49AE-B06A-16E6A9B212EB")')).toThrow(Unsupported);
  });

  it('parse_csv() takes only the first record (parse_csv docs)', () => {
    expect(value("parse_csv('record1,a,b,c\\nrecord2,x,y,z')")).toEqual(['record1', 'a', 'b', 'c']);
    expect(value(`parse_csv('"a",b\\r\\nc')`)).toEqual(['a', 'b']);
    expect(value(`parse_csv('x,"line1\\nline2"')`)).toEqual(['x', 'line1\nline2']);
    expect(() => value("parse_csv('a\\rb')")).toThrow(Unsupported);
  });

  it('splits one CSV record with quoted fields', () => {
    expect(value('parse_csv(\'aa,"b,b","c""c",\')')).toEqual(['aa', 'b,b', 'c"c', '']);
    expect(value('parse_csv("")')).toEqual(['']);
    expect(value('parse_csv("a\\nb")')).toEqual(['a']);
  });
});

describe('strcat(), strcat_delim() of typed values', () => {
  it('concatenate the tostring() forms (a datetime with seven fraction digits, as reverse() docs print it)', () => {
    expect(rows('print strcat("a", 1, datetime(2020-01-01), 1h, true), strcat_delim("-", "a", 2, 30m)')).toEqual([
      ['a12020-01-01T00:00:00.0000000Z01:00:00true', 'a-2-00:30:00'],
    ]);
    expect(value('tostring(datetime(2017-10-15 12:00:00.5))')).toBe('2017-10-15T12:00:00.5000000Z');
  });
});
