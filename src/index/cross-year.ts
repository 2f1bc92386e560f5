/**
 * The check that needs two reports: what a unit carried forward at the end of one year
 * (结转下年度继续办理) is what it carried over into the next (上年结转).
 */
import type { Db } from './db.ts';

export const CROSS_YEAR_RULE = '跨年: 上年结转 = 上一年度结转下年度';

function statements(db: Db) {
  return {
    drop: db.prepare(`DELETE FROM checks WHERE report_id = ? AND cross_year = 1`),
    // from the few carried-forward keys to each report's fact (CROSS JOIN fixes that order),
    // not from every fact of the report to its key
    pairs: db.prepare(
      `SELECT prev.year AS prevYear, cur.year AS year, substr(pk.key, 20) AS col, pf.value AS forward, cf.value AS over
         FROM reports cur
         JOIN reports prev ON prev.unit_id = cur.unit_id AND prev.year = cur.year - 1 AND prev.superseded_by IS NULL
         CROSS JOIN fact_keys pk
         CROSS JOIN facts pf ON pf.report_id = prev.id AND pf.key_id = pk.id
         JOIN fact_keys ck ON ck.key = 't3.carried_over.' || substr(pk.key, 20)
         JOIN facts cf ON cf.report_id = cur.id AND cf.key_id = ck.id
        WHERE cur.id = ? AND pk.key >= 't3.carried_forward.' AND pk.key < 't3.carried_forward/' AND pf.value IS NOT NULL AND cf.value IS NOT NULL
        ORDER BY pk.key`,
    ),
    add: db.prepare(`INSERT INTO checks (report_id, rule, ok, detail, cross_year) VALUES (?, ?, ?, ?, 1)`),
    // lookups read the count from the report instead of counting checks row by row; a row
    // changes only when the count does
    count: db.prepare(
      `UPDATE reports SET failed_checks = (SELECT count(*) FROM checks WHERE report_id = @id AND ok = 0)
        WHERE id = @id AND failed_checks IS NOT (SELECT count(*) FROM checks WHERE report_id = @id AND ok = 0)`,
    ),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof statements>>();

/**
 * Recomputes the cross-year check of a report against the current report of the year before;
 * true when the report's failed-check count changed.
 */
export function refreshCrossYear(db: Db, reportId: number): boolean {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = statements(db)));
  const dropped = s.drop.run(reportId).changes;
  const rows = s.pairs.all(reportId) as Array<{ prevYear: number; year: number; col: string; forward: number; over: number }>;
  if (rows.length > 0) {
    const bad = rows.filter((r) => r.forward !== r.over);
    const { prevYear, year } = rows[0]!;
    const detail = bad.length
      ? bad.map((r) => `${r.col}: ${prevYear}年结转下年度 ${r.forward} ≠ ${year}年上年结转 ${r.over}`).join('; ')
      : `${rows.length} 列一致 (${prevYear}年结转下年度 = ${year}年上年结转)`;
    s.add.run(reportId, CROSS_YEAR_RULE, bad.length ? 0 : 1, detail);
  }
  return (dropped > 0 || rows.length > 0) && s.count.run({ id: reportId }).changes > 0;
}
