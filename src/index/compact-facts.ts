/**
 * Migration: facts stored compactly, and what lookups filter on kept on the report.
 *
 * A report holds ~200 facts whose key and table/row/column labels repeat in every report, so
 * they are stored once (fact_keys, fact_labels) and a fact row holds integer ids: the facts
 * table shrinks about sixfold, and an ingest writes that much less. Facts stay clustered by
 * report, so a commit touches a few pages; a lookup by key and year walks the current reports of
 * that year (a partial index, only current rows) and seeks each one's fact. The count of failed
 * checks lives on the report, so a lookup does not count checks row by row. Superseded reports
 * leave the full-text index (search only ever showed current ones).
 */
import type Database from 'better-sqlite3';

export function compactFacts(db: Database.Database): void {
  db.exec(`
    CREATE TABLE fact_keys (
      id INTEGER PRIMARY KEY,
      key TEXT NOT NULL UNIQUE
    );
    -- labels as the report printed them; never deleted, so ids can be remembered
    CREATE TABLE fact_labels (
      id INTEGER PRIMARY KEY,
      tbl TEXT NOT NULL,
      row_label TEXT NOT NULL,
      col_label TEXT NOT NULL,
      UNIQUE (tbl, row_label, col_label)
    );
    CREATE TABLE facts_compact (
      report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
      key_id INTEGER NOT NULL,
      value REAL,
      unit TEXT,
      prose INTEGER NOT NULL,            -- method: 1 prose, 0 table
      raw TEXT NOT NULL,
      label_id INTEGER NOT NULL,
      line INTEGER NOT NULL,
      evidence TEXT,
      derived_from TEXT,                 -- JSON array or NULL
      PRIMARY KEY (report_id, key_id)
    ) WITHOUT ROWID;

    INSERT INTO fact_keys (key) SELECT DISTINCT key FROM facts ORDER BY key;
    INSERT INTO fact_labels (tbl, row_label, col_label) SELECT DISTINCT tbl, row_label, col_label FROM facts ORDER BY tbl, row_label, col_label;
    INSERT INTO facts_compact
      SELECT f.report_id, k.id, f.value, f.unit, f.method = 'prose', f.raw, l.id, f.line, f.evidence, f.derived_from
        FROM facts f
        JOIN fact_keys k ON k.key = f.key
        JOIN fact_labels l ON l.tbl = f.tbl AND l.row_label = f.row_label AND l.col_label = f.col_label
       ORDER BY f.report_id, k.id;
    DROP TABLE facts;
    ALTER TABLE facts_compact RENAME TO facts;

    ALTER TABLE reports ADD COLUMN failed_checks INTEGER NOT NULL DEFAULT 0;
    UPDATE reports SET failed_checks = (SELECT count(*) FROM checks c WHERE c.report_id = reports.id AND c.ok = 0);
    ALTER TABLE reports ADD COLUMN fact_count INTEGER NOT NULL DEFAULT 0;
    UPDATE reports SET fact_count = (SELECT count(*) FROM facts f WHERE f.report_id = reports.id);
    CREATE INDEX reports_current ON reports (year, unit_id) WHERE superseded_by IS NULL;

    -- search covers current reports only, so superseded text need not be in the index
    DELETE FROM passages WHERE rowid IN (SELECT s.id FROM sections s JOIN reports r ON r.id = s.report_id WHERE r.superseded_by IS NOT NULL);
  `);
}
