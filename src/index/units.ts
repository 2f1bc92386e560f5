/**
 * Units (the issuing township, county, department …) and the gazetteer built from them.
 *
 * A unit is (name, region): the same name in two regions is two units. A report that names no
 * region joins the one unit of that name if there is exactly one; with none or several, it
 * becomes (or stays) the unit with an empty region.
 */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';
import type { Report } from '../core/report.ts';
import { normalizeText } from '../core/text.ts';
import { unitKind, type UnitKind } from '../core/unit-kind.ts';

export interface UnitRow {
  id: number;
  name: string;
  region: string[];
  kind: UnitKind;
  organ: string | null;
  years: number[];
}

/** Migration: each unit's level (township, street, department…), so lookups can ask by it. */
export function addUnitKinds(db: Database.Database): void {
  db.exec(`ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'`);
  const set = db.prepare(`UPDATE units SET kind = ? WHERE id = ?`);
  for (const u of db.prepare(`SELECT id, name FROM units`).all() as Array<{ id: number; name: string }>) set.run(unitKind(u.name), u.id);
}

/** The name a report is filed under: its unit name, else its organ, else a placeholder. */
export function unitName(report: Report): string {
  return report.name ?? report.organ ?? '未署名单位';
}

function statements(db: Db) {
  return {
    exact: db.prepare(`SELECT id FROM units WHERE name = ? AND region_key = ?`).pluck(),
    byName: db.prepare(`SELECT id FROM units WHERE name = ? LIMIT 2`).pluck(),
    add: db.prepare(`INSERT INTO units (name, region, region_key, kind) VALUES (?, ?, ?, ?)`),
    // every search asks whether the gazetteer is still whole: prepared once, not per query
    newest: db.prepare(`SELECT coalesce(max(id), 0) FROM units`).pluck(),
    since: db.prepare(`SELECT id, name, region FROM units WHERE id > ? ORDER BY id`),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof statements>>();

function stmts(db: Db): ReturnType<typeof statements> {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = statements(db)));
  return s;
}

export function resolveUnit(db: Db, report: Report): number {
  const s = stmts(db);
  const name = unitName(report);
  const regionKey = report.region.join('/');
  const exact = s.exact.get(name, regionKey) as number | undefined;
  if (exact !== undefined) return exact;
  if (report.region.length === 0) {
    const same = s.byName.all(name) as number[];
    if (same.length === 1) return same[0]!;
  }
  return Number(s.add.run(name, JSON.stringify(report.region), regionKey, unitKind(name)).lastInsertRowid);
}

/** Every unit with a current report, its newest organ name and its years. */
export function listUnits(db: Db): UnitRow[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.name, u.region, u.kind,
              (SELECT r2.organ FROM reports r2 WHERE r2.unit_id = u.id AND r2.superseded_by IS NULL ORDER BY r2.year DESC, r2.id DESC LIMIT 1) AS organ,
              group_concat(DISTINCT r.year) AS years
         FROM units u JOIN reports r ON r.unit_id = u.id AND r.superseded_by IS NULL
        GROUP BY u.id ORDER BY u.name, u.region_key`,
    )
    .all() as Array<{ id: number; name: string; region: string; kind: UnitKind; organ: string | null; years: string | null }>;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    region: JSON.parse(r.region) as string[],
    kind: r.kind,
    organ: r.organ,
    years: r.years ? r.years.split(',').map(Number).sort((a, b) => a - b) : [],
  }));
}

const SUFFIX = /(街道|人民政府|办事处|管理委员会|[省市县区旗盟州乡镇])$/u;

/**
 * The gazetteer as lookups, so that a query is matched by its own substrings instead of by
 * walking every unit (ten thousand names cost milliseconds per query): each unit's name and stem
 * (郑宅镇, 郑宅) and region names whole; and, for query words that name a unit in part
 * (巴丹吉林), names and region names by the character pairs in them.
 */
interface Gazetteer {
  whole: Map<string, number[]>;
  longest: number;
  /** unit ids and normalised names, and for each character pair the positions of names holding it */
  ids: number[];
  names: string[];
  namePairs: Map<string, number[]>;
  /** each region name's units, and for each character pair the region names holding it */
  regionUnits: Map<string, number[]>;
  regionPairs: Map<string, string[]>;
}

// Units are only ever added: a gazetteer grows by the units after the newest it holds.
const cache = new WeakMap<Db, { version: number; gazetteer: Gazetteer }>();

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

function pairs(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

function emptyGazetteer(): Gazetteer {
  return { whole: new Map(), longest: 0, ids: [], names: [], namePairs: new Map(), regionUnits: new Map(), regionPairs: new Map() };
}

function gazetteer(db: Db): Gazetteer {
  const s = stmts(db);
  const version = s.newest.get() as number;
  let hit = cache.get(db);
  if (hit && hit.version === version) return hit.gazetteer;
  if (!hit || hit.version > version) cache.set(db, (hit = { version: 0, gazetteer: emptyGazetteer() }));
  const g = hit.gazetteer;
  const regions = new Map<string, string[]>();
  const rows = s.since.all(hit.version) as Array<{ id: number; name: string; region: string }>;
  for (const u of rows) {
    const name = normalizeText(u.name);
    const stem = name.replace(SUFFIX, '');
    let region = regions.get(u.region);
    if (!region) regions.set(u.region, (region = (JSON.parse(u.region) as string[]).map(normalizeText)));
    for (const n of [name, ...(stem.length >= 2 && stem !== name ? [stem] : []), ...region]) {
      add(g.whole, n, u.id);
      g.longest = Math.max(g.longest, n.length);
    }
    const at = g.ids.push(u.id) - 1;
    g.names.push(name);
    for (const p of pairs(name)) add(g.namePairs, p, at);
    for (const r of region) {
      if (!g.regionUnits.has(r)) for (const p of pairs(r)) add(g.regionPairs, p, r);
      add(g.regionUnits, r, u.id);
    }
  }
  hit.version = version;
  return g;
}

/** Units whose name or a region name holds a query word (two characters or more). */
function holding(g: Gazetteer, w: string): number[] {
  const first = w.slice(0, 2);
  const found: number[] = [];
  for (const at of g.namePairs.get(first) ?? []) if (g.names[at]!.includes(w)) found.push(g.ids[at]!);
  for (const r of g.regionPairs.get(first) ?? []) if (r.includes(w)) found.push(...g.regionUnits.get(r)!);
  return found;
}

/**
 * The units a query names, whole or in part (巴丹吉林, 郑宅, 阿拉善右旗), and the query with
 * those names taken out. A query word of 2+ characters inside a unit name counts as naming it.
 */
export function unitsInQuery(db: Db, query: string): { unitIds: number[]; rest: string } {
  const g = gazetteer(db);
  const q = normalizeText(query);
  const ids = new Set<number>();
  const cut = new Set<string>();
  const take = (found: number[] | undefined, text: string): void => {
    if (!found?.length) return;
    for (const id of found) ids.add(id);
    cut.add(text);
  };
  for (let i = 0; i < q.length; i++) for (let j = i + 1; j <= Math.min(q.length, i + g.longest); j++) take(g.whole.get(q.slice(i, j)), q.slice(i, j));
  for (const w of q.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 2) take(holding(g, w), w);
  let rest = q;
  // longest first, so 郑宅镇 goes before 郑宅 leaves a stray 镇
  for (const n of [...cut].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) rest = rest.split(n).join(' ');
  return { unitIds: [...ids].sort((a, b) => a - b), rest };
}
