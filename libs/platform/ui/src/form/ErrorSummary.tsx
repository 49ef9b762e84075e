import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './Form.module.css';

/** An error of one field: its control's id and the message, written as how to fix it. */
export interface FieldError {
  fieldId: string;
  message: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  errors: readonly FieldError[];
  /** The heading; defaults to "Có lỗi cần sửa". */
  title?: string;
  /** The heading's level; defaults to 2. */
  headingLevel?: 2 | 3 | 4;
  /**
   * Change it on each submit (a submit counter) to move focus back to the summary when the
   * same errors are found again; focus otherwise moves only when errors appear.
   */
  focusKey?: unknown;
  className?: string;
}

/**
 * The list of a form's errors at its top (the GOV.UK error summary): `role="alert"`, focused when
 * errors appear so screen-reader and keyboard users learn of them at once, with a link to each
 * field that moves focus to it and scrolls its label into view. Renders nothing without errors.
 */
export function ErrorSummary({ errors, title = 'Có lỗi cần sửa', headingLevel = 2, focusKey, className }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) summary.current?.focus();
  }, [hasErrors, focusKey]);

  if (!hasErrors) return null;
  const Heading = `h${headingLevel}` as const;

  return (
    <div
      ref={summary}
      role="alert"
      aria-labelledby={headingId}
      tabIndex={-1}
      className={classNames(styles.summary, className)}
    >
      <Heading id={headingId} className={styles.summaryTitle}>
        {title}
      </Heading>
      <ul className={styles.summaryList}>
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a href={`#${error.fieldId}`} className={styles.summaryLink} onClick={(event) => focusField(event, error.fieldId)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Focuses the field itself and shows its label: following `#id` would scroll the label off the
 * top of the screen, and under a hash router would change the route instead.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label =
    field.closest('fieldset')?.querySelector('legend') ??
    [...document.querySelectorAll('label')].find((candidate) => candidate.htmlFor === fieldId);
  label?.scrollIntoView?.();
  field.focus({ preventScroll: Boolean(label) });
}
