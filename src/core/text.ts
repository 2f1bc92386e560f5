/**
 * The one place Chinese text is normalised, used the same way when a report is read and when a
 * question is asked, so that 撫遠 and 抚远, （一） and (一), "结 果" and "结果" meet.
 */
import * as OpenCC from 'opencc-js';

let toSimplified: ((s: string) => string) | undefined;
let traditional: RegExp | undefined;

/**
 * Characters that OpenCC turns into other ones: built once, on first use, from its own
 * dictionary. Converting is costly (a dictionary walk per character), so only text that holds
 * one of them is converted.
 */
function traditionalChars(): RegExp {
  if (traditional) return traditional;
  const chars = new Set<string>();
  for (const group of OpenCC.Locale.to.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const pair of dict.split('|')) {
        const [from, to] = pair.split(' ');
        if (from && to && from !== to && [...from].length === 1) chars.add(from);
      }
    }
  }
  traditional = new RegExp(`[${[...chars].join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'u');
  return traditional;
}

/**
 * Traditional characters every traditional report uses (政府資訊公開, 報告, 機關, 處理, 總計…):
 * over a whole document this small set is a reliable and much cheaper gate than the full one.
 * Looked up by code unit in a table: a character class over a whole document costs more.
 */
const COMMON_TRADITIONAL = new Uint8Array(0x10000);
for (const c of '資開關報機處總計結轉請數據項規發辦與為們這個國會時說體從對應條審議訴訟類務縣區鄉鎮') COMMON_TRADITIONAL[c.charCodeAt(0)] = 1;

function hasCommonTraditional(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (COMMON_TRADITIONAL[s.charCodeAt(i)] === 1) return true;
  return false;
}

function simplify(s: string, gate: (s: string) => boolean = (t) => traditionalChars().test(t)): string {
  if (!gate(s)) return s;
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(s);
}

const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]/g;

/** Pinyin that mirror sites print after characters to foil copying: 中華人民共和(he)(he)國(guo), 規(guī)章. */
const SYLLABLE = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}';
const PINYIN_GLOSS = new RegExp(`([\\u3400-\\u9fff])((?:\\(${SYLLABLE}\\))+)`, 'g');
const HAS_PINYIN_GLOSS = new RegExp(`[\\u3400-\\u9fff]\\(${SYLLABLE}\\)`);

/** Half-width letters, digits and punctuation, no invisible characters, one kind of dash, no pinyin glosses. */
function basic(s: string): string {
  const t = s.normalize('NFKC').replace(INVISIBLE, '').replace(/[\u2212\u2013\u2014\uff0d]/g, (c) => (c === '\u2014' ? '—' : '-'));
  return HAS_PINYIN_GLOSS.test(t) ? t.replace(PINYIN_GLOSS, '$1') : t;
}

/** Simplified script, half-width letters, digits and punctuation; line structure kept. */
export function normalizeText(s: string): string {
  return simplify(basic(s));
}

const SPACE_AND_QUOTES = /[\s"'“”‘’「」『』]/g;

/** For matching labels by meaning: normalised, with every space and quote removed. */
export function compact(s: string): string {
  return squash(normalizeText(s));
}

/** compact() for text that is already normalised. */
export function squash(s: string): string {
  // Most labels hold neither: testing first spares the replacement.
  return HAS_SPACE_OR_QUOTE.test(s) ? s.replace(SPACE_AND_QUOTES, '') : s;
}

const HAS_SPACE_OR_QUOTE = new RegExp(SPACE_AND_QUOTES.source);

/**
 * normalizeText over many strings at once: one pass over the whole, so a document is tested
 * and converted once rather than cell by cell. Strings must not contain line breaks.
 */
export function normalizeAll(texts: string[]): string[] {
  const out = simplify(basic(texts.join('\n')), hasCommonTraditional).split('\n');
  return out.length === texts.length ? out : texts.map(normalizeText);
}
