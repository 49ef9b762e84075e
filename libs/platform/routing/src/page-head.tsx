import { createContext, useContext, useEffect, type ReactNode } from 'react';

/** What a page says about itself in the document's head: its title, description, preview. */
export interface PageHead {
  /** The page's own title, without the portal's name (the shell adds it). */
  title: string;
  /** One or two sentences for search results and link previews. */
  description?: string;
  /** For an article: what a link preview shows beside the title. */
  article?: {
    /** ISO 8601. */
    publishedTime: string;
    /** The article's image, as a URL the page may link to. */
    image?: string;
  };
}

/**
 * The heads the page's components declare, by priority: the shell declares its section (0), a
 * remote the page it shows (1, more specific), and the highest one is the page's. In the browser
 * components add and remove theirs as they mount; in a server render they declare during render
 * (no effects run there), so that registry collects as it renders.
 */
export interface PageHeadRegistry {
  /** Keeps a head at a priority; returns what removes it. */
  add(head: PageHead, priority: number): () => void;
  /** The head of the highest priority, the latest of equals; undefined when none is declared. */
  current(): PageHead | undefined;
  /** Forgets every head: a server render starts each pass afresh. */
  reset(): void;
  /** True for a server render's registry: heads are declared while rendering. */
  readonly collectsDuringRender: boolean;
}

/**
 * @param options.onChange called with the new current head after each change (the browser's
 *   registry writes `document.title` there)
 * @param options.collectsDuringRender true for a server render
 */
export function createPageHeadRegistry(options: { onChange?: (head: PageHead | undefined) => void; collectsDuringRender?: boolean } = {}): PageHeadRegistry {
  const entries: Array<{ head: PageHead; priority: number }> = [];
  const current = () => entries.reduce<{ head: PageHead; priority: number } | undefined>((best, entry) => (!best || entry.priority >= best.priority ? entry : best), undefined)?.head;
  return {
    add(head, priority) {
      const entry = { head, priority };
      entries.push(entry);
      options.onChange?.(current());
      return () => {
        const at = entries.indexOf(entry);
        if (at >= 0) entries.splice(at, 1);
        options.onChange?.(current());
      };
    },
    current,
    reset() {
      entries.length = 0;
    },
    collectsDuringRender: options.collectsDuringRender ?? false,
  };
}

const PageHeadContext = createContext<PageHeadRegistry | null>(null);

/** Hands the page's head registry to the components below (the shell makes it). */
export function PageHeadProvider({ registry, children }: { registry: PageHeadRegistry; children: ReactNode }) {
  return <PageHeadContext.Provider value={registry}>{children}</PageHeadContext.Provider>;
}

/**
 * Declares the page's head while the component is shown: `null` declares nothing (still loading).
 * Without a provider above (a remote run on its own, a unit test) it does nothing.
 * @param priority 0 for the shell's sections; remotes keep the default 1, which wins over them
 */
export function usePageHead(head: PageHead | null, priority = 1): void {
  const registry = useContext(PageHeadContext);
  if (head && registry?.collectsDuringRender) registry.add(head, priority);
  const key = head ? JSON.stringify(head) : null;
  useEffect(() => {
    if (!key || !registry || registry.collectsDuringRender) return undefined;
    return registry.add(JSON.parse(key) as PageHead, priority);
  }, [registry, key, priority]);
}
