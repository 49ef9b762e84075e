import { normalizeVietnamese, rankBySearch } from '@egov/text';
import type { AwardFields, AwardKind, AwardLevel } from './award';

type Recipient = Pick<AwardFields, 'recipientKind' | 'collectivesCount' | 'individualsCount'>;

/** How many collectives and individuals one award honours: a group by its counts, others one. */
export function recipientsOf(award: Recipient): { collectives: number; individuals: number } {
  switch (award.recipientKind) {
    case 'collective':
      return { collectives: 1, individuals: 0 };
    case 'individual':
      return { collectives: 0, individuals: 1 };
    case 'group':
      return { collectives: award.collectivesCount ?? 0, individuals: award.individualsCount ?? 0 };
  }
}

export interface AwardTotals {
  /** Decisions recorded. */
  awards: number;
  /** Collectives (tập thể) honoured, counting each member of a group. */
  collectives: number;
  /** Individuals (cá nhân) honoured, counting each member of a group. */
  individuals: number;
}

/** What a list of awards adds up to: 3 awards honouring 8 collectives and 13 individuals. */
export function awardTotals(awards: readonly Recipient[]): AwardTotals {
  const totals: AwardTotals = { awards: 0, collectives: 0, individuals: 0 };
  for (const award of awards) {
    const { collectives, individuals } = recipientsOf(award);
    totals.awards += 1;
    totals.collectives += collectives;
    totals.individuals += individuals;
  }
  return totals;
}

/** The years an award covers as people write them: `2016–2020`, `2019`, or null when unknown. */
export function formatYearsCovered(award: Pick<AwardFields, 'coveredFromYear' | 'coveredToYear'>): string | null {
  const { coveredFromYear: from, coveredToYear: to } = award;
  if (from === null && to === null) return null;
  if (from === null || to === null || from === to) return String(from ?? to);
  return `${from}–${to}`;
}

export interface AwardFilter {
  kind?: AwardKind;
  level?: AwardLevel;
  period?: string;
  /** Words of the recipient's name, matched ignoring case and diacritics ("trung tam cntt"). */
  recipient?: string;
}

type Filterable = Pick<AwardFields, 'kind' | 'level' | 'period' | 'recipientName' | 'recipientUnitCode'>;

/**
 * The awards that match every given criterion. With a recipient query the matches come best
 * first; a collective recorded only by its unit code is found by the unit's name when
 * `unitNames` (code → name) is given. Without a query the given order is kept.
 */
export function filterAwards<A extends Filterable>(
  awards: readonly A[],
  filter: AwardFilter,
  unitNames: ReadonlyMap<string, string> = new Map(),
): A[] {
  const kept = awards.filter(
    (award) =>
      (filter.kind === undefined || award.kind === filter.kind) &&
      (filter.level === undefined || award.level === filter.level) &&
      (filter.period === undefined || award.period === filter.period),
  );
  const query = filter.recipient ?? '';
  // A query with no letters or digits asks for nothing in particular, so it filters nothing out.
  if (normalizeVietnamese(query) === '') return kept;
  return rankBySearch(query, kept, (award) => [
    { text: award.recipientName, weight: 2 },
    { text: award.recipientUnitCode ? unitNames.get(award.recipientUnitCode) : null, weight: 1 },
  ]);
}
