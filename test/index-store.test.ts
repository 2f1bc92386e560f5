import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fact, Report } from '../src/core/report.ts';
import { parseText } from '../src/parsers/index.ts';
import {
  CROSS_YEAR_RULE,
  closeDatabase,
  ingestReport,
  listReports,
  listUnits,
  openDatabase,
  queryFacts,
  reportChecks,
  reportSections,
  resolveDbPath,
  searchText,
  stats,
  yearsInData,
} from '../src/index/index.ts';
import type { Db } from '../src/index/index.ts';
import { foldDerived } from '../src/index/derived.ts';
import { MIGRATIONS } from '../src/index/migrations.ts';
import { renderedReport, seedReports } from './helpers/index-reports.ts';

let seeds: ReturnType<typeof seedReports>;
beforeAll(() => {
  seeds = seedReports();
});

const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach(closeDatabase));

function seeded(): Db {
  const db = openDatabase(':memory:');
  opened.push(db);
  for (const s of seeds) ingestReport(db, s.report, s.source);
  return db;
}

describe('seed fixtures in the index', () => {
  it('gives 郑宅镇 2020 lawsuits = 3 from the prose, with its line', () => {
    const rows = queryFacts(seeded(), { keys: ['t4.litigation.total'], years: [2020] });
    const zheng = rows.find((r) => r.name === '郑宅镇');
    expect(zheng).toMatchObject({ value: 3, method: 'prose', line: 44, year: 2020, template: 2019, region: [] });
    expect(zheng?.evidence).toContain('行政诉讼3件');
    expect(zheng?.file).toMatch(/001_1424afc2c3529d07\.txt$/);
    expect(rows.map((r) => r.name).sort()).toEqual(['湖塘乡', '郑宅镇']);
  });

  it('filters facts by unit and returns nothing for no keys', () => {
    const db = seeded();
    const hutang = listUnits(db).find((u) => u.name === '湖塘乡')!;
    const rows = queryFacts(db, { keys: ['t2.procurement.projects', 't2.procurement.amount'], unitIds: [hutang.id] });
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['t2.procurement.amount', 200359],
      ['t2.procurement.projects', 6],
    ]);
    expect(queryFacts(db, { keys: [] })).toEqual([]);
  });

  it('lists units with region, organ and years', () => {
    const units = listUnits(seeded());
    expect(units).toHaveLength(5);
    expect(units.find((u) => u.name === '巴丹吉林镇')).toMatchObject({ region: ['阿拉善盟', '阿拉善右旗'], organ: '巴丹吉林镇人民政府', years: [2022] });
    expect(units.find((u) => u.name === '湖塘乡')).toMatchObject({ region: ['丰城市'], years: [2020] });
  });

  it('keeps sections with line ranges, checks and stats', () => {
    const db = seeded();
    const report = listReports(db, { years: [2022] }).find((r) => r.name === '巴丹吉林镇')!;
    const sections = reportSections(db, report.id);
    expect(sections.map((s) => s.title)[3]).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(sections[0]!.startLine).toBeGreaterThan(0);
    expect(reportChecks(db, report.id).length).toBeGreaterThan(0);
    expect(yearsInData(db)).toEqual([2020, 2021, 2022]);
    expect(stats(db)).toMatchObject({ reports: 5, superseded: 0, units: 5, years: [2020, 2021, 2022] });
    expect(stats(db).facts).toBe(seeds.reduce((n, s) => n + s.report.facts.length, 0));
  });
});

describe('ingest rules', () => {
  it('is a no-op for the same content', () => {
    const db = seeded();
    const before = stats(db);
    expect(seeds.map((s) => ingestReport(db, s.report, s.source))).toEqual(seeds.map(() => 'unchanged'));
    expect(stats(db)).toEqual(before);
  });

  it('supersedes a corrected report of the same unit and year instead of duplicating it', () => {
    const db = seeded();
    const zheng = seeds.find((s) => s.report.name === '郑宅镇')!;
    const corrected: Report = { ...zheng.report, facts: zheng.report.facts.map((f) => (f.key === 't4.litigation.total' ? { ...f, value: 4 } : f)) };
    expect(ingestReport(db, corrected, { file: 'corrected.txt', hash: 'corrected' })).toBe('replaced');
    const all = listReports(db, { includeSuperseded: true }).filter((r) => r.name === '郑宅镇');
    expect(all).toHaveLength(2);
    const [old, current] = all;
    expect(old!.supersededBy).toBe(current!.id);
    expect(current!.supersededBy).toBeNull();
    expect(queryFacts(db, { keys: ['t4.litigation.total'], years: [2020] }).find((r) => r.name === '郑宅镇')?.value).toBe(4);
    expect(stats(db)).toMatchObject({ reports: 5, superseded: 1 });
    expect(searchText(db, '郑宅').every((h) => h.file === 'corrected.txt')).toBe(true);
  });

  it('forgets labels of a report whose transaction rolled back', () => {
    const db = seeded();
    const zheng = seeds.find((s) => s.report.name === '郑宅镇')!;
    const facts = zheng.report.facts.map((f) => (f.key === 't4.litigation.total' ? { ...f, rowLabel: '新的行标签' } : f));
    // a check without detail fails after the facts (and their new label) went in
    const broken = { ...zheng.report, facts, checks: [{ rule: 'x', ok: false, detail: null as unknown as string }] };
    expect(() => ingestReport(db, broken, { file: 'broken.txt', hash: 'broken' })).toThrow();
    expect(ingestReport(db, { ...zheng.report, facts }, { file: 'fixed.txt', hash: 'fixed' })).toBe('replaced');
    expect(queryFacts(db, { keys: ['t4.litigation.total'], years: [2020] }).find((r) => r.name === '郑宅镇')).toMatchObject({ rowLabel: '新的行标签', value: 3, file: 'fixed.txt' });
  });

  it('joins a report without region to the one unit of that name', () => {
    const db = seeded();
    const badan = seeds.find((s) => s.report.name === '巴丹吉林镇')!;
    expect(ingestReport(db, { ...badan.report, region: [], year: 2023 }, { file: 'b2023.txt', hash: 'b2023' })).toBe('added');
    expect(listUnits(db).find((u) => u.name === '巴丹吉林镇')?.years).toEqual([2022, 2023]);
  });
});

describe('derived structures (fact lookup table, full-text index)', () => {
  const KEYS = ['t4.litigation.total', 't4.review.total', 't2.procurement.amount', 't3.new_received.total'];
  const QUERIES = ['诉讼', '复议 纠正', '郑宅', '政府集中采购', '公开'];
  const read = (db: Db) => ({
    facts: queryFacts(db, { keys: KEYS }),
    byYear: queryFacts(db, { keys: KEYS, years: [2020, 2022] }),
    found: QUERIES.map((q) => searchText(db, q, { limit: 100 }).map((h) => `${h.reportId} ${h.section}`).sort()),
  });

  it('give the same answers before and after a fold, and after a supersede', () => {
    const db = seeded();
    const tail = read(db);
    expect(tail.facts.length).toBeGreaterThan(10);
    expect(tail.found.every((f) => f.length > 0)).toBe(true);
    expect(foldDerived(db)).toBe(5);
    expect(read(db)).toEqual(tail);
    // a folded report superseded: stale until the next fold, never shown twice
    const zheng = seeds.find((s) => s.report.name === '郑宅镇')!;
    const corrected: Report = { ...zheng.report, facts: zheng.report.facts.map((f) => (f.key === 't4.litigation.total' ? { ...f, value: 9 } : f)) };
    ingestReport(db, corrected, { file: 'corrected.txt', hash: 'corrected' });
    const stale = read(db);
    expect(stale.facts.filter((f) => f.name === '郑宅镇' && f.key === 't4.litigation.total').map((f) => f.value)).toEqual([9]);
    expect(foldDerived(db)).toBe(1);
    expect(read(db)).toEqual(stale);
    expect(db.prepare(`SELECT count(*) FROM derived_stale`).pluck().get()).toBe(0);
  });

  // the index holds each word of a passage once, in no order: a number cut in pieces by the
  // segmenter (330.93 → 330, 93) is found by its pieces, wherever else they stand
  it.each(['330.93万元', '政府集中采购 330.93', '93件'])('finds %s in an indexed passage', (query) => {
    const db = seeded();
    const zheng = seeds.find((s) => s.report.name === '郑宅镇')!;
    const text = '全年收到申请93件，政府集中采购金额330.93万元，较上年增加93万元。';
    const sections = [...zheng.report.sections, { title: '七、附注', startLine: 200, endLine: 200, text }];
    ingestReport(db, { ...zheng.report, sections }, { file: 'notes.txt', hash: 'notes' });
    foldDerived(db);
    expect(searchText(db, query).map((h) => [h.name, h.section])).toContainEqual(['郑宅镇', '七、附注']);
  });

  // the lookup table drops what a fact shares with most (raw = the number printed, no unit …)
  it.each<[string, Pick<Fact, 'value' | 'raw'> & Partial<Fact>]>([
    ['raw as printed', { value: 12, raw: '12' }],
    ['raw with a comma', { value: 1234, raw: '1,234' }],
    ['raw with a unit word', { value: 3, raw: '3件', unit: '件' }],
    ['no value', { value: null, raw: '—' }],
    ['a fraction', { value: 0.1 + 0.2, raw: '0.3' }],
    ['a negative number', { value: -4, raw: '-4' }],
    ['a huge number', { value: 1e16, raw: '10000000000000000' }],
    ['prose with evidence and sources', { value: 5, raw: '5', method: 'prose', evidence: '诉讼5件，"含"\\', derivedFrom: ['a', 'b'] }],
  ])('keeps a fact exact through the lookup table: %s', (_, change) => {
    const db = seeded();
    const zheng = seeds.find((s) => s.report.name === '郑宅镇')!;
    const facts = zheng.report.facts.map((f) => (f.key === 't4.review.total' ? { ...f, unit: null, method: 'table' as const, evidence: undefined, derivedFrom: undefined, ...change } : f));
    ingestReport(db, { ...zheng.report, facts }, { file: 'changed.txt', hash: 'changed' });
    const before = queryFacts(db, { keys: ['t4.review.total', 't4.litigation.total'], years: [2020] });
    foldDerived(db);
    const after = queryFacts(db, { keys: ['t4.review.total', 't4.litigation.total'], years: [2020] });
    expect(after).toEqual(before);
    const fact = after.find((f) => f.name === '郑宅镇' && f.key === 't4.review.total');
    expect(fact).toMatchObject({ value: change.value, raw: change.raw, unit: change.unit ?? null, evidence: change.evidence ?? null, derivedFrom: change.derivedFrom ?? null });
    expect(queryFacts(db, { keys: ['t4.review.total'], years: [2020] }).find((f) => f.name === '郑宅镇')).toEqual(fact);
  });
});

describe('cross-year check', () => {
  // Two consecutive years of one unit, printed and read back, with non-zero carried numbers.
  function years(over2022: number): { y2021: Report; y2022: Report } {
    const meta = { name: '石桥镇', organ: '石桥镇人民政府', region: ['丰城市'] };
    const a = renderedReport(11, { ...meta, year: 2021 });
    const b = renderedReport(12, { ...meta, year: 2022 });
    const y2021 = parseText(a.text, '2021.txt');
    const y2022 = parseText(b.text, '2022.txt');
    // 5 carried by natural persons, nothing by others, in both directions
    const carry = (r: Report, row: string, n: number): Report => ({
      ...r,
      facts: r.facts.map((f) => (f.key.startsWith(`t3.${row}.`) ? { ...f, value: /natural_person|total/.test(f.key) ? n : 0 } : f)),
    });
    return { y2021: carry(y2021, 'carried_forward', 5), y2022: carry(y2022, 'carried_over', over2022) };
  }

  it.each([
    { over: 5, ok: true, order: ['2021', '2022'] },
    { over: 5, ok: true, order: ['2022', '2021'] },
    { over: 7, ok: false, order: ['2021', '2022'] },
  ])('carried over $over into 2022 (ingested $order) → ok $ok', ({ over, ok, order }) => {
    const db = openDatabase(':memory:');
    opened.push(db);
    const r = years(over);
    const byYear = { '2021': r.y2021, '2022': r.y2022 };
    for (const y of order) ingestReport(db, byYear[y as '2021'], { file: `${y}.txt`, hash: `${y}-${over}` });
    const id2022 = listReports(db, { years: [2022] })[0]!.id;
    const check = reportChecks(db, id2022).find((c) => c.rule === CROSS_YEAR_RULE);
    expect(check?.ok).toBe(ok);
    if (!ok) expect(check?.detail).toContain('total: 2021年结转下年度 5 ≠ 2022年上年结转 7');
    expect(reportChecks(db, listReports(db, { years: [2021] })[0]!.id).some((c) => c.rule === CROSS_YEAR_RULE)).toBe(false);
  });

  // 2022 folded first; 2021 then changes its failed-check count only when the carry disagrees
  it.each([
    { over: 5, stale: 0, failed: 0 },
    { over: 7, stale: 1, failed: 1 },
  ])('a folded 2022 with carried over $over: $stale stale, lookups show $failed failed', ({ over, stale, failed }) => {
    const db = openDatabase(':memory:');
    opened.push(db);
    const r = years(over);
    ingestReport(db, r.y2022, { file: '2022.txt', hash: `2022-${over}` });
    foldDerived(db);
    ingestReport(db, r.y2021, { file: '2021.txt', hash: `2021-${over}` });
    expect(db.prepare(`SELECT count(*) FROM derived_stale`).pluck().get()).toBe(stale);
    const failedChecks = (): number[] => queryFacts(db, { keys: ['t3.carried_over.total'], years: [2022] }).map((f) => f.failedChecks);
    expect(failedChecks()).toEqual([failed]);
    foldDerived(db);
    expect(failedChecks()).toEqual([failed]);
  });
});

describe('database file', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens in WAL with foreign keys and the newest schema', () => {
    dir = mkdtempSync(join(tmpdir(), 'reportbot-db-'));
    const db = openDatabase(join(dir, 'sub', 'r.db'));
    opened.push(db);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('upgrades a version 1 database in place, indexing the text it already holds', () => {
    dir = mkdtempSync(join(tmpdir(), 'reportbot-db-'));
    const path = join(dir, 'old.db');
    const old = openDatabase(path, { migrateTo: 1 });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.prepare(`INSERT INTO units (id, name, region, region_key) VALUES (1, '柳屯镇', '[]', '')`).run();
    old.prepare(
      `INSERT INTO reports (id, unit_id, file, hash, region, year, layout, ingested_at, warnings) VALUES (1, 1, 'old.txt', 'h', '[]', 2022, 'text/tsv', '2024-01-01', '[]')`,
    ).run();
    old.prepare(`INSERT INTO sections (report_id, title, start_line, end_line, text) VALUES (1, '五、存在的主要问题及改进情况', 10, 12, '行政复议工作仍需加强')`).run();
    closeDatabase(old);
    const db = openDatabase(path);
    opened.push(db);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(searchText(db, '复议')).toMatchObject([{ name: '柳屯镇', year: 2022, section: '五、存在的主要问题及改进情况', line: 10 }]);
  });

  it('converts version 3 facts to the compact layout without changing a lookup', () => {
    dir = mkdtempSync(join(tmpdir(), 'reportbot-db-'));
    const path = join(dir, 'v3.db');
    const old = openDatabase(path, { migrateTo: 3 });
    old.exec(`
      INSERT INTO units (id, name, region, region_key) VALUES (1, '柳屯镇', '["莘县"]', '莘县');
      INSERT INTO reports (id, unit_id, file, hash, organ, name, region, year, template, layout, ingested_at, warnings, superseded_by)
        VALUES (1, 1, 'a.txt', 'a', '柳屯镇人民政府', '柳屯镇', '["莘县"]', 2022, 2021, 'text/tsv', '2024-01-01', '[]', 2),
               (2, 1, 'b.txt', 'b', '柳屯镇人民政府', '柳屯镇', '["莘县"]', 2022, 2021, 'text/tsv', '2024-01-02', '[]', NULL);
      INSERT INTO facts (report_id, key, value, unit, method, raw, tbl, row_label, col_label, line, evidence, derived_from) VALUES
        (1, 't4.litigation.total', 2, NULL, 'table', '2', '四、行政复议、行政诉讼', '行政诉讼', '总计', 30, NULL, NULL),
        (2, 't4.litigation.total', 7, NULL, 'prose', '7', '一、总体情况', '行政诉讼', '', 12, '行政诉讼7件', '["t4.litigation_direct.total"]'),
        (2, 't2.procurement.amount', 12.5, '万元', 'table', '12.5', '二、主动公开', '政府集中采购', '采购总金额', 20, NULL, NULL);
      INSERT INTO checks (report_id, rule, ok, detail) VALUES (2, 'r1', 0, 'x'), (2, 'r2', 1, 'y'), (1, 'r1', 0, 'z');
      INSERT INTO sections (id, report_id, title, start_line, end_line, text) VALUES (1, 1, '一、总体情况', 1, 5, '行政诉讼'), (2, 2, '一、总体情况', 1, 5, '行政诉讼');
      INSERT INTO passages (rowid, body) VALUES (1, '行政 诉讼 行政诉讼'), (2, '行政 诉讼 行政诉讼');
    `);
    closeDatabase(old);
    const db = openDatabase(path);
    opened.push(db);
    expect(queryFacts(db, { keys: ['t4.litigation.total', 't2.procurement.amount'], years: [2022] })).toEqual([
      { reportId: 2, unitId: 1, name: '柳屯镇', region: ['莘县'], organ: '柳屯镇人民政府', year: 2022, template: 2021, file: 'b.txt', key: 't2.procurement.amount', value: 12.5, unit: '万元', method: 'table', raw: '12.5', table: '二、主动公开', rowLabel: '政府集中采购', colLabel: '采购总金额', line: 20, evidence: null, derivedFrom: null, failedChecks: 1 },
      { reportId: 2, unitId: 1, name: '柳屯镇', region: ['莘县'], organ: '柳屯镇人民政府', year: 2022, template: 2021, file: 'b.txt', key: 't4.litigation.total', value: 7, unit: null, method: 'prose', raw: '7', table: '一、总体情况', rowLabel: '行政诉讼', colLabel: '', line: 12, evidence: '行政诉讼7件', derivedFrom: ['t4.litigation_direct.total'], failedChecks: 1 },
    ]);
    expect(stats(db)).toMatchObject({ reports: 1, superseded: 1, facts: 2, failedChecks: 1 });
    expect(searchText(db, '诉讼').map((h) => h.file)).toEqual(['b.txt']);
  });

  it("finds a unit's current reports by the unit, not by walking every current report", () => {
    const db = openDatabase(':memory:');
    opened.push(db);
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT s.id FROM reports r JOIN sections s ON s.report_id = r.id WHERE r.superseded_by IS NULL AND r.unit_id IN (5, 6)`).all() as Array<{ detail: string }>;
    expect(plan[0]!.detail).toMatch(/^SEARCH r USING INDEX reports_(unit_year|current)/);
  });

  it('refuses a database newer than it knows', () => {
    dir = mkdtempSync(join(tmpdir(), 'reportbot-db-'));
    const path = join(dir, 'new.db');
    const db = openDatabase(path);
    db.pragma('user_version = 99');
    closeDatabase(db);
    expect(() => openDatabase(path)).toThrow(/newer than this program knows/);
  });

  it.each([
    [undefined, {}, 'data/reports.db'],
    [undefined, { REPORTBOT_DB: 'env.db' }, 'env.db'],
    ['flag.db', { REPORTBOT_DB: 'env.db' }, 'flag.db'],
  ])('resolves --db %s with env %o to %s', (flag, env, expected) => {
    dir = mkdtempSync(join(tmpdir(), 'reportbot-db-'));
    expect(resolveDbPath(flag, env)).toBe(expected);
  });
});
