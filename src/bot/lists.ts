/** /search, /townships and /stats, and the page buttons of long lists. */
import { Composer, type Context } from 'grammy';
import { searchText, stats } from '../index/index.ts';
import type { BotDeps } from './deps.ts';
import { escapeHtml, langOf } from './html.ts';
import { pageView, replyPaged, type PageStore } from './reply.ts';
import { T } from './texts.ts';
import { place, unitsInRegion } from './units.ts';

export function listsFeature(deps: BotDeps, pages: PageStore): Composer<Context> {
  const c = new Composer<Context>();

  c.command('search', async (ctx) => {
    const text = ctx.match.trim();
    const t = T[langOf(text)];
    if (!text) return void (await ctx.reply(t.needText));
    const hits = searchText(deps.db, text, { limit: 50 });
    if (!hits.length) return void (await ctx.reply(t.nothingFound(text)));
    const items = hits.map(
      (h, i) =>
        `${i + 1}. <b>${escapeHtml(place(h))}</b>${h.year ? ` ${h.year}年` : ''} · ${escapeHtml(h.section)}\n   ${escapeHtml(h.snippet)}\n   <i>${escapeHtml(h.file)} 第${h.line}行</i>`,
    );
    await replyPaged(ctx, pages, `全文搜索“${escapeHtml(text)}”：${hits.length}处`, items);
  });

  c.command('townships', async (ctx) => {
    const region = ctx.match.trim();
    const units = unitsInRegion(deps.units.all(), region);
    if (!units.length) return void (await ctx.reply(region ? `没有找到地区“${region}”的单位。` : T.zh.noUnits));
    const items = units.map((u, i) => `${i + 1}. ${escapeHtml(place(u))} — ${u.years.length ? `${u.years.join('、')}年` : '年度未注明'}`);
    const head = region ? `“${escapeHtml(region)}”的单位：${units.length}个` : `全部单位：${units.length}个`;
    await replyPaged(ctx, pages, head, items);
  });

  c.command('stats', async (ctx) => {
    const s = stats(deps.db);
    const years = s.years.length ? `${s.years[0]}–${s.years.at(-1)}年` : '无';
    await ctx.reply(
      `数据库概况\n报告：${s.reports}份（另有${s.superseded}份被新版本取代）\n单位：${s.units}个\n年度：${years}\n数字：${s.facts}项\n未通过的勾稽检查：${s.failedChecks}项`,
    );
  });

  c.callbackQuery(/^pg:([0-9a-z]+):(\d+)$/, async (ctx) => {
    const list = pages.get(ctx.match[1]!);
    if (!list) return void (await ctx.answerCallbackQuery({ text: T.zh.expired }));
    await ctx.answerCallbackQuery();
    const v = pageView(list, ctx.match[1]!, Number(ctx.match[2]));
    await ctx.editMessageText(v.html, { parse_mode: 'HTML', ...(v.keyboard ? { reply_markup: v.keyboard } : {}) }).catch((e: Error) => {
      // pressing the current page's own button changes nothing, which Telegram reports as an error
      if (!/not modified/.test(e.message)) throw e;
    });
  });
  return c;
}
