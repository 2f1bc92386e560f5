/** A unit's report asked for in words rather than with /latest. */
import { describe, expect, it } from 'vitest';
import { reportAskedFor } from '../src/bot/latest.ts';
import type { UnitRow } from '../src/index/index.ts';

const units: UnitRow[] = [
  { id: 1, name: '湖塘乡', region: ['丰城市'], kind: 'township', organ: '湖塘乡人民政府', years: [2020, 2021] },
  { id: 2, name: '郑宅镇', region: [], kind: 'township', organ: '郑宅镇人民政府', years: [2020] },
  { id: 3, name: '巴丹吉林镇', region: ['阿拉善盟', '阿拉善右旗'], kind: 'township', organ: '巴丹吉林镇人民政府', years: [2022] },
  { id: 4, name: '柳屯镇', region: [], kind: 'township', organ: '柳屯镇人民政府', years: [2022] },
];

describe('a report asked for in words', () => {
  it.each([
    ['湖塘乡最新的报告', 1, undefined],
    ['给我看看郑宅镇的年报', 2, undefined],
    ['巴丹吉林镇2022年的年度报告', 3, 2022],
    ['请发一下柳屯镇的报告原文', 4, undefined],
    ['湖塘乡2020年度报告', 1, 2020],
  ])('%s → unit %i, year %s', (q, id, year) => {
    const r = reportAskedFor(q, units);
    expect(r?.unit.id).toBe(id);
    expect(r?.year).toBe(year);
  });

  it.each([['最新的报告'], ['镇的报告'], ['今天天气怎么样'], ['湖塘乡的行政诉讼']])('%s names no single unit or no report', (q) => {
    expect(reportAskedFor(q, units)).toBeNull();
  });
});
