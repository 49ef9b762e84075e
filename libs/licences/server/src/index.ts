export { foldExistingLicences, licencesMigrations } from './migrations';
export { createLicencesRepository, type LicenceListFilter, type LicencesRepository } from './licences-repository';
export { licenceLoader } from './graphql/loaders';
export { licencesGraphQLModule } from './graphql/module';
export type { LicencesGraphQLOptions } from './graphql/sources';
