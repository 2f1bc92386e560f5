/**
 * Full-text search over report sections. The query is normalised and segmented like the index;
 * unit names in it (whole or partial) become a filter on units rather than words to match, and
 * every remaining word reaches FTS5 only as a quoted string, so no input is ever query syntax.
 */
import { normalizeText } from '../core/text.ts';
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';
import { derivedState } from './derived.ts';
import { quoteToken, segmentQuery } from './segment.ts';
import { unitsInQuery } from './units.ts';

export interface SearchHit {
  reportId: number;
  name: string;
  region: string[];
  year: number | null;
  file: string;
  section: string;
  line: number;
  snippet: string;
  score: number;
}

const MAX_QUERY_CHARS = 500;
const MAX_TOKENS = 16;
const SNIPPET_CHARS = 80;

interface Row {
  reportId: number;
  name: string;
  region: string;
  year: number | null;
  file: string;
  title: string;
  startLine: number;
  endLine: number;
  text: string;
  score: number;
}

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A query's statements differ only in how many units and words it names: each prepared once. */
function prepared(db: Db, sql: string): Database.Statement {
  let stmts = cache.get(db);
  if (!stmts) cache.set(db, (stmts = new Map()));
  let stmt = stmts.get(sql);
  if (!stmt) {
    if (stmts.size >= 256) stmts.clear();
    stmts.set(sql, (stmt = db.prepare(sql)));
  }
  return stmt;
}

const COLUMNS = `r.id AS reportId, u.name, u.region, r.year, r.file, s.title, s.start_line AS startLine, s.end_line AS endLine, s.text`;

/** The line of the section that holds the most query words, and a snippet of it. */
function locate(row: Row, tokens: string[]): { line: number; snippet: string } {
  const lines = row.text.split('\n');
  let best = 0;
  let bestHits = -1;
  lines.forEach((l, i) => {
    const n = normalizeText(l).toLowerCase();
    const hits = tokens.filter((t) => n.includes(t)).length;
    if (hits > bestHits) [best, bestHits] = [i, hits];
  });
  const text = normalizeText(lines[best] ?? '').trim();
  const at = Math.max(0, ...tokens.map((t) => text.toLowerCase().indexOf(t)).filter((i) => i >= 0).slice(0, 1));
  const from = Math.max(0, Math.min(at - SNIPPET_CHARS / 4, text.length - SNIPPET_CHARS));
  const snippet = (from > 0 ? '…' : '') + text.slice(from, from + SNIPPET_CHARS) + (from + SNIPPET_CHARS < text.length ? '…' : '');
  // Section text drops blank lines and joins wrapped ones, so the file line is proportional.
  const span = row.endLine - row.startLine;
  const line = lines.length > 1 ? row.startLine + Math.round((best / (lines.length - 1)) * span) : row.startLine;
  return { line, snippet };
}

function toHit(row: Row, tokens: string[]): SearchHit {
  const { line, snippet } = locate(row, tokens);
  return {
    reportId: row.reportId,
    name: row.name,
    region: JSON.parse(row.region) as string[],
    year: row.year,
    file: row.file,
    section: row.title,
    line,
    snippet,
    score: Math.round(row.score * 1000) / 1000,
  };
}

// bm25() reads the whole posting list of every word for its document count, and a common word
// (公开 is in nearly every passage) costs time in proportion to the corpus. So FTS5 only finds
// the matches — the newest CANDIDATES of them, which it reads in rowid order and stops — and they
// are scored here: BM25 over the words' counts in the section text, with word weights from
// term_docs (kept by the fold). For any word rarer than that the candidate set is exact.
const CANDIDATES = 300;
// A query scoped to this many units or fewer goes through their own passages instead.
const FEW_UNITS = 40;
const K1 = 1.2;
const B = 0.75;

function candidates(db: Db, match: string, tokens: string[], all: boolean, units: number[] | undefined): number[] {
  const inUnits = units ? `AND r.unit_id IN (${units.map(() => '?').join(', ')})` : '';
  const unitArgs = units ?? [];
  const few = units !== undefined && units.length <= FEW_UNITS;
  const indexed = few
    ? `SELECT s.id FROM reports r CROSS JOIN sections s ON s.report_id = r.id CROSS JOIN passages ON passages.rowid = s.id
        WHERE passages MATCH ? AND r.superseded_by IS NULL ${inUnits}`
    : `SELECT m.sid FROM (SELECT rowid AS sid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ${CANDIDATES}) m
         CROSS JOIN sections s ON s.id = m.sid CROSS JOIN reports r ON r.id = s.report_id
        WHERE r.superseded_by IS NULL ${inUnits}`;
  const ids = prepared(db, indexed).pluck().all(match, ...unitArgs) as number[];
  // Reports after the watermark are not in the index yet: their text is searched directly, the
  // newest first as above. Words are lower case; only one with Latin letters needs the text lowered.
  const latin = tokens.map((t) => /[a-z]/.test(t));
  const words = latin.map((l) => (l ? `instr(lower(s.title || ' ' || s.text), ?) > 0` : `(instr(s.text, ?) > 0 OR instr(s.title, ?) > 0)`)).join(all ? ' AND ' : ' OR ');
  const tail = prepared(
    db,
    `SELECT s.id FROM reports r CROSS JOIN sections s ON s.report_id = r.id
      WHERE r.id > (SELECT folded_upto FROM derived_state) AND r.superseded_by IS NULL ${inUnits} AND (${words})
      ${few ? '' : `ORDER BY s.id DESC LIMIT ${CANDIDATES}`}`,
  )
    .pluck()
    .all(...unitArgs, ...tokens.flatMap((t, i) => (latin[i] ? [t] : [t, t]))) as number[];
  return [...ids, ...tail];
}

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** [section id, score] of the best passages holding all the words (or any), current reports only. */
function rank(db: Db, tokens: string[], all: boolean, units: number[] | undefined, limit: number): Array<[number, number]> {
  const ids = candidates(db, tokens.map(quoteToken).join(all ? ' AND ' : ' OR '), tokens, all, units);
  if (!ids.length) return [];
  const texts = prepared(db, `SELECT s.id, lower(s.title || ' ' || s.text) FROM json_each(?) j JOIN sections s ON s.id = j.value`).raw().all(JSON.stringify(ids)) as Array<[number, string]>;
  const { indexed } = derivedState(db);
  const docs = prepared(db, `SELECT docs FROM term_docs WHERE term = ?`).pluck();
  const weights = tokens.map((t) => {
    const n = (docs.get(t) as number | undefined) ?? 1;
    return Math.log(1 + (Math.max(indexed, n) - n + 0.5) / (n + 0.5));
  });
  const avg = texts.reduce((sum, [, t]) => sum + t.length, 0) / texts.length;
  const scored = texts.map(([sid, text]): [number, number] => {
    const norm = K1 * (1 - B + (B * text.length) / avg);
    let score = 0;
    tokens.forEach((t, i) => {
      // the index matched every word of an AND query; text in another script counts it once
      const tf = Math.max(occurrences(text, t), all ? 1 : 0);
      score += (weights[i]! * tf * (K1 + 1)) / (tf + norm);
    });
    return [sid, score];
  });
  // best first; among equals the newest
  return scored.sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, limit);
}

function scope(named: number[], given: number[] | undefined): number[] | undefined {
  if (!given) return named.length ? named : undefined;
  if (!named.length) return given;
  const g = new Set(given);
  return named.filter((id) => g.has(id));
}

/** One read transaction: the index and the reports after its watermark seen at the same moment. */
export function searchText(db: Db, text: string, opts: { limit?: number; unitIds?: number[] } = {}): SearchHit[] {
  return db.transaction(() => search(db, text, opts))();
}

function search(db: Db, text: string, opts: { limit?: number; unitIds?: number[] }): SearchHit[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 10, 100));
  const { unitIds: named, rest } = unitsInQuery(db, text.slice(0, MAX_QUERY_CHARS));
  const units = scope(named, opts.unitIds);
  if (units?.length === 0) return [];
  const tokens = segmentQuery(rest).slice(0, MAX_TOKENS);
  const unitFilter = units ? `AND r.unit_id IN (${units.map(() => '?').join(', ')})` : '';
  const unitArgs = units ?? [];

  if (tokens.length === 0) {
    if (!named.length) return [];
    // Only a unit was asked for: the opening section of each of its current reports.
    const rows = prepared(
      db,
      `SELECT ${COLUMNS}, 1.0 AS score FROM reports r INDEXED BY reports_unit_year JOIN units u ON u.id = r.unit_id
         JOIN sections s ON s.id = (SELECT min(id) FROM sections WHERE report_id = r.id)
        WHERE r.superseded_by IS NULL ${unitFilter} ORDER BY r.year DESC, r.id DESC LIMIT ?`,
    ).all(...unitArgs, limit) as Row[];
    return rows.map((r) => toHit(r, []));
  }

  // every word first; if no passage has them all, any of them
  let ranked = rank(db, tokens, true, units, limit);
  if (ranked.length === 0 && tokens.length > 1) ranked = rank(db, tokens, false, units, limit);
  // columns and snippets for the final few only
  const row = prepared(db, `SELECT ${COLUMNS}, ? AS score FROM sections s JOIN reports r ON r.id = s.report_id JOIN units u ON u.id = r.unit_id WHERE s.id = ?`);
  const rows = ranked.map(([sid, score]) => row.get(score, sid) as Row);
  return rows.map((r) => toHit(r, tokens));
}
