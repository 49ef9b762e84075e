const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

export interface NumberWordsOptions {
  /** The word for a zero tens digit before a units digit (105): northern "linh" (default) or southern "lẻ". */
  zeroTens?: 'linh' | 'lẻ';
}

/**
 * Reads a group of three digits. `full` reads the hundreds even when zero ("không trăm"), as
 * Vietnamese does for every group after the first: 1 005 is "một nghìn không trăm linh năm".
 */
function readTriple(value: number, full: boolean, zeroTens: string): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens === 0) {
    // 105 "một trăm linh năm", but 5 alone is "năm".
    if (units > 0 && words.length > 0) words.push(zeroTens);
    if (units > 0) words.push(DIGITS[units] as string);
    return words;
  }
  if (tens === 1) {
    words.push('mười');
    // 15 "mười lăm"; 11 and 14 keep "một" and "bốn".
    if (units > 0) words.push(units === 5 ? 'lăm' : (DIGITS[units] as string));
    return words;
  }
  words.push(DIGITS[tens] as string, 'mươi');
  // 21 "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm".
  if (units > 0) words.push(units === 1 ? 'mốt' : units === 4 ? 'tư' : units === 5 ? 'lăm' : (DIGITS[units] as string));
  return words;
}

/** Reads 0 < value < 1 000 000 000 by groups of triệu, nghìn and units; zero groups are skipped. */
function readBelowBillion(value: number, leading: boolean, zeroTens: string): string[] {
  const groups: Array<[number, string | null]> = [
    [Math.floor(value / 1_000_000), 'triệu'],
    [Math.floor(value / 1000) % 1000, 'nghìn'],
    [value % 1000, null],
  ];
  const words: string[] = [];
  for (const [group, name] of groups) {
    if (group === 0) continue;
    words.push(...readTriple(group, !leading || words.length > 0, zeroTens));
    if (name) words.push(name);
  }
  return words;
}

/** Reads a whole number; above a billion it reads the number of tỷ first (1 000 000 000 000 is "một nghìn tỷ"). */
function readNumber(value: number, leading: boolean, zeroTens: string): string[] {
  if (value < 1_000_000_000) return readBelowBillion(value, leading, zeroTens);
  const billions = Math.floor(value / 1_000_000_000);
  const rest = value % 1_000_000_000;
  return [...readNumber(billions, leading, zeroTens), 'tỷ', ...(rest > 0 ? readBelowBillion(rest, false, zeroTens) : [])];
}

/**
 * A whole number in Vietnamese words, lower case: 105 → "một trăm linh năm",
 * 60 000 000 → "sáu mươi triệu". Zero is "không".
 */
export function numberInWords(value: number, options: NumberWordsOptions = {}): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not a whole number that can be read: ${value}`);
  if (value === 0) return DIGITS[0];
  return readNumber(value, true, options.zeroTens ?? 'linh').join(' ');
}

/**
 * An amount of money (a fine) in words, as written on a decision ("bằng chữ"): capitalised and
 * ending in "đồng". 60 000 000 → "Sáu mươi triệu đồng".
 */
export function fineInWords(amountVnd: number, options: NumberWordsOptions = {}): string {
  const words = numberInWords(amountVnd, options);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}
