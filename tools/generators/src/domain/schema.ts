import type { Role } from '@egov/graphql';

/** The options of `nx g @egov/tools:domain` as schema.json declares them. */
export interface DomainGeneratorSchema {
  /** The domain's name, plural (`legal-documents`). */
  name: string;
  /** The record's name, singular (`legal-document`); default: the name without its plural ending. */
  entity?: string;
  /** The staff role that writes the records, besides admin (default: admin alone). */
  role?: Role;
}
