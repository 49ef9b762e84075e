import type { AwardKindCode, AwardLevelCode, KpiFieldCode } from '@egov/client-operations/statistics';

/** The fields in the order the department's reports list them, with the slug the URL uses. */
export const fieldSlugs: Readonly<Record<KpiFieldCode, string>> = {
  PUBLISHING: 'bao-chi-xuat-ban',
  IT: 'cong-nghe-thong-tin',
  POST: 'buu-chinh',
  TELECOM: 'vien-thong',
  INSPECTION: 'thanh-tra',
};

/** The field a URL slug names, or null (every field) for anything else. */
export function fieldFromSlug(slug: string | null): KpiFieldCode | null {
  const found = (Object.entries(fieldSlugs) as Array<[KpiFieldCode, string]>).find(([, each]) => each === slug);
  return found ? found[0] : null;
}

/** Award forms by URL slug. */
export const awardKindSlugs: Readonly<Record<AwardKindCode, string>> = {
  CERTIFICATE_OF_MERIT: 'bang-khen',
  COMMENDATION: 'giay-khen',
};

/** Award tiers by URL slug. */
export const awardLevelSlugs: Readonly<Record<AwardLevelCode, string>> = {
  NATIONAL: 'quoc-gia',
  MINISTERIAL: 'bo',
  PROVINCIAL: 'tinh',
  DEPARTMENT: 'so',
  DISTRICT: 'huyen',
  COMMUNE: 'xa',
};

/** The code a slug names in a table of slugs, or null. */
export function codeFromSlug<Code extends string>(slugs: Readonly<Record<Code, string>>, slug: string | null): Code | null {
  const found = (Object.entries(slugs) as Array<[Code, string]>).find(([, each]) => each === slug);
  return found ? found[0] : null;
}
