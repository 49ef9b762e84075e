import { prerenderStatic } from '@apollo/client/react/ssr';
import { createPortalClient } from '@egov/client';
import { I18nProvider, memoryLanguageStorage, withLanguage, type Language } from '@egov/i18n';
import { createFixedRouter, createPageHeadRegistry, PageHeadProvider, type PageHead } from '@egov/routing';
import { prerenderToNodeStream } from 'react-dom/static';
import type { RemoteDefinition } from '../contract/remote-contract';
import { RemoteView } from '../contract/remote-view';
import { createPortalEventBus } from '../events/portal-events';

/** What a remote renders on the server for one address. */
export interface RemoteRenderedOnServer {
  /** The markup, as the gateway would put it in the page. */
  html: string;
  /** What the page declared with `usePageHead`, or undefined. */
  head: PageHead | undefined;
  /** The Apollo cache the browser would hydrate from. */
  apollo: Record<string, unknown>;
}

export interface RenderOnServerOptions {
  /** The address to render, path and query (`/tin-tuc?trang=2`). */
  url: string;
  language: Language;
  /** The gateway as the test has it: answers each GraphQL request of the render. */
  fetch: typeof fetch;
}

/**
 * Renders a remote's page as the gateway does (React's static prerender, every query waited
 * for): for a remote's unit tests of its server render, in Node, without the shell. What renders
 * here renders in the portal's server build; a component that reads `window` during render, or a
 * query that never settles, fails here first.
 */
export async function renderRemoteOnServer(remote: RemoteDefinition, options: RenderOnServerOptions): Promise<RemoteRenderedOnServer> {
  const client = createPortalClient({ uri: 'http://portal.invalid/graphql', fetch: options.fetch });
  const heads = createPageHeadRegistry({ collectsDuringRender: true });
  const services = {
    client,
    events: createPortalEventBus(),
    router: createFixedRouter(withLanguage(options.url, options.language)),
    language: options.language,
    basePath: remote.routeBase,
  };
  const tree = (
    <I18nProvider language={options.language} storage={memoryLanguageStorage(options.language)}>
      <PageHeadProvider registry={heads}>
        <RemoteView remote={remote} services={services} />
      </PageHeadProvider>
    </I18nProvider>
  );
  const { result } = await prerenderStatic({
    tree,
    context: { client },
    renderFunction: (node) => {
      heads.reset();
      return prerenderToNodeStream(node);
    },
    maxRerenders: 10,
  });
  return { html: result, head: heads.current(), apollo: client.extract() as Record<string, unknown> };
}
