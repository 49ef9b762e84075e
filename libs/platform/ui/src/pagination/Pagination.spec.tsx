// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { Pagination } from './Pagination';

afterEach(cleanup);

const hrefForPage = (page: number) => `/tin-tuc?linh-vuc=cntt&trang=${page}`;

describe('Pagination', () => {
  it('is a named navigation whose links keep the rest of the address', () => {
    render(<Pagination page={5} pageCount={12} hrefForPage={hrefForPage} />);
    const nav = screen.getByRole('navigation', { name: 'Phân trang' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      hrefForPage(4),
      hrefForPage(1),
      hrefForPage(4),
      hrefForPage(5),
      hrefForPage(6),
      hrefForPage(12),
      hrefForPage(6),
    ]);
    expect(links.map((link) => link.textContent)).toEqual(['Trang trước', '1', '4', '5', '6', '12', 'Trang sau']);
  });

  it('marks the current page, and only it, with aria-current="page"', () => {
    render(<Pagination page={5} pageCount={12} hrefForPage={hrefForPage} />);
    const current = screen.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current).toEqual([screen.getByRole('link', { name: 'Trang 5' })]);
  });

  it('disables previous on the first page and next on the last', () => {
    const { rerender } = render(<Pagination page={1} pageCount={3} hrefForPage={hrefForPage} />);
    const previous = screen.getByRole('link', { name: 'Trang trước' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    expect(previous.hasAttribute('href')).toBe(false);
    expect(screen.getByRole('link', { name: 'Trang sau' }).getAttribute('href')).toBe(hrefForPage(2));

    rerender(<Pagination page={3} pageCount={3} hrefForPage={hrefForPage} />);
    expect(screen.getByRole('link', { name: 'Trang sau' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('link', { name: 'Trang trước' }).getAttribute('href')).toBe(hrefForPage(2));
  });

  it('speaks the given words', () => {
    render(
      <Pagination
        page={2}
        pageCount={3}
        hrefForPage={hrefForPage}
        labels={{ navigation: 'Pagination', previous: 'Previous page', next: 'Next page', page: (page) => `Page ${page}` }}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(nav).getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Next page' })).toBeTruthy();
  });

  it('lets a client-side router take plain clicks, and leaves modified clicks to the browser', () => {
    const onPageChange = vi.fn((_page: number, event: { preventDefault(): void }) => event.preventDefault());
    render(<Pagination page={2} pageCount={3} hrefForPage={hrefForPage} onPageChange={onPageChange} />);
    fireEvent.click(screen.getByRole('link', { name: 'Trang sau' }));
    expect(onPageChange).toHaveBeenCalledWith(3, expect.anything());
    // jsdom cannot open a tab: stop the browser's part after the component had its say.
    const stopNavigation = (event: Event) => event.preventDefault();
    document.addEventListener('click', stopNavigation);
    fireEvent.click(screen.getByRole('link', { name: 'Trang 1' }), { ctrlKey: true });
    document.removeEventListener('click', stopNavigation);
    expect(onPageChange).toHaveBeenCalledTimes(1);
  });

  it('renders nothing for a single page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} hrefForPage={hrefForPage} />);
    expect(container.innerHTML).toBe('');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <div>
        <Pagination page={1} pageCount={20} hrefForPage={hrefForPage} />
        <Pagination page={10} pageCount={20} hrefForPage={hrefForPage} labels={{ navigation: 'Phân trang kết quả' }} />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
