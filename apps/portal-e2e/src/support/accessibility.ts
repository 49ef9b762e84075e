import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 level AA rule set (every A and AA rule from 2.0, 2.1 and 2.2) the portal must pass. */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** One rule a page breaks, with where: enough to find and fix it without rerunning axe. */
export interface AccessibilityViolation {
  /** The axe rule, e.g. `color-contrast`. */
  id: string;
  impact: ImpactValue | null;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (an iframe's path joined by ` >>> `). */
  targets: string[];
  /** The first offending element's markup, shortened. */
  example: string;
}

let axeSource: string | undefined;
/** axe-core's browser build, read once per process. */
function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

const selectorOf = (target: unknown) => (Array.isArray(target) ? target.flat().join(' >>> ') : String(target));

/**
 * Runs axe-core's WCAG 2.2 AA rules ({@link WCAG_22_AA_TAGS}) over the page as it is now and
 * returns what it breaks; an empty list is a pass. axe is evaluated through the DevTools
 * protocol, so a page's Content-Security-Policy does not stop it.
 */
export async function checkAccessibility(page: Page): Promise<AccessibilityViolation[]> {
  const alreadyThere = await page.evaluate(() => 'axe' in window);
  if (!alreadyThere) await page.evaluate(axeScript());
  const options: RunOptions = { runOnly: { type: 'tag', values: [...WCAG_22_AA_TAGS] }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => selectorOf(node.target)),
    example: (violation.nodes[0]?.html ?? '').slice(0, 300),
  }));
}
