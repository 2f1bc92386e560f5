/**
 * The bot: one composer per feature behind the shared plumbing — updates of one chat in order,
 * a per-user rate limit, auto-retry of 429/5xx, and an error boundary that apologises and logs.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, BotError, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { askFeature } from './ask.ts';
import type { BotDeps } from './deps.ts';
import { langOf } from './html.ts';
import { latestFeature } from './latest.ts';
import { listsFeature } from './lists.ts';
import { PageStore } from './reply.ts';
import { startFeature } from './start.ts';
import { subscribeFeature } from './subscribe.ts';
import { COMMANDS_ZH, T } from './texts.ts';
import { uploadFeature } from './upload.ts';

export interface BotOptions {
  token: string;
  apiRoot?: string;
  /** known bot identity: skips getMe (terminal mode, tests) */
  botInfo?: UserFromGetMe;
  /** messages per user per minute */
  perMinute?: number;
}

export function createBot(deps: BotDeps, opts: BotOptions): Bot {
  const bot = new Bot(opts.token, {
    client: { ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}) },
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString()));
  bot.use(
    limit({
      timeFrame: 60_000,
      limit: opts.perMinute ?? 20,
      keyGenerator: (ctx) => ctx.from?.id.toString(),
      onLimitExceeded: async (ctx: Context) => {
        deps.log.warn({ user: ctx.from?.id }, 'rate limited');
        if (ctx.chat?.type === 'private') await ctx.reply(T.zh.slow).catch(() => undefined);
      },
    }),
  );
  const pages = new PageStore();
  bot.use(startFeature(deps), latestFeature(deps), listsFeature(deps, pages), subscribeFeature(deps), uploadFeature(deps), askFeature(deps));
  bot.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: T.zh.expired }));
  bot.catch(async (err: BotError) => {
    const ctx = err.ctx;
    const e = err.error instanceof Error ? err.error : new Error(String(err.error));
    deps.log.error({ update: ctx.update.update_id, chat: ctx.chat?.id, err: e.message }, 'update failed');
    const text = ctx.message?.text ?? '';
    await ctx.reply(T[langOf(text)].sorry).catch(() => undefined);
  });
  return bot;
}

export async function registerCommands(bot: Bot): Promise<void> {
  await bot.api.setMyCommands(COMMANDS_ZH);
}
