import { existsSync } from 'node:fs';
import { ReportbotError } from '../core/errors.ts';
import { closeDatabase, openDatabase, resolveDbPath, type Db } from '../index/index.ts';

/** The database a reading command works on; it must exist, since reading never creates one. */
export function openForReading(flag: string | undefined, env: NodeJS.ProcessEnv, opts: { readonly?: boolean } = {}): Db {
  const path = resolveDbPath(flag, env);
  if (path !== ':memory:' && !existsSync(path)) {
    throw new ReportbotError('DB_ERROR', `${path}: no database here yet; add reports first with: reportbot ingest PATH --db ${path}`, { path });
  }
  // A read-only connection cannot migrate: a database from an older version is upgraded first.
  if (opts.readonly) closeDatabase(openDatabase(path));
  return openDatabase(path, opts);
}
