/**
 * The schema, as the list of steps that built it. Step N takes a database at user_version N to
 * N+1; never edit a released step, add one.
 */
import type Database from 'better-sqlite3';
import { indexSectionText } from './fts.ts';
import { compactFacts } from './compact-facts.ts';
import { addDerivedTables, comparableLookupValues } from './derived.ts';
import { packFactLookup } from './fact-items.ts';
import { addNames } from './segment.ts';
import { addSubscriptionTables } from './subscriptions.ts';
import { addUnitKinds } from './units.ts';

type Migration = (db: Database.Database) => void;

const v1: Migration = (db) => {
  db.exec(`
    CREATE TABLE units (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      region TEXT NOT NULL,              -- JSON array, outermost first
      region_key TEXT NOT NULL,          -- region joined by '/', part of the unit's identity
      UNIQUE (name, region_key)
    );
    CREATE TABLE reports (
      id INTEGER PRIMARY KEY,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      file TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE,
      organ TEXT,
      name TEXT,
      region TEXT NOT NULL,
      year INTEGER,
      template INTEGER,
      published TEXT,
      layout TEXT NOT NULL,
      ingested_at TEXT NOT NULL,
      warnings TEXT NOT NULL,            -- JSON array
      superseded_by INTEGER REFERENCES reports(id)
    );
    CREATE INDEX reports_unit_year ON reports (unit_id, year);
    CREATE INDEX reports_year ON reports (year);
    CREATE INDEX reports_superseded ON reports (superseded_by);
    -- Clustered by report: a report's facts are written together at the end of the tree, so a
    -- commit touches a few pages, not one page per key. Lookups by key and year go through
    -- reports (unit_id, year) / (year), then one point lookup per report.
    CREATE TABLE facts (
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      value REAL,
      unit TEXT,
      method TEXT NOT NULL,
      raw TEXT NOT NULL,
      tbl TEXT NOT NULL,
      row_label TEXT NOT NULL,
      col_label TEXT NOT NULL,
      line INTEGER NOT NULL,
      evidence TEXT,
      derived_from TEXT,                 -- JSON array or NULL
      PRIMARY KEY (report_id, key)
    ) WITHOUT ROWID;
    CREATE TABLE sections (
      id INTEGER PRIMARY KEY,
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      start_line INTEGER NOT NULL,
      end_line INTEGER NOT NULL,
      text TEXT NOT NULL
    );
    CREATE INDEX sections_report ON sections (report_id);
    CREATE TABLE checks (
      id INTEGER PRIMARY KEY,
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      rule TEXT NOT NULL,
      ok INTEGER NOT NULL,
      detail TEXT NOT NULL,
      cross_year INTEGER NOT NULL DEFAULT 0  -- computed from two reports, refreshed when either changes
    );
    CREATE INDEX checks_report ON checks (report_id);
  `);
};

/** Full-text search over the sections, filled from the canonical tables already there. */
const v2: Migration = (db) => {
  // Contentless: the text lives once, in `sections`; the index holds segmented tokens keyed by
  // sections.id. unicode61 splits the space-joined words the segmenter produced.
  db.exec(`CREATE VIRTUAL TABLE passages USING fts5 (body, content='', contentless_delete=1, tokenize='unicode61')`);
  const rows = db.prepare(`SELECT s.id, s.text, r.name, r.region FROM sections s JOIN reports r ON r.id = s.report_id`).all() as Array<{
    id: number;
    text: string;
    name: string | null;
    region: string;
  }>;
  const units = db.prepare(`SELECT name, region FROM units`).all() as Array<{ name: string; region: string }>;
  addNames(units.flatMap((u) => [u.name, ...(JSON.parse(u.region) as string[])]));
  const insert = db.prepare(`INSERT INTO passages (rowid, body) VALUES (?, ?)`);
  for (const r of rows) insert.run(r.id, indexSectionText(r.text, [r.name ?? '', ...(JSON.parse(r.region) as string[])]));
};

const v6: Migration = (db) => {
  packFactLookup(db);
  // Each fold adds a segment to the full-text index; FTS5 merges once 4 wait at a level by
  // default. At 8 an ingest spends about a tenth less time, and a search reads a few more segments.
  db.exec(`INSERT INTO passages (passages, rank) VALUES ('automerge', 8)`);
};

/**
 * Nearly every report is current, but an index over every report's superseded_by told the planner
 * that `superseded_by IS NULL` picks few rows: a search within two units walked all 50,000
 * reports (13 ms) instead of those units' dozen. Only superseded reports are indexed now.
 */
const v9: Migration = (db) => {
  db.exec(`DROP INDEX reports_superseded; CREATE INDEX reports_superseded ON reports (superseded_by) WHERE superseded_by IS NOT NULL`);
};

export const MIGRATIONS: readonly Migration[] = [v1, v2, addSubscriptionTables, compactFacts, addDerivedTables, v6, addUnitKinds, comparableLookupValues, v9];
