import { parsePeriod } from './period';

const romanQuarters = ['I', 'II', 'III', 'IV'];
const ordinalsEn = ['First', 'Second', 'Third', 'Fourth'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The name of a period as a Vietnamese report writes it: "6 tháng đầu năm 2020", "Quý II năm 2020". */
export function periodLabelVi(code: string): string {
  const { kind, year, index } = parsePeriod(code);
  switch (kind) {
    case 'year':
      return `Năm ${year}`;
    case 'half':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'quarter':
      return `Quý ${romanQuarters[index - 1]} năm ${year}`;
    case 'month':
      return `Tháng ${index} năm ${year}`;
  }
}

/** The name of a period in English: "First half of 2020", "Second quarter of 2020", "June 2020". */
export function periodLabelEn(code: string): string {
  const { kind, year, index } = parsePeriod(code);
  switch (kind) {
    case 'year':
      return `Year ${year}`;
    case 'half':
      return `${ordinalsEn[index - 1]} half of ${year}`;
    case 'quarter':
      return `${ordinalsEn[index - 1]} quarter of ${year}`;
    case 'month':
      return `${monthsEn[index - 1]} ${year}`;
  }
}
