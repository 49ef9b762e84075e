import type { FastifyBaseLogger } from 'fastify';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import type { Language } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';

/** What a page says about itself, as `@egov/routing`'s PageHead (a browser library the gateway does not import). */
export interface PageHead {
  title: string;
  description?: string;
  article?: { publishedTime: string; image?: string };
}

/** What the shell's server build exports (apps/shell/src/server.ts); typed here, loaded at run time. */
export interface ShellServerModule {
  createPageRenderer(options: {
    loadEntry?: (url: string) => Promise<unknown>;
    log?: { warn(message: string, detail?: unknown): void; error(message: string, detail?: unknown): void };
  }): { render(request: ShellRenderRequest): Promise<ServerRenderedPage> };
  serialisePageState(state: unknown): string;
  documentTitle(head: PageHead | undefined, language: Language): string;
  PAGE_STATE_ELEMENT_ID: string;
}

interface ShellRenderRequest {
  url: string;
  language: Language;
  remotes: readonly RemoteManifestEntry[];
  serverEntries: Readonly<Record<string, string>>;
  budgetMs?: number;
  execute(operation: InProcessOperation): Promise<FormattedExecutionResult>;
}

type InProcessOperation = { query: DocumentNode; variables: Record<string, unknown>; operationName: string | undefined };

/** A page as the shell's server build rendered it. */
export interface ServerRenderedPage {
  html: string;
  head: PageHead | undefined;
  state: unknown;
  status: 200 | 404;
  remoteOnClient?: { id: string; reason: string };
}

/**
 * Runs a query on the gateway's own schema as the anonymous reader of this request: its id and
 * its client's address (per-address limits, the dossier lookup's, count the reader, not the server).
 */
export type ExecuteAnonymously = (reader: { requestId: string; address: string }, operation: InProcessOperation) => Promise<FormattedExecutionResult>;

/**
 * The address under which a remote's server entry served by this gateway is registered with the
 * federation runtime; `.invalid` can never be fetched, so only {@link ServerRendering}'s own
 * loader (which `require`s the file) ever loads it.
 */
const LOCAL_ENTRY_ORIGIN = 'http://gateway.invalid';

/** Options of {@link createServerRendering}. */
export interface ServerRenderingOptions {
  /** The folder of built apps: the shell's server build in `<root>/shell/server`, remote `<id>`'s in `<root>/<id>/server`. */
  root: string;
  execute: ExecuteAnonymously;
  log: FastifyBaseLogger;
  /** How long a page's render may take before its remote is left to the browser (default 500 ms). */
  budgetMs?: number;
  /** Keeps rendered pages for the next reader of the same address; every page is rendered afresh without it. */
  cache?: RenderedPageCache;
}

/**
 * Where rendered pages are kept (the response cache's store: this process's memory, or Redis
 * shared by the replicas), as anonymous GraphQL answers are.
 */
export interface RenderedPageCache {
  /** A stamp of the data pages show: it changes with every committed write (the scopes' generations). */
  dataStamp(): Promise<string>;
  get(key: string): Promise<string | undefined>;
  /** Keeps a page for a while at most: what no write announces (a scheduled article's time) shows within it. */
  set(key: string, page: string): Promise<void>;
}

/** A page to render for one request. */
export interface PageToRender {
  requestId: string;
  /** The client's address, as Fastify has it (behind a trusted proxy, the forwarded one). */
  address: string;
  /** Path and query. */
  url: string;
  language: Language;
  remotes: readonly RemoteManifestEntry[];
}

export interface ServerRendering {
  /**
   * The page rendered by the shell's server build, or null when there is none (not built) or it
   * failed: the caller then serves the shell's page for the browser to render, as before.
   */
  render(page: PageToRender): Promise<{ page: ServerRenderedPage; shell: ShellServerModule; cached: boolean } | null>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

const requireHere = createRequire(import.meta.url);

/** Loads CommonJS output fresh: a rebuilt file replaces the one `require` cached. */
function requireFresh(file: string): unknown {
  delete requireHere.cache[file];
  return requireHere(file);
}

async function stampOf(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    return info.isFile() ? `${Math.trunc(info.mtimeMs)}-${info.size}` : null;
  } catch {
    return null;
  }
}

/**
 * Server rendering with the shell's server build, loaded once (when it is first there). Each
 * remote's server entry is the one the manifest names, when it is a path under this gateway's
 * `/remotes/<id>/`: it is loaded from disk, and loaded again when its file changes (its address
 * carries the file's stamp, and the federation runtime registers a changed address afresh).
 * A server entry on another origin is not run here: it would execute that origin's code inside
 * the gateway, beside the database and the session secret; such a remote renders in the browser.
 */
export function createServerRendering(options: ServerRenderingOptions): ServerRendering {
  const root = resolve(options.root);
  const shellEntry = join(root, 'shell', 'server', 'main.js');
  let loaded: { shell: ShellServerModule; renderer: ReturnType<ShellServerModule['createPageRenderer']> } | null = null;
  const warnedOrigins = new Set<string>();

  const localFile = (url: string): string | null => {
    if (!url.startsWith(`${LOCAL_ENTRY_ORIGIN}/remotes/`)) return null;
    const path = new URL(url).pathname.slice('/remotes/'.length);
    const file = resolve(root, path);
    return file.startsWith(root + sep) ? file : null;
  };

  async function shellRenderer() {
    if (loaded) return loaded;
    if (!(await stampOf(shellEntry))) return null;
    const shell = requireHere(shellEntry) as ShellServerModule;
    const renderer = shell.createPageRenderer({
      loadEntry: async (url) => {
        const file = localFile(url);
        return file ? requireFresh(file) : undefined;
      },
      log: { warn: (message, detail) => options.log.warn({ err: detail }, message), error: (message, detail) => options.log.error({ err: detail }, message) },
    });
    loaded = { shell, renderer };
    return loaded;
  }

  async function serverEntries(remotes: readonly RemoteManifestEntry[]): Promise<Record<string, string>> {
    const entries: Record<string, string> = {};
    for (const remote of remotes) {
      if (!remote.serverEntry) continue;
      if (!remote.serverEntry.startsWith(`/remotes/${remote.id}/`)) {
        if (!warnedOrigins.has(remote.id)) options.log.warn({ remote: remote.id, serverEntry: remote.serverEntry }, 'a server entry on another origin is not run inside the gateway: the remote renders in the browser');
        warnedOrigins.add(remote.id);
        continue;
      }
      const stamp = await stampOf(join(root, remote.serverEntry.slice('/remotes/'.length)));
      if (stamp) entries[remote.id] = `${LOCAL_ENTRY_ORIGIN}${remote.serverEntry}?build=${stamp}`;
    }
    return entries;
  }

  /**
   * The key of a page: its address, language, the remotes and the builds of their server entries,
   * and the data's stamp read before the render, so a page rendered while a write commits is filed
   * under the data it started from and never served after the write.
   */
  async function cacheKey(cache: RenderedPageCache, page: PageToRender, entries: Record<string, string>) {
    return sha256(JSON.stringify([page.url, page.language, page.remotes, entries, await cache.dataStamp()]));
  }

  return {
    async render(page) {
      try {
        const shell = await shellRenderer();
        if (!shell) return null;
        const entries = await serverEntries(page.remotes);
        const { cache } = options;
        const key = cache ? await cacheKey(cache, page, entries) : null;
        const kept = cache && key ? await cache.get(key) : undefined;
        if (kept) return { page: JSON.parse(kept) as ServerRenderedPage, shell: shell.shell, cached: true };

        let answeredWithErrors = false;
        const rendered = await shell.renderer.render({
          url: page.url,
          language: page.language,
          remotes: page.remotes,
          serverEntries: entries,
          ...(options.budgetMs === undefined ? {} : { budgetMs: options.budgetMs }),
          // The render's queries run here, as the anonymous reader of the request being rendered.
          execute: async (operation) => {
            const result = await options.execute({ requestId: page.requestId, address: page.address }, operation);
            if (result.errors?.length) answeredWithErrors = true;
            return result;
          },
        });
        // Kept only whole and as every reader would see it: not with a remote left to the browser
        // (a slow moment), nor with a query's error (a limit reached by this reader, a fault).
        if (cache && key && !rendered.remoteOnClient && !answeredWithErrors) {
          await cache.set(key, JSON.stringify(rendered)).catch((error: unknown) => options.log.warn({ err: error }, 'a rendered page could not be kept'));
        }
        return { page: rendered, shell: shell.shell, cached: false };
      } catch (error) {
        options.log.error({ err: error, url: page.url }, 'server render failed: the page is rendered in the browser');
        return null;
      }
    },
  };
}
