import { describe, expect, it } from 'vitest';
import { childText, parseXml, XmlSyntaxError } from './xml-document';

describe('parseXml (the tests’ well-formedness check)', () => {
  it('reads elements, attributes, entities and CDATA', () => {
    const root = parseXml(
      `\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><feed xmlns="urn:x" a='1 &amp; 2'><title type="html"><![CDATA[A &lt;b&gt; ]]></title><e>&#7841;&#x1A1; &lt;đ&gt;</e><empty/></feed>\n`,
    );
    expect(root.name).toBe('feed');
    expect(root.attributes).toEqual({ xmlns: 'urn:x', a: '1 & 2' });
    expect(childText(root, 'title')).toBe('A &lt;b&gt; ');
    expect(childText(root, 'e')).toBe('ạơ <đ>');
    expect(root.children.map((child) => child.name)).toEqual(['title', 'e', 'empty']);
  });

  it.each([
    ['an unclosed element', '<a><b></b>'],
    ['crossed tags', '<a><b></a></b>'],
    ['two roots', '<a/><b/>'],
    ['a bare ampersand', '<a>R&D</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a stray "<"', '<a>1 < 2</a>'],
    ['an unquoted attribute', '<a b=1/>'],
    ['a repeated attribute', '<a b="1" b="2"/>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['an unterminated CDATA section', '<a><![CDATA[x</a>'],
  ])('refuses %s', (_, source) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
  });
});
