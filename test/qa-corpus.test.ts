/**
 * Questions over a generated corpus (test/helpers/qa-corpus.ts), with the expected items worked
 * out here from the stored values: every key family, every question word, both languages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../src/index/index.ts';
import { createAsker } from '../src/qa/ask.ts';
import { measureKeys } from '../src/qa/measure.ts';
import { corpusDb, SPECIAL, UNITS, type CorpusReport } from './helpers/qa-corpus.ts';

const { db, reports } = corpusDb();
const asker = createAsker(db);
afterAll(() => closeDatabase(db));

interface Expected {
  name: string;
  year: number;
  value: number;
}

function valueOf(r: CorpusReport, measure: string): number | null {
  const keys = measureKeys(measure);
  if (measure.includes('*')) {
    const given = keys.map((k) => r.values[k]).filter((v): v is number => typeof v === 'number');
    return given.length ? Math.round(given.reduce((s, v) => s + v, 0) * 1e6) / 1e6 : null;
  }
  for (const k of keys) if (typeof r.values[k] === 'number') return r.values[k];
  return null;
}

const rows = (measure: string, f: (r: CorpusReport) => boolean = () => true): Expected[] =>
  reports
    .filter(f)
    .map((r) => ({ name: r.report.name!, year: r.report.year!, value: valueOf(r, measure) }))
    .filter((x): x is Expected => x.value !== null);

/** the year of a corpus report (every one has a year) */
const yearOf = (r: CorpusReport): number => r.report.year ?? 0;
const inRegion = (level: string) => (r: CorpusReport) => r.report.region.includes(level);
const list = (m: string, year: number, ok: (v: number) => boolean = (v) => v > 0, where: (r: CorpusReport) => boolean = () => true): Expected[] =>
  rows(m, (r) => r.report.year === year && where(r)).filter((x) => ok(x.value));
const one = (m: string, name: string, year: number): Expected[] => rows(m, (r) => r.report.name === name && r.report.year === year);
const latest = (m: string, name: string): Expected[] => rows(m, (r) => r.report.name === name).slice(-1);
const top = (m: string, order: 'desc' | 'asc', year?: number): Expected[] => {
  const all = rows(m, (r) => year === undefined || r.report.year === year);
  const best = order === 'desc' ? Math.max(...all.map((x) => x.value)) : Math.min(...all.map((x) => x.value));
  return all.filter((x) => x.value === best);
};
const firstN = (m: string, year: number, n: number): Expected[] => rows(m, (r) => r.report.year === year).sort((a, b) => b.value - a.value).slice(0, n);

interface Family {
  m: string;
  zh: string;
  en: string;
  years: number[];
}

const FAMILIES: Family[] = [
  { m: 't4.litigation.total', zh: '行政诉讼', en: 'lawsuits', years: [2022, 2023] },
  { m: 't4.review.total', zh: '行政复议', en: 'administrative reviews', years: [2020, 2022] },
  { m: 't3.new_received.total', zh: '收到的政府信息公开申请', en: 'information requests', years: [2022, 2019] },
  { m: 't3.granted.total', zh: '予以公开的申请', en: 'requests granted', years: [2023, 2020] },
  { m: 't3.partially_granted.total', zh: '部分公开的申请', en: 'partially granted requests', years: [2021] },
  { m: 't3.denied_*.total', zh: '不予公开的申请', en: 'denied requests', years: [2022] },
  { m: 't3.unavailable_*.total', zh: '无法提供的申请', en: 'requests it was unable to provide', years: [2023] },
  { m: 't3.rejected_*.total', zh: '不予处理的申请', en: 'requests not processed', years: [2021] },
  { m: 't3.carried_forward.total', zh: '结转下年度继续办理的申请', en: 'requests carried forward', years: [2022] },
  { m: 't3.denied_third_party.total', zh: '因保护第三方合法权益不予公开的申请', en: 'requests denied to protect a third party', years: [2023] },
  { m: 't2.penalty.decisions', zh: '行政处罚决定', en: 'penalty decisions', years: [2021, 2019] },
  { m: 't2.licensing.decisions', zh: '行政许可决定', en: 'licensing decisions', years: [2023] },
  { m: 't2.coercion.decisions', zh: '行政强制决定', en: 'coercion decisions', years: [2022] },
  { m: 't2.fees.amount', zh: '行政事业性收费金额', en: 'fees collected', years: [2022] },
  { m: 't2.procurement.amount', zh: '政府集中采购金额', en: 'procurement amount', years: [2020] },
  { m: 't2.procurement.projects', zh: '政府集中采购项目', en: 'procurement projects', years: [2019] },
  { m: 't2.normative_documents.made|t2.normative_documents.new_made', zh: '制发的规范性文件', en: 'normative documents issued', years: [2021, 2020] },
  { m: 't3.new_received.commercial', zh: '企业提出的申请', en: 'requests from businesses', years: [2022] },
  { m: 't4.review.upheld', zh: '行政复议结果维持', en: 'reviews upheld', years: [2023] },
];

// units with a unique name and pinyin, each with several years
const NAMED = UNITS.filter((u) => !u.name.startsWith('石桥'));

interface Case {
  q: string;
  expect: Expected[];
  /** whether the order of the items matters (rankings) */
  ordered?: boolean;
}

const cases: Case[] = [];
FAMILIES.forEach((f, i) => {
  for (const y of f.years) {
    cases.push({ q: `${y}年哪些乡镇有${f.zh}？`, expect: list(f.m, y) });
    cases.push({ q: `Which townships reported ${f.en} in ${y}?`, expect: list(f.m, y) });
  }
  const u = NAMED[i % NAMED.length]!;
  const uy = u.years.at(-2) ?? u.years[0]!;
  cases.push({ q: `${u.name}${uy}年${f.zh}是多少？`, expect: one(f.m, u.name, uy) });
  cases.push({ q: `How many ${f.en} did ${u.pinyin} township have in ${uy}?`, expect: one(f.m, u.name, uy) });
  cases.push({ q: `${u.name}的${f.zh}有多少`, expect: latest(f.m, u.name) });
  cases.push({ q: `哪个乡镇的${f.zh}最多？`, expect: top(f.m, 'desc') });
  cases.push({ q: `Which township had the most ${f.en}?`, expect: top(f.m, 'desc') });
  cases.push({ q: `${f.years[0]}年${f.zh}最少的是哪个乡镇？`, expect: top(f.m, 'asc', f.years[0]) });
});

const LIT = 't4.litigation.total';
const REQ = 't3.new_received.total';
const PEN = 't2.penalty.decisions';
cases.push(
  // nothing qualifies
  { q: `${SPECIAL.quietYear}年哪些乡镇有行政诉讼？`, expect: [] },
  { q: `Were there any lawsuits against townships in ${SPECIAL.quietYear}?`, expect: [] },
  { q: `${SPECIAL.quietYear}年有乡镇被申请行政复议吗？`, expect: [] },
  { q: `2022年哪些乡镇的行政处罚超过1000件？`, expect: [] },
  { q: '2030年哪些乡镇有行政诉讼？', expect: [] },
  // conditions
  { q: '2022年行政处罚超过20件的乡镇有哪些？', expect: list(PEN, 2022, (v) => v > 20) },
  { q: '2022年哪些乡镇行政处罚至少10件？', expect: list(PEN, 2022, (v) => v >= 10) },
  { q: '2023年哪些乡镇行政许可决定在30件以上', expect: list('t2.licensing.decisions', 2023, (v) => v >= 30) },
  { q: '2022年哪些乡镇的申请少于15件', expect: list(REQ, 2022, (v) => v < 15) },
  { q: '2022年行政处罚在10到30件之间的乡镇', expect: list(PEN, 2022, (v) => v >= 10 && v <= 30) },
  { q: '2022年行政处罚超过10件少于30件的乡镇有哪些', expect: list(PEN, 2022, (v) => v > 10 && v < 30) },
  { q: 'Which townships had between 10 and 30 penalty decisions in 2022?', expect: list(PEN, 2022, (v) => v >= 10 && v <= 30) },
  { q: 'Which townships had more than 20 penalty decisions in 2022?', expect: list(PEN, 2022, (v) => v > 20) },
  { q: 'Which townships had at least 10 penalty decisions in 2022?', expect: list(PEN, 2022, (v) => v >= 10) },
  { q: '2022年哪些乡镇没有行政诉讼？', expect: list(LIT, 2022, (v) => v === 0) },
  { q: 'Which townships had no lawsuits in 2023?', expect: list(LIT, 2023, (v) => v === 0) },
  // top N and counts
  { q: '2023年行政许可决定前三名是哪些乡镇', expect: firstN('t2.licensing.decisions', 2023, 3), ordered: true },
  { q: 'Top 2 townships by penalty decisions in 2022', expect: firstN(PEN, 2022, 2), ordered: true },
  { q: '2022年有多少个乡镇有行政诉讼？', expect: list(LIT, 2022) },
  { q: 'How many townships had lawsuits in 2022?', expect: list(LIT, 2022) },
  { q: '2022年行政诉讼排名', expect: firstN(LIT, 2022, 10).filter((x) => x.value >= 0), ordered: true },
  // regions, Chinese and pinyin
  { q: '丰城市2022年有哪些乡镇有行政诉讼？', expect: list(LIT, 2022, (v) => v > 0, inRegion('丰城市')) },
  { q: '金华市2022年哪些乡镇收到了申请', expect: list(REQ, 2022, (v) => v > 0, inRegion('金华市')) },
  { q: '浙江省哪些乡镇2023年有行政处罚', expect: list(PEN, 2023, (v) => v > 0, inRegion('浙江省')) },
  { q: 'Which townships in Jinhua received requests in 2022?', expect: list(REQ, 2022, (v) => v > 0, inRegion('金华市')) },
  { q: '阿拉善盟2022年的乡镇有没有行政复议', expect: list('t4.review.total', 2022, (v) => v > 0, inRegion('阿拉善盟')) },
  // partial names, slips, traditional script, pinyin
  { q: '巴丹吉林2022年行政诉讼多少件', expect: one(LIT, '巴丹吉林镇', 2022) },
  { q: '湖糖乡2022年收到多少申请', expect: one(REQ, '湖塘乡', 2022) },
  { q: '郑宅乡2022年行政处罚几件', expect: one(PEN, '郑宅镇', 2022) },
  { q: '鄭宅鎮2022年行政訴訟多少件', expect: one(LIT, '郑宅镇', 2022) },
  { q: '巴丹吉淋镇2021年收到几件申请', expect: one(REQ, '巴丹吉林镇', 2021) },
  { q: 'How many lawsuits did Zhengzai have in 2022?', expect: one(LIT, '郑宅镇', 2022) },
  { q: 'lawsuits Badanjilin 2022', expect: one(LIT, '巴丹吉林镇', 2022) },
  { q: 'How many requests did Hutang Xiang receive in 2021', expect: one(REQ, '湖塘乡', 2021) },
  { q: '石桥2022年行政诉讼多少件', expect: [...one(LIT, '石桥乡', 2022), ...one(LIT, '石桥镇', 2022)] },
  { q: '白沙街道2023年有没有行政复议', expect: one('t4.review.total', '白沙街道', 2023) },
  // years in other forms
  { q: '湖塘乡2019-2021年行政诉讼', expect: rows(LIT, (r) => r.report.name === '湖塘乡' && yearOf(r) >= 2019 && yearOf(r) <= 2021) },
  { q: '湖塘乡2020到2022年收到多少申请', expect: rows(REQ, (r) => r.report.name === '湖塘乡' && yearOf(r) >= 2020 && yearOf(r) <= 2022) },
  { q: '郑宅镇近三年的行政处罚', expect: rows(PEN, (r) => r.report.name === '郑宅镇' && yearOf(r) >= 2021) },
  { q: '郑宅镇去年行政许可多少', expect: one('t2.licensing.decisions', '郑宅镇', 2022) },
  { q: '郑宅镇今年行政许可多少', expect: one('t2.licensing.decisions', '郑宅镇', 2023) },
  { q: '郑宅镇前年行政许可多少', expect: one('t2.licensing.decisions', '郑宅镇', 2021) },
  { q: 'How many penalty decisions did Zhengzhai make last year?', expect: one(PEN, '郑宅镇', 2022) },
  { q: 'Zhengzhai lawsuits from 2020 to 2022', expect: rows(LIT, (r) => r.report.name === '郑宅镇' && yearOf(r) <= 2022) },
  // comparisons and trends
  { q: '湖塘乡历年行政诉讼对比', expect: rows(LIT, (r) => r.report.name === '湖塘乡') },
  { q: '郑宅镇收到的申请每年变化趋势', expect: rows(REQ, (r) => r.report.name === '郑宅镇') },
  { q: 'Compare Hutang lawsuits over the years', expect: rows(LIT, (r) => r.report.name === '湖塘乡') },
  // applicant columns
  { q: '2022年哪些乡镇收到自然人的申请？', expect: list('t3.new_received.natural_person', 2022) },
  { q: '2023年哪些乡镇有法律服务机构提出申请', expect: list('t3.new_received.legal_service', 2023) },
  { q: '湖塘乡2022年予以公开的企业申请有多少', expect: one('t3.granted.commercial', '湖塘乡', 2022) },
  // special cases: not given, prose, failing checks
  { q: '龙泉镇2023年收到多少申请？', expect: [] },
  { q: '龙泉镇收到多少申请？', expect: one(REQ, '龙泉镇', 2022) },
  { q: '郑宅镇2020年行政诉讼多少件', expect: [{ name: '郑宅镇', year: 2020, value: SPECIAL.prose.value }] },
  { q: '柳屯镇2021年行政处罚多少', expect: one(PEN, '柳屯镇', 2021) },
);

const norm = (xs: Expected[]): string[] => xs.map((x) => `${x.name} ${x.year} ${x.value}`);

describe('questions over the generated corpus', () => {
  it('has at least 150 questions, most with non-zero expectations', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expect.some((x) => x.value > 0)).length).toBeGreaterThan(120);
  });

  it.each(cases)('$q', ({ q, expect: want, ordered }) => {
    const r = asker.askRules(q);
    expect(r.search).toBe(false);
    const got = norm(r.items.map((i) => ({ name: i.name, year: i.year, value: i.value })));
    if (ordered) expect(got).toEqual(norm(want));
    else expect([...got].sort()).toEqual([...norm(want)].sort());
  });
});
