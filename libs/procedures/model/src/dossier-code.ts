import { z } from 'zod';

/**
 * A dossier code (mã hồ sơ): `LSN-YYMMDD-NNNN`, the province, the day of receipt in Vietnam and
 * the sequence number of the dossier that day (`LSN-200626-0001`). It is printed on the receipt
 * (giấy tiếp nhận) and is what an applicant types to look a dossier up.
 */
export const DOSSIER_CODE_PATTERN = /^LSN-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export const dossierCodeSchema = z
  .string()
  .regex(DOSSIER_CODE_PATTERN, 'A dossier code looks like LSN-200626-0001')
  .refine((code) => parseDossierCode(code) !== null, 'A dossier code carries a real day and a sequence from 0001');

/** The most dossiers one day can number. */
export const MAX_DOSSIERS_PER_DAY = 9999;

/** The part of the code shared by every dossier received that day: `LSN-200626-`. */
export function dossierCodePrefix(receivedOn: string): string {
  const [year, month, day] = receivedOn.split('-');
  if (!year || !month || !day || year.length !== 4) throw new RangeError(`Not a date: ${receivedOn}`);
  return `LSN-${year.slice(2)}${month}${day}-`;
}

/** The code of the `sequence`-th dossier received on `receivedOn` (1-based). */
export function formatDossierCode(receivedOn: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DOSSIERS_PER_DAY) {
    throw new RangeError(`A dossier sequence runs from 1 to ${MAX_DOSSIERS_PER_DAY}`);
  }
  return `${dossierCodePrefix(receivedOn)}${String(sequence).padStart(4, '0')}`;
}

/** The day (20xx) and sequence a code stands for, or null when it is not a dossier code. */
export function parseDossierCode(code: string): { receivedOn: string; sequence: number } | null {
  const match = DOSSIER_CODE_PATTERN.exec(code);
  if (!match) return null;
  const [, yy, mm, dd, seq] = match;
  const receivedOn = `20${yy}-${mm}-${dd}`;
  const sequence = Number(seq);
  const date = new Date(`${receivedOn}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== receivedOn || sequence < 1) return null;
  return { receivedOn, sequence };
}
