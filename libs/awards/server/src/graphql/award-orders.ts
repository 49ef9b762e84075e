import type { KeysetOrder } from '@egov/graphql';
import { awardOrders, awardSearchOrders, type FoundAward, type PagedAward } from '../awards-repository';

const position = (award: PagedAward) => [award.conferredOn, award.factId === null, award.factId ?? '', award.recordedAt, award.id];
/** The orders of the awards as cursors name them: a cursor of one is refused by the other. */
export const orders: Record<'asc' | 'desc', KeysetOrder<PagedAward>> = {
  desc: { name: 'awards-latest', columns: awardOrders.latest, position },
  asc: { name: 'awards-oldest', columns: awardOrders.oldest, position },
};

const foundPosition = (award: FoundAward) => [award.conferredOn, award.score, ...position(award).slice(1)];
/** The orders of a recipient search: by relevance (no `orderBy`), or by day. */
export const searchOrders: Record<'relevance' | 'asc' | 'desc', KeysetOrder<FoundAward>> = {
  relevance: { name: 'awards-search', columns: awardSearchOrders.relevance, position: (award) => [award.score, ...position(award)] },
  desc: { name: 'awards-search-latest', columns: awardSearchOrders.latest, position: foundPosition },
  asc: { name: 'awards-search-oldest', columns: awardSearchOrders.oldest, position: foundPosition },
};
