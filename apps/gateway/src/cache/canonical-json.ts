/**
 * JSON with the keys of every object sorted, so that `{a, b}` and `{b, a}` give the same text:
 * two requests whose variables differ only in order share one cache entry.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, each: unknown) =>
    each && typeof each === 'object' && !Array.isArray(each)
      ? Object.fromEntries(Object.entries(each as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : each,
  );
}
