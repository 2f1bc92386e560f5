import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, ingestReport, listUnits, openDatabase, searchText } from '../src/index/index.ts';
import type { Db } from '../src/index/index.ts';
import { seedReports } from './helpers/index-reports.ts';

let db: Db;
beforeAll(() => {
  db = openDatabase(':memory:');
  for (const s of seedReports()) ingestReport(db, s.report, s.source);
});
afterAll(() => closeDatabase(db));

describe('Chinese search', () => {
  it.each([
    ['诉讼', ['巴丹吉林镇', '柳屯镇', '湖塘乡', '盐镇乡', '郑宅镇']],
    ['复议', ['巴丹吉林镇', '柳屯镇', '湖塘乡', '盐镇乡', '郑宅镇']],
    ['巴丹吉林', ['巴丹吉林镇']],
    ['巴丹吉林镇', ['巴丹吉林镇']],
    ['郑宅', ['郑宅镇']],
    ['阿拉善右旗', ['巴丹吉林镇']],
    ['郑宅 诉讼', ['郑宅镇']],
    ['湖塘乡 政府集中采购', ['湖塘乡']],
  ])('%s finds %j', (query, units) => {
    const hits = searchText(db, query, { limit: 20 });
    expect([...new Set(hits.map((h) => h.name))].sort()).toEqual(units);
  });

  it('finds 公开 in many passages and ranks by relevance', () => {
    const hits = searchText(db, '公开', { limit: 8 });
    expect(hits).toHaveLength(8);
    for (const h of hits) expect(h.snippet).toContain('公开');
  });

  it('points at the sentence: 郑宅 诉讼 gives the prose line with 行政诉讼 3 件', () => {
    const hit = searchText(db, '郑宅镇 行政诉讼').find((h) => h.section === '一、总体情况');
    expect(hit).toMatchObject({ name: '郑宅镇', year: 2020, region: [] });
    expect(hit!.snippet.replace(/\s/g, '')).toContain('行政诉讼3件');
    expect(hit!.line).toBeGreaterThanOrEqual(40);
    expect(hit!.line).toBeLessThanOrEqual(46);
  });

  it('restricts to the given units', () => {
    const liutun = listUnits(db).find((u) => u.name === '柳屯镇')!;
    const hits = searchText(db, '复议', { unitIds: [liutun.id] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.name === '柳屯镇' && h.year === 2022)).toBe(true);
    expect(searchText(db, '郑宅', { unitIds: [liutun.id] })).toEqual([]);
  });

  it('matches traditional script through normalisation', () => {
    expect(searchText(db, '行政訴訟').length).toBeGreaterThan(0);
  });

  it('knows a unit added after it last searched, whole and in part', () => {
    const own = openDatabase(':memory:');
    const [first, second] = seedReports();
    ingestReport(own, first!.report, first!.source);
    expect(searchText(own, '石门坎')).toEqual([]);
    const renamed = { ...second!.report, name: '石门坎镇', organ: '石门坎镇人民政府', region: ['威宁彝族回族苗族自治县'] };
    ingestReport(own, renamed, { ...second!.source, hash: 'renamed' });
    expect([...new Set(searchText(own, '石门坎 诉讼').map((h) => h.name))]).toEqual(['石门坎镇']);
    expect([...new Set(searchText(own, '威宁 诉讼').map((h) => h.name))]).toEqual(['石门坎镇']);
    expect([...new Set(searchText(own, '石门坎镇').map((h) => h.name))]).toEqual(['石门坎镇']);
    closeDatabase(own);
  });
});

describe('hostile input', () => {
  it.each([
    '"',
    '""',
    '"诉讼',
    '诉讼"复议',
    '*',
    '诉*',
    'NEAR',
    'NEAR(诉讼 复议, 2)',
    'AND',
    'OR',
    'NOT',
    '诉讼 AND 复议',
    '诉讼 OR',
    'NOT 诉讼',
    '(',
    ')',
    '(诉讼',
    'body:诉讼',
    '^诉讼',
    '{body}: x',
    '-',
    '+',
    '😀',
    '诉讼😀复议',
    '',
    '   ',
    '\u0000',
    "'; DROP TABLE reports; --",
    'x'.repeat(10_000),
    '诉讼'.repeat(5_000),
  ])('%j gives results or [], never an error', (q) => {
    const hits = searchText(db, q);
    expect(Array.isArray(hits)).toBe(true);
    for (const h of hits) expect(h.name.length).toBeGreaterThan(0);
  });

  it('still finds the words around the syntax', () => {
    expect(searchText(db, '"诉讼" AND (复议)*').length).toBeGreaterThan(0);
  });
});
