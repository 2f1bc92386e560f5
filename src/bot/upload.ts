/**
 * Admins add reports by sending the file. It is kept in the inbox folder (so the original can be
 * sent back later), ingested through the index, and the bot says what it read — or why not.
 */
import { Composer, type Context } from 'grammy';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ingestPaths, listReports, type Db } from '../index/index.ts';
import { dataChanged, type BotDeps } from './deps.ts';
import { escapeHtml } from './html.ts';
import { replyHtml } from './reply.ts';
import { failedChecksHtml, figuresHtml, nonZeroFacts, reportTitle } from './report-card.ts';
import { place } from './units.ts';

export const REPORT_TYPES = ['.txt', '.md', '.html', '.htm', '.doc', '.docx', '.pdf'];
/** getFile serves files up to 20 MB */
const MAX_BYTES = 20 * 1024 * 1024;

/** What an ingest of one file read, as HTML for whoever added it. */
export async function ingestAndDescribe(db: Db, path: string, bytes: Buffer, opts: { quietIfUnchanged?: boolean } = {}): Promise<{ html: string; added: boolean; ok: boolean }> {
  const summary = await ingestPaths(db, [path]);
  const failed = summary.failed[0];
  if (failed) return { html: `❌ 无法读取 ${escapeHtml(path)}：${escapeHtml(failed.reason)}`, added: false, ok: false };
  if (summary.unchanged && opts.quietIfUnchanged) return { html: '', added: false, ok: true };
  const hash = createHash('sha256').update(bytes).digest('hex');
  const r = listReports(db, { includeSuperseded: true }).find((x) => x.hash === hash);
  if (!r) return { html: `❌ ${escapeHtml(path)} 未能入库。`, added: false, ok: false };
  const how = summary.added ? '已入库' : summary.replaced ? '已入库（取代同年度旧版本）' : '这份文件已经在库中';
  const facts = nonZeroFacts(db, r);
  const out = [
    `✅ ${how}：<b>${escapeHtml(reportTitle(r))}</b>`,
    `单位：${escapeHtml(place(r))}；年度：${r.year ?? '未注明'}；文件：${escapeHtml(path)}`,
    `非零数字：${facts.length}项`,
    ...figuresHtml(facts, 20),
    ...failedChecksHtml(db, r.id),
  ];
  if (r.warnings.length) out.push(`提示：${escapeHtml(r.warnings.slice(0, 3).join('；'))}`);
  return { html: out.join('\n'), added: summary.added + summary.replaced > 0, ok: true };
}

/** A file name safe to keep: no folders, and never over an existing different file. */
function target(dir: string, name: string, hash: string): string {
  const clean = name.replace(/[/\\]/g, '_').replace(/^\.+/, '') || 'report';
  const first = join(dir, clean);
  if (!existsSync(first)) return first;
  const ext = extname(clean);
  return join(dir, `${clean.slice(0, clean.length - ext.length)}-${hash.slice(0, 8)}${ext}`);
}

export function uploadFeature(deps: BotDeps): Composer<Context> {
  const c = new Composer<Context>();
  c.on('message:document', async (ctx) => {
    if (!ctx.from || !deps.adminIds.includes(ctx.from.id)) {
      await ctx.reply('只有管理员可以添加报告。如需补充报告，请联系管理员。');
      return;
    }
    const doc = ctx.message.document;
    const name = doc.file_name ?? 'report';
    if (!REPORT_TYPES.includes(extname(name).toLowerCase())) {
      await ctx.reply(`不支持的文件类型：${name}。请发送 txt、html、doc、docx 或 pdf 格式的年度报告。`);
      return;
    }
    if ((doc.file_size ?? 0) > MAX_BYTES) {
      await ctx.reply('文件超过 20 MB，Telegram 不允许机器人下载；请放入服务器的 inbox 文件夹。');
      return;
    }
    await ctx.replyWithChatAction('upload_document').catch(() => undefined);
    const file = await ctx.getFile();
    const url = file.file_path ? deps.fileUrl(file.file_path) : null;
    if (!url) {
      await ctx.reply('无法从 Telegram 下载这个文件。');
      return;
    }
    const res = await fetch(url);
    if (!res.ok) {
      await ctx.reply(`下载失败（HTTP ${res.status}），请重新发送。`);
      return;
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    const hash = createHash('sha256').update(bytes).digest('hex');
    await mkdir(deps.inboxDir, { recursive: true });
    const path = target(deps.inboxDir, name, hash);
    await writeFile(path, bytes);
    const r = await ingestAndDescribe(deps.db, path, bytes);
    if (r.added) dataChanged(deps);
    // a file that is not a report is not kept, or the inbox watcher would try it again
    if (!r.ok) await rm(path, { force: true });
    deps.log.info({ admin: ctx.from.id, file: path, added: r.added }, 'admin upload');
    await replyHtml(ctx, r.html);
  });
  return c;
}
