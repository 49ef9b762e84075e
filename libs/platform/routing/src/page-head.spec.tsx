// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createPageHeadRegistry, PageHeadProvider, usePageHead, type PageHead } from './page-head';

function Declares({ head, priority }: { head: PageHead | null; priority?: number }) {
  usePageHead(head, priority);
  return null;
}

describe('the page head', () => {
  it("is the remote's page over the shell's section, whatever order they mount in", () => {
    const titles: Array<string | undefined> = [];
    const registry = createPageHeadRegistry({ onChange: (head) => titles.push(head?.title) });
    const { unmount } = render(
      <PageHeadProvider registry={registry}>
        <Declares head={{ title: 'Tin tức' }} priority={0} />
        <Declares head={{ title: 'Hội nghị sơ kết', description: 'Ngày 26/6/2020…' }} />
      </PageHeadProvider>,
    );
    expect(registry.current()).toEqual({ title: 'Hội nghị sơ kết', description: 'Ngày 26/6/2020…' });
    expect(titles.at(-1)).toBe('Hội nghị sơ kết');
    unmount();
    expect(registry.current()).toBeUndefined();
  });

  it('falls back to the section when the page goes away, and declares nothing while loading', () => {
    const registry = createPageHeadRegistry();
    const { rerender } = render(
      <PageHeadProvider registry={registry}>
        <Declares head={{ title: 'Thống kê' }} priority={0} />
        <Declares head={{ title: 'Biểu đồ' }} />
      </PageHeadProvider>,
    );
    rerender(
      <PageHeadProvider registry={registry}>
        <Declares head={{ title: 'Thống kê' }} priority={0} />
        <Declares head={null} />
      </PageHeadProvider>,
    );
    expect(registry.current()?.title).toBe('Thống kê');
  });

  it('is collected while rendering on a server, where no effect runs, and starts afresh after reset', () => {
    const registry = createPageHeadRegistry({ collectsDuringRender: true });
    const tree = (title: string) => (
      <PageHeadProvider registry={registry}>
        <Declares head={{ title: 'Tin tức' }} priority={0} />
        <Declares head={{ title }} />
      </PageHeadProvider>
    );
    renderToString(tree('Đang tải'));
    registry.reset();
    renderToString(tree('Hội nghị sơ kết'));
    expect(registry.current()?.title).toBe('Hội nghị sơ kết');
  });

  it('does nothing without a provider (a remote run on its own, a unit test)', () => {
    expect(() => render(<Declares head={{ title: 'Tin tức' }} />)).not.toThrow();
  });
});
