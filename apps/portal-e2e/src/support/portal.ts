import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { prepareDatabase, type DatabasePreparation } from './database';
import { createStaffAccounts, type StaffAccount } from './staff';

/** The repository root: the gateway's bundle and sources are found from here. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** What `npx nx run gateway:build` writes (the test target builds it first). */
const GATEWAY_BUNDLE = join(WORKSPACE_ROOT, 'dist/apps/gateway/main.js');
const GATEWAY_SOURCE = join(WORKSPACE_ROOT, 'apps/gateway/src/main.ts');

/** A fresh database is created, migrated and seeded on first start: about 5 s here. Below vitest's hook timeout (60 s), so the gateway's own log is what a failure shows. */
const READY_TIMEOUT_MS = 45_000;
const STOP_GRACE_MS = 5_000;

export interface RunningPortal {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** The gateway's data folder (DATA_DIR), deleted by `stop`. */
  dataDir: string;
  /** Everything the gateway printed so far (its log), for a failing test's message. */
  output(): string;
  /** Stops the gateway (SIGTERM, then SIGKILL after 5 s) and deletes its data folder. */
  stop(): Promise<void>;
}

export interface StartPortalOptions {
  /** Extra environment for the gateway (LOG_LEVEL, NODE_ENV, …). */
  env?: Record<string, string>;
  /** Staff accounts to create before the gateway starts (see `staffAccount`); none by default, as in a real installation. */
  staff?: readonly StaffAccount[];
  /** Work on the portal's database (migrated, first data set loaded) before the gateway opens it: rows written around the portal. */
  prepare?: DatabasePreparation;
  /**
   * Start on an empty data folder, as a new installation does: the gateway creates, migrates and
   * seeds its database. Otherwise the folder starts as a copy of the database the run's first
   * start made (see `global-setup.ts`): the same, seconds sooner.
   */
  emptyDataFolder?: boolean;
}

/** A port nobody listens on now; the gateway takes it a moment later. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

/**
 * The command that runs the gateway: the bundle the build made (what ships), or the sources
 * through tsx when no bundle exists (vitest run by hand without `nx run gateway:build`).
 */
function gatewayCommand(): { command: string; args: string[] } {
  if (existsSync(GATEWAY_BUNDLE)) return { command: process.execPath, args: ['--enable-source-maps', GATEWAY_BUNDLE] };
  console.warn(`portal-e2e: ${GATEWAY_BUNDLE} is not built; running the gateway's sources through tsx.`);
  return { command: process.execPath, args: ['--import', 'tsx', GATEWAY_SOURCE] };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts the real gateway, as `npm start` does, in its own process over an embedded database
 * holding the first data set in a temporary DATA_DIR of its own, on a free port,
 * and resolves once `/readyz` answers. One per spec file: starting one costs about 2 s.
 */
export async function startPortal(options: StartPortalOptions = {}): Promise<RunningPortal> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-e2e-data-'));
  const firstStart = inject('firstStartDatabase');
  if (!options.emptyDataFolder && firstStart) await cp(firstStart, join(dataDir, 'pglite'), { recursive: true });
  if (options.staff?.length) await createStaffAccounts(dataDir, options.staff);
  if (options.prepare) await prepareDatabase(dataDir, options.prepare);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { command, args } = gatewayCommand();
  const child = spawn(command, args, {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      // The test runner's own settings must not leak in: a DATABASE_URL would point the portal at a shared database.
      DATABASE_URL: '',
      REDIS_URL: '',
      NODE_ENV: 'development',
      TSX_TSCONFIG_PATH: join(WORKSPACE_ROOT, 'tsconfig.base.json'),
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited(child);
      clearTimeout(killer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`The gateway stopped before it was ready (exit ${child.exitCode ?? child.signalCode}):\n${log}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return { url, dataDir, output: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`The gateway was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${log}`);
}
