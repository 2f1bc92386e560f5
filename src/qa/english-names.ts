/**
 * Departments named in English ("the Wuhan Public Security Bureau", "Liaoning Department of Ecology
 * and Environment", "National Health Commission"): the department's words give the Chinese words
 * its name holds (公安, 生态环境, 卫生健康), the words before them its place in pinyin (wuhan →
 * 武汉市…). Their words are no question words: "petitions" of a petitions bureau asks for no
 * petition requests.
 */
import type { Entry, PlaceIndex } from './places.ts';
import { toPinyin } from './places.ts';

/** an English department's words → the Chinese words its name holds (any of them) */
const BODIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['public security|police', ['公安']],
  ['ecology and environment|ecological environment|environmental protection|environment', ['生态环境', '环境保护', '环保']],
  ['health commission|health and family planning|health', ['卫生健康', '卫健', '卫生']],
  ['natural resources|land and resources', ['自然资源', '国土资源']],
  ['education', ['教育']],
  ['civil affairs', ['民政']],
  ['market regulation|market supervision|administration for market regulation', ['市场监督', '市场监管']],
  ['transportation|transport', ['交通']],
  ['housing and urban rural development|housing and construction|housing', ['住房和城乡建设', '住建']],
  ['human resources and social security|human resources', ['人力资源和社会保障', '人社']],
  ['finance', ['财政']],
  ['justice', ['司法']],
  ['water resources|water conservancy|water affairs', ['水利', '水务']],
  ['agriculture and rural affairs|agriculture', ['农业农村', '农业']],
  ['administrative approval|administrative examination and approval', ['行政审批']],
  ['development and reform', ['发展和改革', '发改']],
  ['statistics', ['统计']],
  ['emergency management', ['应急管理']],
  ['culture and tourism|culture', ['文化和旅游', '文旅', '文化']],
  ['press and publication|publication', ['新闻出版']],
  ['letters and calls|letters and visits|petitions|petition', ['信访']],
  ['taxation|tax', ['税务']],
  ['veterans affairs', ['退役军人']],
  ['civil air defense|civil air defence|air defense|air defence', ['人民防空', '人防']],
  ['sports|sport', ['体育']],
  ['science and technology', ['科学技术', '科技']],
  ['urban management', ['城市管理', '城管']],
  ['medical security|healthcare security|medical insurance', ['医疗保障', '医保']],
  ['audit', ['审计']],
  ['commerce', ['商务']],
  ['industry and information technology', ['工业和信息化', '工信']],
  ['government office|general office', ['政府办公室', '政府办']],
];
const BODY = '(?:bureau|department|commission|administration|office|committee|agency)';
/** words before a name that are no place: "did the", "of the" */
const NOT_PLACE = new Set(['the', 'did', 'does', 'do', 'of', 'has', 'have', 'was', 'were', 'is', 'are', 'by', 'to', 'at', 'in', 'for', 'from', 'many', 'much', 'how', 'which', 'what', 'against', 'with', 'and', 'or']);
/** the level of the place, said between its name and the department's: "Gaoping city government office" */
const LEVEL = new Set(['city', 'county', 'district', 'municipal', 'provincial', 'province', 'prefecture', 'township', 'town']);
/** English place words that are no pinyin */
const PLACE_WORDS: Readonly<Record<string, string>> = { national: '国家', state: '国家' };

// (a phrase that names a body itself, "health commission", "government office", needs no body word after it)
const PATTERNS = BODIES.map(([en, zh]) => {
  const named = en.split('|').filter((w) => new RegExp(`${BODY}$`).test(w));
  const alone = named.length ? `|(?:${named.join('|')})` : '';
  return { re: new RegExp(` (?:${BODY} of (?:the )?(?:${en})|(?:${en}) ${BODY}s?${alone})(?= )`, 'g'), zh };
});

export interface EnglishBody {
  entry: Entry;
  text: string;
  /** where in the English text the name (with its place words) stands */
  start: number;
  end: number;
}

/** The place words right before `at`: up to two words that are not question words. */
function placeBefore(en: string, at: number): { words: string[]; start: number } {
  const before = en.slice(0, at).trimEnd().split(' ');
  while (before.length && LEVEL.has(before.at(-1)!)) before.pop();
  const words: string[] = [];
  while (words.length < 2 && before.length && !NOT_PLACE.has(before.at(-1)!) && !LEVEL.has(before.at(-1)!) && /^[a-z]+$/.test(before.at(-1)!)) words.unshift(before.pop()!);
  return { words, start: before.join(' ').length + (before.length ? 1 : 0) };
}

/** units whose name holds one of the words, and whose part before it sounds as the place words */
function bodiesOf(idx: PlaceIndex, zh: readonly string[], place: string[]): number[] {
  const spoken = place.join('');
  const chinese = place.map((w) => PLACE_WORDS[w]).filter(Boolean).join('');
  const ids: number[] = [];
  for (const [name, entry] of idx.unitNames) {
    const at = Math.max(...zh.map((w) => name.indexOf(w)));
    if (at < 0) continue;
    const head = name.slice(0, at);
    if (!spoken || (chinese ? head.startsWith(chinese) : toPinyin(head).startsWith(spoken))) ids.push(...entry.unit);
  }
  return ids;
}

/** Departments an English question names, each as the units it may be; with no place and several units, a region of them. */
export function englishBodies(en: string, idx: PlaceIndex): EnglishBody[] {
  const found: EnglishBody[] = [];
  for (const p of PATTERNS) {
    for (const m of en.matchAll(p.re)) {
      const { words, start } = placeBefore(en, m.index);
      const end = m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const ids = bodiesOf(idx, p.zh, words);
      if (!ids.length) continue;
      const one = words.length > 0 || ids.length === 1;
      found.push({ entry: one ? { unit: ids, region: [] } : { unit: [], region: ids }, text: en.slice(start, end).trim(), start, end });
    }
  }
  return found;
}
