/** Amounts printed in 元, 万元 and 亿元 are compared in one unit; each is shown as printed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, queryFactsWhere, topFacts } from '../src/index/index.ts';
import { comparableLookupValues, foldDerived } from '../src/index/derived.ts';
import { MIGRATIONS } from '../src/index/migrations.ts';
import { createAsker } from '../src/qa/ask.ts';
import { corpusWithUnits, dbOf, ingestAll, type CorpusReport } from './helpers/qa-corpus.ts';

/** 2020's procurement (the 2019 template's) amounts: 150万元 printed in 元, 200万元, 12万元 printed in 元, 0.03亿元 (300万元) */
const AMOUNTS: Record<string, [number, string]> = {
  甲镇: [1_500_000, '元'],
  乙镇: [200, '万元'],
  丙镇: [120_000, '元'],
  丁镇: [0.03, '亿元'],
};

function reports(): CorpusReport[] {
  const units = Object.keys(AMOUNTS).map((name) => ({ name, organ: `${name}人民政府`, region: ['浙江省', '金华市', '武义县'] }));
  return corpusWithUnits(units)
    .filter((r) => r.report.name! in AMOUNTS)
    .map((r) => {
      const [value, unit] = AMOUNTS[r.report.name!]!;
      const facts = r.report.facts.map((f) => (f.key === 't2.procurement.amount' ? { ...f, value, unit, raw: `${value}${unit}` } : f));
      return { values: { ...r.values, 't2.procurement.amount': value }, report: { ...r.report, facts } };
    });
}

describe('amounts in different units', () => {
  const db = dbOf(reports());
  const asker = createAsker(db);
  afterAll(() => closeDatabase(db));

  it('ranks by the sum, not the printed number', () => {
    expect(asker.askRules('2020年哪个乡镇的政府集中采购金额最大').items).toEqual([expect.objectContaining({ name: '丁镇', value: 0.03, unit: '亿元' })]);
    expect(asker.askRules('2020年政府集中采购金额前两名的乡镇').items.map((i) => i.name)).toEqual(['丁镇', '乙镇']);
  });

  it('tests a condition in 万元, whatever unit the question or the report uses', () => {
    const r = asker.askRules('2020年哪些乡镇政府集中采购金额超过100万元');
    expect(r.items.map((i) => [i.name, i.value, i.unit]).sort()).toEqual([
      ['丁镇', 0.03, '亿元'],
      ['乙镇', 200, '万元'],
      ['甲镇', 1_500_000, '元'],
    ]);
    expect(r.answer).toContain('大于100万元');
    expect(asker.askRules('2020年政府集中采购金额不到50000元的乡镇').items.map((i) => i.name)).toEqual([]);
    expect(asker.askRules('2020年政府集中采购金额少于200000元的乡镇').items.map((i) => i.name)).toEqual(['丙镇']);
  });
});

describe('a database whose lookups compared printed numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reportbot-amounts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compares amounts in 万元 once upgraded', () => {
    const path = join(dir, 'old.db');
    // the version before the lookup values were made comparable
    const old = openDatabase(path, { migrateTo: MIGRATIONS.indexOf(comparableLookupValues) });
    ingestAll(old, reports());
    foldDerived(old);
    // as the lookup table stood before: the printed number
    old.exec(`UPDATE fact_lookup SET value = (SELECT f.value FROM facts f WHERE f.report_id = fact_lookup.report_id AND f.key_id = fact_lookup.key_id)`);
    closeDatabase(old);
    const db = openDatabase(path);
    try {
      const over = queryFactsWhere(db, { keys: ['t2.procurement.amount'], years: [2020], value: { op: '>', value: 100 } });
      expect(over.map((f) => f.name).sort()).toEqual(['丁镇', '乙镇', '甲镇']);
      expect(topFacts(db, { keys: ['t2.procurement.amount'], years: [2020], order: 'desc', limit: 1 }).map((f) => f.name)).toEqual(['丁镇']);
    } finally {
      closeDatabase(db);
    }
  });
});
