export { licencesMigrations } from './migrations';
export { createLicencesRepository, type LicenceListFilter, type LicencesRepository } from './licences-repository';
