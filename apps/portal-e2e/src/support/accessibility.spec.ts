import { afterAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './accessibility';
import { launchBrowser } from './chromium';

const browser = await launchBrowser();

describe.skipIf(!browser)('checking a page against WCAG 2.2 AA', () => {
  afterAll(() => browser?.close());

  it('names each broken rule with its impact and the selectors of the elements to fix', async () => {
    const page = await browser!.newPage();
    await page.setContent('<!doctype html><html><head><title>t</title></head><body><main><img id="logo" src="data:,"><button id="search"></button></main></body></html>');
    const violations = await checkAccessibility(page);
    expect(violations.map((violation) => violation.id).sort()).toEqual(['button-name', 'html-has-lang', 'image-alt']);
    expect(violations.find((violation) => violation.id === 'image-alt')).toMatchObject({ impact: 'critical', targets: ['#logo'] });
    expect(violations.find((violation) => violation.id === 'button-name')).toMatchObject({ targets: ['#search'], example: '<button id="search"></button>' });
  });

  it('finds nothing on a page that keeps the rules, and can run again on the same page', async () => {
    const page = await browser!.newPage();
    await page.setContent('<!doctype html><html lang="vi"><head><title>Trang</title></head><body><main><h1>Xin chào</h1><img src="data:," alt="Biểu trưng"></main></body></html>');
    expect(await checkAccessibility(page)).toEqual([]);
    expect(await checkAccessibility(page)).toEqual([]);
  });
});
