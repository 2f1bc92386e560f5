import { describe, expect, it } from 'vitest';
import { allKeys } from '../src/core/keys.ts';
import { failedChecks, generateReport, rng } from './helpers/generate.ts';
import { UNIT_KINDS } from './helpers/units.ts';
import { LAYOUTS, expectedFacts, render } from './helpers/render/index.ts';
import { readings } from './helpers/render/crawler.ts';
import { compareReport } from './helpers/compare.ts';
import type { Report } from '../src/core/report.ts';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const reports = SEEDS.map((s) => generateReport(s));

describe('generateReport', () => {
  it.each(SEEDS)('seed %i: every key of its template, every 勾稽关系 holding', (seed) => {
    const g = generateReport(seed);
    expect(Object.keys(g.facts)).toEqual(allKeys(g.meta.template));
    expect(failedChecks(g.facts, g.meta.template)).toEqual([]);
    expect(g.meta.template).toBe(g.meta.year >= 2021 ? 2021 : 2019);
    for (const table of ['t2', 't3', 't4']) {
      expect(Object.entries(g.facts).some(([k, v]) => k.startsWith(`${table}.`) && v !== 0), `${table} has a non-zero cell`).toBe(true);
    }
    for (const v of Object.values(g.facts)) expect(Number.isFinite(v)).toBe(true);
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(generateReport(42)).toEqual(generateReport(42));
    expect(generateReport(42).facts).not.toEqual(generateReport(43).facts);
    expect(rng(7).next()).toBe(rng(7).next());
  });

  it('catches a broken 勾稽关系', () => {
    const g = generateReport(5);
    const facts = { ...g.facts, 't3.granted.natural_person': g.facts['t3.granted.natural_person']! + 1 };
    expect(failedChecks(facts, g.meta.template).length).toBeGreaterThan(0);
    const t4 = { ...g.facts, 't4.review.total': g.facts['t4.review.total']! + 1 };
    expect(failedChecks(t4, g.meta.template)).toContain('t4 review: parts ' + g.facts['t4.review.total'] + ' ≠ total');
  });

  it('varies units, regions, years, zeros and amounts over many seeds', () => {
    expect(new Set(reports.map((g) => g.meta.kind))).toEqual(new Set(UNIT_KINDS));
    expect(new Set(reports.map((g) => g.meta.region.length))).toEqual(new Set([0, 1, 2]));
    expect(new Set(reports.map((g) => g.meta.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024]));
    expect(reports.some((g) => g.meta.organ.endsWith('街道办事处'))).toBe(true);
    expect(reports.some((g) => g.meta.organ.endsWith('管理委员会'))).toBe(true);
    expect(reports.some((g) => /局$/.test(g.meta.organ))).toBe(true);
    expect(reports.some((g) => g.meta.published === null)).toBe(true);
    expect(reports.some((g) => /^\d{4}-\d{2}$/.test(g.meta.published ?? ''))).toBe(true);
    const amounts = reports.flatMap((g) => [g.facts['t2.fees.amount'], g.facts['t2.procurement.amount']]).filter((v) => v !== undefined);
    expect(amounts.some((v) => !Number.isInteger(v))).toBe(true);
    expect(amounts.some((v) => /\.\d{3,4}$/.test(String(v)))).toBe(true);
    const values = reports.flatMap((g) => Object.values(g.facts));
    expect(values.filter((v) => v === 0).length).toBeGreaterThan(values.length / 4);
    expect(values.some((v) => v > 100)).toBe(true);
  });
});

describe('render', () => {
  const g = generateReport(11);

  it.each(LAYOUTS)('%s: the same text for the same report, with title and numbers', (layout) => {
    const text = render(g, layout);
    expect(text).toBe(render(g, layout));
    expect(text.length).toBeGreaterThan(800);
    expect(text).toContain(String(g.meta.year));
    for (const v of Object.values(expectedFacts(g, layout))) expect(text).toContain(String(v));
  });

  it('prints traditional characters for the traditional layout, title and organ included', () => {
    const text = render(g, 'traditional');
    expect(text).toMatch(/政府信息公開工作年度報告/);
    expect(text).not.toContain('年度报告');
  });

  it('tsv mangling changes rows but keeps every number', () => {
    const plain = render(g, 'tsv');
    const mangled = render(g, 'tsv', { mangle: true });
    expect(mangled).not.toBe(plain);
    const digits = (s: string): string => (s.match(/\t-?\d+(\.\d+)?(?=\t|$)/gm) ?? []).join('').replace(/\s/g, '');
    expect(digits(mangled)).toBe(digits(plain));
  });

  it('crawler rows run together only where the sums give one reading', () => {
    expect(readings('640020470', 7, [[0, 6]])).toBe(1);
    expect(readings('110000011', 7, [[0, 6]])).toBe(2); // 11,0,0,0,0,0,11 or 1,10,0,0,0,0,11
    expect(readings('123', 3, [])).toBe(1);
    expect(readings('1234', 3, [])).toBe(2);
    const text = render(generateReport(3), 'crawler');
    expect(text).toMatch(/一、本年新收政府信息公开申请数量 ?\d/);
  });

  it('the OCR layout states the prose facts in sentences', () => {
    const ocr = generateReport(SEEDS.find((s) => generateReport(s).meta.template === 2019)!);
    const text = render(ocr, 'prose').replace(/\s/g, '');
    expect(text).toContain(`行政诉讼${ocr.facts['t4.litigation.total']}件`);
    expect(text).toContain(`政府集中采购${ocr.facts['t2.procurement.amount']}万元`);
    expect(Object.keys(expectedFacts(ocr, 'prose'))).toEqual(['t3.new_received.total', 't4.review.total', 't4.litigation.total', 't2.procurement.amount']);
  });
});

describe('compareReport', () => {
  const g = generateReport(21);
  const text = render(g, 'tsv');
  const lines = text.split('\n');
  const lineOf = (v: number): number => lines.findIndex((l) => l.split('\t').includes(String(v))) + 1;
  const report = (facts: Record<string, number>): Report => ({
    file: 'x.txt',
    ...g.meta,
    layout: 'text/tsv',
    // a number the table does not print (表三 (六) in 2021, 行政诉讼 in all) is derived from others
    facts: Object.entries(facts).map(([key, value]) => ({
      ...{ key, value, unit: null, method: 'table' as const, raw: String(value), table: '', rowLabel: '', colLabel: '', line: Math.max(1, lineOf(value)) },
      ...(lineOf(value) === 0 ? { derivedFrom: ['t3.other_other.total'] } : {}),
    })),
    checks: [],
    warnings: [],
    sections: [],
  });

  it('finds nothing to report when every value, the metadata and the lines agree', () => {
    expect(compareReport(g, g.facts, report(g.facts), text)).toEqual({ meta: [], facts: [], lines: [] });
  });

  it('names a wrong value, a missing fact, wrong metadata and a wrong line', () => {
    const key = Object.keys(g.facts).find((k) => k.startsWith('t3.') && g.facts[k]! > 0)!;
    const bad = report({ [key]: g.facts[key]! + 1 });
    bad.name = 'x';
    bad.facts[0]!.line = 1;
    const diff = compareReport(g, { [key]: g.facts[key]!, 't4.review.total': g.facts['t4.review.total']! }, bad, text);
    expect(diff.meta).toEqual([`name: expected "${g.meta.name}", got "x"`]);
    expect(diff.facts).toEqual([`${key}: expected ${g.facts[key]}, got ${g.facts[key]! + 1}`, `t4.review.total: expected ${g.facts['t4.review.total']}, missing`]);
    expect(diff.lines).toHaveLength(1);
  });
});
