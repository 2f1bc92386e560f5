/**
 * `reportbot start`: config, database, then either the Telegram bot (long polling, or a webhook
 * when WEBHOOK_URL is set) with the weekly summaries and the inbox watcher, or — without a
 * token — the same bot as a chat in the terminal. SIGINT/SIGTERM finish the work in flight,
 * then close the database.
 */
import { run, type RunnerHandle } from '@grammyjs/runner';
import { webhookCallback, type Bot } from 'grammy';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { loadConfig, type Config } from './config.ts';
import { errorLine } from './core/errors.ts';
import { closeDatabase, ingestPaths, openDatabase, stats, type Db } from './index/index.ts';
import { createAsker } from './qa/ask.ts';
import { chatModelFrom } from './llm.ts';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createBot, registerCommands } from './bot/app.ts';
import { dataChanged, unitCache, type BotDeps } from './bot/deps.ts';
import { recentQuestions } from './bot/recent.ts';
import { splitMessage } from './bot/html.ts';
import { watchInbox, type Inbox } from './bot/inbox.ts';
import { runTerminal, TERMINAL_BOT } from './bot/terminal.ts';
import { runDueDigests, startDigestSchedule, type DigestJob, type DigestRun } from './digest/schedule.ts';
import { createLogger } from './log.ts';

export const DEFAULT_API_ROOT = 'https://api.telegram.org';

/** The bundled reports, read on the first start so that a new user has something to ask. */
export async function seedIfEmpty(db: Db, dataDir: string, log: Logger): Promise<number> {
  if (stats(db).reports > 0 || !existsSync(dataDir)) return 0;
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.txt')).map((f) => join(dataDir, f));
  if (!files.length) return 0;
  const s = await ingestPaths(db, files);
  log.info({ added: s.added, failed: s.failed.length }, 'first start: bundled reports read');
  return s.added;
}

export function makeDeps(db: Db, config: Config, log: Logger, now: () => Date, model?: BaseChatModel): BotDeps {
  const root = config.TELEGRAM_API_ROOT ?? DEFAULT_API_ROOT;
  const token = config.TELEGRAM_BOT_TOKEN;
  return {
    db,
    asker: createAsker(db, model ? { model } : {}),
    adminIds: config.ADMIN_IDS,
    inboxDir: config.INBOX_DIR,
    now,
    log,
    fileUrl: (path) => (token ? `${root}/file/bot${token}/${path}` : null),
    units: unitCache(db),
    recent: recentQuestions(),
  };
}

export interface TelegramApp {
  bot: Bot;
  deps: BotDeps;
  /** the weekly job, as the schedule runs it */
  runDigests(): Promise<DigestRun>;
  inbox: Inbox;
  stop(): Promise<void>;
}

async function sendHtml(bot: Bot, chatId: number, html: string): Promise<void> {
  for (const piece of splitMessage(html)) await bot.api.sendMessage(chatId, piece, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
}

/** The bot on Telegram (or any Bot API server), running until `stop()`. */
export async function startTelegram(config: Config, db: Db, log: Logger, now: () => Date = () => new Date()): Promise<TelegramApp> {
  const token = config.TELEGRAM_BOT_TOKEN!;
  const deps = makeDeps(db, config, log, now, await chatModelFrom(config));
  const bot = createBot(deps, { token, ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}), perMinute: config.RATE_LIMIT_PER_MINUTE });
  await bot.init();
  await registerCommands(bot).catch((e: Error) => log.warn({ err: e.message }, 'commands not registered'));
  const job: DigestJob = { db, pattern: config.DIGEST_CRON, timezone: config.TZ, now, send: (chat, html) => sendHtml(bot, chat, html), log };
  const schedule = startDigestSchedule(job);
  const inbox = await watchInbox({
    db,
    dir: config.INBOX_DIR,
    log,
    changed: () => dataChanged(deps),
    notify: async (html) => {
      for (const admin of config.ADMIN_IDS) await sendHtml(bot, admin, html).catch((e: Error) => log.warn({ admin, err: e.message }, 'admin not told'));
    },
  });

  let runner: RunnerHandle | null = null;
  let server: Server | null = null;
  if (config.WEBHOOK_URL) {
    const handle = webhookCallback(bot, 'http');
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((ok) => server!.listen(config.PORT, ok));
    await bot.api.setWebhook(config.WEBHOOK_URL);
    log.info({ port: config.PORT }, 'webhook listening');
  } else {
    await bot.api.deleteWebhook().catch(() => undefined);
    runner = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
    log.info({ bot: bot.botInfo.username }, 'long polling');
  }
  return {
    bot,
    deps,
    inbox,
    runDigests: () => runDueDigests(job),
    async stop() {
      schedule.stop();
      if (runner?.isRunning()) await runner.stop();
      if (server) await new Promise((ok) => server!.close(ok));
      await schedule.running();
      await inbox.stop();
    },
  };
}

export interface MainIo {
  stdin: NodeJS.ReadableStream;
  out(text: string): void;
  err(text: string): void;
  interactive: boolean;
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => () => resolve(sig);
    process.once('SIGINT', on('SIGINT'));
    process.once('SIGTERM', on('SIGTERM'));
  });
}

export async function runMain(env: NodeJS.ProcessEnv, io: MainIo): Promise<number> {
  const config = loadConfig(env);
  const terminal = !config.TELEGRAM_BOT_TOKEN;
  // a terminal chat keeps stderr for what matters unless a level was asked for
  const log = createLogger(terminal && !env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL, config.TELEGRAM_BOT_TOKEN);
  const db = openDatabase(config.REPORTBOT_DB);
  try {
    const seeded = await seedIfEmpty(db, config.DATA_DIR, log);
    if (terminal) {
      if (seeded) io.err(`首次启动：已读入 ${config.DATA_DIR}/ 中的 ${seeded} 份报告。\n`);
      const deps = makeDeps(db, config, log, () => new Date(), await chatModelFrom(config));
      const bot = createBot(deps, { token: '0:terminal', botInfo: TERMINAL_BOT, perMinute: 1_000_000 });
      await runTerminal(bot, { input: io.stdin, out: io.out, interactive: io.interactive });
      return 0;
    }
    const app = await startTelegram(config, db, log);
    const sig = await untilSignal();
    log.info({ signal: sig }, 'stopping');
    await app.stop();
    return 0;
  } catch (e) {
    io.err(`reportbot start: ${errorLine(e)}\n`);
    return 1;
  } finally {
    closeDatabase(db);
  }
}
