/**
 * The text of one cell or prose block as a reader hands it on. Markup and page layout put
 * whitespace where the author put none: a label broken over lines ("不予<br>公开"), a line of
 * HTML source wrapped in a cell, text runs of a PDF. Between two Chinese characters such
 * whitespace is layout, not text, so it goes; elsewhere it becomes one space.
 */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
// (no u flag: the class is all in the BMP, and without it the pattern runs faster)
const SPACE_IN_CJK = new RegExp(`([${CJK}]) (?=[${CJK}])`, 'g');
const WHITESPACE = /\s/;

export function tidy(s: string): string {
  // most cells ("0", "行政许可") have no whitespace at all
  if (!WHITESPACE.test(s)) return s;
  const t = s.replace(/\s+/g, ' ').trim();
  return t.includes(' ') ? t.replace(SPACE_IN_CJK, '$1') : t;
}
