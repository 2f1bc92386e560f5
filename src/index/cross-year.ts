/**
 * The check that needs two reports: what a unit carried forward at the end of one year
 * (结转下年度继续办理) is what it carried over into the next (上年结转).
 */
import type { Db } from './db.ts';

export const CROSS_YEAR_RULE = '跨年: 上年结转 = 上一年度结转下年度';

/** Recomputes the cross-year check of a report against the current report of the year before. */
export function refreshCrossYear(db: Db, reportId: number): void {
  db.prepare(`DELETE FROM checks WHERE report_id = ? AND cross_year = 1`).run(reportId);
  const rows = db
    .prepare(
      `SELECT prev.year AS prevYear, cur.year AS year, substr(pf.key, 20) AS col, pf.value AS forward, cf.value AS over
         FROM reports cur
         JOIN reports prev ON prev.unit_id = cur.unit_id AND prev.year = cur.year - 1 AND prev.superseded_by IS NULL
         JOIN facts pf ON pf.report_id = prev.id AND pf.key LIKE 't3.carried_forward.%'
         JOIN facts cf ON cf.report_id = cur.id AND cf.key = 't3.carried_over.' || substr(pf.key, 20)
        WHERE cur.id = ? AND pf.value IS NOT NULL AND cf.value IS NOT NULL
        ORDER BY pf.key`,
    )
    .all(reportId) as Array<{ prevYear: number; year: number; col: string; forward: number; over: number }>;
  if (rows.length === 0) return;
  const bad = rows.filter((r) => r.forward !== r.over);
  const { prevYear, year } = rows[0]!;
  const detail = bad.length
    ? bad.map((r) => `${r.col}: ${prevYear}年结转下年度 ${r.forward} ≠ ${year}年上年结转 ${r.over}`).join('; ')
    : `${rows.length} 列一致 (${prevYear}年结转下年度 = ${year}年上年结转)`;
  db.prepare(`INSERT INTO checks (report_id, rule, ok, detail, cross_year) VALUES (?, ?, ?, ?, 1)`).run(reportId, CROSS_YEAR_RULE, bad.length ? 0 : 1, detail);
}
