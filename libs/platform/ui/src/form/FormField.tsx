import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden';
import * as styles from './Form.module.css';

/** What {@link FormField} hands its control: spread these on the `input`, `select` or `textarea`. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/** Props of {@link FormField}. */
export interface FormFieldProps {
  /** The control's id: the label points to it and {@link ErrorSummary} links to it. */
  id: string;
  label: ReactNode;
  /** Help shown under the label ("Ví dụ: 0205 3812 345"). */
  hint?: ReactNode;
  /** The error, written as how to fix it ("Nhập số điện thoại"); the field is invalid while set. */
  error?: ReactNode;
  /** Read before the error; defaults to "Lỗi". */
  errorPrefix?: string;
  /** Renders the control with the wiring: `(control) => <TextInput {...control} name="phone" />`. */
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
}

/**
 * A labelled form control with its hint and error (the GOV.UK pattern). The hint and the error
 * are linked to the control by `aria-describedby`, so a screen reader reads them with it, and
 * the control is `aria-invalid` while there is an error.
 */
export function FormField({ id, label, hint, error, errorPrefix = 'Lỗi', children, className }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={classNames(styles.field, Boolean(error) && styles.fieldWithError, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          <VisuallyHidden>{errorPrefix}: </VisuallyHidden>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
