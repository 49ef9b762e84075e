import type { MouseEvent } from 'react';
import { focusElementById } from '../internal/focus';
import * as styles from './Layout.module.css';

/** Props of {@link SkipLink}. */
export interface SkipLinkProps {
  /** The id of the element to skip to; defaults to `"main-content"`, the id {@link PageLayout} gives `main`. */
  targetId?: string;
  /** Defaults to "Chuyển đến nội dung chính". */
  children?: string;
}

/**
 * The first link of the page, hidden until focused, that jumps past the header and navigation
 * (WCAG 2.4.1). It moves focus as well as scrolling, which browsers do not all do for `#id`.
 */
export function SkipLink({ targetId = 'main-content', children = 'Chuyển đến nội dung chính' }: SkipLinkProps) {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    if (focusElementById(targetId)) event.preventDefault();
  }
  return (
    <a href={`#${targetId}`} className={styles.skipLink} onClick={skip}>
      {children}
    </a>
  );
}
