import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The workspace root: where `npm start` runs. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A server the benchmark started in a process of its own, so the load generator does not share its event loop. */
export interface ChildServer {
  output(): string;
  stop(): Promise<void>;
}

/** A server started by {@link startNode} or {@link startTsx}. */
export type StartedServer = ChildServer & { process: ChildProcess; exited: Promise<void> };

/** Runs a TypeScript entry under tsx with the given environment. */
export function startTsx(entry: string, env: Record<string, string>): StartedServer {
  return startNode([`${WORKSPACE_ROOT}node_modules/tsx/dist/cli.mjs`, '--tsconfig', 'tsconfig.base.json', entry], env);
}

/** Runs Node with the given arguments from the workspace root (`node dist/apps/gateway/main.js`, as `npm start` does). */
export function startNode(args: string[], env: Record<string, string>): StartedServer {
  const child = spawn(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running = false;
      resolve();
    }),
  );
  return {
    process: child,
    exited,
    output: () => output,
    async stop() {
      if (running) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Waits until `url` answers 2xx; throws with the server's output when it does not within `timeoutMs`. */
export async function waitUntilAnswering(url: string, server: ChildServer, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`${url} did not answer in ${timeoutMs / 1000} s:\n${server.output()}`);
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
