/** Counts over the whole database, for `reportbot stats` and the bot's /status. */
import type { Db } from './db.ts';

export interface IndexStats {
  reports: number;
  superseded: number;
  units: number;
  years: number[];
  facts: number;
  failedChecks: number;
}

/** Years that current reports cover, ascending. */
export function yearsInData(db: Db): number[] {
  return db.prepare(`SELECT DISTINCT year FROM reports WHERE superseded_by IS NULL AND year IS NOT NULL ORDER BY year`).pluck().all() as number[];
}

/** Reports, units, facts and failed checks count current reports only; `superseded` the rest. */
export function stats(db: Db): IndexStats {
  const one = (sql: string): number => db.prepare(sql).pluck().get() as number;
  return {
    reports: one(`SELECT count(*) FROM reports WHERE superseded_by IS NULL`),
    superseded: one(`SELECT count(*) FROM reports WHERE superseded_by IS NOT NULL`),
    units: one(`SELECT count(DISTINCT unit_id) FROM reports WHERE superseded_by IS NULL`),
    years: yearsInData(db),
    facts: one(`SELECT coalesce(sum(fact_count), 0) FROM reports WHERE superseded_by IS NULL`),
    failedChecks: one(`SELECT coalesce(sum(failed_checks), 0) FROM reports WHERE superseded_by IS NULL`),
  };
}
