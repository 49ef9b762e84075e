import type { ComponentProps } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './Form.module.css';

/** Props of {@link TextInput}: those of an `input`. */
export type TextInputProps = ComponentProps<'input'>;

/** A text input styled for the portal, red-bordered while `aria-invalid`. Use it inside {@link FormField}. */
export function TextInput({ className, type = 'text', ...props }: TextInputProps) {
  return <input type={type} className={classNames(styles.control, className)} {...props} />;
}

/** Props of {@link TextArea}: those of a `textarea`. */
export type TextAreaProps = ComponentProps<'textarea'>;

/** A multi-line text input styled like {@link TextInput}. */
export function TextArea({ className, rows = 5, ...props }: TextAreaProps) {
  return <textarea rows={rows} className={classNames(styles.control, className)} {...props} />;
}

/** Props of {@link Select}: those of a `select`. */
export type SelectProps = ComponentProps<'select'>;

/** A drop-down list styled like {@link TextInput}. */
export function Select({ className, ...props }: SelectProps) {
  return <select className={classNames(styles.control, className)} {...props} />;
}
