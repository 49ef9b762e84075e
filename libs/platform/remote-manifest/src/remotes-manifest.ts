import * as z from 'zod/mini';
import { navLabelsSchema, remoteIdSchema, routeBaseSchema } from './remote-fields';

// An absolute http(s) URL, or a path on the portal's own origin; never `//host/…` (protocol-relative).
const isEntryAddress = (entry: string) => {
  if (entry.startsWith('/')) return !entry.startsWith('//');
  try {
    const url = new URL(entry);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/** A path below a route base: one or more lower-case segments (`/bieu-do`, `/nghiep-vu`). */
const subPathSchema = z.string().check(z.regex(/^(\/[a-z0-9][a-z0-9-]*)+$/, 'must be a path below the route base like /bieu-do (lower-case segments, no trailing slash)'));

/** One remote as the manifest lists it. */
export const remoteManifestEntrySchema = z.object({
  /** The remote's federation name. */
  id: remoteIdSchema,
  /** Address of the remote's `mf-manifest.json` (the runtime reads its exposes and shared modules from it): an http(s) URL or a path on the portal's origin. */
  entry: z.string().check(
    z.refine(isEntryAddress, { message: 'must be an http(s) URL or a path starting with /', abort: true }),
    z.refine((entry) => /\/mf-manifest\.json$/.test(entry), "must be the address of the remote's mf-manifest.json"),
  ),
  /**
   * Address of the remote's server build (`server/remoteEntry.js`), with which the gateway renders
   * the remote's pages to HTML. Optional: a remote without one is rendered in the browser alone.
   */
  serverEntry: z.optional(
    z.string().check(
      z.refine(isEntryAddress, { message: 'must be an http(s) URL or a path starting with /', abort: true }),
      z.refine((entry) => /\/remoteEntry\.js$/.test(entry), "must be the address of the remote's server remoteEntry.js"),
    ),
  ),
  /** Where the remote's routes start. */
  routeBase: routeBaseSchema,
  /** The navigation labels. */
  nav: navLabelsSchema,
  /** Position in the navigation: lower first. */
  order: z.int(),
  /**
   * For search engines, paths below the route base (`/bieu-do`): `public`, the remote's readable
   * pages besides its base, listed in `/sitemap.xml`; `staff`, the pages for signed-in staff that
   * `/robots.txt` keeps crawlers out of. Optional: the route base alone is listed.
   */
  pages: z.optional(
    z.object({
      public: z.optional(z.array(subPathSchema)),
      staff: z.optional(z.array(subPathSchema)),
    }),
  ),
});

/** One remote as the manifest lists it: id, entry URL, route base, nav labels and order. */
export type RemoteManifestEntry = z.infer<typeof remoteManifestEntrySchema>;

const segmentsOf = (routeBase: string) => routeBase.split('/').slice(1);
// `/news` and `/news/archive` would fight over the same addresses.
const overlaps = (a: string, b: string) => {
  const [shorter, longer] = [segmentsOf(a), segmentsOf(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return shorter.every((segment, index) => longer[index] === segment);
};

/**
 * The runtime manifest `/remotes.json`: which remotes the shell loads. Ids must be unique and no
 * route base may equal or contain another's. The gateway should check the file it serves with it too.
 */
export const remotesManifestSchema = z.object({ remotes: z.array(remoteManifestEntrySchema) }).check(
  z.superRefine(({ remotes }, context) => {
    remotes.forEach((remote, index) => {
      const earlier = remotes.slice(0, index);
      if (earlier.some((other) => other.id === remote.id)) {
        context.addIssue({ code: 'custom', path: ['remotes', index, 'id'], message: `"${remote.id}" is listed twice` });
      }
      const clash = earlier.find((other) => overlaps(other.routeBase, remote.routeBase));
      if (clash) {
        context.addIssue({
          code: 'custom',
          path: ['remotes', index, 'routeBase'],
          message: `"${remote.routeBase}" overlaps "${clash.routeBase}" of remote "${clash.id}"`,
        });
      }
    });
  }),
);

/** The manifest `/remotes.json` as validated. */
export type RemotesManifest = z.infer<typeof remotesManifestSchema>;
