import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour, readCustomProperties } from './contrast';

const hexColour = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((channels) => `#${channels.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`);

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the classic lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('lies between 1 and 21 and does not depend on the order of the colours', () => {
    fc.assert(
      fc.property(hexColour, hexColour, (first, second) => {
        const ratio = contrastRatio(first, second);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21.0001);
        expect(contrastRatio(second, first)).toBe(ratio);
      }),
    );
  });

  it('refuses what is not a hex colour rather than guessing', () => {
    expect(() => parseHexColour('rebeccapurple')).toThrow(/Not a hex colour/);
    expect(parseHexColour('#0b5')).toEqual([0x00, 0xbb, 0x55]);
  });
});

describe('readCustomProperties', () => {
  it('reads declarations and skips comments', () => {
    const css = ':root {\n  /* --egov-old: #000; */\n  --egov-color-text: #1b1b1b;\n  --egov-space: 1rem }';
    expect(Object.fromEntries(readCustomProperties(css))).toEqual({ '--egov-color-text': '#1b1b1b', '--egov-space': '1rem' });
  });
});
