/** Joins the class names that apply, skipping the ones switched off (`cond && styles.x`). */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
