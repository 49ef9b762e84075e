import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe-core's WCAG 2.0–2.2 A and AA rules over a rendered container and fails with the rule
 * ids and the offending markup. Colour contrast cannot be measured in jsdom (no layout, no
 * canvas), so that rule is off here: palette.spec.ts checks the colours instead.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
    rules: { 'color-contrast': { enabled: false } },
  });
  const violations = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
  );
  expect(violations).toEqual([]);
}
