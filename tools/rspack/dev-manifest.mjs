// @ts-check
/**
 * The remotes manifest as `npm run dev` serves it: each remote the gateway would serve from its
 * production build (`/remotes/<id>/mf-manifest.json`) is pointed at that remote's own development
 * server instead, so a change to a remote's source is in the shell after a reload.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './paths.mjs';

/**
 * The port of a project's development server, from its `serve` target (`--port 4202`).
 * @param {string} id the remote's id, which is its project name and folder under apps/
 * @returns {number | undefined}
 */
export function devServerPort(id) {
  try {
    const project = JSON.parse(readFileSync(join(workspaceRoot, 'apps', id, 'project.json'), 'utf8'));
    const port = /--port\s+(\d+)/.exec(project.targets?.serve?.options?.command ?? '')?.[1];
    return port ? Number(port) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @template {{ id: string; entry: string }} Remote
 * @param {{ remotes: Remote[] }} manifest the production manifest (apps/shell/remotes.json)
 * @param {(id: string) => number | undefined} portOf where each remote's development server listens
 * @param {string} host the host the browser reaches the development servers at
 * @returns {{ remotes: Remote[] }}
 */
export function devManifest(manifest, portOf, host = 'localhost') {
  return {
    ...manifest,
    remotes: manifest.remotes.map((remote) => {
      const port = remote.entry === `/remotes/${remote.id}/mf-manifest.json` ? portOf(remote.id) : undefined;
      return port ? { ...remote, entry: `http://${host}:${port}/mf-manifest.json` } : remote;
    }),
  };
}
