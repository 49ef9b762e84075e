/** WCAG 2.2 minimum contrast ratios (success criteria 1.4.3 and 1.4.11). */
export const WCAG_AA = {
  /** Body text smaller than 18pt (24px), or 14pt (18.66px) bold. */
  text: 4.5,
  /** Large text: at least 18pt, or 14pt bold. */
  largeText: 3,
  /** Borders of controls, focus indicators, chart marks and other non-text parts. */
  nonText: 3,
} as const;

/** Parses `#rgb` or `#rrggbb` into red, green and blue 0–255; throws on anything else. */
export function parseHexColour(colour: string): [number, number, number] {
  const match = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(colour.trim());
  if (!match?.[1]) throw new Error(`Not a hex colour: "${colour}"`);
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return [0, 2, 4].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/** Relative luminance of an sRGB colour, as defined by WCAG (0 for black, 1 for white). */
export function relativeLuminance(colour: string): number {
  const [red, green, blue] = parseHexColour(colour).map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/**
 * Contrast ratio of two hex colours, from 1 (same luminance) to 21 (black on white); the order of
 * the two colours does not matter. Use it to check chart or brand colours against WCAG_AA.
 */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The custom properties declared in a stylesheet, by name (`--egov-color-text` → `#1b1b1b`).
 * A later declaration of the same name wins, as it would in the browser for one selector.
 */
export function readCustomProperties(css: string): Map<string, string> {
  const properties = new Map<string, string>();
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    properties.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return properties;
}
