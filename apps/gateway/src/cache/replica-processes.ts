import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The workspace root, where `npm start` runs. */
export const WORKSPACE_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A gateway started the way `npm start` starts it, in a process of its own. */
export interface GatewayProcess {
  url: string;
  port: number;
  /** Sends a signal: SIGTERM drains and stops it, SIGKILL is a crash. */
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the process has ended, with how. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote, for the message of a failing test. */
  output(): string;
  stop(): Promise<void>;
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

/**
 * Runs `node --import tsx apps/gateway/src/main.ts` with the given environment and waits until `/readyz`
 * answers 200 (or the process ends, or `timeoutMs` passes: then it throws with the output).
 * `port` starts it on a known port (a replica started again where its proxy expects it).
 */
export async function startGatewayProcess(env: Record<string, string>, timeoutMs = 60_000, port?: number): Promise<GatewayProcess> {
  port ??= await freePort();
  // tsx as a loader in one node process, not tsx's command line: that one relays signals to a child
  // of its own and, when the busy child does not confirm within 30 ms, kills it, which a test of
  // SIGTERM would take for the gateway's own doing.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/gateway/src/main.ts'], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, ...env, TSX_TSCONFIG_PATH: 'tsconfig.base.json', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let running = true;
  void exited.then(() => (running = false));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (running) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && running) {
    const ready = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
    if (ready) return { url, port, kill: (signal) => child.kill(signal), exited, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the gateway on port ${port} did not get ready:\n${output}`);
}
