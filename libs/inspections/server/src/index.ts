export { inspectionsMigrations } from './migrations';
export { createInspectionsRepository, type InspectionsRepository, type RegisterFilter } from './inspections-repository';
export { inspectionsGraphQLModule } from './graphql/module';
