/**
 * What the bot keeps besides reports: which chats take the weekly summary (with their filter and
 * the time of their last one), and the Telegram file_id of each original file already uploaded.
 */
import type Database from 'better-sqlite3';
import type { Db } from './db.ts';

/** Migration: subscriptions and the file_id cache. */
export function addSubscriptionTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE subscriptions (
      chat_id INTEGER PRIMARY KEY,
      filter TEXT NOT NULL DEFAULT '',    -- unit or region name as the user gave it; '' = everything
      unit_ids TEXT,                      -- JSON array of unit ids the filter resolved to, NULL = by region text
      subscribed_at TEXT NOT NULL,
      last_digest_at TEXT                 -- ISO time the last summary was claimed for this chat
    );
    CREATE TABLE telegram_files (
      hash TEXT PRIMARY KEY,              -- reports.hash of the original file
      file_id TEXT NOT NULL
    );
  `);
}

export interface Subscription {
  chatId: number;
  filter: string;
  unitIds: number[] | null;
  subscribedAt: string;
  lastDigestAt: string | null;
}

interface RawSub {
  chatId: number;
  filter: string;
  unitIds: string | null;
  subscribedAt: string;
  lastDigestAt: string | null;
}

const fromRaw = (r: RawSub): Subscription => ({ ...r, unitIds: r.unitIds === null ? null : (JSON.parse(r.unitIds) as number[]) });
const COLUMNS = `chat_id AS chatId, filter, unit_ids AS unitIds, subscribed_at AS subscribedAt, last_digest_at AS lastDigestAt`;

/** Subscribes a chat, or changes its filter; its summary schedule starts again from `at`. */
export function subscribe(db: Db, chatId: number, filter: string, unitIds: number[] | null, at: Date): void {
  db.prepare(
    `INSERT INTO subscriptions (chat_id, filter, unit_ids, subscribed_at, last_digest_at) VALUES (?, ?, ?, ?, NULL)
     ON CONFLICT (chat_id) DO UPDATE SET filter = excluded.filter, unit_ids = excluded.unit_ids`,
  ).run(chatId, filter, unitIds === null ? null : JSON.stringify(unitIds), at.toISOString());
}

export function unsubscribe(db: Db, chatId: number): boolean {
  return db.prepare(`DELETE FROM subscriptions WHERE chat_id = ?`).run(chatId).changes > 0;
}

export function getSubscription(db: Db, chatId: number): Subscription | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM subscriptions WHERE chat_id = ?`).get(chatId) as RawSub | undefined;
  return r ? fromRaw(r) : null;
}

export function listSubscriptions(db: Db): Subscription[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM subscriptions ORDER BY chat_id`).all() as RawSub[]).map(fromRaw);
}

/**
 * Claims a chat's summary: sets its last time to `at` only if it still is `expected`, so two
 * processes (or a restart mid-run) never both send it. True when this caller won the claim.
 */
export function claimDigest(db: Db, chatId: number, expected: string | null, at: Date): boolean {
  return (
    db
      .prepare(`UPDATE subscriptions SET last_digest_at = ? WHERE chat_id = ? AND last_digest_at IS ?`)
      .run(at.toISOString(), chatId, expected).changes === 1
  );
}

/** Gives a claim back after a send that failed for a passing reason, so the next run retries. */
export function releaseDigest(db: Db, chatId: number, claimed: Date, previous: string | null): void {
  db.prepare(`UPDATE subscriptions SET last_digest_at = ? WHERE chat_id = ? AND last_digest_at = ?`).run(previous, chatId, claimed.toISOString());
}

export function cachedFileId(db: Db, hash: string): string | null {
  return (db.prepare(`SELECT file_id FROM telegram_files WHERE hash = ?`).pluck().get(hash) as string | undefined) ?? null;
}

export function cacheFileId(db: Db, hash: string, fileId: string): void {
  db.prepare(`INSERT OR REPLACE INTO telegram_files (hash, file_id) VALUES (?, ?)`).run(hash, fileId);
}
