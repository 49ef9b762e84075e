import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM_PATH, findChromium } from './chromium';

describe('finding Chromium', () => {
  const installedAt =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);

  it("uses Debian's Chromium, or CHROMIUM_PATH when set", () => {
    expect(findChromium({ env: {}, exists: installedAt(DEFAULT_CHROMIUM_PATH) })).toBe(DEFAULT_CHROMIUM_PATH);
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chromium/chrome' }, exists: installedAt('/opt/chromium/chrome') })).toBe('/opt/chromium/chrome');
  });

  it('outside CI, says loudly that the browser tests are skipped and finds nothing', () => {
    const warnings: string[] = [];
    expect(findChromium({ env: {}, exists: installedAt(), warn: (message) => warnings.push(message) })).toBeNull();
    expect(warnings.join('\n')).toMatch(/BROWSER TESTS SKIPPED.*apt-get install -y chromium/);
  });

  it('under CI, refuses to go on without a browser, so CI cannot pass untested', () => {
    const warnings: string[] = [];
    const lookup = { env: { CI: 'true' }, exists: installedAt(), warn: (message: string) => warnings.push(message) };
    expect(() => findChromium(lookup)).toThrow(/No Chromium at \/usr\/bin\/chromium.*CI runs the browser tests/);
  });
});
