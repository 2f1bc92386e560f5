/** Sending HTML replies: split at Telegram's limit, buttons on the last piece, lists in pages. */
import { InlineKeyboard, type Context } from 'grammy';
import { splitMessage } from './html.ts';

export async function replyHtml(ctx: Context, html: string, keyboard?: InlineKeyboard): Promise<void> {
  const pieces = splitMessage(html);
  for (let i = 0; i < pieces.length; i++) {
    const last = i === pieces.length - 1;
    await ctx.reply(pieces[i]!, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    });
  }
}

/** Shows "typing…" while `work` runs; a chat action that fails never stops the reply. */
export async function whileTyping<T>(ctx: Context, work: () => Promise<T>): Promise<T> {
  await ctx.replyWithChatAction('typing').catch(() => undefined);
  return work();
}

export const PAGE_SIZE = 10;

interface PagedList {
  head: string;
  items: string[];
}

/**
 * Lists too long for one message, kept in memory by a short id (a callback's data holds only 64
 * bytes). A list from before a restart is gone; pressing its button says so.
 */
export class PageStore {
  private lists = new Map<string, PagedList>();
  private next = 1;
  constructor(private readonly keep = 500) {}

  put(list: PagedList): string {
    const id = (this.next++).toString(36);
    this.lists.set(id, list);
    if (this.lists.size > this.keep) this.lists.delete(this.lists.keys().next().value!);
    return id;
  }

  get(id: string): PagedList | undefined {
    return this.lists.get(id);
  }
}

export function pageView(list: PagedList, id: string, page: number): { html: string; keyboard?: InlineKeyboard } {
  const pages = Math.max(1, Math.ceil(list.items.length / PAGE_SIZE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const body = list.items.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE).join('\n');
  const html = `${list.head}\n${body}`;
  if (pages === 1) return { html };
  const kb = new InlineKeyboard();
  if (p > 0) kb.text('« 上一页', `pg:${id}:${p - 1}`);
  kb.text(`${p + 1}/${pages}`, `pg:${id}:${p}`);
  if (p < pages - 1) kb.text('下一页 »', `pg:${id}:${p + 1}`);
  return { html, keyboard: kb };
}

export async function replyPaged(ctx: Context, store: PageStore, head: string, items: string[]): Promise<void> {
  const id = store.put({ head, items });
  const v = pageView({ head, items }, id, 0);
  await replyHtml(ctx, v.html, v.keyboard);
}
