import type { UnitsRepository } from '@egov/units-server';
import type { NewsRepository } from '../news-repository';

/** What the news' resolvers read: their own repository, and the units that write and concern articles. */
export interface NewsSources {
  news: NewsRepository;
  units: UnitsRepository;
}
