// parse_command_line (CommandLineToArgvW's documented rules), parse_urlquery and url_encode_component.
import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/engine/refusal.js';
import { result, value } from './helpers.js';

const refuses = (expr: string) => expect(() => value(expr)).toThrow(Unsupported);
// KQL verbatim strings keep backslashes and double a quote: @'a "b"' is `a "b"`.
const argv = (line: string) => value(`parse_command_line(@'${line.replaceAll("'", "''")}', 'windows')`);

describe('parse_command_line', () => {
  it('gives the documented example', () => {
    expect(value('parse_command_line("echo \\"hello world!\\"", "windows")')).toEqual(['echo', 'hello world!']);
  });
  it('splits on spaces and tabs outside quotes and ignores trailing blanks', () => {
    expect(argv('cmd.exe /c  whoami\t/all   ')).toEqual(['cmd.exe', '/c', 'whoami', '/all']);
  });
  it('applies the backslash rules before a quote', () => {
    // 2n backslashes + quote: n backslashes, the quote toggles quoting.
    expect(argv('p "a\\\\" b')).toEqual(['p', 'a\\', 'b']);
    // 2n+1 backslashes + quote: n backslashes and a literal quote.
    expect(argv('p a\\"b')).toEqual(['p', 'a"b']);
    expect(argv('p a\\\\\\"b')).toEqual(['p', 'a\\"b']);
    // Backslashes not before a quote are literal.
    expect(argv('p C:\\Windows\\System32 \\\\server\\share')).toEqual(['p', 'C:\\Windows\\System32', '\\\\server\\share']);
  });
  it('joins quoted and unquoted runs and keeps an empty quoted argument', () => {
    expect(argv('p "a b"c "" d')).toEqual(['p', 'a bc', '', 'd']);
  });
  it('reads a quoted program name and makes the first argument empty after leading blanks', () => {
    expect(argv('"C:/Program Files/app.exe" -x')).toEqual(['C:/Program Files/app.exe', '-x']);
    expect(argv('  p q')).toEqual(['', 'p', 'q']);
  });
  it('refuses what the documented rules leave open', () => {
    refuses(`parse_command_line('', 'windows')`);
    refuses(`parse_command_line('p "a""b"', 'windows')`);
    refuses(`parse_command_line('p "open', 'windows')`);
    refuses(`parse_command_line('"C:\\\\dir\\\\"x', 'windows')`);
    refuses(`parse_command_line('a"b c', 'windows')`);
    refuses(`parse_command_line('p\\nq', 'windows')`);
    refuses(`parse_command_line('p q', 'linux')`);
  });
  it('gives a dynamic array that the rest of the query can index', () => {
    const r = result(
      `print a = parse_command_line('powershell.exe -enc AAAA', 'windows') | extend n = array_length(a), final = tostring(a[-1])`,
    );
    expect(r.rows[0]!.slice(1)).toEqual([3, 'AAAA']);
  });
});

describe('parse_urlquery', () => {
  it('gives the documented examples', () => {
    expect(value('parse_urlquery("k1=v1&k2=v2&k3=v3")')).toEqual({ 'Query Parameters': { k1: 'v1', k2: 'v2', k3: 'v3' } });
    const r = result(`let getQueryParamValue = (querystring: string, param: string) {
        let params = parse_urlquery(querystring);
        tostring(params["Query Parameters"].[param])
      };
      print UrlQuery = 'view=vs-2019&preserve-view=true'
      | extend view = getQueryParamValue(UrlQuery, 'view')
      | extend preserve = getQueryParamValue(UrlQuery, 'preserve-view')`);
    expect(r.rows).toEqual([['view=vs-2019&preserve-view=true', 'vs-2019', 'true']]);
  });
  it('keeps empty values and equals signs inside values', () => {
    expect(value('parse_urlquery("a=&b=x=y")')).toEqual({ 'Query Parameters': { a: '', b: 'x=y' } });
  });
  it('refuses escapes, repeated keys, bare keys, a leading ? and fragments', () => {
    for (const q of ['a=%20', 'a=b+c', 'a=1&a=2', 'a&b=1', '=1', '?a=1', 'a=1#f', '']) refuses(`parse_urlquery('${q}')`);
  });
});

describe('url_encode_component', () => {
  it('gives the documented example (whose output drops the trailing slash: a misprint)', () => {
    expect(value(`url_encode_component(@'https://www.bing.com/hello world/')`)).toBe('https%3a%2f%2fwww.bing.com%2fhello%20world%2f');
  });
  it('escapes UTF-8 bytes in lowercase hex and keeps unreserved characters', () => {
    expect(value(`url_encode_component('a-b_c.d~é')`)).toBe('a-b_c.d%7e%c3%a9');
  });
});

describe('parse_path', () => {
  const parts = (p: string) => value(`parse_path(@'${p}')`);
  const base = { Scheme: '', RootPath: '', AlternateDataStreamName: '' };
  it('gives the documented examples', () => {
    expect(parts('C:\\temp\\file.txt')).toEqual({
      ...base,
      RootPath: 'C:',
      DirectoryPath: 'C:\\temp',
      DirectoryName: 'temp',
      Filename: 'file.txt',
      Extension: 'txt',
    });
    expect(parts('temp\\file.txt')).toEqual({
      ...base,
      DirectoryPath: 'temp',
      DirectoryName: 'temp',
      Filename: 'file.txt',
      Extension: 'txt',
    });
    expect(parts('file://C:/temp/file.txt:some.exe')).toEqual({
      Scheme: 'file',
      RootPath: 'C:',
      DirectoryPath: 'C:/temp',
      DirectoryName: 'temp',
      Filename: 'file.txt',
      Extension: 'txt',
      AlternateDataStreamName: 'some.exe',
    });
    expect(parts('\\\\shared\\users\\temp\\file.txt.gz')).toEqual({
      ...base,
      DirectoryPath: '\\\\shared\\users\\temp',
      DirectoryName: 'temp',
      Filename: 'file.txt.gz',
      Extension: 'gz',
    });
    expect(parts('/usr/lib/temp/file.txt')).toEqual({
      ...base,
      DirectoryPath: '/usr/lib/temp',
      DirectoryName: 'temp',
      Filename: 'file.txt',
      Extension: 'txt',
    });
  });
  it('reads the deep Windows paths of endpoint events', () => {
    const p = parts('C:\\Users\\alice\\AppData\\Local\\Temp\\invoice 2024.pdf.exe') as Record<string, string>;
    expect([p.DirectoryName, p.Filename, p.Extension]).toEqual(['Temp', 'invoice 2024.pdf.exe', 'exe']);
  });
  it('refuses the shapes the page does not show', () => {
    for (const p of [
      'file.txt',
      'C:\\file.txt',
      '/file.txt',
      'C:\\temp\\README',
      'C:\\temp\\.bashrc',
      'C:\\temp\\',
      'C:\\temp/file.txt',
      '\\temp\\file.txt',
      'C:\\a\\..\\file.txt',
      '\\\\server\\file.txt',
      'C:\\a\\\\file.txt',
      'C:\\temp\\file.txt:ads',
      'https://host/a/file.txt',
      'file:///usr/file.txt',
      '',
    ])
      expect(() => parts(p), p).toThrow(Unsupported);
  });
});
