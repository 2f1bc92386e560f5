/** /start and /help: what the bot does, with example questions as buttons. */
import { Composer, InlineKeyboard, type Context } from 'grammy';
import { answer } from './ask.ts';
import type { BotDeps } from './deps.ts';
import { langOf } from './html.ts';
import { EXAMPLES, T } from './texts.ts';

export function startFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  const lang = (ctx: Context) => (ctx.from?.language_code?.startsWith('en') ? 'en' : 'zh');
  c.command('start', async (ctx) => {
    const kb = new InlineKeyboard();
    EXAMPLES.forEach((q, i) => kb.text(q, `ex:${i}`).row());
    await ctx.reply(T[lang(ctx)].intro, { reply_markup: kb });
  });
  c.command('help', (ctx) => ctx.reply(T[langOf(ctx.match) === 'en' && ctx.match ? 'en' : lang(ctx)].help, { parse_mode: 'HTML' }));
  c.callbackQuery(/^ex:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const q = EXAMPLES[Number(ctx.match[1])];
    if (q) await answer(ctx, deps, q);
  });
  return c;
}
