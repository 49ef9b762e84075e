import type { DocumentNode } from 'graphql';

/** Every GraphQL document the inspections remote sends, by operation name (validated by the gateway's tests). */
export const inspectionsOperations: Readonly<Record<string, DocumentNode>> = {};
