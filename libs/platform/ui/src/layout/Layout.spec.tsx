// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Link } from '../link/Link';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden';
import { BackToTop } from './BackToTop';
import { PageLayout } from './PageLayout';
import { SkipLink } from './SkipLink';

afterEach(cleanup);

function Portal() {
  return (
    <PageLayout
      header={<p>Sở Thông tin và Truyền thông Lạng Sơn</p>}
      navigation={
        <ul>
          <li>
            <Link href="/">Trang chủ</Link>
          </li>
          <li>
            <Link href="/tin-tuc">Tin tức</Link>
          </li>
        </ul>
      }
      footer={<BackToTop />}
    >
      <h1>Trang chủ</h1>
    </PageLayout>
  );
}

describe('PageLayout', () => {
  it('puts the skip link first, then the header, navigation, main and footer landmarks', () => {
    const { container } = render(<Portal />);
    const page = container.firstElementChild!;
    expect(page.firstElementChild).toBe(screen.getByRole('link', { name: 'Chuyển đến nội dung chính' }));
    expect(screen.getByRole('banner').textContent).toBe('Sở Thông tin và Truyền thông Lạng Sơn');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main-content');
    expect(screen.getByRole('contentinfo')).toBeTruthy();
  });

  it('leaves out the landmarks it is given nothing for', () => {
    render(<PageLayout>Nội dung</PageLayout>);
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.getByRole('main').textContent).toBe('Nội dung');
  });

  it('has no axe violations', async () => {
    const { container } = render(<Portal />);
    await expectNoAxeViolations(container);
  });
});

describe('SkipLink', () => {
  it('moves focus to main, past the header and navigation', () => {
    render(<Portal />);
    fireEvent.click(screen.getByRole('link', { name: 'Chuyển đến nội dung chính' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('targets the given id with the given words', () => {
    render(
      <>
        <SkipLink targetId="results">Skip to results</SkipLink>
        <section id="results" aria-label="Kết quả" />
      </>,
    );
    const link = screen.getByRole('link', { name: 'Skip to results' });
    expect(link.getAttribute('href')).toBe('#results');
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Kết quả' }));
  });
});

describe('BackToTop', () => {
  it('scrolls to the top and moves focus there, so the next Tab starts from the top', () => {
    const scrollTo = vi.fn();
    window.scrollTo = scrollTo;
    const { container } = render(<Portal />);
    fireEvent.click(screen.getByRole('link', { name: 'Lên đầu trang' }));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'smooth' });
    expect(document.activeElement).toBe(container.firstElementChild);
  });

  it('jumps without gliding when the user prefers reduced motion', () => {
    const scrollTo = vi.fn();
    window.scrollTo = scrollTo;
    const matchMedia = window.matchMedia;
    window.matchMedia = vi.fn((query: string) => ({ matches: query.includes('reduce') }) as MediaQueryList);
    try {
      render(<BackToTop>Back to top</BackToTop>);
      fireEvent.click(screen.getByRole('link', { name: 'Back to top' }));
      expect(scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'auto' });
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});

describe('VisuallyHidden', () => {
  it('stays in the accessible name', () => {
    render(
      <button type="button">
        Sửa <VisuallyHidden>số điện thoại</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: 'Sửa số điện thoại' })).toBeTruthy();
  });
});
