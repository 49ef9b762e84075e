import { spawn } from 'node:child_process';
import { WORKSPACE_ROOT } from './child-servers';

const NX = `${WORKSPACE_ROOT}node_modules/.bin/nx`;

interface CommandResult {
  code: number | null;
  output: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(NX, args, { cwd: WORKSPACE_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Every application of the workspace that has a build target (the gateway, the shell, each remote). */
export async function appsWithBuild(): Promise<string[]> {
  const { code, output } = await run(['show', 'projects', '--type', 'app', '--with-target', 'build', '--json']);
  if (code !== 0) throw new Error(`nx show projects failed:\n${output}`);
  // Nx may print a notice before the JSON; the list is the last line.
  const projects = JSON.parse(output.trim().split('\n').pop() ?? '[]') as string[];
  return projects.sort();
}

/** How long one `nx run-many -t build` over `projects` took, and how many of its tasks Nx took from its cache. */
export interface BuildTiming {
  seconds: number;
  fromCache: number;
  tasks: number;
}

/**
 * Builds `projects` for production and times it. `cold` skips the Nx cache (every app really
 * builds); otherwise the run is what a second `npm start` costs (everything from the cache).
 * A failing build stops the benchmark with Nx's output: there would be nothing to measure.
 */
export async function timeBuild(projects: string[], cold: boolean): Promise<BuildTiming> {
  const started = performance.now();
  const { code, output } = await run(['run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--outputStyle=static'], cold ? { NX_SKIP_NX_CACHE: 'true' } : {});
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`The ${cold ? 'cold' : 'cached'} build failed (exit ${code}):\n${output}`);
  // Nx's summary says it: "Cache:  5/6 hit (83%)".
  const summary = output.match(/Cache:\s+(\d+)\/(\d+) hit/);
  return { seconds, fromCache: Number(summary?.[1] ?? 0), tasks: Number(summary?.[2] ?? projects.length) };
}
