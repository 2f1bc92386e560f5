/**
 * Units (the issuing township, county, department …) and the gazetteer built from them.
 *
 * A unit is (name, region): the same name in two regions is two units. A report that names no
 * region joins the one unit of that name if there is exactly one; with none or several, it
 * becomes (or stays) the unit with an empty region.
 */
import type { Db } from './db.ts';
import type { Report } from '../core/report.ts';
import { normalizeText } from '../core/text.ts';

export interface UnitRow {
  id: number;
  name: string;
  region: string[];
  organ: string | null;
  years: number[];
}

/** The name a report is filed under: its unit name, else its organ, else a placeholder. */
export function unitName(report: Report): string {
  return report.name ?? report.organ ?? '未署名单位';
}

function statements(db: Db) {
  return {
    exact: db.prepare(`SELECT id FROM units WHERE name = ? AND region_key = ?`).pluck(),
    byName: db.prepare(`SELECT id FROM units WHERE name = ? LIMIT 2`).pluck(),
    add: db.prepare(`INSERT INTO units (name, region, region_key) VALUES (?, ?, ?)`),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof statements>>();

export function resolveUnit(db: Db, report: Report): number {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = statements(db)));
  const name = unitName(report);
  const regionKey = report.region.join('/');
  const exact = s.exact.get(name, regionKey) as number | undefined;
  if (exact !== undefined) return exact;
  if (report.region.length === 0) {
    const same = s.byName.all(name) as number[];
    if (same.length === 1) return same[0]!;
  }
  return Number(s.add.run(name, JSON.stringify(report.region), regionKey).lastInsertRowid);
}

/** Every unit with a current report, its newest organ name and its years. */
export function listUnits(db: Db): UnitRow[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.name, u.region,
              (SELECT r2.organ FROM reports r2 WHERE r2.unit_id = u.id AND r2.superseded_by IS NULL ORDER BY r2.year DESC, r2.id DESC LIMIT 1) AS organ,
              group_concat(DISTINCT r.year) AS years
         FROM units u JOIN reports r ON r.unit_id = u.id AND r.superseded_by IS NULL
        GROUP BY u.id ORDER BY u.name, u.region_key`,
    )
    .all() as Array<{ id: number; name: string; region: string; organ: string | null; years: string | null }>;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    region: JSON.parse(r.region) as string[],
    organ: r.organ,
    years: r.years ? r.years.split(',').map(Number).sort((a, b) => a - b) : [],
  }));
}

interface GazetteerEntry {
  id: number;
  /** the name and its stem without the admin suffix (郑宅镇 → 郑宅) */
  names: string[];
  region: string[];
}

const SUFFIX = /(街道|人民政府|办事处|管理委员会|[省市县区旗盟州乡镇])$/u;

const cache = new WeakMap<Db, { version: number; entries: GazetteerEntry[] }>();

function gazetteer(db: Db): GazetteerEntry[] {
  const version = (db.prepare(`SELECT coalesce(max(id), 0) AS v FROM units`).get() as { v: number }).v;
  const hit = cache.get(db);
  if (hit && hit.version === version) return hit.entries;
  const entries = (db.prepare(`SELECT id, name, region FROM units`).all() as Array<{ id: number; name: string; region: string }>).map((u) => {
    const name = normalizeText(u.name);
    const stem = name.replace(SUFFIX, '');
    return { id: u.id, names: stem.length >= 2 && stem !== name ? [name, stem] : [name], region: (JSON.parse(u.region) as string[]).map(normalizeText) };
  });
  cache.set(db, { version, entries });
  return entries;
}

/**
 * The units a query names, whole or in part (巴丹吉林, 郑宅, 阿拉善右旗), and the query with
 * those names taken out. A query word of 2+ characters inside a unit name counts as naming it.
 */
export function unitsInQuery(db: Db, query: string): { unitIds: number[]; rest: string } {
  const q = normalizeText(query);
  const ids = new Set<number>();
  const cut = new Set<string>();
  const words = q.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2);
  for (const e of gazetteer(db)) {
    for (const n of [...e.names, ...e.region]) {
      if (q.includes(n)) {
        ids.add(e.id);
        cut.add(n);
      }
    }
    for (const w of words) {
      if (e.names[0]!.includes(w) || e.region.some((r) => r.includes(w))) {
        ids.add(e.id);
        cut.add(w);
      }
    }
  }
  let rest = q;
  // longest first, so 郑宅镇 goes before 郑宅 leaves a stray 镇
  for (const n of [...cut].sort((a, b) => b.length - a.length)) rest = rest.split(n).join(' ');
  return { unitIds: [...ids], rest };
}
