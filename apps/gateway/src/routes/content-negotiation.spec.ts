import { describe, expect, it } from 'vitest';
import { prefersHtml } from './content-negotiation';

describe('prefersHtml', () => {
  it.each([
    ['a browser', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', true],
    ['a page that accepts JSON less', 'text/html, application/json;q=0.5', true],
    ['curl', '*/*', false],
    ['no Accept header', undefined, false],
    ['a script asking for JSON', 'application/json', false],
    ['JSON preferred to HTML', 'application/json, text/html;q=0.9', false],
    ['HTML refused', 'text/html;q=0, */*', false],
    ['equal weights: JSON is the default', 'text/html, application/json', false],
  ])('%s → %s', (_, accept, expected) => {
    expect(prefersHtml(accept)).toBe(expected);
  });
});
