import type { Page } from 'playwright-core';

/**
 * How React copies are counted, two ways that must agree on one:
 * - `react` itself: every JavaScript file the page fetched is read again and searched for
 *   `__COMPILER_RUNTIME`, an export only react's own module defines (react.production.js, once;
 *   react-dom and the JSX runtime do not contain it), so each copy of React shipped to the page counts once;
 * - `react-dom`: a stand-in for the React DevTools hook is installed before any script runs; each
 *   copy of react-dom that starts registers its renderer there exactly once.
 *
 * Install this with `context.addInitScript(COUNT_REACT_RENDERERS)` before the page opens.
 */
export const COUNT_REACT_RENDERERS = `
  window.__reactRenderers = [];
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { window.__reactRenderers.push(renderer.version); return window.__reactRenderers.length; },
    onScheduleFiberRoot() {}, onCommitFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };
`;

/** The copies of React the page holds now, counted both ways of {@link COUNT_REACT_RENDERERS}. */
export async function reactCopies(page: Page): Promise<{ reactModules: number; renderers: string[] }> {
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\.m?js(\?|$)/.test(name)),
  );
  let reactModules = 0;
  for (const url of scripts) {
    const text = await (await page.request.get(url)).text();
    reactModules += text.split('__COMPILER_RUNTIME').length - 1;
  }
  const renderers = await page.evaluate(() => (window as unknown as { __reactRenderers: string[] }).__reactRenderers);
  return { reactModules, renderers };
}
