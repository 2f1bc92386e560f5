/**
 * What a question asks that the data cannot answer: a measure no report gives (rates, the money of
 * fines, days taken) and places named in English that no unit or region is. Both are said so in
 * the answer rather than answered with something else.
 */
import type { PlaceIndex } from './places.ts';

// what the reports never give: rates and shares, times taken, the money of fines, causes
const LACKING_ZH = /(?:败诉|胜诉|纠错|纠正|公开|答复|办结|增长|下降)?率|比例|百分比|占比|比重|(?:平均)?(?:办理|答复|处理)?(?:天数|时长|用时|多少天|多长时间|多久)|罚(?:了多少钱|款金额|款数额|没金额|款总额)|案由/;
const LACKING_EN = / (average (?:\w+ )?(?:days|time)|how long|(?:loss |success |correction |disclosure |growth )?rate|ratio|percentage|share|proportion|amount of fines|fines? amount|how much money|causes?) /;

/** what a question asks that no report gives, in the question's words */
export function lackingOf(zh: string, en: string): { lacking?: string } {
  const m = LACKING_ZH.exec(zh)?.[0] ?? LACKING_EN.exec(en)?.[1];
  return m ? { lacking: m === '率' ? '比率' : m.startsWith('罚') ? '罚款金额' : m } : {};
}

/** a place named in English with its level: "Chongming District", "Pudong New Area", "Zhengzhai Town" */
const EN_PLACE = /\b((?:[A-Z][a-z]+ ?){1,3}) (District|County|Town|Township|Subdistrict|Street|City|New Area|Banner)\b/g;

// (words of a question in title case are no place: "Which Township Had Lawsuits")
const EN_NOT_PLACE = /^(?:which|what|how|any|all|each|every|the|a|an|in|of|for|did|does|do|many|much|most|top|one|this|that|these|those|and|or|per|by|its|their)$/i;

/** English place names that name no unit or region the data holds (their pinyin is no place's) */
export function unknownInEnglish(question: string, places: PlaceIndex): string[] {
  return [...question.matchAll(EN_PLACE)]
    .filter((m) => !m[1]!.trim().split(' ').some((w) => EN_NOT_PLACE.test(w)) && !places.pinyin.has(m[1]!.replace(/ /g, '').toLowerCase()))
    .map((m) => m[0]);
}
