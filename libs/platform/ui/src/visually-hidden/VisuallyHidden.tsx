import type { ComponentProps } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './VisuallyHidden.module.css';

/** Props of {@link VisuallyHidden}: those of a `span`. */
export type VisuallyHiddenProps = ComponentProps<'span'>;

/**
 * Text for screen readers only: "(opens in a new tab)" after a link, "Error:" before a message,
 * the full name of a column whose header is an abbreviation.
 */
export function VisuallyHidden({ className, ...props }: VisuallyHiddenProps) {
  return <span className={classNames(styles.visuallyHidden, className)} {...props} />;
}
