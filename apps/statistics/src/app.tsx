import { PortalClientProvider } from '@egov/client';
import type { RemoteServices } from '@egov/federation';
import { RouterProvider } from '@egov/routing';
import { StatisticsHomePage } from './pages/home-page';

/**
 * The remote as the shell renders it, with the portal's services as props: the shared Apollo
 * Client (one cache for the page), the event bus, the page's router, the language and the route base.
 */
export function StatisticsApp({ client, router }: RemoteServices) {
  return (
    <RouterProvider router={router}>
      <PortalClientProvider client={client}>
        <StatisticsHomePage />
      </PortalClientProvider>
    </RouterProvider>
  );
}
