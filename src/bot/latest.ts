/**
 * /latest NAME: a unit's newest report as a card, with a button for the original file. A name
 * that fits several units asks which; an unknown one offers the nearest.
 */
import { Composer, InlineKeyboard, InputFile, type Context } from 'grammy';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { cachedFileId, cacheFileId, listReports } from '../index/index.ts';
import type { BotDeps } from './deps.ts';
import { escapeHtml, langOf } from './html.ts';
import { replyHtml } from './reply.ts';
import { reportCard } from './report-card.ts';
import { T } from './texts.ts';
import { matchUnits, place } from './units.ts';
import type { UnitRow } from '../index/index.ts';

/** Buttons for units, one a row, each carrying `prefix:unitId`. */
export function unitButtons(units: UnitRow[], prefix: string, max = 10): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const u of units.slice(0, max)) kb.text(place(u), `${prefix}:${u.id}`).row();
  return kb;
}

/**
 * Settles a name to one unit, or answers with a choice (buttons with `prefix`) or the nearest
 * names; returns the unit when it was settled.
 */
export async function settleUnit(ctx: Context, deps: BotDeps, name: string, prefix: string): Promise<UnitRow | null> {
  const t = T[langOf(name)];
  const units = deps.units.all();
  if (!units.length) {
    await ctx.reply(t.noUnits);
    return null;
  }
  const m = matchUnits(units, name);
  if (m.fits.length === 1) return m.fits[0]!;
  if (m.fits.length > 1) {
    await replyHtml(ctx, escapeHtml(t.choose(name)), unitButtons(m.fits, prefix));
    return null;
  }
  const near = m.near.length ? `\n${t.nearest}` : '';
  await replyHtml(ctx, escapeHtml(t.unknown(name) + near), m.near.length ? unitButtons(m.near, prefix, 5) : undefined);
  return null;
}

/** A unit's newest report as a card, or its report of `year` when one is asked for and exists. */
export async function showLatest(ctx: Context, deps: BotDeps, unit: UnitRow, year?: number): Promise<void> {
  const reports = listReports(deps.db, { unitIds: [unit.id] });
  const newest = reports.find((r) => year !== undefined && r.year === year) ?? reports.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || b.id - a.id)[0];
  if (!newest) {
    await ctx.reply(T.zh.unknown(unit.name));
    return;
  }
  const kb = new InlineKeyboard().text('📄 原文文件', `doc:${unit.id}:${newest.id}`);
  await replyHtml(ctx, reportCard(deps.db, newest), kb);
}

/** Sends a report's original file; Telegram's file_id is kept so each file is uploaded once. */
async function sendOriginal(ctx: Context, deps: BotDeps, unitId: number, reportId: number): Promise<void> {
  const r = listReports(deps.db, { unitIds: [unitId], includeSuperseded: true }).find((x) => x.id === reportId);
  if (!r) {
    await ctx.reply(T.zh.expired);
    return;
  }
  const cached = cachedFileId(deps.db, r.hash);
  if (cached) {
    await ctx.replyWithDocument(cached);
    return;
  }
  if (!existsSync(r.file)) {
    await ctx.reply(`原文文件已不在服务器上：${r.file}`);
    return;
  }
  const sent = await ctx.replyWithDocument(new InputFile(r.file, basename(r.file)));
  if (sent.document) cacheFileId(deps.db, r.hash, sent.document.file_id);
}

const REPORT_ASKED = /(?:(?:最新|最近)的?)?(?:(?:20\d\d)年度?的?)?(?:政府信息公开)?(?:工作)?(?:年度报告|年报|报告)(?:原文|全文)?/;
const FILLER = /请|麻烦|给我|发我|发一下|看看|看一下|查看|查一下|一下|我想看|想看|[？?。！!，,\s]/g;

/**
 * "湖塘乡最新的报告", "给我看看郑宅镇2020年的年报": a unit's report asked for in words, with the
 * year if one is named; null unless the words name exactly one unit.
 */
export function reportAskedFor(question: string, units: UnitRow[]): { unit: UnitRow; year?: number } | null {
  const m = REPORT_ASKED.exec(question);
  if (!m) return null;
  const year = /(20\d\d)年/.exec(m[0])?.[1];
  const rest = question.replace(m[0], '').replace(FILLER, '').replace(/的$/, '');
  if (rest.length < 2) return null;
  const fits = matchUnits(units, rest).fits;
  if (fits.length !== 1) return null;
  return year ? { unit: fits[0]!, year: Number(year) } : { unit: fits[0]! };
}

export function latestFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.command('latest', async (ctx) => {
    const name = ctx.match.trim();
    if (!name) return void (await ctx.reply(T.zh.needName));
    const unit = await settleUnit(ctx, deps, name, 'lt');
    if (unit) await showLatest(ctx, deps, unit);
  });
  c.callbackQuery(/^lt:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const unit = deps.units.byId(Number(ctx.match[1]));
    if (unit) await showLatest(ctx, deps, unit);
    else await ctx.reply(T.zh.expired);
  });
  c.callbackQuery(/^doc:(\d+):(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await sendOriginal(ctx, deps, Number(ctx.match[1]), Number(ctx.match[2]));
  });
  return c;
}
