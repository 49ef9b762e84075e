import { readFileSync } from 'node:fs';

/**
 * Reads the tables of FACTS.md, the list of every figure and entity of the source report, as it
 * was handed over, so tests can check the shipped data against it rather than against itself.
 */
export interface FactRow {
  id: string;
  cells: string[];
}

const factsFile = new URL('./FACTS.md', import.meta.url);
const articleFile = new URL('./article-2020-06-30.txt', import.meta.url);

export function readFacts(): Map<string, FactRow> {
  const rows = new Map<string, FactRow>();
  for (const line of readFileSync(factsFile, 'utf8').split('\n')) {
    const match = line.match(/^\|\s*(F\d{2})\s*\|(.*)\|\s*$/);
    if (!match) continue;
    rows.set(match[1] as string, { id: match[1] as string, cells: (match[2] as string).split('|').map((cell) => cell.trim()) });
  }
  return rows;
}

/** The source article's text. */
export function readArticle(): string {
  return readFileSync(articleFile, 'utf8');
}

/** The quoted words of a cell: `"a ... b" (note)` → ['a', 'b']. */
export function quotedWords(cell: string): string[] {
  return [...cell.matchAll(/"([^"]+)"/g)].flatMap((m) => (m[1] as string).split(/\s*\.\.\.\s*/)).filter(Boolean);
}

/** Numbers written in a cell, English style: "60,000,000 VND" → [60000000], "16.2" → [16.2]. */
export function numbersIn(cell: string): number[] {
  return [...cell.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** Folds white space so a quote compares equal however its lines were wrapped. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
