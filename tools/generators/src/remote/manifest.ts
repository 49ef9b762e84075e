import type { Tree } from '@nx/devkit';
import { readJson, writeJson } from '@nx/devkit';
import { reasonsOf, remotesManifestSchema, type RemoteManifestEntry, type RemotesManifest } from '@egov/remote-manifest';
import type { RemoteOptions } from './options';

/** The manifest the shell's dev server and the gateway serve as `/remotes.json`. */
export const REMOTES_MANIFEST_PATH = 'apps/shell/remotes.json';

/** Gap between consecutive `order`s, so a remote can later be put between two without renumbering. */
export const ORDER_STEP = 10;

/** Where a remote built in this workspace is served by the gateway: `/remotes/<id>/mf-manifest.json`. */
export const entryOf = (id: string) => `/remotes/${id}/mf-manifest.json`;
/** Its server build, with which the gateway renders its pages (tools/rspack/server-config.mjs). */
export const serverEntryOf = (id: string) => `/remotes/${id}/server/remoteEntry.js`;

const segmentsOf = (routeBase: string) => routeBase.split('/').slice(1);
/** `/news` and `/news/archive` would fight over the same addresses (the manifest's own rule). */
const overlaps = (a: string, b: string) => {
  const [shorter, longer] = [segmentsOf(a), segmentsOf(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return shorter.every((segment, index) => longer[index] === segment);
};

/** The manifest as it is in the tree; a missing one is empty (the shell is not generated yet). */
export function readRemotesManifest(tree: Tree): { manifest: RemotesManifest; existed: boolean } {
  if (!tree.exists(REMOTES_MANIFEST_PATH)) return { manifest: { remotes: [] }, existed: false };
  const parsed = remotesManifestSchema.safeParse(readJson(tree, REMOTES_MANIFEST_PATH));
  if (!parsed.success) {
    throw new Error(`${REMOTES_MANIFEST_PATH} is not a valid remotes manifest; fix it first:\n- ${reasonsOf(parsed.error).join('\n- ')}`);
  }
  return { manifest: parsed.data, existed: true };
}

/**
 * The manifest entry of the new remote, placed after the last one; throws when its id or route
 * base is taken (by the manifest's rules: equal, or one route base inside the other).
 */
export function manifestEntryFor(manifest: RemotesManifest, options: RemoteOptions): RemoteManifestEntry {
  const problems: string[] = [];
  const sameId = manifest.remotes.find((remote) => remote.id === options.id);
  if (sameId) problems.push(`the manifest already lists a remote "${options.id}"`);
  const clash = manifest.remotes.find((remote) => overlaps(remote.routeBase, options.routeBase));
  if (clash) problems.push(`routeBase "${options.routeBase}" overlaps "${clash.routeBase}" of remote "${clash.id}"; pass another --routeBase`);
  if (problems.length > 0) throw new Error(`Cannot add the remote to ${REMOTES_MANIFEST_PATH}:\n- ${problems.join('\n- ')}`);
  const lastOrder = Math.max(0, ...manifest.remotes.map((remote) => remote.order));
  return { id: options.id, entry: entryOf(options.id), serverEntry: serverEntryOf(options.id), routeBase: options.routeBase, nav: { ...options.nav }, order: lastOrder + ORDER_STEP };
}

/** Writes the manifest with the entry appended, checked again by the schema the shell and gateway use. */
export function writeRemotesManifest(tree: Tree, manifest: RemotesManifest, entry: RemoteManifestEntry): void {
  const next = remotesManifestSchema.parse({ ...manifest, remotes: [...manifest.remotes, entry] });
  writeJson(tree, REMOTES_MANIFEST_PATH, next);
}
