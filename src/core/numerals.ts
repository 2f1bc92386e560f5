/** Numbers written in Chinese numerals, as reports and questions write small counts: 二, 十二, 二十, 一百零五, 两千. */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral is written with, for building patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** A year written digit by digit (二〇二二, 二零二二; a letter O is typed for 〇): its digits, or null. */
export function yearDigits(s: string): string | null {
  let out = '';
  for (const c of s) {
    const d = c === 'O' || c === 'o' ? 0 : DIGITS[c];
    if (d === undefined) return null;
    out += d;
  }
  return out;
}

/** The value of a Chinese numeral, or null when `s` is not one. */
export function chineseNumeral(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let digit = 0;
  for (const c of s) {
    const unit = UNITS[c];
    if (unit !== undefined) {
      total += (digit || 1) * unit;
      digit = 0;
    } else if (DIGITS[c] !== undefined) digit = DIGITS[c];
    else return null;
  }
  return total + digit;
}
