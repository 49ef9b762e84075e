import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The real `npm start` (apps/gateway/src/main.ts under tsx) in its own process, on an empty data
 * directory and a free port, stopped the way a service manager stops it: with SIGTERM.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
// tsx's own command line, run by node directly: `npx` does not pass SIGTERM on to the program it runs.
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxCli = join(dirname(tsxPackage), (JSON.parse(readFileSync(tsxPackage, 'utf8')) as { bin: string }).bin);

/** A log line as pino writes it. */
type LogLine = Record<string, unknown> & { msg?: string; reqId?: string };

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address !== 'object') throw new Error('no port');
  return address.port;
}

/** The process's stdout, line by line, with a way to wait for a line. */
function collectLines(child: ChildProcess) {
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let partial = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter((line) => line.trim() !== ''));
    for (const wake of waiters.splice(0)) wake();
  });
  const parsed = (): LogLine[] =>
    lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as LogLine];
      } catch {
        return [];
      }
    });
  return {
    lines,
    parsed,
    /** Resolves with the first log line that matches, or rejects after `ms`. */
    async waitFor(match: (line: LogLine) => boolean, ms: number): Promise<LogLine> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = parsed().find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such log line within ${ms} ms; got:\n${lines.join('\n')}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 100);
        });
      }
    },
  };
}

/** Whether a new TCP connection to the port is refused, tried until `ms` have passed. */
async function refusesConnections(port: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const socket = connect(port, '127.0.0.1');
    const outcome = await new Promise<'accepted' | 'refused' | 'failed'>((settle) => {
      socket.once('connect', () => settle('accepted'));
      socket.once('error', (error: NodeJS.ErrnoException) => settle(error.code === 'ECONNREFUSED' ? 'refused' : 'failed'));
    });
    socket.destroy();
    if (outcome === 'refused') return true;
    await new Promise((wake) => setTimeout(wake, 50));
  }
  return false;
}

/** Reads what the server sends on a socket until it closes. */
async function readAll(socket: Socket): Promise<string> {
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  await once(socket, 'end');
  return Buffer.concat(chunks).toString('utf8');
}

interface LaunchedGateway {
  port: number;
  child: ChildProcess;
  output: ReturnType<typeof collectLines>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the process if a test did not, and removes its data directory. */
  dispose(): Promise<void>;
}

/** Starts `npm start` on an empty data directory and a free port, and waits until it is ready. */
async function launchGateway(env: Record<string, string> = {}): Promise<LaunchedGateway> {
  const dataDir = await mkdtemp(join(tmpdir(), 'egov-gateway-shutdown-'));
  const port = await freePort();
  // The environment of `npm start`: no NODE_ENV (so also no test-mode defaults of the libraries), embedded database.
  const { NODE_ENV: _nodeEnv, DATABASE_URL: _databaseUrl, ...inherited } = process.env;
  const child = spawn(process.execPath, [tsxCli, '--tsconfig', 'tsconfig.base.json', 'apps/gateway/src/main.ts'], {
    cwd: root,
    env: {
      ...inherited,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SESSION_SECRET: randomBytes(48).toString('base64'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const output = collectLines(child);
  // First start: migrations and the first data set, then /readyz answers.
  const deadline = Date.now() + 80_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200, () => false);
    if (ready) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the gateway did not become ready:\n${stderr}\n${output.lines.join('\n')}`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return {
    port,
    child,
    output,
    exited,
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((wake) => setTimeout(wake, 5_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves with the process's exit, or rejects after `ms`. */
const exitWithin = (gateway: LaunchedGateway, ms: number) =>
  Promise.race([gateway.exited, new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`did not exit within ${ms} ms`)), ms))]);

describe('the gateway process (npm start)', () => {
  let gateway: LaunchedGateway;
  let port: number;
  let child: ChildProcess;
  let output: ReturnType<typeof collectLines>;

  beforeAll(async () => {
    gateway = await launchGateway();
    ({ port, child, output } = gateway);
  }, 90_000);

  afterAll(() => gateway.dispose());

  it('writes its logs as JSON lines, each request with its request id', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-probe-1' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('log-probe-1');

    const incoming = await output.waitFor((line) => line.reqId === 'log-probe-1' && line.msg === 'incoming request', 5_000);
    expect(incoming).toMatchObject({ level: 30, req: { method: 'POST', url: '/graphql' } });
    const completed = await output.waitFor((line) => line.reqId === 'log-probe-1' && line.msg === 'request completed', 5_000);
    expect(completed).toMatchObject({ res: { statusCode: 200 }, responseTime: expect.any(Number) });
    // Every line is JSON with a level and a time: nothing unstructured on stdout.
    expect(output.lines.length).toBeGreaterThan(2);
    for (const line of output.parsed()) expect(line).toMatchObject({ level: expect.any(Number), time: expect.any(Number) });
    expect(output.parsed()).toHaveLength(output.lines.length);
    // A request that names no id gets one of its own.
    await fetch(`http://127.0.0.1:${port}/healthz`);
    const generated = await output.waitFor((line) => line.msg === 'incoming request' && (line['req'] as { url?: string }).url === '/healthz', 5_000);
    expect(generated.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('on SIGTERM stops accepting connections, closes idle keep-alive ones, finishes the request in flight with 200 and Connection: close, and exits 0', async () => {
    // An idle keep-alive connection: one answer received, the connection left open for the next.
    const idle = connect(port, '127.0.0.1');
    await once(idle, 'connect');
    const idleClosed = once(idle, 'close');
    const firstAnswer = once(idle, 'data');
    idle.write(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    expect(String((await firstAnswer)[0])).toMatch(/^HTTP\/1\.1 200 [^]*\r\nconnection: keep-alive\r\n/i);

    // A request in flight, on a keep-alive connection: the server has its headers (it has logged it) and waits for the rest of its body.
    const body = JSON.stringify({ query: '{ provinces { code nameVi } }' });
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const answer = readAll(socket);
    socket.write(
      [
        'POST /graphql HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'x-request-id: in-flight-1',
        '',
        '',
      ].join('\r\n') + body.slice(0, 10),
    );
    await output.waitFor((line) => line.reqId === 'in-flight-1' && line.msg === 'incoming request', 5_000);

    child.kill('SIGTERM');
    await output.waitFor((line) => line.msg === 'stopping: draining open requests', 5_000);
    expect(await refusesConnections(port, 3_000)).toBe(true);
    // The idle connection is closed at once; the open request holds the process.
    await idleClosed;
    expect(child.exitCode).toBeNull();

    socket.end(body.slice(10));
    const raw = await answer;
    const [head = '', payload = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    // The client asked to keep the connection; the stopping server says it closes it (and did: readAll saw its end).
    expect(head).toMatch(/\r\nconnection: close(\r\n|$)/i);
    expect(JSON.parse(payload)).toEqual({ data: { provinces: [{ code: '20', nameVi: expect.stringMatching(/Lạng Sơn/) }] } });

    expect(await exitWithin(gateway, 5_000)).toEqual({ code: 0, signal: null });
    expect(output.parsed().find((line) => line.reqId === 'in-flight-1' && line.msg === 'request completed')).toMatchObject({ res: { statusCode: 200 } });
  }, 20_000);
});

describe('the gateway process stopping while a client never reads its answer', () => {
  const DEADLINE_MS = 1_500;
  let staticRoot: string;
  let gateway: LaunchedGateway;

  beforeAll(async () => {
    // A built shell with one large file: more than the kernel's socket buffers hold, and random, so no compression shrinks it.
    staticRoot = await mkdtemp(join(tmpdir(), 'egov-gateway-static-'));
    await mkdir(join(staticRoot, 'shell'));
    await writeFile(join(staticRoot, 'shell', 'index.html'), '<!doctype html><title>Cổng thông tin</title>');
    await writeFile(join(staticRoot, 'shell', 'large.bin'), randomBytes(32 * 1024 * 1024));
    gateway = await launchGateway({ STATIC_ROOT: staticRoot, SHUTDOWN_DEADLINE_MS: String(DEADLINE_MS) });
  }, 90_000);

  afterAll(async () => {
    await gateway.dispose();
    await rm(staticRoot, { recursive: true, force: true });
  });

  it('closes that connection at the deadline and exits 0 instead of waiting for ever', async () => {
    const socket = connect(gateway.port, '127.0.0.1');
    await once(socket, 'connect');
    const closed = once(socket, 'close');
    socket.on('error', () => undefined); // A reset is one way for the server to close it.
    // The request is sent; the answer is never read (no 'data' listener: the socket stays paused).
    socket.write(`GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1:${gateway.port}\r\nx-request-id: never-reads-1\r\n\r\n`);
    await gateway.output.waitFor((line) => line.reqId === 'never-reads-1' && line.msg === 'incoming request', 5_000);
    await new Promise((wake) => setTimeout(wake, 300));

    const stoppedAt = Date.now();
    gateway.child.kill('SIGTERM');
    await gateway.output.waitFor((line) => line.msg === 'stopping: draining open requests', 5_000);
    expect(await refusesConnections(gateway.port, 1_000)).toBe(true);
    expect(gateway.child.exitCode).toBeNull();

    expect(await exitWithin(gateway, DEADLINE_MS + 5_000)).toEqual({ code: 0, signal: null });
    // It waited for the open request until the deadline, then closed its connection.
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
    expect(gateway.output.parsed().some((line) => line.msg === 'stopping: deadline passed, closing the connections still open')).toBe(true);
    // Read now, the answer ends short of the file: the connection was closed, not finished.
    let received = 0;
    socket.on('data', (chunk: Buffer) => (received += chunk.byteLength));
    await closed;
    expect(received).toBeLessThan(32 * 1024 * 1024);
  }, 30_000);
});
