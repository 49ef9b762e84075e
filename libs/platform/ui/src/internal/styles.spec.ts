import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFolder = join(import.meta.dirname, '..');

function components(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? components(join(folder, entry.name))
      : entry.name.endsWith('.tsx') && !entry.name.endsWith('.spec.tsx')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** A class that is not in the stylesheet is `undefined` at run time: the element is silently unstyled. */
describe('component stylesheets', () => {
  it.each(components(sourceFolder))('%s uses only classes its stylesheet defines', (file) => {
    const source = readFileSync(file, 'utf8');
    const stylesheet = /import \* as styles from '(.+\.module\.css)'/.exec(source)?.[1];
    if (!stylesheet) return;
    const defined = new Set(
      [...readFileSync(join(dirname(file), stylesheet), 'utf8').matchAll(/\.([a-zA-Z_][\w-]*)/g)].map((match) => match[1]),
    );
    const used = [...source.matchAll(/styles\.(\w+)/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !defined.has(name))).toEqual([]);
  });
});
