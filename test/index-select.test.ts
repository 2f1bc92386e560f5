import { afterEach, describe, expect, it } from 'vitest';
import { describeKey, TABLE_TITLES } from '../src/core/keys.ts';
import type { Report } from '../src/core/report.ts';
import {
  closeDatabase,
  countGivenUnitYears,
  extremeGiven,
  givenUnitYears,
  ingestReport,
  listUnits,
  openDatabase,
  queryFacts,
  queryFactsWhere,
  topFacts,
  unitYearKey,
  type Db,
  type FactRow,
  type FactScope,
  type ValueTest,
} from '../src/index/index.ts';
import { foldDerived } from '../src/index/derived.ts';
import { generateReport } from './helpers/generate.ts';

const KEYS = ['t4.litigation.total', 't4.review.total', 't3.new_received.total'];

/** A generated report straight into the model; every fifth gives no number for 行政复议. */
function report(seed: number, name: string, year: number, bump = 0): Report {
  const gen = generateReport(seed, { year });
  const facts = Object.entries(gen.facts).map(([key, v]) => {
    const d = describeKey(key)!;
    const value = key === 't4.review.total' && seed % 5 === 0 ? null : v + bump;
    return { key, value, unit: null, method: 'table' as const, raw: String(value ?? '-'), table: TABLE_TITLES[d.table], rowLabel: d.rowLabel, colLabel: d.colLabel, line: 9 };
  });
  return { file: `${name}-${year}-${bump}.txt`, organ: `${name}人民政府`, name, region: [], year, published: null, template: gen.meta.template, layout: 'text/tsv', facts, checks: [], warnings: [], sections: [] };
}

const opened: Db[] = [];
afterEach(() => opened.splice(0).forEach(closeDatabase));

/** 12 units × 3 years; `state` leaves them in the unfolded tail, folds them, or then corrects some. */
function corpus(state: 'tail' | 'folded' | 'stale'): Db {
  const db = openDatabase(':memory:');
  opened.push(db);
  let seed = 1;
  for (let u = 0; u < 12; u++) for (const year of [2020, 2021, 2022]) ingestReport(db, report(seed++, `测试${u}镇`, year), { file: `${u}-${year}`, hash: `h${u}-${year}` });
  if (state !== 'tail') foldDerived(db);
  // corrections of folded reports: their old rows are stale until the next fold
  if (state === 'stale') for (let u = 0; u < 4; u++) ingestReport(db, report(100 + u, `测试${u}镇`, 2021, 7), { file: `fix${u}`, hash: `fix${u}` });
  return db;
}

function meets(v: number, t: ValueTest): boolean {
  return t.op === '>' ? v > t.value : t.op === '>=' ? v >= t.value : t.op === '<' ? v < t.value : v === t.value;
}

/** What topFacts must return, from every fact: those ordered no later than the limit-th. */
function expectedTop(all: FactRow[], order: 'desc' | 'asc', limit: number, thenYear: boolean, test?: ValueTest): FactRow[] {
  const given = all.filter((f) => f.value !== null && (!test || meets(f.value, test)));
  const sign = order === 'desc' ? -1 : 1;
  const cmp = (a: FactRow, b: FactRow): number => sign * (a.value! - b.value!) || (thenYear ? a.year - b.year : 0);
  const last = [...given].sort(cmp)[limit - 1];
  return last ? given.filter((f) => cmp(f, last) <= 0) : given;
}

const SCOPES: Array<[string, (db: Db) => Omit<FactScope, 'keys'>]> = [
  ['every unit and year', () => ({})],
  ['one year', () => ({ years: [2021] })],
  ['two units, no year', (db) => ({ unitIds: listUnits(db).slice(0, 2).map((u) => u.id) })],
  ['units and years', (db) => ({ unitIds: listUnits(db).slice(1, 5).map((u) => u.id), years: [2020, 2021] })],
];
const STATES = ['tail', 'folded', 'stale'] as const;
const CASES = STATES.flatMap((state) => SCOPES.map(([name, scope]) => [state, name, scope] as const));

describe('fact lookups narrowed in SQL agree with queryFacts', () => {
  it.each(CASES)('%s, %s', (state, _name, scopeOf) => {
    const db = corpus(state);
    const scope = scopeOf(db);
    for (const key of KEYS) {
      const all = queryFacts(db, { keys: [key], ...scope });
      expect(all.length).toBeGreaterThan(3);
      for (const test of [{ op: '>', value: 0 }, { op: '>=', value: 5 }, { op: '=', value: 0 }, { op: '<', value: 3 }] as ValueTest[]) {
        expect(queryFactsWhere(db, { keys: [key], ...scope, value: test })).toEqual(all.filter((f) => f.value !== null && meets(f.value, test)));
      }
      for (const [order, limit, thenYear] of [['desc', 1, false], ['asc', 1, false], ['desc', 3, true], ['asc', 5, true], ['desc', 500, true]] as const) {
        expect(topFacts(db, { keys: [key], ...scope, order, limit, thenYear })).toEqual(expectedTop(all, order, limit, thenYear));
      }
      const atLeast: ValueTest = { op: '>', value: 2 };
      expect(topFacts(db, { keys: [key], ...scope, order: 'asc', limit: 2, value: atLeast })).toEqual(expectedTop(all, 'asc', 2, false, atLeast));
      expect(givenUnitYears(db, { keys: [key], ...scope })).toEqual(new Set(all.filter((f) => f.value !== null).map((f) => unitYearKey(f.unitId, f.year))));
      expect(countGivenUnitYears(db, { keys: [key], ...scope })).toBe(givenUnitYears(db, { keys: [key], ...scope }).size);
      const given = all.filter((f) => f.value !== null).map((f) => f.value!);
      expect(extremeGiven(db, { keys: [key], ...scope, order: 'desc' })).toEqual({ count: given.length, value: Math.max(...given) });
      expect(extremeGiven(db, { keys: [key], ...scope, order: 'asc' })).toEqual({ count: given.length, value: Math.min(...given) });
    }
    // several keys: a unit-year that gives any of them counts once
    expect(countGivenUnitYears(db, { keys: KEYS, ...scope })).toBe(givenUnitYears(db, { keys: KEYS, ...scope }).size);
  });

  it('reads corrected reports once, with their new numbers', () => {
    const db = corpus('stale');
    expect(db.prepare(`SELECT count(*) FROM derived_stale`).pluck().get()).toBeGreaterThanOrEqual(4);
    const fixed = queryFactsWhere(db, { keys: ['t3.new_received.total'], years: [2021], value: { op: '>=', value: 7 } }).filter((f) => f.file.startsWith('fix'));
    expect(fixed.map((f) => f.name)).toEqual(['测试0镇', '测试1镇', '测试2镇', '测试3镇']);
    expect(fixed.every((f) => f.value! >= 7)).toBe(true);
  });

  it('finds nothing for unknown keys, no keys, or empty scopes', () => {
    const db = corpus('folded');
    expect(queryFactsWhere(db, { keys: ['t9.nothing'], value: { op: '>', value: 0 } })).toEqual([]);
    expect(topFacts(db, { keys: [], order: 'desc', limit: 3 })).toEqual([]);
    expect(givenUnitYears(db, { keys: KEYS, years: [] }).size).toBe(0);
    expect(countGivenUnitYears(db, { keys: KEYS, years: [] })).toBe(0);
  });
});
