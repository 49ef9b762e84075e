import type { MouseEvent } from 'react';
import { focusElementById, prefersReducedMotion } from '../internal/focus';
import * as styles from './Layout.module.css';

/** Props of {@link BackToTop}. */
export interface BackToTopProps {
  /** The id of the top of the page; defaults to `"top"`, the id {@link PageLayout} gives its root. */
  targetId?: string;
  /** Defaults to "Lên đầu trang". */
  children?: string;
}

/**
 * A link back to the top of the page that moves keyboard focus there too, so the next Tab goes
 * to the skip link and header, not to where the reader was. Scrolls smoothly unless the user
 * prefers reduced motion.
 */
export function BackToTop({ targetId = 'top', children = 'Lên đầu trang' }: BackToTopProps) {
  function goToTop(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    focusElementById(targetId, { scroll: false });
  }
  return (
    <a href={`#${targetId}`} className={styles.backToTop} onClick={goToTop}>
      <span aria-hidden="true">↑</span>
      {children}
    </a>
  );
}
