import type { ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import { withDefaults } from '../internal/labels';
import { VisuallyHidden } from '../visually-hidden/VisuallyHidden';
import * as styles from './Alert.module.css';

/** What an alert tells: colour, icon and a spoken prefix all say it, never colour alone. */
export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/** The spoken prefix of each variant ("Lỗi:"), defaulting to Vietnamese. */
export type AlertLabels = Record<AlertVariant, string>;

/** The Vietnamese prefixes of {@link Alert}. */
export const defaultAlertLabels: AlertLabels = {
  info: 'Thông tin',
  success: 'Thành công',
  warning: 'Cảnh báo',
  error: 'Lỗi',
};

const icons: Record<AlertVariant, string> = { info: 'i', success: '✓', warning: '!', error: '✕' };

/** Props of {@link Alert}. */
export interface AlertProps {
  variant: AlertVariant;
  /** A short title in bold above the message. */
  title?: ReactNode;
  children?: ReactNode;
  labels?: Partial<AlertLabels>;
  className?: string;
}

/**
 * A message box. An error is `role="alert"` (read at once, interrupting); the others are
 * `role="status"` (read when the reader is idle), so routine news does not interrupt. Screen
 * readers announce a status most reliably when the alert is already on the page and its text changes.
 */
export function Alert({ variant, title, children, labels, className }: AlertProps) {
  const prefix = withDefaults(defaultAlertLabels, labels)[variant];
  return (
    <div role={variant === 'error' ? 'alert' : 'status'} className={classNames(styles.alert, styles[variant], className)}>
      <span className={styles.icon} aria-hidden="true">
        {icons[variant]}
      </span>
      <div className={styles.body}>
        {title && (
          <p className={styles.title}>
            <VisuallyHidden>{prefix}: </VisuallyHidden>
            {title}
          </p>
        )}
        {!title && <VisuallyHidden>{prefix}: </VisuallyHidden>}
        {children}
      </div>
    </div>
  );
}
