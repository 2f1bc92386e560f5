/** Units named as people write them: shortened, several at once, by kind of department, or not held at all; and years as people write them. */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase } from '../src/index/index.ts';
import { createAsker } from '../src/qa/ask.ts';
import { corpusWithUnits, dbOf, type CorpusReport } from './helpers/qa-corpus.ts';

const reports = corpusWithUnits([
  { name: '衡南县卫生健康局', organ: '衡南县卫生健康局', region: [] },
  { name: '江苏省公安厅', organ: '江苏省公安厅', region: [] },
  { name: '郑州市', organ: '郑州市人民政府', region: ['河南省'] },
  { name: '郑州高新技术产业开发区', organ: '郑州高新技术产业开发区管委会', region: ['河南省'] },
  { name: '栖霞区行政审批局', organ: '栖霞区行政审批局', region: ['南京市'] },
  { name: '盐城市行政审批局', organ: '盐城市行政审批局', region: [] },
  { name: '杭州市卫生健康委员会', organ: '杭州市卫生健康委员会', region: [] },
  { name: '拱墅区米市巷街道', organ: '米市巷街道办事处', region: ['杭州市'] },
  { name: '西山区', organ: '西山区人民政府', region: [] },
  { name: '岳阳市信访局', organ: '岳阳市信访局', region: [] },
  { name: '昭化元坝镇', organ: '昭化元坝镇人民政府', region: ['广元市'] },
  { name: '东北塘街道', organ: '东北塘街道办事处', region: ['无锡市', '锡山区'] },
]);
const db = dbOf(reports);
const asker = createAsker(db);
afterAll(() => closeDatabase(db));

const value = (name: string, year: number, key: string): number => {
  const r: CorpusReport = reports.find((x) => x.report.name === name && x.report.year === year)!;
  return r.values[key] as number;
};
const items = (q: string) => asker.askRules(q).items.map((i) => [i.name, i.year, i.value]);

describe('units named as people write them', () => {
  it.each([
    ['衡南县卫健局2022年收到多少申请', '衡南县卫生健康局'],
    ['江苏公安厅2022年收到多少申请', '江苏省公安厅'],
    ['郑州高新区2022年收到多少申请', '郑州高新技术产业开发区'],
    ['栖霞区审批局2022年收到多少申请', '栖霞区行政审批局'],
    ['盐城审批局2022年收到多少申请', '盐城市行政审批局'],
  ])('%s → %s', (q, name) => {
    expect(items(q)).toEqual([[name, 2022, value(name, 2022, 't3.new_received.total')]]);
  });

  it('says a unit the data does not hold, and answers for no other', () => {
    const r = asker.askRules('大溪镇2022年行政诉讼多少件');
    expect(r.items).toEqual([]);
    expect(r.answer).toMatchInlineSnapshot(`
      "数据中没有“大溪镇”的报告（行政诉讼）。
      数据中有这些年份的报告：2019–2023年。"
    `);
  });

  it('a kind of department names every unit of that kind', () => {
    const names = asker.askRules('2022年哪些行政审批局收到了申请').items.map((i) => i.name).sort();
    expect(names).toEqual(['栖霞区行政审批局', '盐城市行政审批局']);
  });

  it('a city holds the departments named with it, though their reports give no region', () => {
    const names = asker.askRules('2022年杭州市哪些单位收到了申请').items.map((i) => i.name).sort();
    expect(names).toEqual(['拱墅区米市巷街道', '杭州市卫生健康委员会']);
  });

  it('a city named in English holds the departments named with it as well', () => {
    const names = asker.askRules('Which units in Hangzhou received requests in 2022?').items.map((i) => i.name).sort();
    expect(names).toEqual(['拱墅区米市巷街道', '杭州市卫生健康委员会']);
  });

  it('a region is no slip of a unit that sounds like it (锡山区, 西山区)', () => {
    expect(asker.askRules('锡山区的街道2022年收到多少申请').items.map((i) => i.name)).toEqual(['东北塘街道']);
  });

  it('a region with 各 and a level is no unknown name', () => {
    const names = asker.askRules('武义县各乡镇2022年收到多少申请').items.map((i) => i.name);
    expect(names).toEqual(['湖塘乡']);
  });

  it('a city and its district written together are places, no unknown unit (无锡市锡山区的街道)', () => {
    expect(asker.askRules('无锡市锡山区的街道2022年收到多少申请').items.map((i) => i.name)).toEqual(['东北塘街道']);
  });

  it('a unit misspelt after its district is looked for in the district', () => {
    expect(asker.askRules('栖霞区行政审批据2022年收到多少申请').items.map((i) => i.name)).toEqual(['栖霞区行政审批局']);
  });

  it('a township named short of the words before it is that unit when it alone holds the name', () => {
    expect(items('元坝镇2022年收到多少申请')).toEqual([['昭化元坝镇', 2022, value('昭化元坝镇', 2022, 't3.new_received.total')]]);
  });

  it('既…又 asks for the units that have both', () => {
    // 2022: 甲街道 reviews only, 乙街道 lawsuits only, 丙街道 both
    const t4 = { 甲街道: [2, 0], 乙街道: [0, 3], 丙街道: [4, 5] } as const;
    const own = corpusWithUnits(Object.keys(t4).map((name) => ({ name, organ: `${name}办事处`, region: ['温州市'] })))
      .filter((r) => r.report.name! in t4 && r.report.year === 2022)
      .map((r) => {
        const [review, lawsuits] = t4[r.report.name as keyof typeof t4];
        const facts = r.report.facts.map((f) => (f.key === 't4.review.total' ? { ...f, value: review } : f.key === 't4.litigation.total' ? { ...f, value: lawsuits } : f));
        return { values: r.values, report: { ...r.report, facts } };
      });
    const db2 = dbOf(own);
    try {
      const ask = createAsker(db2);
      expect([...new Set(ask.askRules('2022年哪些街道既有行政复议又有行政诉讼').items.map((i) => i.name))]).toEqual(['丙街道']);
      expect([...new Set(ask.askRules('2022年哪些街道有行政复议或行政诉讼').items.map((i) => i.name))].sort()).toEqual(['丙街道', '乙街道', '甲街道']);
    } finally {
      closeDatabase(db2);
    }
  });

  it('two units named together are compared, the larger first', () => {
    const a = value('湖塘乡', 2022, 't3.new_received.total');
    const b = value('郑宅镇', 2022, 't3.new_received.total');
    const top = a >= b ? '湖塘乡' : '郑宅镇';
    expect(asker.askRules('湖塘乡和郑宅镇2022年哪个收到的申请多？').items.map((i) => i.name)).toEqual([top]);
    expect(asker.askRules('湖塘乡和郑宅镇2022年收到的申请分别是多少').items.map((i) => i.name).sort()).toEqual(['湖塘乡', '郑宅镇']);
  });

  it('哪个…多少 asks a number, not a ranking', () => {
    expect(asker.askRules('2022年哪个乡镇行政诉讼多少件').query?.intent).toBe('list');
  });
});

describe('departments named in English', () => {
  it.each([
    ['How many requests did the Jiangsu public security department receive in 2022?', '江苏省公安厅'],
    ['How many requests did the Hangzhou Health Commission receive in 2022?', '杭州市卫生健康委员会'],
    ['How many requests did the Qixia administrative approval bureau receive in 2022?', '栖霞区行政审批局'],
    ['How many requests did the Yancheng city administrative approval bureau receive in 2022?', '盐城市行政审批局'],
    ['How many requests did the Yueyang petitions bureau receive in 2022?', '岳阳市信访局'],
  ])('%s → %s', (q, name) => {
    expect(asker.askRules(q).items.map((i) => [i.name, i.key, i.value])).toEqual([[name, 't3.new_received.total', value(name, 2022, 't3.new_received.total')]]);
  });

  it('a kind of department asked about in English names every one of them', () => {
    expect(asker.askRules('Which administrative approval bureaus received requests in 2022?').items.map((i) => i.name).sort()).toEqual(['栖霞区行政审批局', '盐城市行政审批局']);
  });

  it('gives each name as an English reader would spell it', () => {
    expect(asker.askRules('How many requests did the Yueyang petitions bureau receive in 2022?').answer).toContain('岳阳市信访局 (Yueyangshi Xinfang Ju), 2022');
  });
});

describe('years as people write them', () => {
  const want = [['湖塘乡', 2022, value('湖塘乡', 2022, 't3.new_received.total')]];
  it.each([['二〇二二年湖塘乡收到多少申请'], ['二零二二年湖塘乡收到多少申请'], ['22年湖塘乡收到多少申请'], ['湖塘乡2022年收到多少申请']])('%s', (q) => {
    expect(items(q)).toEqual(want);
  });

  it('近10年 is a span, not the year 2010', () => {
    expect(asker.askRules('湖塘乡近10年收到多少申请').query?.years).toEqual([2019, 2020, 2021, 2022, 2023]);
  });
});
