/** A follow-up ("那2023年呢？", "郑宅镇呢", "What about 2021?") is read against the question before it. */
import { describe, expect, it } from 'vitest';
import type { UnitRow } from '../src/index/index.ts';
import { recentQuestions } from '../src/bot/recent.ts';
import { followUp } from '../src/qa/follow-up.ts';
import { buildPlaceIndex } from '../src/qa/places.ts';
import { understand } from '../src/qa/understand.ts';

const units: UnitRow[] = [
  { id: 1, name: '湖塘乡', region: ['丰城市'], kind: 'township', organ: '湖塘乡人民政府', years: [2020, 2021] },
  { id: 2, name: '郑宅镇', region: ['浦江县'], kind: 'township', organ: '郑宅镇人民政府', years: [2020, 2021] },
  { id: 3, name: '丰城市', region: ['宜春市'], kind: 'city', organ: '丰城市人民政府', years: [2021] },
];
const k = { places: buildPlaceIndex(units), years: [2020, 2021, 2022] };

/** The question, then the follow-up, read. */
const after = (first: string, next: string) => followUp(next, understand(first, k), k);
const places = (q: { places: Array<{ text: string; kind: string }> } | null) => q?.places.map((p) => `${p.text}:${p.kind}`);

describe('follow-ups', () => {
  it.each([
    // another year, in either language
    ['2020年哪个乡镇报告了行政诉讼？', '那2021年呢？', { intent: 'list', keys: ['t4.litigation.total'], years: [2021], lang: 'zh' }],
    ['2020年哪个乡镇报告了行政诉讼？', 'What about 2021?', { intent: 'list', keys: ['t4.litigation.total'], years: [2021], lang: 'en' }],
    // another measure, the unit and year kept
    ['湖塘乡2020年收到多少申请？', '行政复议呢？', { intent: 'value', keys: ['t4.review.total'], years: [2020] }],
    // a unit where units were listed: its own number, in the year asked before
    ['2020年哪些乡镇有行政诉讼？', '郑宅镇呢', { intent: 'value', keys: ['t4.litigation.total'], years: [2020] }],
    // a ranking asked after one unit's number is over all units again
    ['湖塘乡2021年的行政复议', '那前三名呢', { intent: 'rank', order: 'desc', limit: 3, years: [2021], places: [] }],
    // a level asked for lists its units again
    ['湖塘乡2020年收到多少申请？', '哪些乡镇有行政复议呢？', { intent: 'list', keys: ['t4.review.total'], years: [2020], places: [], kinds: ['township', 'street'] }],
    // a level alone, after a list of another level
    ['2020年哪些市被提起了行政诉讼', '县呢？', { intent: 'list', keys: ['t4.litigation.total'], years: [2020], kinds: ['county'] }],
    // a ranking of another level stays a ranking
    ['2022年收到申请最多的前三个部门', '乡镇呢', { intent: 'rank', limit: 3, kinds: ['township', 'street'] }],
    // those that have one, after every unit's number
    ['2021年各乡镇行政复议情况', '有行政复议的呢', { intent: 'list', keys: ['t4.review.total'], years: [2021] }],
    // compared with the year before the one asked before
    ['湖塘乡2021年结转下年度的申请', '那比上年增加了多少呢', { intent: 'value', years: [2020, 2021] }],
    // a part of the measure asked before (a column of it, an outcome)
    ['湖塘乡2021年收到多少申请', '商业企业的呢', { intent: 'value', keys: ['t3.new_received.commercial'], column: 'commercial', years: [2021] }],
    // not shaped as a follow-up, but naming no measure, or one more measure of the unit asked about
    ['2021年哪些乡镇收到了申请', '最多的是哪个', { intent: 'rank', keys: ['t3.new_received.total'], years: [2021] }],
    ['湖塘乡2021年收到多少申请', '一共办结了多少', { intent: 'value', keys: ['t3.total_processed.total'], years: [2021] }],
    ['湖塘乡2021年收到多少申请', 'How many were carried forward?', { intent: 'value', keys: ['t3.carried_forward.total'], years: [2021], lang: 'en' }],
    // a unit the data does not hold is said so, not answered for every unit
    ['湖塘乡2021年的行政复议', '大溪镇呢？', { keys: ['t4.review.total'], places: [], unknown: ['大溪镇'] }],
  ])('%s → %s', (first, next, want) => {
    expect(after(first, next)).toMatchObject({ ...want, text: next });
  });

  it('leaves the old measure’s condition behind with it', () => {
    const q = after('2021年哪些乡镇行政处罚超过100件', '行政复议呢');
    expect(q).toMatchObject({ keys: ['t4.review.total'], years: [2021] });
    expect(q).not.toHaveProperty('condition');
  });

  it('compares the units asked about before when the follow-up names them again (两个哪个多)', () => {
    expect(places(after('湖塘乡和郑宅镇2021年收到的申请', '两个哪个多'))).toEqual(['湖塘乡:unit', '郑宅镇:unit']);
  });

  it('keeps a region narrowing a list, and names the unit asked about', () => {
    expect(places(after('2021年丰城市的乡镇行政复议', '那2022年呢'))).toEqual(['丰城市:region']);
    expect(places(after('2020年哪些乡镇有行政诉讼？', '郑宅镇呢'))).toEqual(['郑宅镇:unit']);
  });

  it.each([
    // a question that stands on its own, even opening with 那 or And
    ['2020年哪个乡镇报告了行政诉讼？', '2021年湖塘乡收到多少申请？'],
    ['2021年哪些乡镇行政处罚超过100件', '那2022年哪些乡镇收到了申请呢'],
    ['2021年哪些乡镇行政处罚超过100件', 'And which townships had lawsuits in 2021?'],
    // nothing to follow: the question before was a text search
    ['政务公开培训', '那2021年呢？'],
    // nothing named that a statistics question could take
    ['2020年哪个乡镇报告了行政诉讼？', '你好呢'],
  ])('no follow-up: %s → %s', (first, next) => {
    expect(after(first, next)).toBeNull();
  });
});

describe("a conversation's last question", () => {
  const q = understand('2020年哪些乡镇有行政诉讼？', k);
  const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 10, min));

  it('is kept for half an hour, per conversation, and a text search forgets it', () => {
    const recent = recentQuestions();
    recent.set('1:7', q, at(0));
    expect(recent.get('1:7', at(30))).toBe(q);
    expect(recent.get('1:8', at(1))).toBeUndefined();
    expect(recent.get('1:7', at(31))).toBeUndefined();
    recent.set('1:7', q, at(40));
    recent.set('1:7', undefined, at(41));
    expect(recent.get('1:7', at(42))).toBeUndefined();
  });
});
