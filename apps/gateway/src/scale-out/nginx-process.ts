import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '../cache/replica-processes';

/** Debian's nginx, as .ci/run installs it. */
export const NGINX = '/usr/sbin/nginx';
const DEPLOY = join(WORKSPACE_ROOT, 'deploy');
/** Worker processes of the test's nginx: a reload is over when this many old workers have stopped accepting. */
const WORKERS = 2;

/** nginx running the shipped site (deploy/nginx.conf and deploy/egov/) in a prefix of its own. */
export interface NginxProcess {
  url: string;
  /** Takes a replica out of turn (`down`) or puts it back, and reloads; resolves once the old workers accept no more. */
  setDown(port: number, down: boolean): Promise<void>;
  /** The error log, for the message of a failing test. */
  log(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The shipped upstream list with the test's replica ports: each `server` line of
 * deploy/egov/upstream-servers.conf keeps its parameters (max_fails, fail_timeout).
 */
function upstreamServers(shipped: string, ports: number[], down: ReadonlySet<number>): string {
  const lines = shipped.split('\n').filter((line) => /^server\s/.test(line));
  return ports
    .map((port, index) => {
      const shippedLine = lines[index];
      if (shippedLine === undefined) throw new Error(`deploy/egov/upstream-servers.conf lists ${lines.length} servers, the test runs ${ports.length}`);
      const line = shippedLine.replace(/^server\s+\S+/, `server 127.0.0.1:${port}`);
      return down.has(port) ? line.replace(/;\s*$/, ' down;') : line;
    })
    .join('\n');
}

/** The site as shipped, listening on the test's port instead of 80. */
function siteOnPort(shipped: string, port: number): string {
  const listens = shipped.match(/^\s*listen\s[^;]*;\s*$/gm) ?? [];
  if (listens.length === 0) throw new Error('deploy/nginx.conf has no listen line');
  let first = true;
  return shipped.replace(/^\s*listen\s[^;]*;\s*$/gm, () => {
    const line = first ? `    listen 127.0.0.1:${port};` : '';
    first = false;
    return line;
  });
}

/**
 * Starts nginx in the foreground with Debian's role played by a minimal main configuration (events,
 * pid, logs, temporary files in the prefix) that includes the shipped site unchanged but for `listen`.
 */
export async function startNginx(options: { port: number; replicaPorts: number[] }): Promise<NginxProcess> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx (.ci/run does it)`);
  const prefix = await mkdtemp(join(tmpdir(), 'egov-nginx-'));
  // Workers run as `nobody` when the master is root: they must reach the temporary directories.
  await chmod(prefix, 0o755);
  await mkdir(join(prefix, 'egov'));
  await mkdir(join(prefix, 'tmp'), { mode: 0o777 });
  await chmod(join(prefix, 'tmp'), 0o777);
  const shippedServers = await readFile(join(DEPLOY, 'egov', 'upstream-servers.conf'), 'utf8');
  const down = new Set<number>();
  const writeServers = () => writeFile(join(prefix, 'egov', 'upstream-servers.conf'), upstreamServers(shippedServers, options.replicaPorts, down));
  await writeServers();
  await writeFile(join(prefix, 'egov', 'proxy-to-gateway.conf'), await readFile(join(DEPLOY, 'egov', 'proxy-to-gateway.conf')));
  await writeFile(join(prefix, 'site.conf'), siteOnPort(await readFile(join(DEPLOY, 'nginx.conf'), 'utf8'), options.port));
  const errorLog = join(prefix, 'error.log');
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'tmp', name)};`;
  await writeFile(
    join(prefix, 'nginx.conf'),
    [
      `worker_processes ${WORKERS};`,
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} notice;`,
      'events { worker_connections 512; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      '  include site.conf;',
      '}',
    ].join('\n'),
  );

  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit');
  const log = () => readFile(errorLog, 'utf8').catch(() => '');
  const url = `http://127.0.0.1:${options.port}`;

  const waitFor = async (what: string, condition: () => Promise<boolean>, ms: number) => {
    const deadline = Date.now() + ms;
    while (!(await condition())) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`nginx: ${what} within ${ms} ms did not happen:\n${stderr}\n${await log()}`);
      await new Promise((wake) => setTimeout(wake, 50));
    }
  };
  const shuttingDown = async () => ((await log()).match(/gracefully shutting down/g) ?? []).length;

  await waitFor('answering /healthz through a replica', () => fetch(`${url}/healthz`).then((response) => response.ok, () => false), 15_000);
  return {
    url,
    log,
    async setDown(port, isDown) {
      if (isDown) down.add(port);
      else down.delete(port);
      await writeServers();
      const before = await shuttingDown();
      // What `systemctl reload nginx` does: new workers read the new list, the old ones finish what they hold and exit.
      child.kill('SIGHUP');
      await waitFor('old workers stopping after a reload', async () => (await shuttingDown()) >= before + WORKERS, 30_000);
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
