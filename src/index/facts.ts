/** Reading reports back: facts with their provenance, reports, checks and sections. */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';
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

type RawFact = [
  reportId: number,
  unitId: number,
  name: string,
  region: string,
  organ: string | null,
  year: number,
  template: 2019 | 2021 | null,
  file: string,
  key: string,
  value: number | null,
  unit: string | null,
  prose: number,
  raw: string,
  labelId: number,
  line: number,
  evidence: string | null,
  derivedFrom: string | null,
  failedChecks: number,
];

const statementCache = new WeakMap<Db, Map<string, Database.Statement>>();

/** Lookups differ only in how many keys, years and units they name: a few shapes, each prepared once. */
function cachedStatement(db: Db, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) statementCache.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    if (cache.size >= 256) cache.clear();
    cache.set(sql, (stmt = db.prepare(sql).raw()));
  }
  return stmt;
}

/**
 * Facts of current (not superseded) reports with the given keys, optionally only some years
 * and units; ordered by unit name, year, key. Reports without a year have no facts here.
 */
export function queryFacts(db: Db, q: { keys: string[]; years?: number[]; unitIds?: number[] }): FactRow[] {
  if (q.keys.length === 0 || q.years?.length === 0 || q.unitIds?.length === 0) return [];
  // Driven by the current reports of the years (or units), each fact found by its primary key;
  // the planner is told to take the current-only index, which holds a third of the reports.
  const where = [`k.key IN (${marks(q.keys.length)})`, `r.superseded_by IS NULL`, `r.year IS NOT NULL`];
  const args: Array<string | number> = [...q.keys];
  if (q.years) {
    where.push(`r.year IN (${marks(q.years.length)})`);
    args.push(...q.years);
  }
  if (q.unitIds) {
    where.push(`r.unit_id IN (${marks(q.unitIds.length)})`);
    args.push(...q.unitIds);
  }
  const rows = cachedStatement(
    db,
    `SELECT f.report_id, r.unit_id, u.name, u.region, r.organ, r.year, r.template, r.file,
            k.key, f.value, f.unit, f.prose, f.raw, f.label_id, f.line, f.evidence, f.derived_from, r.failed_checks
       FROM fact_keys k JOIN reports r ${q.years ? 'INDEXED BY reports_current' : ''} JOIN facts f ON f.report_id = r.id AND f.key_id = k.id JOIN units u ON u.id = r.unit_id
      WHERE ${where.join(' AND ')}
      ORDER BY u.name, u.region_key, r.year, k.key`,
  ).all(...args) as RawFact[];
  const vocab = vocabulary(db);
  const regions = new Map<string, string[]>();
  return rows.map(([reportId, unitId, name, region, organ, year, template, file, key, value, unit, prose, raw, labelId, line, evidence, derivedFrom, failedChecks]) => {
    let reg = regions.get(region);
    if (!reg) regions.set(region, (reg = JSON.parse(region) as string[]));
    const label = vocab.label(labelId);
    return {
      reportId,
      unitId,
      name,
      region: [...reg],
      organ,
      year,
      template,
      file,
      key,
      value,
      unit,
      method: prose ? 'prose' : 'table',
      raw,
      table: label.table,
      rowLabel: label.rowLabel,
      colLabel: label.colLabel,
      line,
      evidence,
      derivedFrom: derivedFrom === null ? null : (JSON.parse(derivedFrom) as string[]),
      failedChecks,
    };
  });
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
