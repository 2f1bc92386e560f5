/**
 * The rule-based reader: a question in Chinese or English to a Query, with no model. It finds
 * the numbers asked about (lexicon.ts), the places (places.ts), the years, a condition and the
 * kind of answer wanted from the question words; what it cannot place becomes a text search.
 */
import { CHINESE_NUMERAL_CHARS, chineseNumeral, yearDigits } from '../core/numerals.ts';
import { compact, normalizeText } from '../core/text.ts';
import { lackingOf, unknownInEnglish } from './beyond-data.ts';
import { englishBodies } from './english-names.ts';
import { readKinds } from './kinds.ts';
import { readKeys, type QuestionText } from './lexicon.ts';
import { exactNames, readPlaces, type PlaceHit, type PlaceIndex } from './places.ts';
import type { Condition, Intent, Place, Query } from './query.ts';

export interface Knowledge {
  places: PlaceIndex;
  /** years with reports, ascending; 去年/近三年 are counted back from the newest */
  years: number[];
}

const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const NUM = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?[万千]?|[${CHINESE_NUMERAL_CHARS}]+万?)`;

/** 3, 3.5, 三, 十二, 二十, 一百, 1万, 五千, 两万 */
export function readNumber(s: string): number | null {
  const times = s.endsWith('万') ? 10_000 : /\d千$/.test(s) ? 1000 : 1;
  if (times !== 1) {
    const base = readNumber(s.slice(0, -1));
    return base === null ? null : base * times;
  }
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  if (EN_NUMBERS[s] !== undefined) return EN_NUMBERS[s];
  return chineseNumeral(s);
}

export function questionText(question: string): QuestionText & { norm: string } {
  const norm = normalizeText(question);
  const en = ` ${norm.toLowerCase().replace(/[^a-z0-9.]+/g, ' ').replace(/\.(?!\d)/g, ' ').replace(/\s+/g, ' ').trim()} `;
  return { norm, zh: compact(norm), en };
}

/** 二〇二二年 → 2022年, and 22年 → 2022年 (two digits before 年 that no number runs into) */
function arabicYears(zh: string): string {
  return zh
    .replace(/([〇零Oo一二三四五六七八九]{4})(?=年)/g, (w) => yearDigits(w) ?? w)
    .replace(/(?<![\d.近前过去这几多共约余])([12]\d)(?=年(?!度?(?:以?[前后]|来|内|间)))/g, '20$1');
}

/** 比上年, 同比, than the year before: a year is asked about beside the one before it */
export function comparesWithYearBefore(t: QuestionText): boolean {
  return /(?:比|较|与|和|同)(?:上一?年度?|去年)|同比/.test(t.zh) || / (?:than|compared (?:with|to)) (?:the |a )?(?:(?:previous|last|prior) year|year before) /.test(t.en);
}

/** The years a question names, null if none: what a follow-up ("那2023年呢？") changes. */
export function readYears(q: QuestionText, known: number[]): number[] | 'latest' | null {
  // the year requests are carried into is no year asked about (结转到2026年)
  const t = { ...q, zh: arabicYears(q.zh).replace(/(?:结转|转结|转入|转)(?:到|至)(?:20\d\d)年?度?/g, '结转到下年') };
  const newest = known.at(-1);
  const years = new Set<number>();
  const range = (a: number, b: number): void => {
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) years.add(y);
  };
  let rest = t.zh;
  for (const m of t.zh.matchAll(/(20\d\d)年?(?:-|~|到|至|—)(20\d\d)/g)) range(Number(m[1]), Number(m[2]));
  rest = rest.replace(/(20\d\d)年?(?:-|~|到|至|—)(20\d\d)/g, '');
  for (const m of t.en.matchAll(/(20\d\d) (?:to|and|through|until) (20\d\d)/g)) range(Number(m[1]), Number(m[2]));
  for (const m of rest.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) years.add(Number(m[1]));
  // compared with the year before the one asked about (2023年…比上年增加了多少): both years
  const before = comparesWithYearBefore(t);
  if (newest !== undefined) {
    const back = t.zh.match(new RegExp(`(?:近|最近|过去|前)${NUM}年`)) ?? t.en.match(/(?:last|past|recent) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) years/);
    const n = back ? readNumber(back[1]!) : null;
    if (n) for (const y of known.slice(-n)) years.add(y);
    // 2021年以来, since 2021: through the newest year
    for (const m of t.zh.matchAll(/(20\d\d)年?(?:以来|至今|之后|后)/g)) range(Number(m[1]), Math.max(newest, Number(m[1])));
    for (const m of t.en.matchAll(/ since (20\d\d) /g)) range(Number(m[1]), Math.max(newest, Number(m[1])));
    if (/今年/.test(t.zh) || / this year /.test(t.en)) years.add(newest);
    if (!before && (/去年/.test(t.zh) || / last year /.test(t.en))) years.add(newest - 1);
    if (/前年/.test(t.zh) || / year before last /.test(t.en)) years.add(newest - 2);
  }
  if (before && years.size) years.add(Math.min(...years) - 1);
  if (years.size) return [...years].sort((a, b) => a - b);
  if (/最新|最近一|最近的/.test(t.zh) || / (latest|newest|most recent) /.test(t.en)) return 'latest';
  return null;
}

const CONDITIONS: Array<{ re: RegExp; op: Condition['op']; on: 'zh' | 'en' }> = [
  { re: new RegExp(`(?:至少|不少于|不低于|>=|≥)有?${NUM}`), op: '>=', on: 'zh' },
  { re: new RegExp(`${NUM}(?:件|个|起|次|宗|项|元)?(?:及|或)?以上`), op: '>=', on: 'zh' },
  { re: new RegExp(`(?:超过|多于|大于|高于|超出|>)了?${NUM}`), op: '>', on: 'zh' },
  { re: new RegExp(`(?:少于|低于|小于|不到|不足|<)${NUM}`), op: '<', on: 'zh' },
  { re: new RegExp(`(?:等于|恰好|正好|=)${NUM}`), op: '=', on: 'zh' },
  { re: / (?:at least|no fewer than|no less than|>=) (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) /, op: '>=', on: 'en' },
  { re: / (\d+) or more /, op: '>=', on: 'en' },
  { re: / (?:more than|over|greater than|above|exceeding|>) (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) /, op: '>', on: 'en' },
  { re: / (?:fewer than|less than|under|below|<) (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) /, op: '<', on: 'en' },
  { re: / exactly (\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten) /, op: '=', on: 'en' },
];

/** A condition's number; a sum of money in 万元, as amounts are compared (100万元 → 100, 5000元 → 0.5). */
function conditionValue(raw: string, after: string): number | null {
  // in English: 1 million yuan, 500 thousand yuan, 200000 yuan (compared in 万元)
  const en = /^ (?:(million|thousand) )?yuan\b/.exec(after);
  if (en) {
    const v = readNumber(raw);
    return v === null ? null : (v * (en[1] === 'million' ? 1_000_000 : en[1] === 'thousand' ? 1000 : 1)) / 10_000;
  }
  if (!after.startsWith('元')) return readNumber(raw);
  if (raw.endsWith('万')) return readNumber(raw.slice(0, -1));
  const v = readNumber(raw);
  return v === null ? null : v / 10_000;
}

const UNIT_WORD = '(?:件|个|起|次|宗|项|万元|元)?';
/** a range: 在50到100件之间, 10至20万元之间, between 5 and 10 */
const RANGE_ZH = new RegExp(`${NUM}${UNIT_WORD}(?:到|至|-|~|—)${NUM}(?=${UNIT_WORD}(?:之间|以内|范围))`);
const RANGE_EN = / between (\d+(?:\.\d+)?) and (\d+(?:\.\d+)?) /;
/** an upper bound after a lower one: 超过50件(但)少于100件, more than 5 but fewer than 10 */
const BELOW_ZH = new RegExp(`(?:少于|低于|小于|不到|不足|不超过|不多于)${NUM}`);
/** not zero: 不为零, 非零 */
const NOT_ZERO_ZH = '不(?:为|是|等于)(?:零|0)|非零';
const ABOVE_ZH = new RegExp(`(?:超过|多于|大于|高于)${NUM}|${NOT_ZERO_ZH}`);
const BELOW_EN = / (?:fewer than|less than|under|below|at most|no more than) (\d+(?:\.\d+)?) /;

function readCondition(t: QuestionText, zhBlank: string): Condition | undefined {
  const range = RANGE_ZH.exec(zhBlank);
  if (range) {
    const after = zhBlank.slice(range.index + range[0].length);
    const [lo, hi] = [conditionValue(range[1]!, after), conditionValue(range[2]!, after)];
    if (lo !== null && hi !== null && lo <= hi) return { op: '>=', value: lo, max: { value: hi, inclusive: true } };
  }
  const en = RANGE_EN.exec(t.en);
  if (en && Number(en[1]) <= Number(en[2])) return { op: '>=', value: Number(en[1]), max: { value: Number(en[2]), inclusive: true } };
  for (const c of CONDITIONS) {
    const text = c.on === 'zh' ? zhBlank : t.en;
    const m = text.match(c.re);
    const at = m ? m.index! + m[0].indexOf(m[1]!) + m[1]!.length : 0;
    const v = m ? conditionValue(m[1]!, text.slice(at)) : null;
    if (v === null || (v >= 2000 && v <= 2100)) continue;
    // an upper bound with its lower one anywhere: 少于5件但不为零, 少于5件且大于0
    if (c.op === '<' && c.on === 'zh') {
      const lower = ABOVE_ZH.exec(text);
      const lv = lower ? (lower[1] ? conditionValue(lower[1], text.slice(lower.index + lower[0].length)) : 0) : null;
      if (lv !== null && lv < v) return { op: '>', value: lv, max: { value: v, inclusive: false } };
    }
    if (c.op !== '>' && c.op !== '>=') return { op: c.op, value: v };
    // (the upper bound before or after the lower one: 超过50件少于100件, 少于5件且大于0)
    const below = c.on === 'zh' ? BELOW_ZH.exec(text) : BELOW_EN.exec(text);
    const max = below ? conditionValue(below[1]!, text.slice(below.index + below[0].length)) : null;
    return max !== null && max > v ? { op: c.op, value: v, max: { value: max, inclusive: /不超过|不多于|at most|no more/.test(below![0]) } } : { op: c.op, value: v };
  }
  if (new RegExp(NOT_ZERO_ZH).test(zhBlank) || / (not zero|nonzero|non zero) /.test(t.en)) return { op: '>', value: 0 };
  if (/(?<!有)没有|没收到|未收到|未发生|未发现|为零|为0|是0|零件|均为0/.test(zhBlank) || / (no|zero|none|without|never) /.test(t.en)) return { op: '=', value: 0 };
  return undefined;
}

// (哪个…多 compares, 哪个…多少 asks a number, 哪个…多于 states a condition)
const RANK_DESC = /最多|最高|最大|第[二三四五六七八九十\d]+(?:多|高|大|名|位)|最频繁|排名|排行|前\d+|前[一二三四五六七八九十]+(?:名|个|位)|第一|领先|多一些|更多|(?:哪个|谁)[^，,。?？]{0,12}?(?:多(?![于过少])|[高大](?![于过]))/;
const RANK_ASC = /最少|最低|最小|第[二三四五六七八九十\d]+(?:少|低|小)|倒数|(?:哪个|谁)[^，,。?？]{0,12}?(?:(?<!多)少|[低小])(?![于过])/;
const EN_DESC = / (most|highest|largest|biggest|top|rank|ranking|leading) /;
const EN_ASC = / ((?<!at )least|fewest|lowest|smallest|bottom) /;
const COMPARE = /对比|比较|趋势|变化|历年|各年|每年|逐年|相比|增长|下降/;
const EN_COMPARE = / (compare|comparison|trend|over the years|each year|every year|per year|change|changed|grow|grew) /;
const COUNT = /(?:多少|几)个?(?:乡镇|乡|镇|街道|单位|地方|部门|县|区|机关)/;
const EN_COUNT = / how many (townships?|towns?|units|places|counties|streets|subdistricts|departments|organs|bodies|governments) /;
/** units that qualify on every measure named, not any: 既有行政复议又有行政诉讼 */
const TOGETHER = /既有?.{0,12}又有?|同时(?:有|存在)|都有|均有|都为(?:零|0)|均为(?:零|0)|都是(?:零|0)| both .* and /;

/** a number for each unit, zeros included: 各乡镇收到多少申请, 每个街道分别是多少 */
const EACH = /(?:各个?|每个|每一个)(?:乡镇|街道|单位|部门|县|区|镇|乡)[^。?？]*?(?:多少|几|情况|数量)|分别(?:是|有)?(?:多少|几)/;
/** each unit of a level with no question word: "2023年各开发区收到的申请数", "义乌市各单位收到的申请" */
// (not those that have one: "各乡镇有行政诉讼的")
const EACH_UNIT = /(?:各个?|每个|每一个)(?:乡镇|街道|单位|部门|县|区|镇|乡|开发区|园区|局)(?![^。?？]*有)/;
const EN_EACH = / (?:each|every) (?:township|town|street|subdistrict|department|bureau|development zone|zone|county|district|city|unit)s? /;
const LIST = /哪个|哪些|哪几|哪一|有没有(?:乡镇|单位|地方|街道)|有(?:乡镇|单位|街道)|是否有(?:乡镇|单位)|列出|列举|所有/;
const EN_LIST = / (which|what townships|what towns|any township|any town|any unit|are there|list|all townships|who) /;

const ORDINAL_EN: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };

function readLimit(t: QuestionText): number | undefined {
  // the second, third…: the ranking down to it, so the one asked for is seen in its place
  const m =
    t.zh.match(new RegExp(`前${NUM}(?:名|个|位|大)?|最(?:多|高|大|少|低|小)的${NUM}(?:个|家|名|位)|第${NUM}(?:多|高|大|少|低|小|名|位)`)) ??
    t.en.match(/ (?:top|first) (\d+|one|two|three|four|five|six|seven|eight|nine|ten) /) ??
    t.en.match(/ (second|third|fourth|fifth) (?:most|highest|largest|biggest|fewest|lowest|smallest) /);
  const n = m ? (ORDINAL_EN[m[1] ?? ''] ?? readNumber((m[1] ?? m[2] ?? m[3])!)) : null;
  return n && n < 1000 ? n : undefined;
}

/** The text with each span's characters replaced by `fill`: words already read say nothing more. */
function blank(text: string, spans: ReadonlyArray<readonly [number, number]>, fill = ' '): string {
  let out = text;
  for (const [s, e] of spans) if (e > s) out = out.slice(0, s) + fill.repeat(e - s) + out.slice(e);
  return out;
}

/**
 * The measures a question names, not counting key words inside a unit's name: 岳阳市信访局 is a
 * unit, not a question about 信访 requests.
 */
function namesOverKeys(t: QuestionText, places: PlaceIndex): ReturnType<typeof readKeys> {
  const keys = readKeys(t);
  if (!keys.spans.length) return keys;
  const inside = (h: PlaceHit): boolean => keys.spans.some(([s, e]) => h.start <= s && e <= h.end && e - s < h.end - h.start);
  const names = exactNames(t.zh, places).filter((h) => h.entry.unit.length && inside(h));
  if (!names.length) return keys;
  const zh = blank(t.zh, names.map((h) => [h.start, h.end] as const), '\u0000');
  return readKeys({ ...t, zh });
}

/**
 * A question to a Query; intent `search` where no number of a report is named. `given` holds the
 * measures asked about before, for a follow-up that names none ("那2023年呢？").
 */
export function understand(question: string, k: Knowledge, given?: Pick<Query, 'keys' | 'column'>): Query {
  const read = questionText(question);
  // a department named in English is a unit, and its words no question words
  const bodies = englishBodies(read.en, k.places);
  const t = bodies.length ? { ...read, en: blank(read.en, bodies.map((b) => [b.start, b.end] as const)) } : read;
  const cjk = (t.norm.match(/[\u4e00-\u9fff]/gu) ?? []).length;
  const latin = (t.norm.match(/[a-zA-Z]/g) ?? []).length;
  const lang = latin > cjk ? 'en' : 'zh';
  const asked = namesOverKeys(t, k.places);
  const keys = asked.measures.length || !given ? asked : { ...asked, measures: given.keys, column: given.column };
  const base = { lang, text: question, keys: keys.measures, ...(keys.column ? { column: keys.column } : {}) } as const;
  if (!keys.measures.length) return { ...base, intent: 'search', years: [], places: [] };

  // numbers inside the key words (三安全一稳定) are not conditions
  const zhBlank = blank(t.zh, keys.spans);
  const years = readYears(t, k.years);
  const limit = readLimit(t);
  const asc = RANK_ASC.test(zhBlank) || EN_ASC.test(t.en);
  const desc = RANK_DESC.test(zhBlank) || EN_DESC.test(t.en) || limit !== undefined;
  const listish = LIST.test(zhBlank) || EACH_UNIT.test(zhBlank) || EN_EACH.test(t.en) || EN_LIST.test(t.en) || COUNT.test(zhBlank) || EN_COUNT.test(t.en) || asc || desc;

  const places: Place[] = [];
  const found = readPlaces(t, k.places, keys.spans);
  const hits = [...found.hits, ...bodies.map((b) => ({ ...b, start: 0, end: 0 }))];
  const unknown = bodies.length ? [] : [...found.unknown, ...(hits.length ? [] : unknownInEnglish(question, k.places))];
  // 郑宅镇 names a unit, not the level asked about
  const inZh = hits.filter((h) => t.zh.slice(h.start, h.end) === h.text);
  const kinds = readKinds(blank(zhBlank, inZh.map((h) => [h.start, h.end] as const)), t.en);
  const ofKinds = (id: number): boolean => kinds.includes(k.places.byId.get(id)?.kind ?? 'other');
  // two units named side by side are compared (周口市和沙坪坝区哪个多), not one taken as the other's region
  const units = hits.filter((h) => h.entry.unit.length).length;
  for (const h of hits) {
    // (a place before a level, 丰城市的乡镇, is where the units asked about are)
    const ofLevel = kinds.length > 0 && h.entry.unit.some(ofKinds);
    const asRegion = h.entry.region.length > 0 && (!h.entry.unit.length || (listish && (units < 2 || kinds.length > 0)) || (kinds.length > 0 && !ofLevel));
    let unitIds = asRegion ? h.entry.region : h.entry.unit;
    // a level said with a name shared by several units picks among them ("Xinhua subdistrict")
    const ofKind = asRegion || !kinds.length ? [] : unitIds.filter(ofKinds);
    if (ofKind.length) unitIds = ofKind;
    if (!unitIds.length) continue;
    places.push({ unitIds, text: h.text, kind: asRegion ? 'region' : 'unit' });
  }
  const named = places.some((p) => p.kind === 'unit');
  // a question about one unit the data does not hold is answered so, not for every unit
  // (nor, for a list within a place the data does not hold, for every unit: 苏州市各部门…)
  if (!named && unknown.length && (!listish || !places.length)) return { ...base, intent: 'value', years: years ?? [], places, unknown };

  const stated = readCondition(t, zhBlank);
  let intent: Intent;
  if (asc || desc) intent = 'rank';
  else if (COMPARE.test(zhBlank) || EN_COMPARE.test(t.en)) intent = 'compare';
  else if (COUNT.test(zhBlank) || EN_COUNT.test(t.en)) intent = 'count';
  else if (named && !(LIST.test(zhBlank) || EN_LIST.test(t.en))) intent = years === null || years === 'latest' ? 'latest' : 'value';
  // (the units of a level in a place, 多少 each: "锡山区的街道收到多少申请")
  else if (EACH.test(zhBlank) || ((EACH_UNIT.test(zhBlank) || EN_EACH.test(t.en) || (kinds.length && /多少(?!个)|几(?!个)/.test(zhBlank))) && !LIST.test(zhBlank) && !EN_LIST.test(t.en) && !stated)) intent = 'value';
  else intent = 'list';

  const condition = intent === 'list' || intent === 'count' ? stated : undefined;
  return {
    ...base,
    intent,
    years: years ?? (intent === 'latest' ? 'latest' : []),
    places,
    ...(condition ? { condition } : {}),
    ...(kinds.length ? { kinds } : {}),
    ...lackingOf(t.zh, t.en),
    ...(keys.measures.length > 1 && (intent === 'list' || intent === 'count') && TOGETHER.test(zhBlank + t.en) ? { together: true } : {}),
    // no limit: the top (or bottom) value with every unit that ties on it
    ...(intent === 'rank' ? { order: asc ? 'asc' : 'desc', ...(limit ? { limit } : /排名|排行|rank/.test(zhBlank + t.en) ? { limit: 10 } : {}) } : {}),
  } as Query;
}
