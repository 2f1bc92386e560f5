/** How the rules read a question: keys, years, places, condition and intent. */
import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../src/index/index.ts';
import { measureLabel } from '../src/qa/labels.ts';
import { buildPlaceIndex } from '../src/qa/places.ts';
import { readNumber, understand } from '../src/qa/understand.ts';

const units: UnitRow[] = [
  { id: 1, name: '湖塘乡', region: ['丰城市'], kind: 'township', organ: '湖塘乡人民政府', years: [2020] },
  { id: 2, name: '郑宅镇', region: [], kind: 'township', organ: '郑宅镇人民政府', years: [2020] },
  { id: 3, name: '巴丹吉林镇', region: ['阿拉善盟', '阿拉善右旗'], kind: 'township', organ: '巴丹吉林镇人民政府', years: [2022] },
  { id: 4, name: '丰城市', region: ['宜春市'], kind: 'city', organ: '丰城市人民政府', years: [2021] },
];
const k = { places: buildPlaceIndex(units), years: [2019, 2020, 2021, 2022] };

describe('understand', () => {
  it.each([
    ['2020年哪个乡镇报告了行政诉讼？', { intent: 'list', keys: ['t4.litigation.total'], years: [2020] }],
    ['谁打官司了', { intent: 'list', keys: ['t4.litigation.total'], years: [] }],
    ['湖塘乡2020年收到多少政府信息公开申请？', { intent: 'value', keys: ['t3.new_received.total'], years: [2020] }],
    ['郑宅镇政府集中采购金额是多少？', { intent: 'latest', keys: ['t2.procurement.amount'], years: 'latest' }],
    ['湖塘乡2020年政府集中采购项目有几个', { intent: 'value', keys: ['t2.procurement.projects'] }],
    ['2019-2021年不予公开的申请', { keys: ['t3.denied_*.total'], years: [2019, 2020, 2021] }],
    ['2019到2020年复议后起诉', { keys: ['t4.litigation_after_review.total'], years: [2019, 2020] }],
    ['近三年行政复议', { keys: ['t4.review.total'], years: [2020, 2021, 2022] }],
    ['2021年以来行政复议', { keys: ['t4.review.total'], years: [2021, 2022] }],
    ['reviews since 2020', { keys: ['t4.review.total'], years: [2020, 2021, 2022] }],
    ['去年的罚款', { keys: ['t2.penalty.decisions'], years: [2021] }],
    ['哪个乡镇的行政复议最多？', { intent: 'rank', order: 'desc' }],
    ['前三名的行政许可', { intent: 'rank', order: 'desc', limit: 3 }],
    ['行政强制最少的乡镇', { intent: 'rank', order: 'asc' }],
    ['2021年行政处罚超过二十件的乡镇', { intent: 'list', condition: { op: '>', value: 20 } }],
    // a range, written as one or as two bounds; years in a range are no condition
    ['2023年收到的申请在50到100件之间的乡镇', { intent: 'list', condition: { op: '>=', value: 50, max: { value: 100, inclusive: true } } }],
    ['行政处罚超过50件少于100件的乡镇', { condition: { op: '>', value: 50, max: { value: 100, inclusive: false } } }],
    ['行政处罚超过50件但不超过100件的乡镇', { condition: { op: '>', value: 50, max: { value: 100, inclusive: true } } }],
    ['政府集中采购金额在10万元至20万元之间的乡镇', { condition: { op: '>=', value: 10, max: { value: 20, inclusive: true } } }],
    ['which townships had between 5 and 10 lawsuits', { condition: { op: '>=', value: 5, max: { value: 10, inclusive: true } } }],
    ['2020到2022年行政诉讼超过1件的乡镇', { years: [2020, 2021, 2022], condition: { op: '>', value: 1 } }],
    ['2021年收到的申请少于5件但不为零的乡镇', { condition: { op: '>', value: 0, max: { value: 5, inclusive: false } } }],
    ['2021年收到的申请少于5件且大于1的乡镇', { condition: { op: '>', value: 1, max: { value: 5, inclusive: false } } }],
    ['2021年行政复议和行政诉讼都为零的乡镇', { together: true, condition: { op: '=', value: 0 } }],
    ['行政复议最多的三个县区', { intent: 'rank', limit: 3, kinds: ['county'] }],
    // a list within a place the data does not hold says so, not answered for every unit
    ['苏州市各部门收到多少申请', { unknown: ['苏州市'], places: [] }],
    ['which townships had at least 5 lawsuits', { intent: 'list', condition: { op: '>=', value: 5 }, lang: 'en' }],
    ['2020年企业申请', { keys: ['t3.new_received.commercial'], column: 'commercial' }],
    ['2021年现行有效的规范性文件', { keys: ['t2.normative_documents.in_force|t2.normative_documents.total_published'] }],
    ['行政复议和行政诉讼对比', { intent: 'compare', keys: ['t4.review.total', 't4.litigation.total'] }],
    ['危及三安全一稳定不予公开的有哪些乡镇', { keys: ['t3.denied_security_stability.total'], intent: 'list' }],
    ['湖塘乡2020年办理了多少件申请', { intent: 'value', keys: ['t3.total_processed.total'] }],
    ['湖塘乡2020年结转下年度继续办理多少件', { keys: ['t3.carried_forward.total'] }],
    // each unit of a level, with no question word: every one, zeros included; but not those that have one
    ['2023年各开发区收到的申请数', { intent: 'value', keys: ['t3.new_received.total'], kinds: ['zone'] }],
    ['丰城市各乡镇收到的申请', { intent: 'value', places: [{ unitIds: [1], text: '丰城市', kind: 'region' }] }],
    ['各乡镇有行政诉讼的', { intent: 'list' }],
    // two measures, the first as people say it
    ['湖塘乡2020年收到的申请和行政复议', { keys: ['t3.new_received.total', 't4.review.total'] }],
    ['How many requests did Hutang process in 2020?', { keys: ['t3.total_processed.total'] }],
    ['How many requests did Hutang handle in 2020?', { keys: ['t3.total_processed.total'] }],
    // compared with the year before: both years, that year counted from the one asked about
    ['湖塘乡2021年收到的申请比上年增加了多少', { years: [2020, 2021] }],
    ['湖塘乡2021年的行政复议比去年多吗', { years: [2020, 2021] }],
    ['How many more requests did Hutang receive in 2021 than the previous year?', { years: [2020, 2021] }],
    ['Did Hutang receive more requests in 2021 than the year before?', { years: [2020, 2021] }],
    ['Requests received by each township in 2021', { intent: 'value', kinds: ['township', 'street'] }],
    // English wordings
    ['Which townships denied requests to protect third parties in 2021?', { keys: ['t3.denied_third_party.total'] }],
    ['Which townships carried the most requests forward in 2021?', { intent: 'rank', keys: ['t3.carried_forward.total'] }],
    ['How many regulations were published in total in 2019?', { keys: ['t2.regulations.total_published'] }],
    ['Which dept received the most requests?', { kinds: ['department'] }],
    // several outcomes of one measure at once
    ['湖塘乡2020年行政复议结果维持几件，纠正几件', { keys: ['t4.review.upheld', 't4.review.corrected'] }],
    // 行政事业性收费's 2019 columns beside its amount
    ['湖塘乡2019年行政事业性收费上一年项目数量', { keys: ['t2.fees.previous'] }],
    ['湖塘乡2019年行政事业性收费本年增减', { keys: ['t2.fees.change'] }],
    ['湖塘乡2021年行政事业性收费金额', { keys: ['t2.fees.amount'] }],
    // a place named in English that the data does not hold is said so, not answered for every unit
    ['How many requests did Chongming District receive?', { unknown: ['Chongming District'], places: [] }],
    ['How many requests did Hutang Township receive in 2020?', { places: [{ unitIds: [1], text: 'hutang', kind: 'unit' }] }],
    ['Which townships spent more than 1 million yuan on procurement?', { keys: ['t2.procurement.amount'], condition: { op: '>', value: 100 } }],
    ['Which townships spent more than 500 thousand yuan on procurement?', { condition: { op: '>', value: 50 } }],
    // what no report gives is named, and the numbers that are given answered
    ['2021年行政诉讼败诉率', { keys: ['t4.litigation.total'], lacking: '败诉率' }],
    ['湖塘乡罚了多少钱', { keys: ['t2.penalty.decisions'], lacking: '罚款金额' }],
    ['依申请公开占比多少', { lacking: '占比' }],
    ['What is the litigation loss rate in 2021?', { keys: ['t4.litigation.total'], lacking: 'loss rate' }],
    ['黄塘乡2020年的政府信息公开申请办理结果', { keys: ['t3.total_processed.total'] }],
    ['今天天气怎么样', { intent: 'search', keys: [] }],
    // the 2019 template's columns, and parts named apart from the whole
    ['湖塘乡规范性文件对外公开总数量是多少', { keys: ['t2.normative_documents.total_published'] }],
    ['湖塘乡2020年行政许可上一年项目数量是多少', { keys: ['t2.licensing.previous'] }],
    ['湖塘乡2020年行政处罚决定比上一年增减了多少', { keys: ['t2.penalty.change'] }],
    ['湖塘乡2020年未经复议直接起诉的行政诉讼有几件', { keys: ['t4.litigation_direct.total'] }],
    ['湖塘乡2020年行政诉讼中结果纠正多少件', { keys: ['t4.litigation_*.corrected'] }],
    // everyday words
    ['湖塘乡2020年还有几件申请没办完', { keys: ['t3.carried_forward.total'] }],
    ['哪个县告政府的最多', { intent: 'rank', keys: ['t4.litigation.total'], kinds: ['county'] }],
    ['湖塘乡2020年被人告了几次', { keys: ['t4.litigation.total'] }],
    ['湖塘乡2020年罚了多少次', { keys: ['t2.penalty.decisions'] }],
    ['湖塘乡2020年有多少申请说信息不归他们管', { keys: ['t3.unavailable_not_held.total'] }],
    ['湖塘乡2020年有多少申请结转到2021年', { keys: ['t3.carried_forward.total'], years: [2020] }],
    ['湖塘乡2020年废了几个规范性文件', { keys: ['t2.normative_documents.repealed'] }],
    ['湖塘乡规范性文件对外公开总量', { keys: ['t2.normative_documents.total_published'] }],
    ['湖塘乡2020年信息不存在的申请有几件', { keys: ['t3.unavailable_not_held.total'] }],
    ['湖塘乡2020年有几件申请的信息不在他们那里', { keys: ['t3.unavailable_not_held.total'] }],
    ['湖塘乡2020年批了多少行政许可', { keys: ['t2.licensing.decisions'] }],
    ['2020年谁罚得最多', { intent: 'rank', keys: ['t2.penalty.decisions'] }],
    ['2021年收到申请最多的三个乡镇', { intent: 'rank', limit: 3 }],
    // the second or third: the ranking down to it
    ['2022年收到申请第二多的是哪个单位', { intent: 'rank', order: 'desc', limit: 2 }],
    ['行政处罚第三少的乡镇', { intent: 'rank', order: 'asc', limit: 3 }],
    ['Which township had the second most lawsuits in 2020?', { intent: 'rank', order: 'desc', limit: 2 }],
    ['收到申请超过10,000件的乡镇', { intent: 'list', condition: { op: '>', value: 10000 } }],
    ['Which townships ended up in court in 2020?', { keys: ['t4.litigation.total'] }],
    // a key word mistyped by its sound
    ['2020年哪些乡镇收到了信息公开申清', { keys: ['t3.new_received.total'] }],
    ['湖塘乡2020年行政复以多少件', { keys: ['t4.review.total'] }],
    ['哪些乡镇的行政复议不为零', { intent: 'list', condition: { op: '>', value: 0 } }],
    ['湖塘乡2020年复议后又被起诉的行政诉讼有几件', { keys: ['t4.litigation_after_review.total'] }],
    ['湖塘乡2020年处理申请总数', { keys: ['t3.total_processed.total'] }],
    ['哪些乡镇既有行政复议又有行政诉讼', { intent: 'list', keys: ['t4.review.total', 't4.litigation.total'], together: true }],
    ['丰城市的乡镇收到多少申请', { intent: 'value', kinds: ['township', 'street'] }],
    ['湖塘乡2020年收了多少费', { keys: ['t2.fees.amount'] }],
    ['湖塘乡2020年答复了多少申请', { keys: ['t3.total_processed.total'] }],
    ['湖塘乡2020年收到多少申请，予以公开多少', { keys: ['t3.new_received.total', 't3.granted.total'] }],
    ['丰城市各乡镇收到多少申请', { intent: 'value', keys: ['t3.new_received.total'] }],
    // English verbs and paraphrases
    ['How many requests did Hutang receive in 2020 and how many were granted?', { keys: ['t3.new_received.total', 't3.granted.total'] }],
    ['How many requests did Hutang grant in full in 2020?', { keys: ['t3.granted.total'] }],
    ['Which townships did not hold the requested information in 2020?', { keys: ['t3.unavailable_not_held.total'] }],
    ['Which townships carried requests forward into the next year?', { keys: ['t3.carried_forward.total'] }],
    ['How many normative documents were in force in Hutang in 2020?', { keys: ['t2.normative_documents.in_force|t2.normative_documents.total_published'] }],
    ['How many requests to Hutang could not be answered because the information would have to be newly created?', { keys: ['t3.unavailable_needs_creation.total'] }],
  ])('%s', (q, want) => {
    expect(understand(q, k)).toMatchObject(want);
  });

  it.each([
    ['湖塘乡2020年的行政诉讼', [1], 'unit'],
    ['Hutang lawsuits in 2020', [1], 'unit'],
    ['巴丹吉林行政诉讼', [3], 'unit'],
    ['Badanjilin lawsuits', [3], 'unit'],
    ['湖糖乡的行政诉讼', [1], 'unit'],
    ['阿拉善盟哪些乡镇有行政诉讼', [3], 'region'],
    ['丰城市哪些乡镇有行政诉讼', [1], 'region'],
    ['丰城市2021年行政诉讼多少件', [4], 'unit'],
  ])('%s names units %j as %s', (q, ids, kind) => {
    expect(understand(q, k).places).toEqual([expect.objectContaining({ unitIds: ids, kind })]);
  });

  it.each([
    ['3', 3],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['two', 2],
  ])('reads the number %s', (s, n) => expect(readNumber(s)).toBe(n));
});

describe('what an answer calls a measure', () => {
  it.each([
    ['t4.review.upheld', '行政复议（结果维持）', 'administrative reviews (upheld)'],
    ['t4.litigation_*.corrected', '行政诉讼（结果纠正）', 'lawsuits (corrected)'],
    ['t3.unavailable_not_held.total', '本机关不掌握相关政府信息', 'requests unanswerable: information not held'],
    ['t2.licensing.previous', '行政许可决定（上一年项目数量）', 'administrative licensing decisions (previous year)'],
    ['t3.granted.commercial', '商业企业予以公开的申请', 'requests granted (businesses)'],
    ['t2.procurement.projects', '政府集中采购（采购项目数量）', 'government procurement (projects)'],
  ])('%s', (measure, zh, en) => {
    expect([measureLabel(measure, 'zh'), measureLabel(measure, 'en')]).toEqual([zh, en]);
  });
});
