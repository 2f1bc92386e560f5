/**
 * Structures derived from the canonical tables — the full-text index (passages) and the fact
 * lookup table clustered by (key, year) — brought up to date in batches, not per report.
 *
 * Written per report, a (key, year)-ordered table dirties one page per fact (~200 scattered pages
 * per commit), and so does an FTS insert; folded in once per few hundred reports, sorted by key,
 * the same rows land on neighbouring pages. `derived_state.folded_upto` is the watermark: every
 * report with a higher id, and every folded report listed in `derived_stale` (superseded since,
 * or its failed-check count changed), is read from the canonical tables instead, so readers see
 * every committed report at any moment. A fold is one transaction, so a kill leaves either the
 * old watermark or the new one; the next fold (or the next openDatabase) catches up.
 */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';
import { CANONICAL_ITEMS } from './fact-items.ts';
import { FACT_VALUE } from './facts.ts';
import { WAN_YUAN_PER } from '../core/amounts.ts';
import { sectionTerms } from './fts.ts';
import { addNames } from './segment.ts';

/**
 * A fold after this many reports: the canonical tail that readers scan stays this small. Each
 * fold rewrites a page of every (key, year) range and adds a full-text segment, so larger folds
 * cost less per report (ingest of 10,000: 290 reports/s at 500, 345 at 1,000, 366 at 2,000);
 * a reader during an ingest scans up to this many reports directly (search with 2,000 unfolded:
 * p50 49 ms, p95 70 ms; with none, as after every ingest, the bench's figures).
 */
export const FOLD_EVERY = 2000;

// the lookup table's columns as this migration made them (packFactLookup has changed them since)
const V5_LOOKUP_COLUMNS = `f.key_id, r.year, r.unit_id, r.id, f.value, f.unit, f.prose, f.raw, f.label_id, f.line, f.evidence, f.derived_from, r.failed_checks`;
// (the value as lookups compare it; the items keep it as printed)
const LOOKUP_COLUMNS = `f.key_id, r.year, r.unit_id, r.id, ${FACT_VALUE}, ${CANONICAL_ITEMS}`;

/** Migration: the fact lookup table, filled from the current reports, and the watermark. */
export function addDerivedTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE derived_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      folded_upto INTEGER NOT NULL,      -- reports up to this id are in passages and fact_lookup
      indexed INTEGER NOT NULL           -- sections ever put in the full-text index
    );
    -- in how many of those sections a word stood: word weights for ranking without reading
    -- the word's whole posting list (removals are not subtracted; the ratio is what counts)
    CREATE TABLE term_docs (
      term TEXT PRIMARY KEY,
      docs INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE temp.passage_terms USING fts5vocab(main, passages, row);
    INSERT INTO term_docs SELECT term, doc FROM temp.passage_terms;
    DROP TABLE temp.passage_terms;
    CREATE TABLE derived_stale (
      report_id INTEGER PRIMARY KEY      -- folded, then superseded or re-checked: derived rows out of date
    );
    -- what queryFacts returns, for current reports with a year, in (key, year, unit) order; a
    -- unit has one current report a year, so a correction's rows replace the old ones in place
    CREATE TABLE fact_lookup (
      key_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      unit_id INTEGER NOT NULL,
      report_id INTEGER NOT NULL,
      value REAL,
      unit TEXT,
      prose INTEGER NOT NULL,
      raw TEXT NOT NULL,
      label_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      evidence TEXT,
      derived_from TEXT,
      failed_checks INTEGER NOT NULL,
      PRIMARY KEY (key_id, year, unit_id)
    ) WITHOUT ROWID;
    INSERT OR REPLACE INTO fact_lookup
      SELECT ${V5_LOOKUP_COLUMNS} FROM reports r JOIN facts f ON f.report_id = r.id
       WHERE r.superseded_by IS NULL AND r.year IS NOT NULL
       ORDER BY 1, 2, 3, 4;
    INSERT INTO derived_state (id, folded_upto, indexed)
      SELECT 1, coalesce(max(id), 0), (SELECT count(*) FROM sections) FROM reports;
  `);
}

/** Migration: the lookup table's values as lookups compare them, amounts in 万元. */
export function comparableLookupValues(db: Database.Database): void {
  const scale = db.prepare(`UPDATE fact_lookup SET value = value * ? WHERE (report_id, key_id) IN (SELECT report_id, key_id FROM facts WHERE unit = ?)`);
  for (const [unit, k] of Object.entries(WAN_YUAN_PER)) if (k !== 1) scale.run(k, unit);
}

function statements(db: Db) {
  return {
    state: db.prepare(`SELECT folded_upto AS upto, indexed FROM derived_state`),
    top: db.prepare(`SELECT coalesce(max(id), 0) FROM reports`).pluck(),
    stale: db.prepare(`SELECT report_id FROM derived_stale ORDER BY report_id`).pluck(),
    markStale: db.prepare(`INSERT OR IGNORE INTO derived_stale (report_id) SELECT @id WHERE @id <= (SELECT folded_upto FROM derived_state)`),
    // after the current reports went in: rows a superseded report has and its successor lacks
    unlook: db.prepare(
      `DELETE FROM fact_lookup WHERE (key_id, year, unit_id, report_id) IN
         (SELECT f.key_id, r.year, r.unit_id, r.id FROM json_each(?) j JOIN reports r ON r.id = j.value JOIN facts f ON f.report_id = r.id
           WHERE r.superseded_by IS NOT NULL AND r.year IS NOT NULL)`,
    ),
    // superseded text leaves the index; a current stale report only changed its check count
    goneSections: db
      .prepare(`SELECT s.id FROM json_each(?) j JOIN reports r ON r.id = j.value JOIN sections s ON s.report_id = r.id WHERE r.superseded_by IS NOT NULL`)
      .pluck(),
    unindex: db.prepare(`DELETE FROM passages WHERE rowid = ?`),
    look: db.prepare(
      `INSERT OR REPLACE INTO fact_lookup
         SELECT ${LOOKUP_COLUMNS} FROM reports r JOIN facts f ON f.report_id = r.id
          WHERE r.id > @upto AND r.id <= @top AND +r.superseded_by IS NULL AND r.year IS NOT NULL
          ORDER BY 1, 2, 3, 4`,
    ),
    relook: db.prepare(
      `INSERT OR REPLACE INTO fact_lookup
         SELECT ${LOOKUP_COLUMNS} FROM json_each(?) j JOIN reports r ON r.id = j.value JOIN facts f ON f.report_id = r.id
          WHERE r.superseded_by IS NULL AND r.year IS NOT NULL
          ORDER BY 1, 2, 3, 4`,
    ),
    fresh: db
      .prepare(
        `SELECT s.id, s.title, s.text, u.name, u.region FROM reports r JOIN units u ON u.id = r.unit_id JOIN sections s ON s.report_id = r.id
          WHERE r.id > ? AND r.id <= ? AND r.superseded_by IS NULL ORDER BY s.id`,
      )
      .raw(),
    index: db.prepare(`INSERT INTO passages (rowid, body) VALUES (?, ?)`),
    count: db.prepare(`INSERT INTO term_docs (term, docs) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs`),
    advance: db.prepare(`UPDATE derived_state SET folded_upto = ?, indexed = indexed + ?`),
    clear: db.prepare(`DELETE FROM derived_stale`),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof statements>>();

function stmts(db: Db): ReturnType<typeof statements> {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = statements(db)));
  return s;
}

export function derivedState(db: Db): { upto: number; indexed: number } {
  return stmts(db).state.get() as { upto: number; indexed: number };
}

/** Inside the caller's transaction: a folded report's derived rows no longer hold. */
export function markStale(db: Db, reportId: number): void {
  stmts(db).markStale.run({ id: reportId });
}

/** Reports (and stale ones) not yet folded in; 0 when the derived structures are up to date. */
export function foldLag(db: Db): number {
  const s = stmts(db);
  return (s.top.get() as number) - derivedState(db).upto + (s.stale.all().length > 0 ? 1 : 0);
}

/** Brings the derived structures up to the newest report in one transaction; returns reports folded. */
export function foldDerived(db: Db): number {
  const s = stmts(db);
  return db
    .transaction((): number => {
      const { upto } = derivedState(db);
      const top = s.top.get() as number;
      const stale = s.stale.all() as number[];
      if (top <= upto && stale.length === 0) return 0;
      const staleJson = JSON.stringify(stale);
      s.look.run({ upto, top });
      if (stale.length) {
        s.relook.run(staleJson);
        s.unlook.run(staleJson);
        for (const sid of s.goneSections.all(staleJson) as number[]) s.unindex.run(sid);
      }
      const rows = s.fresh.all(upto, top) as Array<[number, string, string, string, string]>;
      const names = new Map<string, string[]>();
      for (const [, , , name, region] of rows) if (!names.has(`${name}\u0000${region}`)) names.set(`${name}\u0000${region}`, [name, ...(JSON.parse(region) as string[])]);
      // the gazetteer first, so no name in this batch is cut in pieces
      addNames([...names.values()].flat());
      const docs = new Map<string, number>();
      for (const [sid, title, text, name, region] of rows) {
        const terms = sectionTerms(`${title}\n${text}`, names.get(`${name}\u0000${region}`)!);
        s.index.run(sid, [...terms].join(' '));
        for (const term of terms) docs.set(term, (docs.get(term) ?? 0) + 1);
      }
      for (const term of [...docs.keys()].sort()) if (term) s.count.run(term, docs.get(term));
      s.advance.run(Math.max(top, upto), rows.length);
      s.clear.run();
      return top - upto;
    })
    .immediate();
}
