/** /subscribe [NAME or REGION] and /unsubscribe: the weekly summary, per chat. */
import { Composer, type Context } from 'grammy';
import { getSubscription, subscribe, unsubscribe } from '../index/index.ts';
import type { BotDeps } from './deps.ts';
import { escapeHtml } from './html.ts';
import { settleUnit } from './latest.ts';
import { replyHtml } from './reply.ts';
import { place, unitsInRegion } from './units.ts';

export function subscribeFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  const done = async (ctx: Context, filter: string, unitIds: number[] | null): Promise<void> => {
    subscribe(deps.db, ctx.chat!.id, filter, unitIds, deps.now());
    const what = filter ? `“${escapeHtml(filter)}”的` : '全部';
    await replyHtml(ctx, `已订阅${what}每周摘要（默认每周一 9:00）。取消请发 /unsubscribe。`);
  };

  c.command('subscribe', async (ctx) => {
    const name = ctx.match.trim();
    if (!name) return done(ctx, '', null);
    // a region (e.g. 丰城市) covers every unit inside it, including ones added later
    if (unitsInRegion(deps.units.all(), name).length) return done(ctx, name, null);
    const unit = await settleUnit(ctx, deps, name, 'sub');
    if (unit) await done(ctx, place(unit), [unit.id]);
  });
  c.callbackQuery(/^sub:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const unit = deps.units.byId(Number(ctx.match[1]));
    if (unit) await done(ctx, place(unit), [unit.id]);
  });
  c.command('unsubscribe', async (ctx) => {
    const had = getSubscription(deps.db, ctx.chat.id);
    unsubscribe(deps.db, ctx.chat.id);
    await ctx.reply(had ? '已取消每周摘要。' : '这个聊天没有订阅每周摘要。');
  });
  return c;
}
