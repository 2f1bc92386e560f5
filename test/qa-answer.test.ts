/** What the reply says beside the items: sources, "not given", failed checks, nothing found, search. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, ingestReport, openDatabase } from '../src/index/index.ts';
import { parseFile } from '../src/parsers/index.ts';
import { createAsker } from '../src/qa/ask.ts';
import { FIXTURES } from './helpers/fixtures.ts';
import { corpusDb, SPECIAL } from './helpers/qa-corpus.ts';

const { db, reports } = corpusDb();
const asker = createAsker(db);
afterAll(() => closeDatabase(db));

describe('answer text', () => {
  it('cites a prose fact with its sentence', () => {
    const r = asker.askRules('郑宅镇2020年行政诉讼多少件');
    expect(r.answer).toMatchInlineSnapshot(`
      "行政诉讼：
      1. 郑宅镇（浙江省金华市浦江县） 2020年：7
         来源：据报告正文：“全年发生政府信息公开行政诉讼7件。”（reports/zhengzhai-郑宅镇-2020.txt 第12行）"
    `);
    expect(r.items[0]!.citation).toMatchObject({ method: 'prose', evidence: SPECIAL.prose.evidence });
  });

  it('in English for an English question', () => {
    expect(asker.askRules('Which townships in Jiangyou had lawsuits in 2023?').answer).toMatchInlineSnapshot(`
      "1 township (1 report) qualifies (lawsuits above 0):
      1. 石桥乡（四川省绵阳市江油市） (Shiqiao Xiang), 2023: 108
         source: reports/shiqiao-石桥乡-2023.txt, 表四（四、政府信息公开行政复议、行政诉讼情况） 行政诉讼 / 总计, line 227
      Searched: 2023, 1 report of 1 township."
    `);
  });

  it('names a report that gives no number, apart from zero', () => {
    const r = asker.askRules('龙泉镇2023年收到多少申请？');
    expect(r.items).toEqual([]);
    expect(r.answer).toContain('未给出该数字');
    expect(r.answer).toContain('龙泉镇 2023年');
  });

  it('notes a report that fails its own checks', () => {
    expect(asker.askRules('柳屯镇2021年行政处罚多少').answer).toContain('勾稽不一致');
  });

  it('sums a group of rows and cites each row', () => {
    const r = asker.askRules('湖塘乡2022年不予公开的申请有多少');
    const v = reports.find((x) => x.report.name === '湖塘乡' && x.report.year === 2022)!.values;
    const parts = Object.entries(v).filter(([k, x]) => /^t3\.denied_[a-z_]+\.total$/.test(k) && typeof x === 'number');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ key: 't3.denied_*.total', value: parts.reduce((s, [, x]) => s + (x as number), 0) });
    expect(r.items[0]!.parts).toHaveLength(parts.length);
    expect(r.answer).toContain('属于国家秘密');
    // the file and table once, then the rows that give a number, in the order they are printed
    const source = r.answer.split('\n').find((l) => l.includes('来源'))!;
    expect(source).toMatch(/^ {3}来源：\S+ 表三（[^）]+） \/ 总计 第\d+(–\d+)?行：/);
    const shown = [...source.matchAll(/(\d)\.属于|(\d)\.其他法律|(\d)\.危及|(\d)\.保护/g)].map((m) => Number(m[1] ?? m[2] ?? m[3] ?? m[4]));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(source.split('表三').length).toBe(2);
  });

  it('says what was searched and what the data has when nothing qualifies', () => {
    expect(asker.askRules(`${SPECIAL.quietYear}年哪些乡镇有行政诉讼？`).answer).toMatchInlineSnapshot(`
      "没有找到符合条件的结果（行政诉讼 大于0）。查找范围：2021年，6个乡镇（街道）的6份报告。
      其他年份有：巴丹吉林镇（内蒙古自治区阿拉善盟阿拉善右旗） 2020年 116、湖塘乡（浙江省金华市武义县） 2020年 111、郑宅镇（浙江省金华市浦江县） 2020年 7、龙泉镇 2022年 208、巴丹吉林镇（内蒙古自治区阿拉善盟阿拉善右旗） 2022年 205。
      数据中有这些年份的报告：2019–2023年。"
    `);
  });

  it("offers a unit's nearest other years when the year asked has no report of it", () => {
    expect(asker.askRules('郑宅镇2019年有多少行政诉讼？').answer).toMatchInlineSnapshot(`
      "没有找到符合条件的结果（行政诉讼）。查找范围：2019年，0个单位的0份报告。
      没有这些年份的报告：郑宅镇（浙江省金华市浦江县） 2019年。
      其他年份有：郑宅镇（浙江省金华市浦江县） 2020年 7。
      数据中有这些年份的报告：2019–2023年。"
    `);
  });

  it('says what no report gives before the numbers that are given', () => {
    expect(asker.askRules('2023年郑宅镇行政诉讼败诉率').answer.split('\n')[0]).toBe('报告中没有“败诉率”这一项，以下是报告给出的相关数字。');
    expect(asker.askRules('What is the litigation loss rate of Zhengzhai in 2023?').answer.split('\n')[0]).toBe('The reports do not give “loss rate”; below are the related numbers they give.');
    expect(asker.askRules('郑宅镇2023年有多少行政诉讼？').answer).not.toContain('报告中没有');
  });

  it('marks a full-text search as such', () => {
    const r = asker.askRules('政务公开标准化规范化建设');
    expect(r.search).toBe(true);
    expect(r.items).toEqual([]);
    expect(r.answer).toContain('全文搜索结果');
  });
});

describe('a report whose tables leave cells empty', async () => {
  const blank = openDatabase(':memory:');
  afterAll(() => closeDatabase(blank));
  const report = await parseFile(join(FIXTURES, 'formats', 'blank-cells-2022.html'));
  ingestReport(blank, { ...report, file: 'blank-cells-2022.html' }, { file: 'blank-cells-2022.html', hash: 'blank-cells' });
  const ask = createAsker(blank);

  it('sums the rows that give a number and says how many give none', () => {
    expect(ask.askRules('临溪县自然资源局2022年不予公开的有多少').answer).toMatchInlineSnapshot(`
      "不予公开的申请：
      1. 临溪县自然资源局 2022年：4
         来源：blank-cells-2022.html 表三（三、收到和处理政府信息公开申请情况） / 总计 第28–30行：4.保护第三方合法权益 2，6.属于四类过程性信息 2；另有6项未给出数字（不等于0，未计入）"
    `);
    expect(ask.askRules('How many requests did 临溪县自然资源局 deny in 2022?').answer).toContain('6 more rows give no number (not zero, not counted)');
  });

  it('gives no number for an empty cell', () => {
    expect(ask.askRules('临溪县自然资源局2022年行政复议其他结果是多少').answer).toContain('未给出该数字（不等于0，未计入）：临溪县自然资源局 2022年');
  });
});
