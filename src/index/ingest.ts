/**
 * Putting reports into the database. One transaction per report writes the canonical tables: a
 * kill at any moment leaves either the whole report or none of it, and a rerun picks up where the
 * last one stopped. The full-text index and the fact lookup table follow in batches (derived.ts).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { errorLine } from '../core/errors.ts';
import type { Report } from '../core/report.ts';
import { parseBytes } from '../parsers/index.ts';
import { refreshCrossYear } from './cross-year.ts';
import type { Db } from './db.ts';
import { FOLD_EVERY, derivedState, foldDerived, markStale } from './derived.ts';
import { resolveUnit } from './units.ts';
import { vocabulary } from './vocabulary.ts';

export type IngestOutcome = 'added' | 'replaced' | 'unchanged';

export interface IngestSummary {
  added: number;
  replaced: number;
  unchanged: number;
  failed: Array<{ file: string; reason: string }>;
}

const FACT_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
// Facts go in as multi-row INSERTs: one call into SQLite per batch instead of one per fact.
const FACT_BATCH = 64;

function statements(db: Db) {
  return {
    byHash: db.prepare(`SELECT id FROM reports WHERE hash = ?`).pluck(),
    currentByYear: db.prepare(`SELECT id FROM reports WHERE unit_id = ? AND year = ? AND superseded_by IS NULL`).pluck(),
    currentByFile: db.prepare(`SELECT id FROM reports WHERE unit_id = ? AND year IS NULL AND file = ? AND superseded_by IS NULL`).pluck(),
    report: db.prepare(
      `INSERT INTO reports (unit_id, file, hash, organ, name, region, year, template, published, layout, ingested_at, warnings, failed_checks, fact_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    facts: (n: number) =>
      // a key given twice keeps its first reading
      db.prepare(`INSERT OR IGNORE INTO facts (report_id, key_id, value, unit, prose, raw, label_id, line, evidence, derived_from) VALUES ${Array.from({ length: n }, () => FACT_ROW).join(', ')}`),
    section: db.prepare(`INSERT INTO sections (report_id, title, start_line, end_line, text) VALUES (?, ?, ?, ?, ?)`),
    check: db.prepare(`INSERT INTO checks (report_id, rule, ok, detail) VALUES (?, ?, ?, ?)`),
    supersede: db.prepare(`UPDATE reports SET superseded_by = ? WHERE id = ?`),
    next: db.prepare(`SELECT id FROM reports WHERE unit_id = ? AND year = ? AND superseded_by IS NULL`).pluck(),
  };
}

interface Prepared extends ReturnType<typeof statements> {
  factBatch: Map<number, Database.Statement>;
}

const prepared = new WeakMap<Db, Prepared>();

function stmts(db: Db): Prepared {
  let s = prepared.get(db);
  if (!s) prepared.set(db, (s = { ...statements(db), factBatch: new Map() }));
  return s;
}

function insertFacts(db: Db, s: Prepared, reportId: number, facts: Report['facts']): void {
  const vocab = vocabulary(db);
  for (let at = 0; at < facts.length; at += FACT_BATCH) {
    const batch = facts.slice(at, at + FACT_BATCH);
    let stmt = s.factBatch.get(batch.length);
    if (!stmt) s.factBatch.set(batch.length, (stmt = s.facts(batch.length)));
    const args: unknown[] = [];
    for (const f of batch) {
      const derived = f.derivedFrom ? JSON.stringify(f.derivedFrom) : null;
      args.push(reportId, vocab.keyId(f.key), f.value, f.unit, f.method === 'prose' ? 1 : 0, f.raw, vocab.labelId(f), f.line, f.evidence ?? null, derived);
    }
    stmt.run(...args);
  }
}

export function isIngested(db: Db, hash: string): boolean {
  return stmts(db).byHash.get(hash) !== undefined;
}

/**
 * Stores one report. The same content (hash) again changes nothing; a new report for a unit and
 * year that already has one becomes current and the old one points to it (`superseded_by`).
 */
export function ingestReport(db: Db, report: Report, source: { file: string; hash: string }): IngestOutcome {
  const s = stmts(db);
  if (s.byHash.get(source.hash) !== undefined) return 'unchanged';
  const vocab = vocabulary(db);
  let committed = false;
  let lag = 0;
  let outcome: IngestOutcome;
  try {
    outcome = db.transaction((): IngestOutcome => {
      if (s.byHash.get(source.hash) !== undefined) return 'unchanged';
      const unitId = resolveUnit(db, report);
      const old = (report.year !== null ? s.currentByYear.get(unitId, report.year) : s.currentByFile.get(unitId, source.file)) as number | undefined;
      const id = Number(
        s.report.run(
          unitId,
          source.file,
          source.hash,
          report.organ,
          report.name,
          JSON.stringify(report.region),
          report.year,
          report.template,
          report.published,
          report.layout,
          new Date().toISOString(),
          JSON.stringify(report.warnings),
          report.checks.filter((c) => !c.ok).length,
          new Set(report.facts.map((f) => f.key)).size,
        ).lastInsertRowid,
      );
      insertFacts(db, s, id, report.facts);
      for (const sec of report.sections) s.section.run(id, sec.title, sec.startLine, sec.endLine, sec.text);
      for (const c of report.checks) s.check.run(id, c.rule, c.ok ? 1 : 0, c.detail);
      if (old !== undefined) {
        s.supersede.run(id, old);
        markStale(db, old);
      }
      if (report.year !== null) {
        refreshCrossYear(db, id);
        const next = s.next.get(unitId, report.year + 1) as number | undefined;
        if (next !== undefined) {
          // its lookup rows carry the failed-check count, and nothing else of it changed
          if (refreshCrossYear(db, next)) markStale(db, next);
        }
      }
      lag = id - derivedState(db).upto;
      return old !== undefined ? 'replaced' : 'added';
    }).immediate();
    committed = true;
  } finally {
    vocab.settle(committed);
  }
  if (lag >= FOLD_EVERY) foldDerived(db);
  return outcome;
}

/** Every file under the paths, folders walked recursively, dotfiles skipped, in a stable order. */
async function collect(paths: string[], failed: IngestSummary['failed']): Promise<string[]> {
  const files: string[] = [];
  const walk = async (p: string): Promise<void> => {
    const entries = (await readdir(p, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(p, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) files.push(full);
    }
  };
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) await walk(p);
      else files.push(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      failed.push({ file: p, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? errorLine(e)})` });
    }
  }
  return files;
}

export async function ingestPaths(
  db: Db,
  paths: string[],
  opts: { onProgress?(done: number, total: number, file: string): void } = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, failed: [] };
  const files = await collect(paths, summary.failed);
  let done = 0;
  for (const file of files) {
    try {
      const bytes = await readFile(file);
      const hash = createHash('sha256').update(bytes).digest('hex');
      // An unchanged file is not even parsed: a rerun after a kill is quick.
      const outcome = isIngested(db, hash) ? 'unchanged' : ingestReport(db, await parseBytes(bytes, file), { file, hash });
      summary[outcome]++;
    } catch (e) {
      summary.failed.push({ file, reason: errorLine(e).replace(`${file}: `, '') });
    }
    opts.onProgress?.(++done, files.length, file);
  }
  foldDerived(db);
  return summary;
}
