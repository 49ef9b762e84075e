import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import type { RemoteManifestEntry } from '@egov/remote-manifest';

/**
 * The part of a remote's `mf-manifest.json` (written by its federation build) that says which
 * files the shell loads to show it: the entry script, the files the exposed `./Remote` needs at
 * once (`sync`), and the style sheets of its lazy chunks (`async`).
 */
const federationManifestSchema = z.object({
  metaData: z.object({ remoteEntry: z.object({ name: z.string(), path: z.string() }) }),
  exposes: z.array(
    z.object({
      name: z.string(),
      assets: z.object({
        js: z.object({ sync: z.array(z.string()) }),
        css: z.object({ sync: z.array(z.string()), async: z.optional(z.array(z.string())) }),
      }),
    }),
  ),
});

/** One `Link` header value: a file the browser fetches while it is still reading the shell's script. */
export interface Preload {
  href: string;
  /** `fetch` for JSON read by `fetch()` (needs `crossorigin` to be reused), `script` and `style` for tags. */
  as: 'fetch' | 'script' | 'style';
}

/** `</remotes.json>; rel=preload; as=fetch; crossorigin`: the form of RFC 8288 browsers read. */
export function linkHeader(preloads: readonly Preload[]): string {
  return preloads.map(({ href, as }) => `<${href}>; rel=preload; as=${as}${as === 'fetch' ? '; crossorigin' : ''}`).join(', ');
}

/** The remote whose routes hold `path` (`/thong-ke/...` is the statistics remote's), if any. */
export function remoteOfPath(path: string, remotes: readonly RemoteManifestEntry[]): RemoteManifestEntry | undefined {
  return remotes.find((remote) => path === remote.routeBase || path.startsWith(`${remote.routeBase}/`));
}

const EXPOSED_MODULE = 'Remote';

/**
 * The files the shell will ask for, in order, to show the page at `path`: `/remotes.json`, and on
 * a remote's route that remote's federation manifest, entry script and first files. Without them
 * the browser discovers each only after the one before has arrived and run, one round trip each.
 * `readFederationManifest` gives the text of a remote's `mf-manifest.json` when this gateway serves
 * it (null otherwise: for a remote on another origin only its manifest is preloaded).
 */
export async function pagePreloads(
  path: string,
  remotes: readonly RemoteManifestEntry[],
  manifestUrl: string,
  readFederationManifest: (remote: RemoteManifestEntry) => Promise<string | null>,
): Promise<Preload[]> {
  const preloads: Preload[] = [{ href: manifestUrl, as: 'fetch' }];
  const remote = remoteOfPath(path, remotes);
  if (!remote) return preloads;
  preloads.push({ href: remote.entry, as: 'fetch' });
  const assets = await remoteAssets(remote, readFederationManifest);
  if (!assets) return preloads;
  // Its lazy chunks (staff pages, charts) are left to load when asked for.
  preloads.push({ href: assets.entry, as: 'script' });
  for (const href of assets.css.sync) preloads.push({ href, as: 'style' });
  for (const href of assets.js.sync) preloads.push({ href, as: 'script' });
  return preloads;
}

/**
 * The style sheets of the remote whose routes hold `path`, its lazy chunks' included: a page
 * rendered on the server may show any of them (the inspections register is a lazy chunk), and
 * linked in the head they style it before any script runs. Empty off a remote's routes, and for
 * a remote whose federation manifest cannot be read.
 */
export async function remoteStylesheets(
  path: string,
  remotes: readonly RemoteManifestEntry[],
  readFederationManifest: (remote: RemoteManifestEntry) => Promise<string | null>,
): Promise<string[]> {
  const remote = remoteOfPath(path, remotes);
  const assets = remote ? await remoteAssets(remote, readFederationManifest) : null;
  return assets ? [...new Set([...assets.css.sync, ...assets.css.async])] : [];
}

type RemoteAssets = ReturnType<typeof assetsOf>;

/**
 * The last manifest of each remote, parsed: a page asks for its preloads and, when rendered, its
 * style sheets, on every request, and the manifest changes only when the remote is deployed.
 */
const parsedManifests = new Map<string, { text: string; assets: RemoteAssets }>();

/** The exposed module's files, as addresses the browser can fetch; null when the manifest cannot be read. */
async function remoteAssets(remote: RemoteManifestEntry, readFederationManifest: (remote: RemoteManifestEntry) => Promise<string | null>): Promise<RemoteAssets> {
  const text = await readFederationManifest(remote);
  if (text === null) return null;
  const known = parsedManifests.get(remote.entry);
  if (known?.text === text) return known.assets;
  const assets = assetsOf(remote, text);
  parsedManifests.set(remote.entry, { text, assets });
  return assets;
}

function assetsOf(remote: RemoteManifestEntry, text: string) {
  let parsed: ReturnType<typeof federationManifestSchema.safeParse>;
  try {
    parsed = federationManifestSchema.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  // The remote's files sit beside its manifest (its build's publicPath is `auto`).
  const folder = remote.entry.slice(0, remote.entry.lastIndexOf('/') + 1);
  const at = (file: string) => `${folder}${file}`;
  const { remoteEntry } = parsed.data.metaData;
  const exposed = parsed.data.exposes.find((expose) => expose.name === EXPOSED_MODULE);
  return {
    entry: at(`${remoteEntry.path ? `${remoteEntry.path}/` : ''}${remoteEntry.name}`),
    js: { sync: (exposed?.assets.js.sync ?? []).map(at) },
    css: { sync: (exposed?.assets.css.sync ?? []).map(at), async: (exposed?.assets.css.async ?? []).map(at) },
  };
}

/**
 * Reads a served remote's `mf-manifest.json` from its build folder (null when not built or not
 * served here), again only when the file changed: every page of a remote's route asks for it.
 */
export function builtFederationManifest(root: string, remotesPath: string, manifestFile: string) {
  const read = new Map<string, { stamp: string; text: string }>();
  return async (remote: RemoteManifestEntry): Promise<string | null> => {
    if (!remote.entry.startsWith(`${remotesPath}/${remote.id}/`)) return null;
    const path = join(root, remote.id, manifestFile);
    try {
      const info = await stat(path);
      const stamp = `${info.ino}:${info.size}:${info.mtimeMs}`;
      const known = read.get(path);
      if (known?.stamp === stamp) return known.text;
      const text = await readFile(path, 'utf8');
      read.set(path, { stamp, text });
      return text;
    } catch {
      return null;
    }
  };
}
