/**
 * Text that security data is full of: Windows command lines (parse_command_line), file
 * paths (parse_path) and URL query strings (parse_urlquery, url_encode_component). Each answers only the
 * inputs whose result the documentation pins down, and refuses the rest.
 */
import { Unsupported } from '../refusal.js';
import type { Dynamic } from '../values.js';
import type { ScalarFunction } from './function.js';
import { urlEncode } from './strings-extra.js';
import { asText } from './text.js';

const BLANK = /[ \t]/;

/**
 * CommandLineToArgvW's documented rules: space and tab outside quotes separate
 * arguments; 2n backslashes before a quote give n backslashes and the quote toggles
 * quoting; 2n+1 backslashes before a quote give n backslashes and a literal quote;
 * other backslashes are literal; leading blanks make the first argument empty;
 * trailing blanks are ignored. The first argument (the program name) is read with its
 * own rules, so only the forms on which both readings agree are answered.
 */
export function windowsArgv(line: string): string[] {
  if (/[\r\n\v\f\0]/.test(line)) throw new Unsupported('parse_command_line() of a line break or control character');
  if (line.trim() === '') throw new Unsupported('parse_command_line() of an empty command line (the API answers the running program)');
  const args: string[] = [];
  let i = 0;
  if (BLANK.test(line[0]!)) args.push('');
  else {
    const first = programName(line);
    args.push(first.name);
    i = first.end;
  }
  while (i < line.length) {
    while (i < line.length && BLANK.test(line[i]!)) i++;
    if (i >= line.length) break;
    let arg = '';
    let quoted = false;
    while (i < line.length && (quoted || !BLANK.test(line[i]!))) {
      const c = line[i]!;
      if (c === '\\') {
        let n = 0;
        while (line[i] === '\\') {
          n++;
          i++;
        }
        if (line[i] !== '"') arg += '\\'.repeat(n);
        else {
          arg += '\\'.repeat(n >> 1);
          if (n % 2 === 1) {
            arg += '"';
            i++;
          }
        }
        continue;
      }
      if (c === '"') {
        // `""` inside quotes is not among the documented rules (implementations differ).
        if (quoted && line[i + 1] === '"') throw new Unsupported('parse_command_line() of "" inside a quoted argument');
        quoted = !quoted;
        i++;
        continue;
      }
      arg += c;
      i++;
    }
    if (quoted) throw new Unsupported('parse_command_line() of an unterminated quote');
    args.push(arg);
  }
  return args;
}

/** The program name: a quoted run, or a run up to the first blank, holding nothing either reading would treat differently. */
function programName(line: string): { name: string; end: number } {
  if (line[0] === '"') {
    const close = line.indexOf('"', 1);
    if (close < 0) throw new Unsupported('parse_command_line() of an unterminated quoted program name');
    const name = line.slice(1, close);
    const next = line[close + 1];
    if (name.includes('\\') || (next !== undefined && !BLANK.test(next)))
      throw new Unsupported('parse_command_line() of a quoted program name with backslashes or text after its quote');
    return { name, end: close + 1 };
  }
  let end = 0;
  while (end < line.length && !BLANK.test(line[end]!)) end++;
  const name = line.slice(0, end);
  if (name.includes('"')) throw new Unsupported('parse_command_line() of a quote inside the program name');
  return { name, end };
}

/**
 * A query string's `key=value` pairs, as the page's examples show them. What the page
 * does not say (percent-escapes and `+`, keys without `=`, repeated keys, a leading
 * `?` or a fragment) is refused rather than guessed.
 */
export function urlQueryParameters(query: string): { [key: string]: Dynamic } {
  if (query === '') throw new Unsupported('parse_urlquery() of an empty query');
  if (/[%+?#]/.test(query)) throw new Unsupported('parse_urlquery() of escapes, +, ? or # (their decoding is not documented)');
  const parameters: { [key: string]: Dynamic } = {};
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Unsupported('parse_urlquery() of a parameter without a name or a value');
    const key = pair.slice(0, eq);
    if (Object.hasOwn(parameters, key)) throw new Unsupported('parse_urlquery() of a repeated parameter');
    parameters[key] = pair.slice(eq + 1);
  }
  return parameters;
}

/**
 * parse_path's parts, for the path shapes the page's examples show: an optional
 * `file://` scheme, an optional drive (`C:`), a UNC `\\` or `/` start, at least one
 * directory, and a file name with an extension (an alternate data stream only after
 * `file://`, as in the example). Other shapes (no directory, no extension, a bare
 * drive, trailing or mixed separators, `.`/`..` segments) are refused: the page does
 * not say what they give.
 */
export function pathParts(path: string): { [key: string]: Dynamic } {
  const refuse = (why: string): never => {
    throw new Unsupported(`parse_path() of ${why} (not shown by the documentation)`);
  };
  let rest = path;
  let scheme = '';
  const schemeMatch = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (schemeMatch) {
    scheme = schemeMatch[1]!;
    if (scheme !== 'file') refuse(`a ${scheme}:// path`);
    rest = rest.slice(schemeMatch[0].length);
  }
  let stream = '';
  const root = /^[A-Za-z]:(?=[\\/])/.exec(rest)?.[0] ?? '';
  const afterRoot = rest.slice(root.length);
  const colon = afterRoot.indexOf(':');
  if (colon >= 0) {
    if (!scheme) refuse('a colon after the drive');
    stream = afterRoot.slice(colon + 1);
    if (stream === '' || /[:\\/]/.test(stream)) refuse('an empty or nested stream name');
  }
  const body = colon >= 0 ? rest.slice(0, root.length + colon) : rest;
  if (body.includes('\\') && body.includes('/')) refuse('mixed separators');
  const separator = body.includes('\\') ? '\\' : '/';
  const cut = body.lastIndexOf(separator);
  if (cut < 0) refuse('a path without a directory');
  const directoryPath = body.slice(0, cut);
  const filename = body.slice(cut + 1);
  const directories = directoryPath.slice(root.length);
  let lead = '';
  if (root) lead = separator;
  else if (scheme) refuse('a file:// path without a drive');
  else if (directories.startsWith('\\\\')) lead = '\\\\';
  else if (directories.startsWith('\\')) refuse('a path rooted on the current drive');
  else if (directories.startsWith('/')) lead = '/';
  if (!directories.startsWith(lead) || directories.length === lead.length) refuse('a file at the root');
  const segments = directories.slice(lead.length).split(separator);
  if (segments.some((d) => d === '' || d === '.' || d === '..')) refuse('an empty, . or .. directory');
  if (lead === '\\\\' && segments.length < 2) refuse('a UNC path without a share');
  const dot = filename.lastIndexOf('.');
  if (filename === '' || dot <= 0 || dot === filename.length - 1) refuse('a file name without an extension');
  return {
    Scheme: scheme,
    RootPath: root,
    DirectoryPath: directoryPath,
    DirectoryName: segments[segments.length - 1]!,
    Filename: filename,
    Extension: filename.slice(dot + 1),
    AlternateDataStreamName: stream,
  };
}

export const STRUCTURED_TEXT_FUNCTIONS: readonly ScalarFunction[] = [
  {
    name: 'parse_command_line',
    evaluate: ([line, parser], { argTypes }) => {
      const kind = asText(parser, argTypes[1]);
      if (kind !== 'windows') throw new Unsupported(`parse_command_line() with parser type "${kind}" (only "windows" is documented)`);
      return windowsArgv(asText(line, argTypes[0]));
    },
  },
  { name: 'parse_path', evaluate: ([path], { argTypes }) => pathParts(asText(path, argTypes[0])) },
  {
    name: 'parse_urlquery',
    evaluate: ([query], { argTypes }) => ({ 'Query Parameters': urlQueryParameters(asText(query, argTypes[0])) }),
  },
  {
    // The page's example: url_encode's escapes (lowercase hex), with a space as %20.
    name: 'url_encode_component',
    evaluate: ([s], { argTypes }) => urlEncode(asText(s, argTypes[0]), '%20'),
  },
];
