import type { AreaFields } from './area';

type Validity = Pick<AreaFields, 'validFrom' | 'validTo'>;

/** True when the area existed on that day (ISO date); open ends count as always. */
export function isAreaValidOn(area: Validity, date: string): boolean {
  return (area.validFrom === null || area.validFrom <= date) && (area.validTo === null || date <= area.validTo);
}

/** The district-level units of a province, by code, optionally only those that existed on a day. */
export function districtsOf<A extends AreaFields>(areas: readonly A[], provinceCode: string, on?: string): A[] {
  return areas
    .filter((area) => area.level === 'district' && area.parentCode === provinceCode)
    .filter((area) => on === undefined || isAreaValidOn(area, on))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The communes of a set of districts; null when any district's count is unknown. */
export function totalCommunes(districts: readonly Pick<AreaFields, 'communesCount'>[]): number | null {
  let total = 0;
  for (const district of districts) {
    if (district.communesCount === null) return null;
    total += district.communesCount;
  }
  return total;
}
