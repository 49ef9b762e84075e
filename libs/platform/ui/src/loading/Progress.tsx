import { useId } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './Loading.module.css';

/** Props of {@link Progress}. */
export interface ProgressProps {
  /** Shown above the bar and names it ("Đang tải báo cáo"). */
  label: string;
  /** How far along; leave it out while the amount is unknown (an indeterminate bar). */
  value?: number;
  /** Defaults to 0. */
  min?: number;
  /** Defaults to 100. */
  max?: number;
  /** Read instead of the number when the number alone says little: "Bước 2 trên 5". */
  valueText?: string;
  className?: string;
}

/**
 * A progress bar (`role="progressbar"`) named by its visible label. With a value it exposes
 * `aria-valuenow`, `aria-valuemin` and `aria-valuemax`; without one it is indeterminate and
 * marked `aria-busy`. The animation stops when the user prefers reduced motion.
 */
export function Progress({ label, value, min = 0, max = 100, valueText, className }: ProgressProps) {
  const labelId = useId();
  const determinate = value !== undefined;
  const clamped = determinate ? Math.min(Math.max(value, min), max) : undefined;
  const share = clamped === undefined || max === min ? 0 : ((clamped - min) / (max - min)) * 100;

  return (
    <div className={classNames(styles.progress, !determinate && styles.indeterminate, className)}>
      <span id={labelId} className={styles.progressLabel}>
        {label}
      </span>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuenow={clamped}
        aria-valuemin={determinate ? min : undefined}
        aria-valuemax={determinate ? max : undefined}
        aria-valuetext={determinate ? valueText : undefined}
        aria-busy={determinate ? undefined : true}
        className={styles.track}
      >
        <div className={styles.bar} style={determinate ? { width: `${share}%` } : undefined} />
      </div>
    </div>
  );
}
