import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** The workspace these generators belong to. */
export const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../../..');

/** What is copied: enough for the project graph, the import rules, the generators, the tests and the build. */
const COPIED = ['package.json', 'package-lock.json', 'nx.json', 'tsconfig.base.json', 'eslint.config.mjs', 'vitest.shared.mts', 'libs', 'tools', 'apps'];
/** Build output, caches and per-project vitest caches stay behind. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.nx', 'test-output', '.data', 'coverage']);

export interface Run {
  code: number | null;
  output: string;
}

/** Runs a command with an environment free of the outer Nx task and vitest run. */
export function run(cwd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NX_|VITEST|NODE_ENV$)/.test(key)) env[key] = value;
  }
  Object.assign(env, { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_INTERACTIVE: 'false', FORCE_COLOR: '0' }, extraEnv);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, output }));
  });
}

export interface ScratchWorkspace {
  root: string;
  /** The workspace's own Nx CLI, run in the scratch copy. */
  nx(...args: string[]): Promise<Run>;
  remove(): Promise<void>;
}

/** A copy of the workspace's sources in a temporary folder, its node_modules linked (not copied). */
export async function scratchWorkspace(prefix: string): Promise<ScratchWorkspace> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const entry of COPIED) {
    await cp(join(WORKSPACE_ROOT, entry), join(root, entry), {
      recursive: true,
      filter: (source) => !relative(WORKSPACE_ROOT, source).split(sep).some((part) => SKIPPED_FOLDERS.has(part)),
    });
  }
  await symlink(join(WORKSPACE_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    nx: (...args) => run(root, [join(root, 'node_modules/nx/dist/bin/nx.js'), ...args]),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
