/**
 * Questions: any text in a private chat, /ask anywhere, and in groups only a mention of the bot
 * or a reply to one of its messages — the rest of a group's talk is not for the bot.
 */
import { Composer, type Context } from 'grammy';
import type { BotDeps } from './deps.ts';
import { escapeHtml, langOf } from './html.ts';
import { replyHtml, whileTyping } from './reply.ts';
import { reportAskedFor, showLatest } from './latest.ts';
import { T } from './texts.ts';

/** The answer as HTML: the question quoted, then the answer text with its citations, all escaped. */
export function answerHtml(question: string, answer: string): string {
  const lang = langOf(question);
  const label = lang === 'zh' ? '问' : 'Q';
  return `<b>${label}：</b>${escapeHtml(question)}\n\n${escapeHtml(answer)}`;
}

/** thanks and the like, which ask for nothing: answered in kind, the conversation kept */
const COURTESY = /^(?:(?:好的|好|嗯|ok|okay)[，,\s]*)?(?:谢谢|多谢|感谢|辛苦了?|thanks|thank you)[你您啦了！!。.，,~\s]*$|^(?:好的|ok|okay)[！!。.~\s]*$/i;

export async function answer(ctx: Context, deps: BotDeps, question: string): Promise<void> {
  const q = question.trim();
  if (!q) {
    await ctx.reply(T[langOf(question)].needQuestion);
    return;
  }
  if (COURTESY.test(q)) {
    await ctx.reply(T[langOf(q)].welcome);
    return;
  }
  const started = Date.now();
  // one conversation per person in a chat: in a group, one member's follow-up is not another's
  const conversation = `${ctx.chat?.id}:${ctx.from?.id}`;
  const r = await whileTyping(ctx, () => deps.asker.ask(q, deps.recent.get(conversation, deps.now())));
  deps.recent.set(conversation, r.query, deps.now());
  deps.log.info({ chat: ctx.chat?.id, ms: Date.now() - started, items: r.items.length, search: r.search }, 'answered');
  // no number was asked about, but a unit's report was: the report itself, as /latest shows it
  const report = r.search ? reportAskedFor(q, deps.units.all()) : null;
  if (report) await showLatest(ctx, deps, report.unit, report.year);
  else await replyHtml(ctx, answerHtml(q, r.answer));
}

/** The question in a group message addressed to the bot, or null when it is not addressed to it. */
export function addressed(ctx: Context): string | null {
  const msg = ctx.message;
  const text = msg?.text;
  if (!msg || text === undefined) return null;
  const me = ctx.me.username;
  if (msg.reply_to_message?.from?.id === ctx.me.id) return text;
  const mention = new RegExp(`@${me}\\b`, 'gi');
  return mention.test(text) ? text.replace(mention, ' ').trim() : null;
}

export function askFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.command('ask', (ctx) => answer(ctx, deps, ctx.match));
  const priv = c.chatType('private');
  priv.on('message:text', (ctx, next) => (ctx.message.text.startsWith('/') ? next() : answer(ctx, deps, ctx.message.text)));
  const groups = c.chatType(['group', 'supergroup']);
  groups.on('message:text', async (ctx, next) => {
    if (ctx.message.text.startsWith('/')) return next();
    const q = addressed(ctx);
    if (q !== null) await answer(ctx, deps, q);
  });
  return c;
}
