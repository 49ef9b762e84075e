import type { ComponentProps, MouseEvent } from 'react';
import { classNames } from '../internal/class-names';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden';
import * as styles from './Button.module.css';

/** How much a button stands out: one `primary` action per view, `danger` for what cannot be undone. */
export type ButtonVariant = 'primary' | 'secondary' | 'danger';

/** Props of {@link Button}: those of a `button`, plus the variant and the loading state. */
export interface ButtonProps extends ComponentProps<'button'> {
  /** Defaults to `primary`. */
  variant?: ButtonVariant;
  /**
   * The action is running: the button says so (aria-busy and a spoken text), keeps its focus and
   * ignores clicks, so a form is not sent twice.
   */
  loading?: boolean;
  /** Spoken while loading; defaults to "Đang xử lý". */
  loadingText?: string;
}

/**
 * A button. `type` defaults to `"button"`: pass `type="submit"` for the button that sends a form,
 * so no other button in the form sends it by accident.
 */
export function Button({
  variant = 'primary',
  loading = false,
  loadingText = 'Đang xử lý',
  type = 'button',
  className,
  children,
  onClick,
  ...props
}: ButtonProps) {
  // aria-disabled rather than disabled while loading: a disabled button loses focus mid-action.
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (loading) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      {...props}
      type={type}
      className={classNames(styles.button, styles[variant], className)}
      aria-busy={loading || undefined}
      aria-disabled={loading || props['aria-disabled'] || undefined}
      onClick={handleClick}
    >
      {loading && <span className={styles.spinner} aria-hidden="true" />}
      {children}
      {loading && (
        <>
          {' '}
          <VisuallyHidden>({loadingText})</VisuallyHidden>
        </>
      )}
    </button>
  );
}
