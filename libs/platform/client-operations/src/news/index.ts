import type { DocumentNode } from 'graphql';

/** Every GraphQL document the news remote sends, by operation name (validated by the gateway's tests). */
export const newsOperations: Readonly<Record<string, DocumentNode>> = {};
