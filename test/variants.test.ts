/**
 * Hand-written reports with non-zero numbers in every table and the label variants real reports
 * use: 本年度止件数, 第二十六条, 社会组织, characters split by spaces, 、/./． numbering, 表二
 * columns in another order, (六) sub-rows, negative 本年增/减, amounts with units.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { parseText } from '../src/parsers/index.ts';
import { FIXTURES } from './helpers/fixtures.ts';
import { t3Facts, t4Facts, valuesByKey } from './helpers/expect-facts.ts';

const read = (name: string) => readFileSync(join(FIXTURES, 'variants', name), 'utf8');
const zeros = [0, 0, 0, 0, 0, 0, 0];

const PIPE_2019 = {
  meta: { organ: '白姆乡人民政府', name: '白姆乡', region: ['浙江省', '金华市', '武义县'], year: 2020, template: 2019, published: '2021-01-28' },
  facts: {
    't2.regulations.new_made': 1, 't2.regulations.new_published': 1, 't2.regulations.total_published': 5,
    't2.normative_documents.new_made': 3, 't2.normative_documents.new_published': 2, 't2.normative_documents.total_published': 20,
    't2.licensing.previous': 12, 't2.licensing.change': -2, 't2.licensing.decisions': 340,
    't2.other_services.previous': 5, 't2.other_services.change': 1, 't2.other_services.decisions': 60,
    't2.penalty.previous': 8, 't2.penalty.change': 0, 't2.penalty.decisions': 25,
    't2.coercion.previous': 2, 't2.coercion.change': 1, 't2.coercion.decisions': 3,
    't2.fees.previous': 4, 't2.fees.change': -1, 't2.procurement.projects': 6, 't2.procurement.amount': 120.5,
    ...t3Facts({
      new_received: [10, 3, 0, 1, 2, 0, 16], carried_over: [2, 0, 0, 0, 1, 0, 3], granted: [5, 2, 0, 1, 0, 0, 8],
      partially_granted: [2, 0, 0, 0, 1, 0, 3], denied_state_secret: [1, 0, 0, 0, 0, 0, 1], denied_prohibited: zeros,
      denied_third_party: [1, 0, 0, 0, 0, 0, 1], unavailable_not_held: [1, 0, 0, 0, 0, 0, 1], rejected_petition: [0, 0, 0, 0, 1, 0, 1],
      rejected_duplicate: [1, 0, 0, 0, 0, 0, 1], other: [0, 1, 0, 0, 0, 0, 1], total_processed: [11, 3, 0, 1, 2, 0, 17],
      carried_forward: [1, 0, 0, 0, 1, 0, 2],
    }),
    ...t4Facts([1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1]),
  },
  units: { 't2.procurement.amount': '万元' },
};

const TSV_2021 = {
  meta: { organ: '某某县经济技术开发区管理委员会', name: '某某县经济技术开发区', region: [], year: 2021, template: 2021, published: '2022-01-15' },
  facts: {
    't2.regulations.made': 1, 't2.regulations.repealed': 0, 't2.regulations.in_force': 4,
    't2.normative_documents.made': 3, 't2.normative_documents.repealed': 1, 't2.normative_documents.in_force': 12,
    't2.licensing.decisions': 215, 't2.penalty.decisions': 37, 't2.coercion.decisions': 4, 't2.fees.amount': 12.3456,
    ...t3Facts({
      new_received: [7, 2, 1, 0, 1, 1, 12], carried_over: [1, 0, 0, 0, 0, 0, 1], granted: [3, 1, 0, 0, 0, 1, 5],
      partially_granted: [1, 0, 1, 0, 0, 0, 2], denied_third_party: [1, 0, 0, 0, 0, 0, 1], denied_process_info: [0, 1, 0, 0, 0, 0, 1],
      unavailable_not_held: [1, 0, 0, 0, 0, 0, 1], rejected_petition: [0, 0, 0, 0, 1, 0, 1],
      other_no_correction: [1, 0, 0, 0, 0, 0, 1], other_unpaid_fee: zeros, other_other: [1, 0, 0, 0, 0, 0, 1],
      other: [2, 0, 0, 0, 0, 0, 2], total_processed: [8, 2, 1, 0, 1, 1, 13], carried_forward: zeros,
    }),
    ...t4Facts([1, 1, 0, 1, 3, 0, 0, 1, 1, 2, 0, 0, 0, 0, 0]),
  },
  units: { 't2.fees.amount': '万元' },
};

describe('表三 row names OCR cut or misread, one character each', () => {
  it.each([
    ['（一）予以公开', '（一）予以公幵', 'granted'],
    ['一、本年新收政府信息公开申请数量', '一、本年新政府信息公开申请数量', 'new_received'],
    ['1．本机关不掌握相关政府信息', '1．本机关不掌撑相关政府信息', 'unavailable_not_held'],
  ])('%s as %s', (printed, misread, row) => {
    const text = read('2021-tsv.txt');
    expect(text).toContain(printed);
    const got = valuesByKey(parseText(text.replace(printed, misread), 'x.txt'));
    for (const [key, value] of Object.entries(TSV_2021.facts).filter(([k]) => k.startsWith(`t3.${row}.`))) expect(got.get(key), key).toEqual([value]);
  });
});

describe.each([
  ['2019-pipe.txt', PIPE_2019],
  ['2021-tsv.txt', TSV_2021],
])('%s', (file, want) => {
  const r = parseText(read(file), file);

  it('reads the metadata', () => {
    expect({ organ: r.organ, name: r.name, region: r.region, year: r.year, template: r.template, published: r.published }).toEqual(want.meta);
  });

  it('reads every number, one value per key', () => {
    const got = valuesByKey(r);
    for (const [key, value] of Object.entries(want.facts)) expect(got.get(key), key).toEqual([value]);
  });

  it('keeps the unit of amounts', () => {
    for (const [key, unit] of Object.entries(want.units)) expect(r.facts.find((f) => f.key === key)?.unit).toBe(unit);
  });

  it('finds every check holding, text agreeing with table', () => {
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.checks.length).toBeGreaterThan(4);
  });
});

describe('a report whose own numbers disagree', () => {
  const text = read('2021-tsv.txt').replace('（七）总计\t8\t2\t1\t0\t1\t1\t13', '（七）总计\t7\t2\t1\t0\t1\t1\t12');
  const r = parseText(text, 'bad.txt');

  it('is read as printed', () => {
    expect(valuesByKey(r).get('t3.total_processed.total')).toEqual([12]);
    expect(valuesByKey(r).get('t3.other.total')).toEqual([2]);
  });

  it('reports the failed check with its numbers', () => {
    const failed = r.checks.filter((c) => !c.ok).map((c) => c.rule);
    expect(failed).toContain('表三 每列: 各项办理结果之和 = (七)总计');
    expect(failed).toContain('表三 每列: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度');
    expect(r.checks.find((c) => c.rule.startsWith('表三 每列: 各项办理结果之和'))?.detail).toContain('≠ 12');
  });
});

describe('blank, open and zero cells stay apart', () => {
  const text = read('2021-tsv.txt').replace('行政许可\t215', '行政许可\t/').replace('行政处罚\t37', '行政处罚\t无').replace('行政强制\t4', '行政强制\t');
  const r = parseText(text, 'open.txt');
  it.each([
    ['t2.licensing.decisions', [null]],
    ['t2.penalty.decisions', [0]],
    ['t2.coercion.decisions', undefined],
  ])('%s', (key, want) => {
    expect(valuesByKey(r).get(key)).toEqual(want);
  });
  it('keeps the printed text of an open cell', () => {
    expect(r.facts.find((f) => f.key === 't2.licensing.decisions')?.raw).toBe('/');
  });
});

describe('上年转结 printed for 上年结转', () => {
  const r = parseText(read('2021-tsv.txt').replace('二、上年结转政府信息公开申请数量', '二、上年转结政府信息公开申请数量'), 'slip.txt');
  it.each([
    ['t3.carried_over.natural_person', [1]],
    ['t3.carried_over.total', [1]],
  ])('%s', (key, want) => expect(valuesByKey(r).get(key)).toEqual(want));
});

describe('numbers with thousands separators', () => {
  const text = read('2021-tsv.txt').replace('行政许可\t215', '行政许可\t1,215').replace('行政事业性收费\t12.3456', '行政事业性收费\t1,012.3456');
  const r = parseText(text, 'sep.txt');
  it.each([
    ['t2.licensing.decisions', [1215]],
    ['t2.fees.amount', [1012.3456]],
  ])('%s', (key, want) => expect(valuesByKey(r).get(key)).toEqual(want));
});

describe('an introduction that names the sections, wrapped so a line begins with a heading’s words', () => {
  const intro = '本报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开\n行政复议、行政诉讼情况，存在的主要问题及改进情况，其他需要报告的事项。\n';
  const text = read('2021-tsv.txt').replace('\n一、总体情况', `\n${intro}一、总体情况`);
  const r = parseText(text, 'intro.txt');
  it('finds the six sections where their headings stand', () => {
    expect(r.sections.map((s) => s.title)).toHaveLength(6);
    expect(r.sections[0]!.startLine).toBe(text.split('\n').indexOf('一、总体情况') + 1);
  });
  it('reads every number as without the introduction', () => {
    const got = valuesByKey(r);
    for (const [key, value] of Object.entries(TSV_2021.facts)) expect(got.get(key), key).toEqual([value]);
  });
});

describe('表二 after a paragraph in its section that names its columns in another order', () => {
  const text = [
    '某镇2022年政府信息公开工作年度报告',
    '一、总体情况',
    '二、主动公开政府信息情况',
    '(三)政府信息管理。2022年，我镇废止规范性文件2件，现行有效规范性文件5件',
    '第二十条第(一)项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t1\t0\t3',
    '行政规范性文件\t4\t2\t5',
    '信息内容本年制发件数本年废止件数现行有效件数',
    '三、收到和处理政府信息公开申请情况',
  ].join('\n');
  const r = parseText(text, 'x.txt');
  it.each([
    ['t2.regulations.made', 1, '本年制发件数'],
    ['t2.regulations.repealed', 0, '本年废止件数'],
    ['t2.regulations.in_force', 3, '现行有效件数'],
    ['t2.normative_documents.made', 4, '本年制发件数'],
    ['t2.normative_documents.repealed', 2, '本年废止件数'],
  ])('%s = %s under %s', (key, value, colLabel) => {
    expect(r.facts.find((f) => f.key === key)).toMatchObject({ value, colLabel });
  });
});

describe('表二 as more pages print it', () => {
  const t2 = (lines: string[]) =>
    Object.fromEntries(
      parseText(lines.join('\n'), 'x.txt')
        .facts.filter((f) => f.key.startsWith('t2.'))
        .map((f) => [f.key, f.unit ? `${f.value}${f.unit}` : f.value]),
    );
  const head = (year: number) => [`某区人民政府${year}年政府信息公开工作年度报告`, '一、总体情况', '本年度依申请公开工作依法规范。', '二、主动公开政府信息情况'];

  it('a row label that carries the template note', () => {
    const got = t2([...head(2020), '第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”等的文件)', '34', '4', '47', '三、收到和处理政府信息公开申请情况']);
    expect(got).toMatchObject({ 't2.normative_documents.new_made': 34, 't2.normative_documents.new_published': 4, 't2.normative_documents.total_published': 47 });
  });

  it('a mirror page in traditional characters with toned pinyin glosses, 文件 as 檔案', () => {
    const got = t2([...head(2020), '第二十條第(一)項 | | | |', '信息內容 | 本年新製作數量 | 本年新公開數量 | 對外公開總數量 |', '規(guī)章(設區(qū)的市、自治州人民政府應提供相關數(shù)據(jù)) | 1 | 2 | 3 |', '規範性檔案(行政機關製定發(fā)布的決定、公告) | 34 | 4 | 47 |', '三、收到和處理政府信息公開申請情況']);
    expect(got).toMatchObject({ 't2.regulations.new_made': 1, 't2.regulations.total_published': 3, 't2.normative_documents.new_made': 34, 't2.normative_documents.total_published': 47 });
  });

  it('本年增/减 written in words', () => {
    const got = t2([...head(2020), '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可 |', '6 |', '减4 |', '2 |', '其他对外管理服务事项 |', '3 |', '增1 |', '7 |', '三、收到和处理政府信息公开申请情况']);
    expect(got).toMatchObject({ 't2.licensing.previous': 6, 't2.licensing.change': -4, 't2.licensing.decisions': 2, 't2.other_services.change': 1 });
  });

  it.each([
    ['before the change', ['19', '+4'], { 't2.licensing.previous': 19, 't2.licensing.change': 4 }],
    ['after the change', ['减3', '7'], { 't2.licensing.change': -3, 't2.licensing.decisions': 7 }],
  ])('a blank cell dropped beside a signed 本年增/减: the other number %s', (_, cells, want) => {
    const r = parseText([...head(2020), '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可', ...cells, '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.')).map((f) => [f.key, f.value]))).toEqual(want);
  });

  it('本年增/减 that gives no number keeps its place', () => {
    const r = parseText([...head(2020), '第二十条第(五)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政许可 | 4 | 0/0 | 9 |', '行政处罚 | 7 | 增 | 25 |', '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    const t2 = r.facts.filter((f) => f.key.startsWith('t2.'));
    expect(Object.fromEntries(t2.map((f) => [f.key, f.value]))).toEqual({
      't2.licensing.previous': 4,
      't2.licensing.change': null,
      't2.licensing.decisions': 9,
      't2.penalty.previous': 7,
      't2.penalty.change': null,
      't2.penalty.decisions': 25,
    });
    expect(t2.filter((f) => f.value === null).map((f) => f.raw)).toEqual(['0/0', '增']);
  });

  it.each([
    ['as printed', ['本年新', '制作数量', '对外公开总数量']],
    // every name broken over lines, none whole on one
    ['with every name broken', ['本年新', '制作数量', '本年新', '公开数量', '对外公', '开总数量']],
  ])('a 2021 table that keeps the 2019 header over its first rows, %s', (_, header) => {
    const r = parseText([...head(2021), '第二十条第(一)项', '信息内容', ...header, '规章', '2', '0', '9', '第二十条第(五)项', '信息内容', '本年处理决定数量', '行政许可', '5', '第二十条第(六)项', '信息内容', '本年处理决定数量', '行政处罚', '3', '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业性收费', '282.1', '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(r.template).toBe(2021);
    // under the old header, which of 制发/废止/现行有效 each number is cannot be told
    expect(r.warnings).toContain('表二 规章: 表头是另一版模板的列，已略去');
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.')).map((f) => [f.key, f.value]))).toEqual({
      't2.licensing.decisions': 5,
      't2.penalty.decisions': 3,
      't2.fees.amount': 282.1,
    });
  });

  it('a header in its own order, each name broken over lines, orders the numbers', () => {
    const r = parseText([...head(2022), '第二十条第(一)项', '信息内容', '现行有', '效件数', '本年制', '发件数', '本年废', '止件数', '规章', '9', '2', '1', '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.regulations.')).map((f) => [f.key, f.value]))).toEqual({
      't2.regulations.in_force': 9,
      't2.regulations.made': 2,
      't2.regulations.repealed': 1,
    });
  });

  it.each([
    [
      2020,
      ['第二十条第(六)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政奖励、行政裁决、行政给付和其', '他类,以及公共服务事项)', '6', '+2', '14'],
      { 't2.other_services.previous': 6, 't2.other_services.change': 2, 't2.other_services.decisions': 14 },
    ],
    [
      2022,
      ['第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章(全区机关均', '无制定规章的权限)', '3', '1', '8'],
      { 't2.regulations.made': 3, 't2.regulations.repealed': 1, 't2.regulations.in_force': 8 },
    ],
  ])('a row label whose note is broken inside its brackets (%i)', (year, table, want) => {
    const r = parseText([...head(year), ...table, '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.')).map((f) => [f.key, f.value]))).toEqual(want);
  });

  it("a part's header is its own, not the one before it, after a row that printed no numbers", () => {
    const r = parseText(
      [...head(2020), '第二十条第(五)项', '信息内容', '一年项目数量', '年增/减', '处理决定数量', '行政许可', '18', '0', '1625', '其他对外管理服务事项', '第二十条第(六)项', '信息内容', '上一年项目数量', '本年增/减', '处理决定数量', '行政处罚', '137', '0', '112', '三、收到和处理政府信息公开申请情况'].join('\n'),
      'x.txt',
    );
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.penalty.')).map((f) => [f.key, f.value]))).toEqual({ 't2.penalty.previous': 137, 't2.penalty.change': 0, 't2.penalty.decisions': 112 });
  });

  it.each([
    ['政许可', 't2.licensing.decisions', 132],
    ['行玫处罚', 't2.penalty.decisions', 22],
    ['行政强', 't2.coercion.decisions', 2],
  ])('a row name OCR cut or misread: %s', (name, key, value) => {
    const r = parseText([...head(2023), '第二十条第(五)项', '信息内容', '本年处理决定数量', name, String(value), '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.')).map((f) => [f.key, f.value]))).toEqual({ [key]: value });
  });

  it('a misspelt row name (行政事业型收费) and one too short to tell (政许)', () => {
    const r = parseText([...head(2023), '第二十条第(五)项', '信息内容', '本年处理决定数量', '政许', '7', '第二十条第(八)项', '信息内容', '本年收费金额(单位:万元)', '行政事业型收费', '0.5', '三、收到和处理政府信息公开申请情况'].join('\n'), 'x.txt');
    expect(Object.fromEntries(r.facts.filter((f) => f.key.startsWith('t2.')).map((f) => [f.key, f.value]))).toEqual({ 't2.fees.amount': 0.5 });
  });

  it('an amount whose header gives the unit in brackets', () => {
    const got = t2([...head(2020), '第二十条第(九)项 | | |', '信息内容 | 采购项目数量 | 采购总金额(万元) |', '政府集中采购 | 13 | 477.35 |', '三、收到和处理政府信息公开申请情况']);
    expect(got).toMatchObject({ 't2.procurement.projects': 13, 't2.procurement.amount': '477.35万元' });
  });

  it.each([['(三)'], ['3.']])('after an overview whose sub-heading %s reads like section four', (numbering) => {
    const got = t2([
      '江苏省某厅2023年政府信息公开工作年度报告',
      '一、总体情况',
      `${numbering}行政复议、行政诉讼情况。2023年,我厅政府信息公开共发生行政复议62件,行政诉讼21件。`,
      '二、主动公开政府信息情况',
      '第二十条第(一)项 | | | |',
      '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
      '规章 | 0 | 0 | 0 |',
      '行政规范性文件 | 2 | 0 | 8 |',
      '三、收到和处理政府信息公开申请情况',
    ]);
    expect(got).toMatchObject({ 't2.normative_documents.made': 2, 't2.normative_documents.in_force': 8 });
  });
});

describe('表四 where its section is cut off or its heading lost', () => {
  const text = read('2019-pipe.txt');
  const lines = text.split('\n');
  const heading = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const t4 = (r: ReturnType<typeof parseText>) => r.facts.filter((f) => f.key.startsWith('t4.') && f.method === 'table');

  it('gives no 表四 numbers when the text ends after 表三 (表三 has 总计 and 结果 in its header)', () => {
    const r = parseText(lines.slice(0, heading).join('\n'), 'cut.txt');
    expect(t4(r)).toEqual([]);
    expect(valuesByKey(r).get('t3.total_processed.total')).toEqual([17]);
  });

  it('gives no 表四 numbers when the text ends inside 表三, whose zeros would add up as 表四', () => {
    // a page cut after three rows of zeros: 21 numbers after 表三's 总计 header
    const at = lines.findIndex((l) => l.startsWith('（二）部分公开'));
    const cut = lines.slice(0, at + 1).map((l, i) => (i > heading - 30 && /^[一二三（].*\| \d/.test(l) ? l.replace(/\| \d+(?= )/g, '| 0') : l));
    const r = parseText(cut.join('\n'), 'cut.txt');
    expect(valuesByKey(r).get('t3.new_received.total')).toEqual([0]);
    expect(t4(r)).toEqual([]);
  });

  it('reads 表四 after 表三 when only its heading is lost', () => {
    const r = parseText([...lines.slice(0, heading), ...lines.slice(heading + 1)].join('\n'), 'no-heading.txt');
    const got = valuesByKey(r);
    for (const [key, value] of Object.entries(PIPE_2019.facts)) expect(got.get(key), key).toEqual([value]);
  });
});

describe('page numbers printed inside a table, as PDFs copied to text have them', () => {
  const lines = read('2021-tsv.txt').split('\n');
  const before = (needle: string) => lines.findIndex((l) => l.includes(needle));
  it.each([
    ['- 2 -', '属于国家秘密'],
    ['2', '属于国家秘密'],
    ['第 2 页 共 5 页', '属于国家秘密'],
    ['—2—', '行政许可'],
    ['- 3 -', '1\t1\t0\t1\t3\t0\t0\t1\t1\t2'],
    ['3', '1\t1\t0\t1\t3\t0\t0\t1\t1\t2'],
  ])('%j before the row with %j', (footer, row) => {
    const at = before(row);
    const r = parseText([...lines.slice(0, at), footer, ...lines.slice(at)].join('\n'), 'footer.txt');
    const got = valuesByKey(r);
    for (const [key, value] of Object.entries(TSV_2021.facts)) expect(got.get(key), key).toEqual([value]);
  });
});

describe('a mirror page that glosses characters with pinyin, as copy-proofed mirrors do', () => {
  // 中華人民共和(he)(he)國(guo): every third character glossed, some twice
  const glossed = (text: string) => {
    let n = 0;
    return text.replace(/[\u4e00-\u9fff]/g, (c) => (++n % 3 ? c : `${c}(${pinyin(c, { toneType: 'none' })})${n % 9 ? '' : `(${pinyin(c, { toneType: 'none' })})`}`));
  };

  it.each([
    ['2019-pipe.txt', PIPE_2019],
    ['2021-tsv.txt', TSV_2021],
  ] as const)('%s reads as the page itself', (file, want) => {
    const text = glossed(read(file));
    expect(text).toMatch(/[\u4e00-\u9fff]\([a-z]+\)\([a-z]+\)/);
    const r = parseText(text, file);
    expect({ organ: r.organ, name: r.name, region: r.region, year: r.year, template: r.template, published: r.published }).toEqual(want.meta);
    const got = valuesByKey(r);
    for (const [key, value] of Object.entries(want.facts)) expect(got.get(key), key).toEqual([value]);
  });
});
