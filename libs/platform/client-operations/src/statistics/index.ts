import type { DocumentNode } from 'graphql';

/** Every GraphQL document the statistics remote sends, by operation name (validated by the gateway's tests). */
export const statisticsOperations: Readonly<Record<string, DocumentNode>> = {};
