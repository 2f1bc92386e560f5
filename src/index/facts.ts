/** Reading reports back: facts with their provenance, reports, checks and sections. */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';
import { catalog } from './catalog.ts';
import { CANONICAL_ITEMS, itemsPerFact, type Extra, type FactItems } from './fact-items.ts';
import { vocabulary } from './vocabulary.ts';
import { WAN_YUAN_PER } from '../core/amounts.ts';

export interface FactRow {
  reportId: number;
  unitId: number;
  name: string;
  region: string[];
  organ: string | null;
  year: number;
  template: 2019 | 2021 | null;
  file: string;
  key: string;
  value: number | null;
  unit: string | null;
  method: 'table' | 'prose';
  raw: string;
  table: string;
  rowLabel: string;
  colLabel: string;
  line: number;
  evidence: string | null;
  derivedFrom: string[] | null;
  /** failed checks of that report */
  failedChecks: number;
}

export interface ReportRow {
  id: number;
  unitId: number;
  name: string;
  region: string[];
  organ: string | null;
  year: number | null;
  template: 2019 | 2021 | null;
  published: string | null;
  file: string;
  hash: string;
  ingestedAt: string;
  supersededBy: number | null;
  warnings: string[];
}

/** A canonical fact's value (facts f) as SQL compares it: amounts in 万元 (core/amounts.ts), counts as they are. */
export const FACT_VALUE = `CASE f.unit ${Object.entries(WAN_YUAN_PER)
  .filter(([, k]) => k !== 1)
  .map(([name, k]) => `WHEN '${name}' THEN f.value * ${k}`)
  .join(' ')} ELSE f.value END`;

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Lookups differ only in how many keys, years and units they name: a few shapes, each prepared once. */
export function cachedStatement(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= 256) cache.clear();
    cache.set(sql, (stmt = db.prepare(sql).raw()));
  }
  return stmt;
}

/** What a lookup narrows by, as counts of `?` marks; `value` makes SQL that tests a fact's value (and year). */
export interface FactsShape {
  keys: number;
  years: number;
  units: number;
  /** unit levels (units.kind) */
  kinds?: number;
  value?: (value: string, year: string) => string;
}

// each side as one text, its facts' items joined (fact-items.ts): one value to hand over, not a row per fact
const itemColumns = (keys: number): [string, string] =>
  keys > 1 ? [`group_concat(l.key_id || ',' || l.items)`, `group_concat(f.key_id || ',' || ${CANONICAL_ITEMS})`] : ['group_concat(l.items)', `group_concat(${CANONICAL_ITEMS})`];

/**
 * One statement, so one snapshot: the lookup table's range for the keys and years (folded
 * reports), and the canonical tables for the reports after the watermark and the folded ones
 * gone stale since (see derived.ts). A reader during an ingest sees every committed report once.
 * By default each side gives one row, its facts' items (read them with readFacts); `columns`
 * picks other columns (lookup side, tail side), a row per fact.
 */
export function factsSql(s: FactsShape, columns: [string, string] = itemColumns(s.keys)): string {
  const { keys, years, units } = s;
  const kinds = s.kinds ?? 0;
  const filter = (p: string): string =>
    // (the tail goes by report id: `+` keeps the planner off the year and unit indexes there)
    `${p}.key_id IN (${marks(keys)})${years ? ` AND ${p === 'l' ? 'l' : '+r'}.year IN (${marks(years)})` : ''}${units ? ` AND ${p === 'l' ? 'l' : '+r'}.unit_id IN (${marks(units)})` : ''}${kinds ? ` AND ${p === 'l' ? 'l' : '+r'}.unit_id IN (SELECT id FROM units WHERE kind IN (${marks(kinds)}))` : ''}${s.value ? ` AND ${s.value(p === 'l' ? 'l.value' : FACT_VALUE, p === 'l' ? 'l.year' : 'r.year')}` : ''}`;
  // units without years: their own years, so the lookup seeks (key, year, unit) instead of
  // reading every year of the key
  const unitYears = units && !years ? ` AND l.year IN (SELECT year FROM reports WHERE unit_id IN (${marks(units)}) AND year IS NOT NULL)` : '';
  return `SELECT ${columns[0]}
            FROM fact_lookup l
           WHERE ${filter('l')}${unitYears} AND l.report_id NOT IN (SELECT report_id FROM derived_stale)
          UNION ALL
          SELECT ${columns[1]}
            FROM reports r JOIN facts f ON f.report_id = r.id
           WHERE (r.id > (SELECT folded_upto FROM derived_state) OR r.id IN (SELECT report_id FROM derived_stale))
             AND +r.superseded_by IS NULL AND +r.year IS NOT NULL AND ${filter('f')}`;
}

/** The arguments of factsSql in its order; `value` holds those of the value test. */
export function factsArgs(keyIds: number[], q: { years?: number[]; unitIds?: number[]; kinds?: string[] }, value: number[] = []): Array<number | string> {
  const args = [...keyIds, ...(q.years ?? []), ...(q.unitIds ?? []), ...(q.kinds ?? [])];
  const unitYears = q.unitIds && !q.years ? q.unitIds : [];
  return [...args, ...value, ...unitYears, ...args, ...value];
}

/** Key ids in name order (their position is the last part of the sort); [] when no report has any. */
export function keyIdsOf(db: Db, keys: string[]): number[] {
  const cat = catalog(db);
  return [...new Set(keys)]
    .sort()
    .map((k) => cat.keyId(k))
    .filter((id): id is number => id !== undefined);
}

/**
 * Facts of current (not superseded) reports with the given keys, optionally only some years
 * and units; ordered by unit name, year, key. Reports without a year have no facts here.
 */
export function queryFacts(db: Db, q: { keys: string[]; years?: number[]; unitIds?: number[]; kinds?: string[] }): FactRow[] {
  if (q.keys.length === 0 || q.years?.length === 0 || q.unitIds?.length === 0 || q.kinds?.length === 0) return [];
  const keyIds = keyIdsOf(db, q.keys);
  if (!keyIds.length) return [];
  const shape = { keys: keyIds.length, years: q.years?.length ?? 0, units: q.unitIds?.length ?? 0, kinds: q.kinds?.length ?? 0 };
  return toFactRows(db, readFacts(db, factsSql(shape), factsArgs(keyIds, q)), keyIds);
}

/** The facts of a statement whose result is factsSql's default columns, as one flat array of items. */
export function readFacts(db: Db, sql: string, args: Array<number | string>): FactItems {
  const sides = (cachedStatement(db, sql).all(...args) as Array<[string | null]>).flatMap(([items]) => (items ? [items] : []));
  return JSON.parse(`[${sides.join(',')}]`) as FactItems;
}

/**
 * Positions 0..n-1 ordered by rank(i), ties by position. Ranks are whole numbers; when they are
 * few enough each goes straight to its slot (a unit has one fact per key and year, so ties are
 * rare), else a sort.
 */
function sortOrder(n: number, rank: (i: number) => number): ArrayLike<number> {
  const ranks = new Float64Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = (ranks[i] = rank(i));
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  if (n && hi - lo < 8 * n + 65_536) {
    const slots = new Int32Array(hi - lo + 1);
    let tie = false;
    for (let i = 0; i < n && !tie; i++) {
      const s = ranks[i]! - lo;
      if (slots[s]) tie = true;
      else slots[s] = i + 1;
    }
    if (!tie) {
      const order = new Uint32Array(n);
      let k = 0;
      for (const s of slots) if (s) order[k++] = s - 1;
      return order;
    }
  }
  return Array.from(ranks, (_, i) => i).sort((a, b) => ranks[a]! - ranks[b]! || a - b);
}

const small: string[] = [];
/** A whole number as JS prints it; the small ones are printed once. */
const printed = (v: number): string => (v >= 0 && v < 100_000 ? (small[v] ??= String(v)) : String(v));

/** Facts (as readFacts gives them) as FactRows, ordered by unit name and region, year, key (in `keyIds` order). */
export function toFactRows(db: Db, items: FactItems, keyIds: number[]): FactRow[] {
  const cat = catalog(db);
  const vocab = vocabulary(db);
  const stride = itemsPerFact(keyIds.length);
  // with one key the items start at the report id
  const first = stride - 6;
  const n = items.length / stride;
  const reportIds = new Array<number>(n);
  const keys = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    reportIds[i] = items[i * stride + first] as number;
    keys[i] = first ? (items[i * stride] as number) : keyIds[0]!;
  }
  const reports = cat.reportsOf(reportIds);
  const units = reports.map((rep) => cat.unit(rep.unitId));
  const keyRank: number[] = [];
  keyIds.forEach((id, i) => (keyRank[id] = i));
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const rep of reports) {
    if (rep.year! < minYear) minYear = rep.year!;
    if (rep.year! > maxYear) maxYear = rep.year!;
  }
  const years = maxYear - minYear + 1;
  const order = sortOrder(n, (i) => (units[i]!.rank * years + reports[i]!.year! - minYear) * keyIds.length + keyRank[keys[i]!]!);
  const out = new Array<FactRow>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const p = i * stride + first;
    const rep = reports[i]!;
    const u = units[i]!;
    const value = items[p + 1] as number | null;
    const label = vocab.label(items[p + 2] as number);
    const extra = items[p + 5] as Extra;
    out[k] = {
      reportId: reportIds[i]!,
      unitId: rep.unitId,
      name: u.name,
      region: u.region,
      organ: rep.organ,
      year: rep.year!,
      template: rep.template,
      file: rep.file,
      key: cat.keyName(keys[i]!),
      value,
      unit: extra === 0 ? null : extra[0],
      method: extra !== 0 && extra[1] ? 'prose' : 'table',
      raw: extra === 0 || extra[2] === null ? printed(value!) : extra[2],
      table: label.table,
      rowLabel: label.rowLabel,
      colLabel: label.colLabel,
      line: items[p + 3] as number,
      evidence: extra === 0 ? null : extra[3],
      derivedFrom: extra === 0 || extra[4] === null ? null : (JSON.parse(extra[4]) as string[]),
      failedChecks: items[p + 4] as number,
    };
  }
  return out;
}

export function listReports(db: Db, q: { unitIds?: number[]; years?: number[]; includeSuperseded?: boolean } = {}): ReportRow[] {
  if (q.years?.length === 0 || q.unitIds?.length === 0) return [];
  const where: string[] = [];
  const args: number[] = [];
  if (!q.includeSuperseded) where.push(`r.superseded_by IS NULL`);
  if (q.years) {
    where.push(`r.year IN (${marks(q.years.length)})`);
    args.push(...q.years);
  }
  if (q.unitIds) {
    where.push(`r.unit_id IN (${marks(q.unitIds.length)})`);
    args.push(...q.unitIds);
  }
  const rows = db
    .prepare(
      `SELECT r.id, r.unit_id AS unitId, u.name, u.region, r.organ, r.year, r.template, r.published, r.file, r.hash,
              r.ingested_at AS ingestedAt, r.superseded_by AS supersededBy, r.warnings
         FROM reports r JOIN units u ON u.id = r.unit_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY u.name, u.region_key, r.year, r.id`,
    )
    .all(...args) as Array<Omit<ReportRow, 'region' | 'warnings'> & { region: string; warnings: string }>;
  return rows.map((r) => ({ ...r, region: JSON.parse(r.region) as string[], warnings: JSON.parse(r.warnings) as string[] }));
}

export function reportChecks(db: Db, reportId: number): Array<{ rule: string; ok: boolean; detail: string }> {
  const rows = db.prepare(`SELECT rule, ok, detail FROM checks WHERE report_id = ? ORDER BY id`).all(reportId) as Array<{ rule: string; ok: number; detail: string }>;
  return rows.map((r) => ({ ...r, ok: r.ok === 1 }));
}

export function reportSections(db: Db, reportId: number): Array<{ title: string; startLine: number; endLine: number; text: string }> {
  return db
    .prepare(`SELECT title, start_line AS startLine, end_line AS endLine, text FROM sections WHERE report_id = ? ORDER BY start_line, id`)
    .all(reportId) as Array<{ title: string; startLine: number; endLine: number; text: string }>;
}
