import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchWorkspace, WORKSPACE_ROOT, type ScratchWorkspace } from '../testing/scratch-workspace';

/**
 * The generator end to end, as a team runs it: the real Nx CLI in a scratch copy of the workspace
 * (node_modules linked, not copied), then the generated remote's own checks, the production build
 * of the remote, the shell and the gateway, and the remote opened in the portal in Chromium.
 */
const REMOTE_CONFIG = join(WORKSPACE_ROOT, 'tools/rspack/remote-config.mjs');
const hasRemoteConfig = existsSync(REMOTE_CONFIG);

if (!hasRemoteConfig) {
  console.warn(
    `\n${'!'.repeat(100)}\n!! SKIPPED: the generator's end-to-end test needs ${relative(WORKSPACE_ROOT, REMOTE_CONFIG)}, which does not exist yet.\n!! The generated remotes cannot be built until it does.\n${'!'.repeat(100)}\n`,
  );
}

/** Debian's Chromium, as the portal's browser tests use it (apps/portal-e2e/src/support/chromium.ts). */
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);
const underCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (hasRemoteConfig && !hasChromium && !underCi) {
  console.warn(
    `\n${'!'.repeat(100)}\n!! SKIPPED: the generated remote is not opened in the shell: no Chromium at ${CHROMIUM_PATH}.\n!! Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH); CI fails without it.\n${'!'.repeat(100)}\n`,
  );
}

const NAME = 'trial-remote';
const ID = 'trial_remote';

/** A port nobody listens on now; the gateway takes it a moment later. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

interface Portal {
  url: string;
  log(): string;
  stop(): Promise<void>;
}

/**
 * The scratch workspace's built gateway, as \`npm start\` runs it (its own embedded database in a
 * temporary folder, the scratch's dist/apps and apps/shell/remotes.json), once \`/readyz\` answers.
 */
async function startPortal(cwd: string): Promise<Portal> {
  const dataDir = await mkdtemp(join(tmpdir(), 'egov-remote-generator-data-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NX_|VITEST|NODE_ENV$|DATABASE_URL$|REDIS_URL$|REMOTES_MANIFEST$|STATIC_ROOT$)/.test(key)) env[key] = value;
  }
  Object.assign(env, { NODE_ENV: 'development', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SESSION_SECRET: randomBytes(32).toString('hex') });
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/gateway/main.js'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, log: () => log, stop };
    await new Promise((done) => setTimeout(done, 100));
  }
  await stop();
  throw new Error(`The scratch workspace's gateway did not get ready:\n${log}`);
}

describe.skipIf(!hasRemoteConfig)('nx g ./tools/generators:remote in a scratch copy of the workspace', () => {
  let workspace: ScratchWorkspace;
  let scratch: string;
  const nx = (...args: string[]) => workspace.nx(...args);

  beforeAll(async () => {
    workspace = await scratchWorkspace('egov-remote-generator-');
    scratch = workspace.root;
  });

  afterAll(() => workspace?.remove());

  it('generates the remote with the real CLI', async () => {
    const generated = await nx('g', './tools/generators:remote', NAME, '--labelVi=Mục thử nghiệm', '--labelEn=Trial section', '--no-interactive');
    expect(generated.code, generated.output).toBe(0);
    expect(existsSync(join(scratch, `apps/${NAME}/src/remote.tsx`))).toBe(true);
    // Its first document, and the types GraphQL Code Generator wrote for it.
    const types = await readFile(join(scratch, `libs/platform/client-operations/src/${NAME}/operations.generated.ts`), 'utf8');
    expect(types).toContain('export type TrialRemoteUnitsQuery = { units: { __typename: \'UnitConnection\', totalCount: number, nodes: Array<');
    const manifest = JSON.parse(await readFile(join(scratch, 'apps/shell/remotes.json'), 'utf8')) as { remotes: { id: string; entry: string }[] };
    expect(manifest.remotes.at(-1)).toMatchObject({ id: ID, entry: `/remotes/${ID}/mf-manifest.json` });
  }, 120_000);

  it('gives a remote whose lint, typecheck and unit tests pass', async () => {
    const checked = await nx('run-many', '-t', 'lint', 'typecheck', 'test', '-p', NAME, '--outputStyle=static', '--skip-nx-cache');
    expect(checked.code, checked.output).toBe(0);
  }, 300_000);

  it("writes a browser test that passes the browser-test project's lint and typecheck", async () => {
    // Its run needs the shell and a browser: the portal's own browser tests run it.
    const checked = await nx('run-many', '-t', 'lint', 'typecheck', '-p', 'portal-e2e', '--outputStyle=static', '--skip-nx-cache');
    expect(checked.code, checked.output).toBe(0);
  }, 300_000);

  it('builds with Rspack into a federation manifest that exposes ./Remote, where the gateway serves it, beside the shell and the gateway', async () => {
    const built = await nx('run-many', '-t', 'build', '-p', NAME, 'shell', 'gateway', '--outputStyle=static', '--skip-nx-cache');
    expect(built.code, built.output).toBe(0);
    const manifest = JSON.parse(await readFile(join(scratch, `dist/apps/${ID}/mf-manifest.json`), 'utf8')) as {
      name: string;
      exposes: { path: string }[];
      shared: { name: string }[];
    };
    expect(manifest.name).toBe(ID);
    expect(manifest.exposes.map((exposed) => exposed.path)).toEqual(['./Remote']);
    expect(manifest.shared.map((shared) => shared.name)).toEqual(expect.arrayContaining(['react', 'react-dom', '@egov/federation', '@egov/i18n']));
    // Its server build, which the manifest names and the gateway renders its pages with.
    expect(existsSync(join(scratch, `dist/apps/${ID}/server/remoteEntry.js`))).toBe(true);
    const remotes = JSON.parse(await readFile(join(scratch, 'apps/shell/remotes.json'), 'utf8')) as { remotes: { id: string; serverEntry?: string }[] };
    expect(remotes.remotes.find((remote) => remote.id === ID)?.serverEntry).toBe(`/remotes/${ID}/server/remoteEntry.js`);
  }, 300_000);

  it('renders its first page on the server: the heading is in the HTML before any script runs', async () => {
    const portal = await startPortal(scratch);
    try {
      const html = await (await fetch(`${portal.url}/${NAME}?lang=vi`)).text();
      expect(html).toMatch(/<h1[^>]*>Mục thử nghiệm<\/h1>/);
      // Its first query ran in the gateway during the render: the first data set's units are in the page.
      expect(html).toContain('<li>Thanh tra Sở</li>');
      expect(html).toContain('<title>Mục thử nghiệm — Sở Thông tin và Truyền thông tỉnh Lạng Sơn</title>');
    } catch (error) {
      throw new Error(`${String(error)}\n--- the scratch gateway's log ---\n${portal.log()}`, { cause: error });
    } finally {
      await portal.stop();
    }
  }, 120_000);

  // Outside CI without Chromium this is skipped (said loudly above); under CI it fails instead.
  it.skipIf(!hasChromium && !underCi)('loads in the shell: the portal mounts it at its route base, in both languages', async () => {
    if (!hasChromium) throw new Error(`No Chromium at ${CHROMIUM_PATH}: CI opens the generated remote in the shell and may not skip it (apt-get install -y chromium).`);
    const portal = await startPortal(scratch);
    const userDataDir = await mkdtemp(join(tmpdir(), 'egov-remote-generator-chromium-'));
    try {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        headless: true,
      });
      try {
        const page = await context.newPage();
        const response = await page.goto(`${portal.url}/${NAME}?lang=vi`);
        expect(response?.status()).toBe(200);
        await page.getByRole('heading', { level: 1, name: 'Mục thử nghiệm' }).waitFor({ timeout: 15_000 });
        expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Mục thử nghiệm' }).getAttribute('href')).toBe(`/${NAME}?lang=vi`);
        await page.goto(`${portal.url}/${NAME}?lang=en`);
        await page.getByRole('heading', { level: 1, name: 'Trial section' }).waitFor({ timeout: 15_000 });
      } finally {
        await context.close();
      }
    } catch (error) {
      throw new Error(`${String(error)}\n--- the scratch gateway's log ---\n${portal.log()}`, { cause: error });
    } finally {
      await portal.stop();
      await rm(userDataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
