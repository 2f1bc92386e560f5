/**
 * A Query run against the index: the facts that answer it and what the answer must also say —
 * what was searched, which reports give no number, which reports fail their own checks.
 */
import { countGivenUnitYears, extremeGiven, givenUnitYears, queryFactsWhere, topFacts, unitYearKey, type Db, type FactRow, type UnitRow } from '../index/index.ts';
import { evaluate, fromFact, isSingleKey, measureKeys, type Measured } from './measure.ts';
import type { UnitKind } from '../core/unit-kind.ts';
import { comparable } from '../core/amounts.ts';
import { meets, type Condition, type Query } from './query.ts';

export interface Citation {
  file: string;
  table: string;
  rowLabel: string;
  colLabel: string;
  line: number;
  method: 'table' | 'prose';
  evidence: string | null;
}

export interface Item {
  name: string;
  region: string[];
  year: number;
  key: string;
  value: number;
  unit: string | null;
  citation: Citation;
  /** for a sum (不予公开 = every denied row): each row added, with its own citation */
  parts?: Array<{ key: string; value: number; citation: Citation }>;
}

export interface Outcome {
  query: Query;
  rows: Measured[];
  /** unit-years in scope whose report gives no number for the measure (not counted as zero) */
  missing: Array<{ name: string; region: string[]; year: number }>;
  /** unit-years asked about that have no report at all */
  noReport: Array<{ name: string; region: string[]; year: number }>;
  searched: { years: number[]; units: number; reports: number };
  /** the levels searched (哪些乡镇), when the question asked for some */
  kinds?: UnitKind[];
  /** qualifying facts outside the years asked, offered when nothing qualifies */
  elsewhere: Measured[];
  /** every year the data holds reports for */
  available: number[];
}

export interface Catalogue {
  units: UnitRow[];
  byId: Map<number, UnitRow>;
  years: number[];
}

export function buildCatalogue(units: UnitRow[], years: number[]): Catalogue {
  return { units, byId: new Map(units.map((u) => [u.id, u])), years };
}

export function citationOf(f: FactRow): Citation {
  return { file: f.file, table: f.table, rowLabel: f.rowLabel, colLabel: f.colLabel, line: f.line, method: f.method, evidence: f.evidence };
}

export function toItem(m: Measured): Item {
  const [first, ...rest] = m.facts;
  const item: Item = { name: m.name, region: m.region, year: m.year, key: m.key, value: m.value ?? 0, unit: m.unit, citation: citationOf(first!) };
  if (m.key.includes('*')) item.parts = [first!, ...rest].map((f) => ({ key: f.key, value: f.value ?? 0, citation: citationOf(f) }));
  return item;
}

function intersect(a: number[] | undefined, b: number[]): number[] {
  if (!a) return b;
  const s = new Set(b);
  return a.filter((x) => s.has(x));
}

/** The units a query is about: named units, narrowed by every region named; undefined: all. */
export function scopeUnits(q: Query): number[] | undefined {
  const named = q.places.filter((p) => p.kind === 'unit');
  let ids: number[] | undefined = named.length ? [...new Set(named.flatMap((p) => p.unitIds))] : undefined;
  for (const r of q.places.filter((p) => p.kind === 'region')) ids = intersect(ids, r.unitIds);
  return ids;
}

/** The levels asked about (哪些乡镇), unless the question names its units. */
function scopeKinds(q: Query): UnitKind[] | undefined {
  return q.kinds?.length && !q.places.some((p) => p.kind === 'unit') ? q.kinds : undefined;
}

// code-point order: stable and cheap; a collator costs too much over thousands of ties
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** a row's value as answers compare it: amounts in 万元 */
const cmp = (m: Measured): number => comparable(m.value ?? 0, m.unit);

const byYearThenValue = (a: Measured, b: Measured): number => a.year - b.year || cmp(b) - cmp(a) || byName(a.name, b.name);

function rank(rows: Measured[], q: Query): Measured[] {
  const given = rows.filter((r) => r.value !== null);
  const sign = q.order === 'asc' ? 1 : -1;
  const order = (a: Measured, b: Measured): number => sign * (cmp(a) - cmp(b)) || a.year - b.year || byName(a.name, b.name);
  if (q.limit) return given.sort(order).slice(0, q.limit);
  const top = given.reduce<number | null>((best, r) => (best === null || sign * (cmp(r) - best) < 0 ? cmp(r) : best), null);
  return given.filter((r) => cmp(r) === top).sort(order);
}

/** Rows that meet the condition (none: above zero), in the order of `evaluate`. */
function qualifying(db: Db, m: string, scope: Scope, c: Condition | undefined): Measured[] {
  if (isSingleKey(m)) return queryFactsWhere(db, { keys: [m], ...scope, value: c ?? { op: '>', value: 0 } }).map((f) => fromFact(f, m));
  return evaluate(db, m, scope).filter((r) => r.value !== null && meets(cmp(r), c));
}

/** The rows `rank` keeps, and perhaps some it drops: only the top values are read where SQL can order them. */
function rankCandidates(db: Db, m: string, scope: Scope, q: Query): Measured[] {
  if (!isSingleKey(m)) return evaluate(db, m, scope);
  const top = topFacts(db, { keys: [m], ...scope, order: q.order === 'asc' ? 'asc' : 'desc', limit: q.limit ?? 1, thenYear: Boolean(q.limit) });
  return top.map((f) => fromFact(f, m));
}

type Scope = { years?: number[]; unitIds?: number[]; kinds?: UnitKind[] };

export function runQuery(db: Db, q: Query, cat: Catalogue): Outcome {
  // (understand sets unknown only where no unit is named)
  if (q.unknown?.length) {
    return { query: q, rows: [], missing: [], noReport: [], searched: { years: Array.isArray(q.years) ? q.years : [], units: 0, reports: 0 }, elsewhere: [], available: cat.years };
  }
  const unitIds = scopeUnits(q);
  const kinds = scopeKinds(q);
  const years = Array.isArray(q.years) && q.years.length ? q.years : undefined;
  const units = (unitIds ? unitIds.map((id) => cat.byId.get(id)).filter((u): u is UnitRow => Boolean(u)) : cat.units).filter((u) => !kinds || kinds.includes(u.kind));
  const yearSet = years ? new Set(years) : null;
  const inScope = (u: UnitRow): number[] => (yearSet ? u.years.filter((y) => yearSet.has(y)) : u.years);
  // the units that have a report in scope: a unit with no report of those years was not searched
  const searched = { years: years ?? cat.years, units: units.filter((u) => inScope(u).length > 0).length, reports: units.reduce((n, u) => n + inScope(u).length, 0) };
  const scope: Scope = { ...(years ? { years } : {}), ...(unitIds ? { unitIds } : {}), ...(kinds ? { kinds } : {}) };
  const measures = q.intent === 'rank' ? q.keys.slice(0, 1) : q.keys;
  // unit-years whose report gives a number for a measure: from the rows read, or asked of SQL
  // where only the qualifying rows were read
  const given = new Set<number>();
  const giving = (rows: Measured[]): Measured[] => {
    for (const r of rows) if (r.value !== null) given.add(unitYearKey(r.unitId, r.year));
    return rows;
  };
  // when every report in scope gives the number (the usual case) nothing is missing, and the
  // unit-years need not be read: a count says so
  let allGiven = false;
  const askGiven = (m: string): void => {
    if (allGiven) return;
    const keys = measureKeys(m);
    if (countGivenUnitYears(db, { keys, ...scope }) >= searched.reports) allGiven = true;
    else for (const k of givenUnitYears(db, { keys, ...scope })) given.add(k);
  };

  let rows: Measured[];
  switch (q.intent) {
    case 'rank': {
      const m = measures[0];
      if (m && isSingleKey(m) && !q.limit) {
        // the top value and how many give one, in one pass; then the facts at that value
        const top = extremeGiven(db, { keys: [m], ...scope, order: q.order === 'asc' ? 'asc' : 'desc' });
        if (top.count >= searched.reports) allGiven = true;
        else for (const k of givenUnitYears(db, { keys: [m], ...scope })) given.add(k);
        rows = top.value === null ? [] : rank(queryFactsWhere(db, { keys: [m], ...scope, value: { op: '=', value: top.value } }).map((f) => fromFact(f, m)), q);
        break;
      }
      if (m && isSingleKey(m)) askGiven(m);
      rows = m ? rank(isSingleKey(m) ? rankCandidates(db, m, scope, q) : giving(rankCandidates(db, m, scope, q)), q) : [];
      break;
    }
    case 'list':
    case 'count':
    case 'search': {
      const each = measures.map((m) => {
        if (isSingleKey(m)) {
          askGiven(m);
          return qualifying(db, m, scope, q.condition);
        }
        return giving(evaluate(db, m, scope)).filter((r) => r.value !== null && meets(cmp(r), q.condition));
      });
      // every measure at once: the unit-years that qualify on each
      const keep = q.together ? each.map((rs) => new Set(rs.map((r) => unitYearKey(r.unitId, r.year)))) : [];
      rows = each
        .flat()
        .filter((r) => keep.every((set) => set.has(unitYearKey(r.unitId, r.year))))
        .sort(byYearThenValue);
      break;
    }
    case 'latest': {
      // per unit and measure: the newest report that gives the number
      const newest = new Map<string, Measured>();
      for (const r of giving(measures.flatMap((m) => evaluate(db, m, scope)))) {
        if (r.value === null) continue;
        const k = `${r.unitId} ${r.measure}`;
        const had = newest.get(k);
        if (!had || had.year < r.year) newest.set(k, r);
      }
      rows = [...newest.values()].sort(byYearThenValue);
      break;
    }
    case 'value':
    case 'compare':
      rows = giving(measures.flatMap((m) => evaluate(db, m, scope)))
        .filter((r) => r.value !== null)
        .sort((a, b) => byName(a.name, b.name) || a.year - b.year);
      break;
  }

  const newestGiven = new Map<number, number>();
  for (const r of rows) newestGiven.set(r.unitId, Math.max(newestGiven.get(r.unitId) ?? 0, r.year));
  const missing: Outcome['missing'] = [];
  if (!allGiven) for (const u of units) {
    for (const year of inScope(u)) {
      if (!given.has(unitYearKey(u.id, year)) && (q.intent !== 'latest' || year > (newestGiven.get(u.id) ?? 0))) missing.push({ name: u.name, region: u.region, year });
    }
  }
  const noReport = years && unitIds ? units.flatMap((u) => years.filter((y) => !u.years.includes(y)).map((year) => ({ name: u.name, region: u.region, year }))) : [];

  let elsewhere: Measured[] = [];
  if (!rows.length && years && (q.intent === 'list' || q.intent === 'count' || q.intent === 'rank' || (q.intent === 'value' && unitIds !== undefined))) {
    // the nearest other years are what a reader would try next
    const near = cat.years.filter((y) => !years.includes(y)).sort((a, b) => Math.min(...years.map((x) => Math.abs(a - x))) - Math.min(...years.map((x) => Math.abs(b - x)))).slice(0, 2);
    const c = q.condition ?? { op: '>', value: 0 };
    elsewhere = measures
      .flatMap((m) => {
        const at = { years: near, ...(unitIds ? { unitIds } : {}), ...(kinds ? { kinds } : {}) };
        if (!near.length) return [];
        // five shown, in year order: each year's five highest are enough
        if (isSingleKey(m)) return near.flatMap((y) => topFacts(db, { keys: [m], ...at, years: [y], order: 'desc', limit: 5, value: c }).map((f) => fromFact(f, m)));
        return evaluate(db, m, at);
      })
      .filter((r) => r.value !== null && meets(cmp(r), q.condition))
      .sort(byYearThenValue)
      .slice(0, 5);
  }
  return { query: q, rows, missing, noReport, searched, ...(kinds ? { kinds } : {}), elsewhere, available: cat.years };
}
