import type { CSSProperties } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './Loading.module.css';

/** Props of {@link Skeleton}. */
export interface SkeletonProps {
  /** `text` (lines of text, default), `rect` (an image, a chart) or `circle` (an avatar). */
  shape?: 'text' | 'rect' | 'circle';
  /** How many lines a `text` skeleton draws; defaults to 1. */
  lines?: number;
  /** CSS width, such as `"12rem"` or `"100%"`. */
  width?: CSSProperties['width'];
  /** CSS height; a `text` line is one line high. */
  height?: CSSProperties['height'];
  className?: string;
}

/**
 * Grey shapes where content will appear, hidden from screen readers (they are not content).
 * Tell assistive technology about the wait on the region itself: `aria-busy="true"` on the
 * container while it loads, and a status text or a {@link Progress} if the wait is long.
 */
export function Skeleton({ shape = 'text', lines = 1, width, height, className }: SkeletonProps) {
  if (shape === 'text') {
    return (
      <span aria-hidden="true" className={classNames(styles.lines, className)} style={{ width }}>
        {Array.from({ length: Math.max(1, lines) }, (_, line) => (
          <span key={line} className={classNames(styles.skeleton, styles.text)} style={{ height }} />
        ))}
      </span>
    );
  }
  return (
    <span
      aria-hidden="true"
      className={classNames(styles.skeleton, shape === 'circle' && styles.circle, className)}
      style={{ width, height: height ?? width }}
    />
  );
}
