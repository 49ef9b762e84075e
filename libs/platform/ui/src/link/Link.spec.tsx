// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../internal/axe';
import { isExternalHref, Link } from './Link';

afterEach(cleanup);

describe('Link', () => {
  it('leaves an internal link as it is', () => {
    render(<Link href="/tin-tuc">Tin tức</Link>);
    const link = screen.getByRole('link', { name: 'Tin tức' });
    expect(link.getAttribute('href')).toBe('/tin-tuc');
    expect(link.hasAttribute('rel')).toBe(false);
    expect(link.hasAttribute('target')).toBe(false);
  });

  it('gives an external link rel="noopener"', () => {
    render(<Link href="https://dichvucong.gov.vn">Cổng Dịch vụ công Quốc gia</Link>);
    expect(screen.getByRole('link').getAttribute('rel')).toBe('noopener');
  });

  it('says that a link opens a new tab, in the given words', () => {
    render(
      <>
        <Link href="https://vanban.chinhphu.vn" newTab>
          Văn bản
        </Link>
        <Link href="/report.pdf" target="_blank" rel="nofollow" newTabText="(opens in a new tab)">
          Report
        </Link>
      </>,
    );
    const vietnamese = screen.getByRole('link', { name: 'Văn bản (mở trong thẻ mới)' });
    expect(vietnamese.getAttribute('target')).toBe('_blank');
    expect(vietnamese.getAttribute('rel')).toBe('noopener');
    const english = screen.getByRole('link', { name: 'Report (opens in a new tab)' });
    expect(english.getAttribute('rel')).toBe('nofollow noopener');
  });

  it('treats absolute addresses as external and paths as internal', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => isExternalHref(url)));
    fc.assert(fc.property(fc.webPath(), (path) => !isExternalHref(`/${path.replace(/^\/+/, '')}`)));
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <p>
        <Link href="/">Trang chủ</Link> <Link href="https://mic.gov.vn" newTab>Bộ</Link>
      </p>,
    );
    await expectNoAxeViolations(container);
  });
});
