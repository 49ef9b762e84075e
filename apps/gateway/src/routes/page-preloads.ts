import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';
import type { RemoteManifestEntry } from '@egov/remote-manifest';

/**
 * The part of a remote's `mf-manifest.json` (written by its federation build) that says which
 * files the shell loads to show it: the entry script, and the files the exposed `./Remote` needs
 * at once (`sync`). Its lazy chunks (staff pages, charts) are left to load when asked for.
 */
const federationManifestSchema = z.object({
  metaData: z.object({ remoteEntry: z.object({ name: z.string(), path: z.string() }) }),
  exposes: z.array(
    z.object({
      name: z.string(),
      assets: z.object({
        js: z.object({ sync: z.array(z.string()) }),
        css: z.object({ sync: z.array(z.string()) }),
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
  const text = await readFederationManifest(remote);
  if (text === null) return preloads;
  let parsed: ReturnType<typeof federationManifestSchema.safeParse>;
  try {
    parsed = federationManifestSchema.safeParse(JSON.parse(text));
  } catch {
    return preloads;
  }
  if (!parsed.success) return preloads;
  // The remote's files sit beside its manifest (its build's publicPath is `auto`).
  const folder = remote.entry.slice(0, remote.entry.lastIndexOf('/') + 1);
  const { remoteEntry } = parsed.data.metaData;
  preloads.push({ href: `${folder}${remoteEntry.path ? `${remoteEntry.path}/` : ''}${remoteEntry.name}`, as: 'script' });
  const exposed = parsed.data.exposes.find((expose) => expose.name === EXPOSED_MODULE);
  for (const file of exposed?.assets.css.sync ?? []) preloads.push({ href: `${folder}${file}`, as: 'style' });
  for (const file of exposed?.assets.js.sync ?? []) preloads.push({ href: `${folder}${file}`, as: 'script' });
  return preloads;
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
