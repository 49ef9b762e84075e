import type { ApolloCache } from '@apollo/client';

/**
 * After a write, forgets the register's lists and totals in the page's cache, so the register
 * reads them afresh instead of showing what it held before the write.
 */
export function forgetRegister(cache: ApolloCache): void {
  for (const fieldName of ['inspections', 'sanctionDecisions', 'inspectionTotals']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
