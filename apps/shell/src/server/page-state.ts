import type { RemoteManifestEntry } from '@egov/remote-manifest';

/** The element that carries a server-rendered page's state to the browser. */
export const PAGE_STATE_ELEMENT_ID = 'portal-state';

/** What a server-rendered page hands to the browser, which hydrates from it without asking again. */
export interface PageState {
  /** The manifest's remotes the page was rendered with. */
  remotes: readonly RemoteManifestEntry[];
  /** The remote whose area the server rendered; the browser loads it before hydrating. */
  renderedRemote: string | null;
  /** The Apollo cache after the render: the browser's client starts from it. */
  apollo: Record<string, unknown>;
}

/**
 * The state as the text of a `<script type="application/json">`: JSON with `<`, `>`, `&` and the
 * two JavaScript line terminators escaped, so no stored text (an article titled
 * `</script><script>…`) can close the element or start markup.
 */
export function serialisePageState(state: PageState): string {
  return JSON.stringify(state).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The state a server-rendered page carries, or null for a page the browser renders alone. */
export function readPageState(doc: Pick<Document, 'getElementById'>): PageState | null {
  const text = doc.getElementById(PAGE_STATE_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as PageState;
  } catch {
    return null;
  }
}
