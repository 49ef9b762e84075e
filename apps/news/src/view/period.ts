import type { Language } from '@egov/i18n';

const ordinalsEn = ['First', 'Second', 'Third', 'Fourth'];
const quartersVi = ['I', 'II', 'III', 'IV'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The name of a statistics period code as a report writes it: `2020-H1` is "6 tháng đầu năm 2020"
 * / "First half of 2020". (Written here rather than imported from @egov/periods, which brings zod
 * into the citizens' bundle.) An unknown shape is shown as its code.
 */
export function periodLabel(code: string, language: Language): string {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.exec(code);
  if (!match) return code;
  const year = match[1] as string;
  const part = match[2];
  const vi = language === 'vi';
  if (!part) return vi ? `Năm ${year}` : `Year ${year}`;
  const index = Number(part.replace(/^[HQ]/, ''));
  if (part.startsWith('H')) return vi ? `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}` : `${ordinalsEn[index - 1]} half of ${year}`;
  if (part.startsWith('Q')) return vi ? `Quý ${quartersVi[index - 1]} năm ${year}` : `${ordinalsEn[index - 1]} quarter of ${year}`;
  return vi ? `Tháng ${index} năm ${year}` : `${monthsEn[index - 1]} ${year}`;
}
