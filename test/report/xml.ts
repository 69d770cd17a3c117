/**
 * A tiny, strict XML 1.0 reader for tests: enough of the spec to prove the JUnit
 * reporter's output is well-formed (one root, nested tags, quoted attributes, no
 * raw `<` or stray `&` in text, only legal characters) and to read it back.
 * Throws with the offset on the first violation. No DTDs, comments, CDATA or PIs
 * besides the leading XML declaration: the reporter writes none.
 */

/** An element read back from XML text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated, unescaped text content directly inside this element. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function isNameStart(c: string): boolean {
  return /[A-Za-z_:]/.test(c) || c.charCodeAt(0) > 0x7f;
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || /[0-9.-]/.test(c);
}

function isLegalChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Parse XML text into its root element; throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  for (const ch of xml) {
    const code = ch.codePointAt(0)!;
    if (!isLegalChar(code)) throw new Error(`illegal XML character U+${code.toString(16).padStart(4, '0')}`);
  }
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(xml.slice(Math.max(0, i - 20), i + 20))}`);
  };

  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (declaration) i = declaration[0].length;

  const readName = (): string => {
    const start = i;
    if (i >= xml.length || !isNameStart(xml[i]!)) fail('expected a name');
    while (i < xml.length && isNameChar(xml[i]!)) i++;
    return xml.slice(start, i);
  };

  /** Unescape character data up to `stop`, checking every `&` starts a known reference. */
  const readChars = (stop: string, inAttribute: boolean): string => {
    let out = '';
    while (i < xml.length && xml[i] !== stop) {
      const c = xml[i]!;
      if (c === '<') fail('raw < in character data');
      if (c === '&') {
        const end = xml.indexOf(';', i);
        if (end < 0) fail('unterminated reference');
        const ref = xml.slice(i + 1, end);
        if (ref in ENTITIES) out += ENTITIES[ref];
        else if (/^#[0-9]+$/.test(ref)) out += String.fromCodePoint(Number(ref.slice(1)));
        else if (/^#x[0-9a-fA-F]+$/.test(ref)) out += String.fromCodePoint(parseInt(ref.slice(2), 16));
        else fail(`unknown reference &${ref};`);
        i = end + 1;
        continue;
      }
      if (!inAttribute && c === '>' && xml.slice(i - 2, i) === ']]') fail(']]> in character data');
      out += c;
      i++;
    }
    return out;
  };

  const skipSpace = (): void => {
    while (i < xml.length && /[ \t\r\n]/.test(xml[i]!)) i++;
  };

  const readElement = (): XmlElement => {
    if (xml[i] !== '<') fail('expected <');
    i++;
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return element;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('expected whitespace before an attribute');
      const name = readName();
      if (name in element.attributes) fail(`duplicate attribute ${name}`);
      if (xml[i] !== '=' || xml[i + 1] !== '"') fail('expected ="');
      i += 2;
      element.attributes[name] = readChars('"', true);
      if (xml[i] !== '"') fail('unterminated attribute');
      i++;
    }
    for (;;) {
      element.text += readChars('<', false);
      if (i >= xml.length) fail(`unclosed <${element.name}>`);
      if (xml.startsWith('</', i)) {
        i += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        skipSpace();
        if (xml[i] !== '>') fail('expected >');
        i++;
        return element;
      }
      element.children.push(readElement());
    }
  };

  skipSpace();
  const root = readElement();
  skipSpace();
  if (i !== xml.length) fail('content after the root element');
  return root;
}
