// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPortalClient, getOrCreateClient, type PortalClient } from '../portal-client';
import { PortalClientProvider, usePortalClient } from './portal-client-provider';

afterEach(cleanup);

function ShowsClient({ onClient }: { onClient: (client: PortalClient) => void }) {
  onClient(usePortalClient());
  return <p>ready</p>;
}

describe('PortalClientProvider and usePortalClient', () => {
  it('hand the shell’s client to a remote’s components', () => {
    const shellClient = createPortalClient({ fetch: vi.fn() });
    let seen: PortalClient | undefined;
    render(
      <PortalClientProvider client={shellClient}>
        <ShowsClient onClient={(client) => (seen = client)} />
      </PortalClientProvider>,
    );
    expect(screen.getByText('ready')).toBeTruthy();
    expect(seen).toBe(shellClient);
  });

  it('use the page’s own client when none is handed (a remote run on its own)', () => {
    let seen: PortalClient | undefined;
    render(
      <PortalClientProvider>
        <ShowsClient onClient={(client) => (seen = client)} />
      </PortalClientProvider>,
    );
    expect(seen).toBe(getOrCreateClient());
  });

  it('says what is missing when no provider is above', () => {
    const silenced = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<ShowsClient onClient={() => undefined} />)).toThrow(/no PortalClientProvider above this component/);
    silenced.mockRestore();
  });
});
