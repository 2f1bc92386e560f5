/** Questions that ask by level (哪些乡镇, 哪些街道, which departments) over units of every kind. */
import { afterAll, describe, expect, it } from 'vitest';
import { unitKind } from '../src/core/unit-kind.ts';
import { closeDatabase, listUnits } from '../src/index/index.ts';
import { createAsker } from '../src/qa/ask.ts';
import { readKinds } from '../src/qa/kinds.ts';
import { questionText } from '../src/qa/understand.ts';
import { corpusWithUnits, dbOf } from './helpers/qa-corpus.ts';

describe('the level of a unit, from its name', () => {
  it.each([
    ['湖塘乡', 'township'],
    ['巴丹吉林镇', 'township'],
    ['宝力根花苏木', 'township'],
    ['鲊埠回族乡', 'township'],
    ['熊口管理区', 'township'],
    ['园艺场', 'township'],
    ['官洲街道', 'street'],
    ['西营门街', 'street'],
    ['东郊办事处', 'street'],
    ['白沙街道办事处', 'street'],
    ['武义县', 'county'],
    ['阿拉善右旗', 'county'],
    ['沙坪坝区', 'county'],
    ['丰城市', 'city'],
    ['阿拉善盟', 'city'],
    ['四川省', 'province'],
    ['武义县财政局', 'department'],
    ['高平市人民政府办公室', 'department'],
    ['江苏省公安厅', 'department'],
    ['信丰县卫生健康委', 'department'],
    ['东湖区行政服务中心', 'department'],
    ['郑州高新技术产业开发区', 'zone'],
    ['文山三七产业园区', 'zone'],
    ['长兴岛经济技术开发区管委会', 'zone'],
    ['林业社区', 'other'],
  ])('%s is a %s', (name, kind) => {
    expect(unitKind(name)).toBe(kind);
  });

  it('falls back on the organ when the report names no unit', () => {
    expect(unitKind(null, '湖塘乡人民政府')).toBe('township');
    expect(unitKind(null, null)).toBe('other');
  });
});

describe('the level a question asks about', () => {
  const kinds = (q: string): string[] => {
    const t = questionText(q);
    return readKinds(t.zh, t.en).sort();
  };
  it.each([
    ['2020年哪个乡镇报告了行政诉讼？', ['street', 'township']],
    ['各乡镇（街道）行政复议情况', ['street', 'township']],
    ['有乡镇被申请行政复议吗', ['street', 'township']],
    ['2023年哪些街道收到了申请', ['street']],
    ['哪些镇有行政诉讼', ['township']],
    ['哪个部门收到的申请最多', ['department']],
    ['开发区的行政处罚', ['zone']],
    ['哪些县收到申请超过100件', ['county']],
    ['哪些区县有行政诉讼', ['county']],
    ['哪些市有行政诉讼', ['city']],
    ['哪些市场监管局有行政处罚', []],
    ['哪些局2022年被提起行政诉讼', ['department']],
    ['罚款最多的局', ['department']],
    ['哪个地级市收到的申请最多', ['city']],
    ['这个局面下的行政诉讼', []],
    ['2020年行政诉讼', []],
    ['Which township reported litigation in 2020?', ['street', 'township']],
    ['which departments received the most requests', ['department']],
    ['which counties had lawsuits', ['county']],
  ])('%s → %j', (q, want) => {
    expect(kinds(q)).toEqual(want);
  });
});

describe('answers narrowed to the level asked about', () => {
  // beside the corpus's townships, a county, a department and a zone of 武义县
  const reports = corpusWithUnits([
    { name: '武义县', organ: '武义县人民政府', region: ['浙江省', '金华市'] },
    { name: '武义县财政局', organ: '武义县财政局', region: ['浙江省', '金华市', '武义县'] },
    { name: '武义经济开发区', organ: '武义经济开发区管理委员会', region: ['浙江省', '金华市', '武义县'] },
  ]);
  const db = dbOf(reports);
  const asker = createAsker(db);
  afterAll(() => closeDatabase(db));
  const kindOf = new Map(listUnits(db).map((u) => [u.name, u.kind]));
  /** the units whose report of the year gives the key above zero, of the given levels */
  const having = (year: number, key: string, kinds: string[]): string[] =>
    reports
      .filter((r) => r.report.year === year && (r.values[key] ?? 0) > 0 && kinds.includes(kindOf.get(r.report.name!)!))
      .map((r) => r.report.name!)
      .sort();

  it('the corpus has units of every level, each with requests in 2022', () => {
    expect(having(2022, 't3.new_received.total', ['county', 'department', 'zone'])).toEqual(['武义县', '武义县财政局', '武义经济开发区']);
  });

  it.each([
    ['2022年哪些乡镇收到了政府信息公开申请？', ['township', 'street']],
    ['2022年哪些街道收到了政府信息公开申请？', ['street']],
    ['2022年哪些部门收到了政府信息公开申请？', ['department']],
    ['Which townships received information requests in 2022?', ['township', 'street']],
    ['2022年哪些单位收到了政府信息公开申请？', ['township', 'street', 'county', 'department', 'zone']],
  ])('%s', (q, kinds) => {
    const names = asker.askRules(q).items.map((i) => i.name).sort();
    expect(names).toEqual(having(2022, 't3.new_received.total', kinds));
    expect(names.length).toBeGreaterThan(0);
  });

  it('a region and a level together: the townships of 武义县, not the county or its bureaus', () => {
    const r = asker.askRules('武义县哪些乡镇2022年收到了申请');
    expect(r.items.map((i) => i.name)).toEqual(['湖塘乡']);
    expect(r.answer).toContain('查找范围：2022年，1个乡镇（街道）的1份报告');
  });

  it('a unit named outright is answered whatever its level', () => {
    const want = reports.find((r) => r.report.name === '武义县财政局' && r.report.year === 2022)!.values['t3.new_received.total'];
    expect(asker.askRules('武义县财政局2022年收到多少申请').items).toEqual([expect.objectContaining({ name: '武义县财政局', value: want })]);
  });

  it('the top department, not the top unit', () => {
    const r = asker.askRules('2022年哪个部门的行政复议最多');
    expect(r.items.map((i) => i.name)).toEqual(['武义县财政局']);
  });
});
