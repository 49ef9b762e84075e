import type { DocumentNode } from 'graphql';

/** Every GraphQL document the procedures remote sends, by operation name (validated by the gateway's tests). */
export const proceduresOperations: Readonly<Record<string, DocumentNode>> = {};
