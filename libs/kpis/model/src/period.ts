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
