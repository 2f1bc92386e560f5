/**
 * The one place Chinese text is normalised, used the same way when a report is read and when a
 * question is asked, so that 撫遠 and 抚远, （一） and (一), "结 果" and "结果" meet.
 */
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | undefined;

// Characters that only occur in traditional script and are common in these reports. Converting
// is costly (a dictionary walk per character), so only text that shows them is converted.
const TRADITIONAL_HINT =
  /[國體開關資機處報護條據複審結轉門發請說間會為與數項類務級區縣鎮鄉辦政時對應實現進經權這個們來後點當無從於還過將說標題總計維議訴訟糾紛務費單徵聯網頁碼]/u;

function simplify(s: string): string {
  if (!TRADITIONAL_HINT.test(s)) return s;
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(s);
}

const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]/g;

/** Simplified script, half-width letters, digits and punctuation; line structure kept. */
export function normalizeText(s: string): string {
  return simplify(s.normalize('NFKC').replace(INVISIBLE, '').replace(/[\u2212\u2013\u2014\uff0d]/g, (c) => (c === '\u2014' ? '—' : '-')));
}

/** For matching labels by meaning: normalised, with every space and quote removed. */
export function compact(s: string): string {
  return normalizeText(s).replace(/[\s"'“”‘’「」『』]/g, '');
}
