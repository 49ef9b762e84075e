export { awardsMigrations, foldExistingAwards } from './migrations';
export { createAwardsRepository, type AwardListFilter, type AwardsRepository } from './awards-repository';
export { awardsGraphQLModule } from './graphql/module';
