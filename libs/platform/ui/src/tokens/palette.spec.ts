import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readCustomProperties } from './contrast';
import { colourPairs, decorativeColours } from './palette';

const sourceFolder = join(import.meta.dirname, '..');
const tokens = readCustomProperties(readFileSync(join(import.meta.dirname, 'tokens.css'), 'utf8'));

function tokenValue(name: string): string {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`${name} is not defined in tokens.css`);
  return value;
}

function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? stylesheets(join(folder, entry.name)) : entry.name.endsWith('.css') ? [join(folder, entry.name)] : [],
  );
}

describe('the palette in tokens.css', () => {
  it.each(colourPairs)('$foreground on $background ($usedFor) reaches $minimum:1', ({ foreground, background, minimum }) => {
    expect(contrastRatio(tokenValue(foreground), tokenValue(background))).toBeGreaterThanOrEqual(minimum);
  });

  it('checks every colour token, or lists it as decorative', () => {
    const checked = new Set([...colourPairs.flatMap((pair) => [pair.foreground, pair.background]), ...decorativeColours]);
    const colourTokens = [...tokens.keys()].filter((name) => name.startsWith('--egov-color-'));
    expect(colourTokens.filter((name) => !checked.has(name))).toEqual([]);
  });

  it('defines every token a component stylesheet uses', () => {
    const used = stylesheets(sourceFolder).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\((--egov-[\w-]+)/g)].map((match) => `${match[1]} in ${file}`),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((usage) => !tokens.has(usage.split(' ')[0]!))).toEqual([]);
  });

  it('writes no literal colour in a component stylesheet, so the check above covers what ships', () => {
    const literals = stylesheets(sourceFolder)
      .filter((file) => !file.endsWith('tokens.css'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/#[\da-f]{3,8}\b|rgba?\(/gi)].map((match) => `${match[0]} in ${file}`));
    expect(literals).toEqual([]);
  });
});
