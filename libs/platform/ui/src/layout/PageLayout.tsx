import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './Layout.module.css';
import { SkipLink } from './SkipLink';

/** Props of {@link PageLayout}: the slots of the page and the words it needs. */
export interface PageLayoutProps {
  /** The site header's content (department name, language switch): in a `header` landmark. */
  header?: ReactNode;
  /** The main navigation's content (a list of links): in a `nav` landmark named by `navigationLabel`. */
  navigation?: ReactNode;
  /** Names the navigation landmark; defaults to "Điều hướng chính". */
  navigationLabel?: string;
  /** The footer's content: in a `footer` landmark. */
  footer?: ReactNode;
  /** The page's own content, in `main`. */
  children: ReactNode;
  /** The id of `main`, which the skip link targets; defaults to `"main-content"`. */
  mainId?: string;
  /** The id of the page's root, which {@link BackToTop} targets; defaults to `"top"`. */
  topId?: string;
  /** The skip link's text; defaults to "Chuyển đến nội dung chính". */
  skipLinkText?: string;
  className?: string;
}

/**
 * The frame of a page: a skip link first, then the header, navigation, main and footer landmarks.
 * Use it once per page, in the shell (a remote renders inside the shell's `main`), or in a remote
 * run on its own for development.
 */
export function PageLayout({
  header,
  navigation,
  navigationLabel = 'Điều hướng chính',
  footer,
  children,
  mainId = 'main-content',
  topId = 'top',
  skipLinkText,
  className,
}: PageLayoutProps) {
  return (
    <div id={topId} tabIndex={-1} className={classNames(styles.page, className)}>
      <SkipLink targetId={mainId}>{skipLinkText}</SkipLink>
      {header && (
        <header className={styles.header}>
          <div className={styles.width}>{header}</div>
        </header>
      )}
      {navigation && (
        <nav aria-label={navigationLabel} className={styles.nav}>
          <div className={styles.width}>{navigation}</div>
        </nav>
      )}
      <main id={mainId} tabIndex={-1} className={classNames(styles.main, styles.width)}>
        {children}
      </main>
      {footer && (
        <footer className={styles.footer}>
          <div className={styles.width}>{footer}</div>
        </footer>
      )}
    </div>
  );
}
