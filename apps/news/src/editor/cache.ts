import type { ApolloClient } from '@apollo/client';

/**
 * After a write, forgets the lists an article may have joined or left (the public list, searches,
 * the editors' desk, the portal's home page); pages that show them read them again.
 */
export function forgetArticleLists(client: ApolloClient): void {
  for (const fieldName of ['newsArticles', 'newsSearch', 'newsEditorialArticles', 'portalSummary']) {
    client.cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  client.cache.gc();
}
