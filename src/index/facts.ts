/** Reading reports back: facts with their provenance, reports, checks and sections. */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';
import { catalog } from './catalog.ts';
import { vocabulary } from './vocabulary.ts';

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

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Facts column by column: the nth fact is the nth element of each. */
export type FactColumns = [
  reportId: number[],
  unitId: number[],
  year: number[],
  keyId: number[],
  value: Array<number | null>,
  unit: Array<string | null>,
  prose: number[],
  raw: string[],
  labelId: number[],
  line: number[],
  evidence: Array<string | null>,
  /** JSON text: few facts have it, and json() in SQL costs every row */
  derivedFrom: Array<string | null>,
  failedChecks: number[],
];

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
  value?: (value: string, year: string) => string;
}

// a whole number as an integer: SQLite writes a REAL in JSON with a slow round-trip printf
const whole = (v: string): string => `iif(${v} = CAST(${v} AS INTEGER), CAST(${v} AS INTEGER), ${v})`;
// Each side as one row, a JSON array of columns (FactColumns): better-sqlite3 makes a JS value
// per cell, and a JSON array per row makes garbage per row; for thousands of rows either costs
// more than the query.
const jsonColumns = (cols: string[]): string => `json_array(${cols.map((c) => `json_group_array(${c})`).join(', ')})`;
const LOOKUP_COLUMNS = jsonColumns(['l.report_id', 'l.unit_id', 'l.year', 'l.key_id', whole('l.value'), 'l.unit', 'l.prose', 'l.raw', 'l.label_id', 'l.line', 'l.evidence', 'l.derived_from', 'l.failed_checks']);
const TAIL_COLUMNS = jsonColumns(['r.id', 'r.unit_id', 'r.year', 'f.key_id', whole('f.value'), 'f.unit', 'f.prose', 'f.raw', 'f.label_id', 'f.line', 'f.evidence', 'f.derived_from', 'r.failed_checks']);

/**
 * One statement, so one snapshot: the lookup table's range for the keys and years (folded
 * reports), and the canonical tables for the reports after the watermark and the folded ones
 * gone stale since (see derived.ts). A reader during an ingest sees every committed report once.
 * By default each side gives one row, a JSON array of RawFacts (read them with readFacts);
 * `columns` picks other columns (lookup side, tail side), a row per fact.
 */
export function factsSql(s: FactsShape, columns: [string, string] = [LOOKUP_COLUMNS, TAIL_COLUMNS]): string {
  const { keys, years, units } = s;
  const filter = (p: string): string =>
    // (the tail goes by report id: `+` keeps the planner off the year and unit indexes there)
    `${p}.key_id IN (${marks(keys)})${years ? ` AND ${p === 'l' ? 'l' : '+r'}.year IN (${marks(years)})` : ''}${units ? ` AND ${p === 'l' ? 'l' : '+r'}.unit_id IN (${marks(units)})` : ''}${s.value ? ` AND ${s.value(`${p}.value`, p === 'l' ? 'l.year' : 'r.year')}` : ''}`;
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
export function factsArgs(keyIds: number[], q: { years?: number[]; unitIds?: number[] }, value: number[] = []): number[] {
  const args = [...keyIds, ...(q.years ?? []), ...(q.unitIds ?? [])];
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
export function queryFacts(db: Db, q: { keys: string[]; years?: number[]; unitIds?: number[] }): FactRow[] {
  if (q.keys.length === 0 || q.years?.length === 0 || q.unitIds?.length === 0) return [];
  const keyIds = keyIdsOf(db, q.keys);
  if (!keyIds.length) return [];
  const shape = { keys: keyIds.length, years: q.years?.length ?? 0, units: q.unitIds?.length ?? 0 };
  return toFactRows(db, readFacts(db, factsSql(shape), factsArgs(keyIds, q)), keyIds);
}

/** The facts of a statement whose result is factsSql's default columns. */
export function readFacts(db: Db, sql: string, args: number[]): FactColumns {
  const [lookup, tail] = (cachedStatement(db, sql).all(...args) as Array<[string]>).map(([json]) => JSON.parse(json) as FactColumns);
  if (!tail?.[0].length) return lookup!;
  if (!lookup![0].length) return tail;
  return lookup!.map((col, i) => [...col, ...tail[i]!]) as FactColumns;
}

/** Rows of factsSql as FactRows, ordered by unit name and region, year, key (in `keyIds` order). */
export function toFactRows(db: Db, facts: FactColumns, keyIds: number[]): FactRow[] {
  const cat = catalog(db);
  const keyRank = new Map(keyIds.map((id, i) => [id, i]));
  const [reportId, unitId, year, keyId, value, unit, prose, raw, labelId, line, evidence, derivedFrom, failedChecks] = facts;
  cat.loadReports(reportId);
  const vocab = vocabulary(db);
  // unit name and region, year, key: as one number, so the sort compares numbers only (ties
  // keep their order)
  const n = reportId.length;
  const at = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    at[i] = (cat.unit(unitId[i]!).rank * 10_000 + year[i]!) * keyIds.length + keyRank.get(keyId[i]!)!;
    order[i] = i;
  }
  order.sort((a, b) => at[a]! - at[b]! || a - b);
  const out = new Array<FactRow>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const u = cat.unit(unitId[i]!);
    const rep = cat.report(reportId[i]!);
    const label = vocab.label(labelId[i]!);
    out[k] = {
      reportId: reportId[i]!,
      unitId: unitId[i]!,
      name: u.name,
      region: u.region.slice(),
      organ: rep.organ,
      year: year[i]!,
      template: rep.template,
      file: rep.file,
      key: cat.keyName(keyId[i]!),
      value: value[i]!,
      unit: unit[i]!,
      method: prose[i] ? 'prose' : 'table',
      raw: raw[i]!,
      table: label.table,
      rowLabel: label.rowLabel,
      colLabel: label.colLabel,
      line: line[i]!,
      evidence: evidence[i]!,
      derivedFrom: derivedFrom[i] == null ? null : (JSON.parse(derivedFrom[i]!) as string[]),
      failedChecks: failedChecks[i]!,
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
