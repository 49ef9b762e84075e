import { PortalClientProvider } from '@egov/client';
import type { RemoteServices } from '@egov/federation';
import { RouterProvider } from '@egov/routing';
import { ProceduresPages } from './pages/procedures-pages';

/**
 * The remote as the shell renders it, with the portal's services as props: the shared Apollo
 * Client (one cache for the page), the event bus, the page's router, the language and the route base.
 */
export function ProceduresApp({ client, router, events }: RemoteServices) {
  return (
    <RouterProvider router={router}>
      <PortalClientProvider client={client}>
        <ProceduresPages events={events} />
      </PortalClientProvider>
    </RouterProvider>
  );
}
