/**
 * Sending the weekly summaries. A chat's summary is due when the cron pattern has fired since its
 * last one (or since it subscribed); it is claimed in the database before it is sent, so a
 * restart never sends it twice, and a summary missed while down goes out once on the next run.
 */
import { Cron } from 'croner';
import type { Logger } from 'pino';
import { claimDigest, listSubscriptions, releaseDigest, unsubscribe, type Db, type Subscription } from '../index/index.ts';
import { buildDigest } from './build.ts';
import { formatDigest } from './format.ts';

export interface DigestJob {
  db: Db;
  pattern: string;
  timezone: string;
  now(): Date;
  /** sends HTML to a chat; throws Telegram's error on failure */
  send(chatId: number, html: string): Promise<void>;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

const WEEK = 7 * 24 * 3600 * 1000;

/** A chat that blocked the bot, left it, or no longer exists: it will never take a message. */
export function chatIsGone(err: unknown): boolean {
  const e = err as { error_code?: number; description?: string };
  if (e?.error_code === 403) return true;
  return e?.error_code === 400 && /chat not found|deactivated|kicked|not a member/i.test(e.description ?? '');
}

export function isDue(sub: Subscription, pattern: string, timezone: string, now: Date): boolean {
  const from = new Date(sub.lastDigestAt ?? sub.subscribedAt);
  const next = new Cron(pattern, { timezone, paused: true }).nextRun(from);
  return next !== null && next.getTime() <= now.getTime();
}

export interface DigestRun {
  sent: number[];
  unsubscribed: number[];
  failed: number[];
}

export async function runDueDigests(job: DigestJob): Promise<DigestRun> {
  const run: DigestRun = { sent: [], unsubscribed: [], failed: [] };
  const now = job.now();
  for (const sub of listSubscriptions(job.db)) {
    if (!isDue(sub, job.pattern, job.timezone, now)) continue;
    if (!claimDigest(job.db, sub.chatId, sub.lastDigestAt, now)) continue;
    const since = new Date(sub.lastDigestAt ?? now.getTime() - WEEK);
    try {
      const digest = buildDigest(job.db, { since, until: now, filter: { unitIds: sub.unitIds, text: sub.filter } });
      await job.send(sub.chatId, formatDigest(digest, { html: true, tz: job.timezone }));
      run.sent.push(sub.chatId);
    } catch (err) {
      if (chatIsGone(err)) {
        unsubscribe(job.db, sub.chatId);
        run.unsubscribed.push(sub.chatId);
        job.log.warn({ chat: sub.chatId }, 'chat gone; unsubscribed');
      } else {
        releaseDigest(job.db, sub.chatId, now, sub.lastDigestAt);
        run.failed.push(sub.chatId);
        job.log.error({ chat: sub.chatId, err: (err as Error).message }, 'summary not sent; will retry');
      }
    }
  }
  if (run.sent.length + run.unsubscribed.length + run.failed.length) job.log.info(run, 'weekly summaries');
  return run;
}

/** Runs the job at each cron tick and once now (for a summary missed while down). */
export function startDigestSchedule(job: DigestJob): { stop(): void; running(): Promise<void> } {
  let current: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    current = current.then(() => runDueDigests(job)).catch((e: Error) => job.log.error({ err: e.message }, 'summary run failed'));
  };
  const cron = new Cron(job.pattern, { timezone: job.timezone, protect: true }, tick);
  tick();
  return {
    stop: () => cron.stop(),
    running: () => current.then(() => undefined),
  };
}
