import type { ComponentProps } from 'react';
import { classNames } from '../internal/class-names';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden';
import * as styles from './Link.module.css';

/** Props of {@link Link}: those of an `a` with a required `href`. */
export interface LinkProps extends ComponentProps<'a'> {
  href: string;
  /**
   * The link leaves the portal; gets `rel="noopener"`. Defaults to true for an absolute
   * `http(s)://` address, false for a path.
   */
  external?: boolean;
  /** Opens in a new tab (`target="_blank"`), which the link then says to screen readers. */
  newTab?: boolean;
  /** Read after the text of a link that opens a new tab; defaults to "(mở trong thẻ mới)". */
  newTabText?: string;
}

const absoluteAddress = /^[a-z][a-z\d+.-]*:\/\//i;

/** True for an address that leaves the site it is written on (`https://dichvucong.gov.vn`). */
export function isExternalHref(href: string): boolean {
  return absoluteAddress.test(href) || href.startsWith('//');
}

/**
 * A link, styled for the portal. A link to another site gets `rel="noopener"`; one that opens a
 * new tab (`newTab`, or `target="_blank"`) also tells screen readers so, as WCAG 3.2.5 advises.
 */
export function Link({
  href,
  external = isExternalHref(href),
  newTab = false,
  newTabText = '(mở trong thẻ mới)',
  target,
  rel,
  className,
  children,
  ...props
}: LinkProps) {
  const opensNewTab = newTab || target === '_blank';
  const relations = new Set(rel?.split(/\s+/).filter(Boolean));
  if (external || opensNewTab) relations.add('noopener');

  return (
    <a
      {...props}
      href={href}
      target={opensNewTab ? '_blank' : target}
      rel={relations.size > 0 ? [...relations].join(' ') : undefined}
      className={classNames(styles.link, className)}
    >
      {children}
      {opensNewTab && (
        <>
          {' '}
          <VisuallyHidden>{newTabText}</VisuallyHidden>
        </>
      )}
    </a>
  );
}
