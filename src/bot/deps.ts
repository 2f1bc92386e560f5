/** What every bot feature is given: the database and the answerer, never opened here. */
import type { Logger } from 'pino';
import type { Asker } from '../qa/ask.ts';
import { listUnits, type Db, type UnitRow } from '../index/index.ts';
import type { RecentQuestions } from './recent.ts';

export interface BotDeps {
  db: Db;
  asker: Asker;
  adminIds: readonly number[];
  inboxDir: string;
  /** the clock; tests move it */
  now(): Date;
  log: Logger;
  /** URL of a file Telegram holds, from getFile's file_path; null where files cannot be fetched */
  fileUrl(filePath: string): string | null;
  units: UnitCache;
  /** each conversation's last question, for follow-ups */
  recent: RecentQuestions;
}

/** Units as the bot searches them, re-read after an ingest. */
export interface UnitCache {
  all(): UnitRow[];
  byId(id: number): UnitRow | undefined;
  refresh(): void;
}

export function unitCache(db: Db): UnitCache {
  let rows: UnitRow[] | null = null;
  let index = new Map<number, UnitRow>();
  const load = (): UnitRow[] => {
    if (!rows) {
      rows = listUnits(db);
      index = new Map(rows.map((u) => [u.id, u]));
    }
    return rows;
  };
  return {
    all: load,
    byId: (id) => (load(), index.get(id)),
    refresh: () => {
      rows = null;
    },
  };
}

/** After the data changed: the answerer and the unit list read the index again. */
export function dataChanged(deps: BotDeps): void {
  deps.units.refresh();
  deps.asker.refresh();
}
