/**
 * A small, strict XML reader for tests: Node has no XML parser, and asserting on a feed with
 * regular expressions would pass on a document no feed reader accepts. It checks what makes a
 * document well formed (one root, every tag closed in order, quoted and unique attributes, only
 * known entities, no stray `<` or `&`) and returns the element tree. No DTDs, no namespaces
 * resolution: prefixes stay part of the name.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data and CDATA, entities decoded (not that of its children). */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
    this.name = 'XmlSyntaxError';
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c === ':' || c > '\u00bf';
const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Parses a whole document and returns its root element, or throws `XmlSyntaxError`. */
export function parseXml(source: string): XmlElement {
  let at = source.startsWith('\uFEFF') ? 1 : 0;
  const fail = (message: string): never => {
    throw new XmlSyntaxError(message, at);
  };
  const skipSpace = () => {
    while (isSpace(source[at])) at++;
  };
  const expect = (literal: string) => {
    if (!source.startsWith(literal, at)) fail(`expected "${literal}"`);
    at += literal.length;
  };
  const skipPast = (terminator: string, what: string) => {
    const end = source.indexOf(terminator, at);
    if (end < 0) fail(`unterminated ${what}`);
    const inner = source.slice(at, end);
    at = end + terminator.length;
    return inner;
  };
  const readName = () => {
    const start = at;
    if (!isNameStart(source[at] ?? '')) fail('expected a name');
    while (at < source.length && isNameChar(source[at] as string)) at++;
    return source.slice(start, at);
  };
  /** Decodes character data up to `stop`, refusing `<` and a bare `&`. */
  const readCharacters = (stop: string) => {
    let out = '';
    while (at < source.length && source[at] !== stop) {
      const c = source[at] as string;
      if (c === '<') fail('"<" inside a value');
      if (c === '&') {
        const end = source.indexOf(';', at);
        if (end < 0 || end - at > 10) fail('"&" that starts no entity');
        const name = source.slice(at + 1, end);
        let decoded: string | undefined = NAMED_ENTITIES[name];
        if (name.startsWith('#x')) decoded = String.fromCodePoint(Number.parseInt(name.slice(2), 16));
        else if (name.startsWith('#')) decoded = String.fromCodePoint(Number.parseInt(name.slice(1), 10));
        if (decoded === undefined || decoded === '\u0000' || Number.isNaN(decoded.codePointAt(0))) fail(`unknown entity "&${name};"`);
        out += decoded;
        at = end + 1;
      } else {
        out += c;
        at++;
      }
    }
    return out;
  };
  /** Comments, processing instructions and white space allowed outside the root. */
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        at += 4;
        skipPast('-->', 'comment');
      } else if (source.startsWith('<?', at)) {
        at += 2;
        skipPast('?>', 'processing instruction');
      } else return;
    }
  };

  const readElement = (): XmlElement => {
    expect('<');
    const element: XmlElement = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = isSpace(source[at]);
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return element;
      }
      if (source[at] === '>') {
        at++;
        break;
      }
      if (!hadSpace) fail('attributes are separated by white space');
      const name = readName();
      skipSpace();
      expect('=');
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") fail('an attribute value is quoted');
      at++;
      if (name in element.attributes) fail(`attribute "${name}" given twice`);
      element.attributes[name] = readCharacters(quote as string);
      expect(quote as string);
    }
    for (;;) {
      if (at >= source.length) fail(`<${element.name}> is never closed`);
      if (source.startsWith('</', at)) {
        at += 2;
        const name = readName();
        if (name !== element.name) fail(`</${name}> closes <${element.name}>`);
        skipSpace();
        expect('>');
        return element;
      }
      if (source.startsWith('<![CDATA[', at)) {
        at += 9;
        element.text += skipPast(']]>', 'CDATA section');
      } else if (source.startsWith('<!--', at)) {
        at += 4;
        skipPast('-->', 'comment');
      } else if (source.startsWith('<?', at)) {
        at += 2;
        skipPast('?>', 'processing instruction');
      } else if (source[at] === '<') {
        element.children.push(readElement());
      } else {
        const start = at;
        const text = readCharacters('<');
        if (source.slice(start, at).includes(']]>')) fail('"]]>" in character data');
        element.text += text;
      }
    }
  };

  skipMisc();
  const root = readElement();
  skipMisc();
  if (at < source.length) fail('content after the root element');
  return root;
}

/** The children of an element with a name. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);

/** The text of the first child with a name, or undefined. */
export const childText = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text;
