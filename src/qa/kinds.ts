/**
 * The kind of body a question asks about (哪些乡镇, 哪个街道, which departments): it narrows the
 * units searched to that level. 乡镇 is the township level, 街道 included, as official
 * statistics count it (乡级区划); a question naming only 街道 asks for streets alone.
 */
import type { UnitKind } from '../core/unit-kind.ts';

// 哪个县 / 各部门 / 有没有开发区 — the words that make a level the subject of the question
// (or that close a phrase about them: 排名前五的县, 收到申请最多的县区有哪些)
const ASKING = '(?:哪个|哪些|哪几个|哪一个|哪|多少个|几个|[一二两三四五六七八九十\\d]+个|各个|各|所有|全部|有没有|是否有|有|的|名)';

const ZH: ReadonlyArray<readonly [RegExp, readonly UnitKind[]]> = [
  [/乡镇|乡\(镇\)|乡、镇|镇街|镇\(街道\)/u, ['township', 'street']],
  [/街道|街办/u, ['street']],
  [new RegExp(`${ASKING}(?:乡|镇|苏木)`, 'u'), ['township']],
  [/(?:政府)?部门|委办局|局委办/u, ['department']],
  // 哪些局, 罚款最多的局 (not 局面, 局长)
  [new RegExp(`${ASKING}(?:局|厅)(?![面长势限部])`, 'u'), ['department']],
  [/开发区|园区|高新区/u, ['zone']],
  [new RegExp(`${ASKING}(?:县区|区县|县\\(市、区\\)|县市区|县|区|旗)(?![级域别直属委])`, 'u'), ['county']],
  [new RegExp(`${ASKING}(?:地级市|地市|城市|市)(?![场级直属委])`, 'u'), ['city']],
];

const EN: ReadonlyArray<readonly [RegExp, readonly UnitKind[]]> = [
  [/ (townships?|towns?|villages?) /, ['township', 'street']],
  [/ (streets?|subdistricts?|sub districts?) /, ['street']],
  [/ (departments?|depts?|bureaus?|agencies|agency) /, ['department']],
  [/ (development zones?|zones?|industrial parks?) /, ['zone']],
  [/ (counties|county|districts?) /, ['county']],
  [/ (cities|city) /, ['city']],
];

/**
 * The levels a question asks about, from its Chinese with place names and key words blanked
 * (so 郑宅镇 or 乡镇机构 in a name says nothing) and its English; [] for any.
 */
export function readKinds(zh: string, en: string): UnitKind[] {
  const kinds = new Set<UnitKind>();
  for (const [re, ks] of ZH) if (re.test(zh)) for (const k of ks) kinds.add(k);
  if (!kinds.size) for (const [re, ks] of EN) if (re.test(en)) for (const k of ks) kinds.add(k);
  return [...kinds];
}

const WORDS: ReadonlyArray<readonly [string, { zh: string; en: string }]> = [
  ['street,township', { zh: '乡镇（街道）', en: 'township' }],
  ['township', { zh: '乡镇', en: 'township' }],
  ['street', { zh: '街道', en: 'street' }],
  ['department', { zh: '部门', en: 'department' }],
  ['zone', { zh: '开发区', en: 'zone' }],
  ['county', { zh: '县（区）', en: 'county' }],
  ['city', { zh: '市', en: 'city' }],
];

/** What the units counted in an answer are called: 乡镇（街道） when a question asked for those, else 单位. */
export function kindWord(kinds: readonly UnitKind[] | undefined, lang: 'zh' | 'en'): string {
  const key = [...(kinds ?? [])].sort().join(',');
  const w = WORDS.find(([k]) => k === key)?.[1];
  return w ? w[lang] : lang === 'zh' ? '单位' : 'unit';
}
