import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signIn, staffAccount, startPortal, WORKSPACE_ROOT, type RunningPortal } from './support';

/**
 * The portal as `npm start` runs it: production mode (no introspection, masked errors, Secure
 * cookies) with no set-up, no SESSION_SECRET given. Staff still sign in on http://localhost,
 * where browsers accept Secure cookies.
 */
const browser = await launchBrowser();
const editor = staffAccount('editor');
const startScript = (JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start'] ?? '';

describe.skipIf(!browser)('the portal as npm start runs it, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  /** The portal by the name a person types: `localhost`, not an address. */
  let localhost: string;

  beforeAll(async () => {
    expect(startScript).toMatch(/NODE_ENV=production node .*dist\/apps\/gateway\/main\.js/);
    portal = await startPortal({ env: { NODE_ENV: 'production', SESSION_SECRET: '', HOST: 'localhost' }, staff: [editor] });
    localhost = portal.url.replace('127.0.0.1', 'localhost');
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('made its session secret in the data folder, readable by its owner only', async () => {
    expect((await stat(join(portal.dataDir, 'session-secret'))).mode & 0o777).toBe(0o600);
  });

  it('refuses introspection', async () => {
    const response = await fetch(`${localhost}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('signs an officer in on http://localhost with a Secure, httpOnly cookie that holds over a reload', async () => {
    await signIn(page, localhost, editor, '/tin-tuc?lang=vi');
    const session = (await browser!.context.cookies(localhost)).find((cookie) => cookie.name === 'egov_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
    await page.reload();
    await page.getByText(`Đã đăng nhập: ${editor.displayName}`).waitFor();
  });
});
