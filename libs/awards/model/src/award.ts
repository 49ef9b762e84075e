import { periodCodeSchemaOf, periodIncludesDay, type PeriodKind } from '@egov/periods';
import { z } from 'zod';

/**
 * The kinds of reporting period awards are reported in: the period they were conferred in, as the
 * department's reports are (a year, a half or a quarter; never a month).
 */
export const reportingPeriodKinds = ['year', 'half', 'quarter'] as const satisfies readonly PeriodKind[];

/** A reporting period code of an award: `2020`, `2020-H1` or `2020-Q3`. */
export const reportingPeriodSchema = periodCodeSchemaOf(
  reportingPeriodKinds,
  'A reporting period is a year, a half or a quarter: 2020, 2020-H1, 2020-Q3',
);

/**
 * Forms of commendation (hình thức khen thưởng) the department's reports mention:
 * Bằng khen (certificate of merit, conferred at ministerial or provincial level and above) and
 * Giấy khen (commendation, conferred by the head of a department or a local committee).
 */
export const awardKinds = ['certificate_of_merit', 'commendation'] as const;
export type AwardKind = (typeof awardKinds)[number];

/** The tier of government an award is conferred at (cấp khen thưởng). */
export const awardLevels = ['national', 'ministerial', 'provincial', 'department', 'district', 'commune'] as const;
export type AwardLevel = (typeof awardLevels)[number];

/**
 * Who confers an award (thẩm quyền khen thưởng), with the form and level that authority
 * confers, following the Law on Emulation and Commendation: the Prime Minister, a minister and
 * the chairman of a provincial People's Committee give Bằng khen; a department director and the
 * chairmen of district and commune committees give Giấy khen.
 */
export const awardAuthorities = {
  prime_minister: { kind: 'certificate_of_merit', level: 'national', labelVi: 'Thủ tướng Chính phủ', labelEn: 'Prime Minister' },
  minister: { kind: 'certificate_of_merit', level: 'ministerial', labelVi: 'Bộ trưởng', labelEn: 'Minister' },
  provincial_chairman: {
    kind: 'certificate_of_merit',
    level: 'provincial',
    labelVi: 'Chủ tịch UBND tỉnh',
    labelEn: "Chairman of the Provincial People's Committee",
  },
  department_director: { kind: 'commendation', level: 'department', labelVi: 'Giám đốc Sở', labelEn: 'Director of the Department' },
  district_chairman: {
    kind: 'commendation',
    level: 'district',
    labelVi: 'Chủ tịch UBND huyện',
    labelEn: "Chairman of the District People's Committee",
  },
  commune_chairman: {
    kind: 'commendation',
    level: 'commune',
    labelVi: 'Chủ tịch UBND xã',
    labelEn: "Chairman of the Commune People's Committee",
  },
} as const satisfies Record<string, { kind: AwardKind; level: AwardLevel; labelVi: string; labelEn: string }>;
export type AwardAuthority = keyof typeof awardAuthorities;
const authorityCodes = Object.keys(awardAuthorities) as [AwardAuthority, ...AwardAuthority[]];

/** Labels of the forms of commendation, for display. */
export const awardKindLabels: Record<AwardKind, { vi: string; en: string }> = {
  certificate_of_merit: { vi: 'Bằng khen', en: 'Certificate of merit' },
  commendation: { vi: 'Giấy khen', en: 'Commendation' },
};

/**
 * Who is honoured: one collective (tập thể, a unit), one individual (cá nhân), or a group of
 * several collectives and individuals honoured at once and reported only by count.
 */
export const recipientKinds = ['collective', 'individual', 'group'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

const unitCode = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A unit code is lower-case ASCII words joined by hyphens');
const count = z.number().int('A count is a whole number').nonnegative();
const year = z.number().int().min(1945).max(2100);

/** The id of a figure in the seed report's fact table (`F40`), kept as provenance. */
export const factIdSchema = z.string().regex(/^F\d{2,3}$/, 'A fact id is F followed by its number: F40');

/** An award (khen thưởng) as recorded: who conferred what on whom, why and when. */
export const awardSchema = z
  .object({
    factId: factIdSchema.nullable(),
    kind: z.enum(awardKinds),
    conferredBy: z.enum(authorityCodes),
    level: z.enum(awardLevels),
    recipientKind: z.enum(recipientKinds),
    /** The unit honoured (a collective), or the unit an individual or a group belongs to. */
    recipientUnitCode: unitCode.nullable(),
    /** The recipient as the decision names it; for a group, an optional description. */
    recipientName: z.string().trim().min(1).max(500).nullable(),
    /** How many collectives and individuals a group holds; null for a single recipient. */
    collectivesCount: count.nullable(),
    individualsCount: count.nullable(),
    reasonVi: z.string().trim().min(1).max(2000),
    reasonEn: z.string().trim().min(1).max(2000).nullable(),
    /** The years of work the award recognises (2016–2020), when the source says. */
    coveredFromYear: year.nullable(),
    coveredToYear: year.nullable(),
    conferredOn: z.iso.date(),
    /** The reporting period the award is reported in; it holds the day it was conferred. */
    period: reportingPeriodSchema,
    /** The words of the source that report this award. */
    sourceQuote: z.string().max(2000).nullable(),
  })
  .superRefine((award, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const authority = awardAuthorities[award.conferredBy];
    if (award.kind !== authority.kind) {
      issue('kind', `The ${authority.labelEn} confers a ${awardKindLabels[authority.kind].en.toLowerCase()} (${awardKindLabels[authority.kind].vi})`);
    }
    if (award.level !== authority.level) {
      issue('level', `An award of the ${authority.labelEn} is conferred at the ${authority.level} level`);
    }
    if (award.recipientKind === 'group') {
      if (award.collectivesCount === null) issue('collectivesCount', 'A group says how many collectives it holds');
      if (award.individualsCount === null) issue('individualsCount', 'A group says how many individuals it holds');
      if ((award.collectivesCount ?? 0) + (award.individualsCount ?? 0) === 0) {
        issue('collectivesCount', 'A group honours at least one collective or individual');
      }
    } else {
      if (award.collectivesCount !== null) issue('collectivesCount', 'Only a group is counted; a single recipient is one');
      if (award.individualsCount !== null) issue('individualsCount', 'Only a group is counted; a single recipient is one');
    }
    if (award.recipientKind === 'collective' && !award.recipientUnitCode && !award.recipientName) {
      issue('recipientName', 'A collective names its unit or its name');
    }
    if (award.recipientKind === 'individual' && !award.recipientName) {
      issue('recipientName', 'An individual is named');
    }
    if (award.coveredFromYear !== null && award.coveredToYear !== null && award.coveredFromYear > award.coveredToYear) {
      issue('coveredToYear', 'The years covered cannot end before they begin');
    }
    const conferredYear = Number(award.conferredOn.slice(0, 4));
    if ((award.coveredToYear ?? award.coveredFromYear ?? 0) > conferredYear) {
      issue('coveredToYear', 'An award recognises work done before it is conferred');
    }
    if (reportingPeriodSchema.safeParse(award.period).success && !periodIncludesDay(award.period, award.conferredOn)) {
      issue('period', `An award conferred on ${award.conferredOn} is reported in the period holding that day`);
    }
  });

export type AwardInput = z.input<typeof awardSchema>;
export type AwardFields = z.output<typeof awardSchema>;

/** An award as stored: its fields, its id (a UUID given by the store) and its version. */
export interface Award extends AwardFields {
  id: string;
  version: number;
}
