/**
 * Lighthouse (12.2.3, the last that runs on Node 20) in its default mobile preset: a Moto G
 * screen, the CPU 4x slower and a 150 ms / 1.6 Mbit/s network, simulated from one unthrottled
 * load. Each audit starts Debian's Chromium with a profile of its own (a first visit).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readFileSync } from 'node:fs';
import { WORKSPACE_ROOT } from './child-servers';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './web-visit';

/** The version installed (package.json pins 12.2.3: 12.3 and later want a newer Node than this machine's 20). */
export const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync(`${WORKSPACE_ROOT}node_modules/lighthouse/package.json`, 'utf8')) as { version: string }).version;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** What one Lighthouse run of a page found: the four scores (0–100) and the paint and stability figures. */
export interface LighthouseAudit {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** The audits of the accessibility category that failed, by id: what to fix for a 100. */
  accessibilityFailures: string[];
  /** Anything that makes the figures mean less: a run warning, an error of Lighthouse's own. */
  warnings: string[];
}

export async function lighthouseAudit(url: string): Promise<LighthouseAudit> {
  // `--headless` is in the flags; chrome-launcher adds its own (no default apps, no first-run) and a fresh profile.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      return value === undefined ? null : value;
    };
    const score = (id: (typeof CATEGORIES)[number]) => {
      const value = lhr.categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    const accessibilityFailures = (lhr.categories['accessibility']?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
      .map((ref) => ref.id);
    return {
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      fcpMs: numeric('first-contentful-paint'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      accessibilityFailures,
      warnings: [...lhr.runWarnings, ...(lhr.runtimeError ? [`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`] : [])],
    };
  } finally {
    chrome.kill();
  }
}
