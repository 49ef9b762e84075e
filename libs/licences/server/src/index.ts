export { foldExistingLicences, licencesMigrations } from './migrations';
export { createLicencesRepository, type LicenceListFilter, type LicencesRepository } from './licences-repository';
export { licenceLoader, licencesGraphQLModule, type LicencesGraphQLOptions } from './licences-graphql';
