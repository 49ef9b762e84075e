/** A page number to link to, or a gap standing for two or more pages left out. */
export type PaginationItem = number | 'gap';

/**
 * The pages a pagination shows: the first, the last, the current one and `siblings` pages on
 * each side of it, with a gap for each run of two or more pages left out (a single missing page
 * is shown instead, since a gap would take as much room). Pages count from 1.
 */
export function paginationItems(page: number, pageCount: number, siblings = 1): PaginationItem[] {
  if (pageCount < 1) return [];
  const current = Math.min(Math.max(1, page), pageCount);
  const shown = new Set([1, pageCount]);
  for (let nearby = current - siblings; nearby <= current + siblings; nearby++) {
    if (nearby >= 1 && nearby <= pageCount) shown.add(nearby);
  }

  const items: PaginationItem[] = [];
  let previous = 0;
  for (const shownPage of [...shown].sort((a, b) => a - b)) {
    if (shownPage - previous === 2) items.push(previous + 1);
    else if (shownPage - previous > 2) items.push('gap');
    items.push(shownPage);
    previous = shownPage;
  }
  return items;
}
