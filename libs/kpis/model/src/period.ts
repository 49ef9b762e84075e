import { PERIOD_CODE_PATTERN, parsePeriod, periodCodeSchema, periodLabelEn, periodLabelVi } from '@egov/periods';
import { z } from 'zod';

/**
 * A stored period (a row of `kpis.periods`): its code, its days and its names. The days and names
 * follow from the code (`@egov/periods`), so the schema refuses a record whose days disagree with it.
 */
export const periodSchema = z
  .object({
    code: periodCodeSchema,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    labelVi: z.string().trim().min(1).max(200),
    labelEn: z.string().trim().min(1).max(200),
  })
  .superRefine((period, ctx) => {
    if (!PERIOD_CODE_PATTERN.test(period.code)) return;
    const parsed = parsePeriod(period.code);
    if (period.startsOn !== parsed.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['startsOn'], message: `Period ${period.code} starts on ${parsed.startsOn}` });
    }
    if (period.endsOn !== parsed.endsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `Period ${period.code} ends on ${parsed.endsOn}` });
    }
  });

export type PeriodInput = z.input<typeof periodSchema>;
export type Period = z.output<typeof periodSchema>;

/** The full record of a period from its code alone, with its days and its names in both languages. */
export function describePeriod(code: string): Period {
  const { startsOn, endsOn } = parsePeriod(code);
  return { code, startsOn, endsOn, labelVi: periodLabelVi(code), labelEn: periodLabelEn(code) };
}

/**
 * A period as the statistics keep it: opened (figures may be recorded for it) and, from
 * `publishedAt` on, published: the public sees it, and the latest published period is what the
 * public pages show when none is named. Until then only statisticians see it.
 */
export interface StoredPeriod extends Period {
  /** When a statistician published it; null while it is open to the staff only. */
  publishedAt: Date | null;
  /** The user id of who published it (or `migration` for a period public before publication existed). */
  publishedBy: string | null;
}

/** What opening a period takes: its code alone (2020-H2, 2020-Q3, 2020), the rest follows from it. */
export const periodOpenSchema = z.object({ code: periodCodeSchema });
