import type { MouseEvent } from 'react';
import { classNames } from '../internal/class-names';
import { withDefaults } from '../internal/labels';
import * as styles from './Pagination.module.css';
import { paginationItems } from './pagination-items';

/** The words of {@link Pagination}; each defaults to Vietnamese. */
export interface PaginationLabels {
  /** Names the `nav` landmark: "Phân trang". */
  navigation: string;
  /** "Trang trước". */
  previous: string;
  /** "Trang sau". */
  next: string;
  /** The name read for a page link: "Trang 3". */
  page: (page: number) => string;
}

/** The Vietnamese words of {@link Pagination}, for a remote that translates only some. */
export const defaultPaginationLabels: PaginationLabels = {
  navigation: 'Phân trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  page: (page) => `Trang ${page}`,
};

/** Props of {@link Pagination}. */
export interface PaginationProps {
  /** The page shown, from 1. */
  page: number;
  pageCount: number;
  /**
   * The address of a page, so each page is a real link that keeps its place in the URL
   * (`(page) => \`?trang=${page}\``): it can be bookmarked, shared and opened in a new tab.
   */
  hrefForPage: (page: number) => string;
  /**
   * Called on a plain click, before the browser follows the link: a remote with a client-side
   * router calls `event.preventDefault()` and navigates itself.
   */
  onPageChange?: (page: number, event: MouseEvent<HTMLAnchorElement>) => void;
  /** Pages shown on each side of the current one; defaults to 1. */
  siblings?: number;
  labels?: Partial<PaginationLabels>;
  className?: string;
}

/**
 * Links to the pages of a list: a `nav` landmark, the current page marked `aria-current="page"`,
 * previous and next links that are disabled at either end, and gaps in long runs of pages.
 * Renders nothing when there is a single page.
 */
export function Pagination({ page, pageCount, hrefForPage, onPageChange, siblings = 1, labels, className }: PaginationProps) {
  const words = withDefaults(defaultPaginationLabels, labels);
  if (pageCount <= 1) return null;

  function follow(target: number) {
    if (!onPageChange) return undefined;
    return (event: MouseEvent<HTMLAnchorElement>) => {
      // A click with a modifier opens a new tab or window: leave that to the browser.
      const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
      if (plainClick) onPageChange(target, event);
    };
  }

  return (
    <nav aria-label={words.navigation} className={classNames(styles.pagination, className)}>
      <ul className={styles.list}>
        <li>
          <StepLink target={page > 1 ? page - 1 : undefined} text={words.previous} href={hrefForPage} follow={follow} />
        </li>
        {paginationItems(page, pageCount, siblings).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} className={styles.gap}>
              …
            </li>
          ) : (
            <li key={item}>
              <a
                href={hrefForPage(item)}
                aria-label={words.page(item)}
                aria-current={item === page ? 'page' : undefined}
                className={classNames(styles.link, item === page && styles.current)}
                onClick={follow(item)}
              >
                {item}
              </a>
            </li>
          ),
        )}
        <li>
          <StepLink target={page < pageCount ? page + 1 : undefined} text={words.next} href={hrefForPage} follow={follow} />
        </li>
      </ul>
    </nav>
  );
}

interface StepLinkProps {
  target: number | undefined;
  text: string;
  href: (page: number) => string;
  follow: (page: number) => ((event: MouseEvent<HTMLAnchorElement>) => void) | undefined;
}

/** Previous or next: at either end it stays in place, disabled, so the layout does not jump. */
function StepLink({ target, text, href, follow }: StepLinkProps) {
  if (target === undefined) {
    return (
      <a role="link" aria-disabled="true" className={classNames(styles.link, styles.disabled)}>
        {text}
      </a>
    );
  }
  return (
    <a href={href(target)} className={styles.link} onClick={follow(target)}>
      {text}
    </a>
  );
}
