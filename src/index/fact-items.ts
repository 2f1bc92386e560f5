/**
 * A fact as it travels to a lookup: a few items of one flat JSON array, written in SQL.
 *
 * A lookup over every unit reads thousands of facts. Reading a dozen columns per row costs
 * SQLite more than walking the rows, and JSON.parse builds an array per row; so the lookup table
 * keeps each fact's items as one text, made once when the fact is folded in, and a lookup
 * concatenates them (group_concat) and parses one flat array. Unit id and year come from the
 * report (catalog.ts); what almost every fact shares (no unit, from a table, raw = the number
 * printed, no evidence) collapses into a 0.
 */
import type Database from 'better-sqlite3';

/**
 * Report id, value, label id, line, failed checks, extra; a lookup of several keys puts the key
 * id first (with one, every fact has that key).
 */
export const itemsPerFact = (keys: number): number => (keys > 1 ? 7 : 6);

/** What few facts have: 0, or unit, prose (1) or table (0), raw unless the number printed, evidence, derived_from (JSON). */
export type Extra = 0 | [string | null, number, string | null, string | null, string | null];

export type FactItems = Array<number | null | Extra>;

/** Names of the columns a fact's items are made of, in the statement they are read by. */
export interface ItemColumns {
  reportId: string;
  value: string;
  unit: string;
  prose: string;
  raw: string;
  labelId: string;
  line: string;
  evidence: string;
  derivedFrom: string;
  failedChecks: string;
}

/** The SQL text of a fact's items; raw is left out when it is the whole number as JS prints it. */
export function factItemsSql(c: ItemColumns): string {
  const v = c.value;
  // below 1e15 a whole REAL prints as its digits in SQL and in JS alike
  const digits = `CASE WHEN ${v} = CAST(${v} AS INTEGER) AND abs(${v}) < 1e15 THEN CAST(CAST(${v} AS INTEGER) AS TEXT) END`;
  const value = `coalesce(${digits}, json_quote(${v}))`;
  const extra =
    `CASE WHEN ${c.unit} IS NULL AND ${c.prose} = 0 AND ${c.evidence} IS NULL AND ${c.derivedFrom} IS NULL AND ${c.raw} = ${digits} THEN '0'` +
    ` ELSE json_array(${c.unit}, ${c.prose}, CASE WHEN ${c.raw} = ${digits} THEN NULL ELSE ${c.raw} END, ${c.evidence}, ${c.derivedFrom}) END`;
  return `${c.reportId} || ',' || ${value} || ',' || ${c.labelId} || ',' || ${c.line} || ',' || ${c.failedChecks} || ',' || ${extra}`;
}

/** A fact of the canonical tables (facts f of report r). */
export const CANONICAL_ITEMS = factItemsSql({
  reportId: 'r.id',
  value: 'f.value',
  unit: 'f.unit',
  prose: 'f.prose',
  raw: 'f.raw',
  labelId: 'f.label_id',
  line: 'f.line',
  evidence: 'f.evidence',
  derivedFrom: 'f.derived_from',
  failedChecks: 'r.failed_checks',
});

/** Migration: the lookup table keeps what it filters on as columns and the rest as items. */
export function packFactLookup(db: Database.Database): void {
  const items = factItemsSql({
    reportId: 'report_id',
    value: 'value',
    unit: 'unit',
    prose: 'prose',
    raw: 'raw',
    labelId: 'label_id',
    line: 'line',
    evidence: 'evidence',
    derivedFrom: 'derived_from',
    failedChecks: 'failed_checks',
  });
  db.exec(`
    ALTER TABLE fact_lookup RENAME TO fact_lookup_columns;
    CREATE TABLE fact_lookup (
      key_id INTEGER NOT NULL,
      year INTEGER NOT NULL,
      unit_id INTEGER NOT NULL,
      report_id INTEGER NOT NULL,
      value REAL,                        -- for value tests and ranking in SQL
      items TEXT NOT NULL,               -- the fact's items (fact-items.ts)
      PRIMARY KEY (key_id, year, unit_id)
    ) WITHOUT ROWID;
    INSERT INTO fact_lookup SELECT key_id, year, unit_id, report_id, value, ${items} FROM fact_lookup_columns ORDER BY 1, 2, 3;
    DROP TABLE fact_lookup_columns;
  `);
}
