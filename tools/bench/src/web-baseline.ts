/**
 * The web benchmark's baseline, measured in the same run as the portal: a page that loads the
 * portal's libraries (React, Apollo Client, rxjs, a federation runtime) and renders one paragraph,
 * nothing of the portal's own. Built twice (tools/bench/baseline-page/rspack.config.mjs): as the
 * shell is built (the singletons shared eagerly) and tree-shaken (only what the page uses, the
 * least any page of this stack can weigh). Served as the gateway serves the shell: pre-compressed.
 */
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from './child-servers';

const RSPACK = `${WORKSPACE_ROOT}node_modules/.bin/rspack`;
const CONFIG = `${WORKSPACE_ROOT}tools/bench/baseline-page/rspack.config.mjs`;

export const BASELINE_BUILDS = ['shared', 'tree-shaken'] as const;
export type BaselineBuild = (typeof BASELINE_BUILDS)[number];

/** The baseline pages, built and served: `url(build)` opens one. */
export interface BaselinePages {
  url(build: BaselineBuild): string;
  close(): Promise<void>;
}

function buildInto(build: BaselineBuild, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(RSPACK, ['build', '-c', CONFIG], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, NODE_ENV: 'production', BASELINE_BUILD: build, BASELINE_OUTPUT: outputPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the ${build} baseline page did not build:\n${output}`))));
  });
}

/** Builds both baseline pages and serves each from a port of its own. */
export async function startBaselinePages(): Promise<BaselinePages> {
  const folder = await mkdtemp(join(tmpdir(), 'egov-bench-baseline-'));
  for (const build of BASELINE_BUILDS) await buildInto(build, join(folder, build));
  const servers: FastifyInstance[] = [];
  const urls = new Map<BaselineBuild, string>();
  try {
    // One origin per page (publicPath `/`), so nothing is cached from one visit to the other.
    for (const build of BASELINE_BUILDS) {
      const app = Fastify({ logger: false });
      await app.register(fastifyStatic, { root: join(folder, build), preCompressed: true });
      servers.push(app);
      urls.set(build, await app.listen({ port: 0, host: '127.0.0.1' }));
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url: (build) => `${urls.get(build)}/`,
    async close() {
      await Promise.all(servers.map((server) => server.close()));
      await rm(folder, { recursive: true, force: true });
    },
  };
}
