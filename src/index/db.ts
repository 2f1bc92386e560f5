/**
 * Opening the report database: WAL so that readers (the bot) go on while an ingest writes,
 * foreign keys on, and the schema brought up to date in place by `PRAGMA user_version`.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ReportbotError } from '../core/errors.ts';
import { foldDerived, foldLag } from './derived.ts';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

export const DEFAULT_DB = 'data/reports.db';

/** --db wins over REPORTBOT_DB, which wins over data/reports.db. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag || env.REPORTBOT_DB || DEFAULT_DB;
}

/** Runs every migration above the database's version, each in its own transaction. */
export function migrate(db: Db, upTo: number = MIGRATIONS.length): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new ReportbotError('DB_ERROR', `database schema version ${current} is newer than this program knows (${MIGRATIONS.length}); update reportbot`);
  }
  for (let v = current; v < upTo; v++) {
    const step = MIGRATIONS[v]!;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

export function openDatabase(path: string, opts: { readonly?: boolean; migrateTo?: number } = {}): Db {
  let db: Db;
  try {
    if (path !== ':memory:' && !opts.readonly) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    throw new ReportbotError('DB_ERROR', `${path}: cannot open database (${(e as Error).message})`, { path });
  }
  try {
    if (path !== ':memory:' && !opts.readonly) db.pragma('journal_mode = WAL');
    // In WAL, NORMAL loses no committed-and-checkpointed data and never corrupts; it only skips
    // an fsync per commit, which is what makes one transaction per report affordable.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // a fold touches every (key, year) range of the lookup table: keep those pages in memory
    db.pragma('cache_size = -65536');
    if (!opts.readonly) {
      migrate(db, opts.migrateTo);
      catchUp(db);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof ReportbotError) throw e;
    throw new ReportbotError('DB_ERROR', `${path}: not a usable reportbot database (${(e as Error).message})`, { path });
  }
}

/**
 * An ingest killed between folds leaves its last reports outside the derived structures (readers
 * still see them, through the canonical tables); the next writer to open the file folds them in.
 * If another writer holds the lock, that writer will.
 */
function catchUp(db: Db): void {
  if (db.pragma('user_version', { simple: true }) !== MIGRATIONS.length || foldLag(db) === 0) return;
  try {
    foldDerived(db);
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
  }
}

export function closeDatabase(db: Db): void {
  if (db.open) db.close();
}
