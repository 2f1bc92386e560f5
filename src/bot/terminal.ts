/**
 * The bot without Telegram: lines typed in a terminal (or piped in) become updates handled by the
 * same bot, and what the bot would send is printed. A button is pressed by typing its number.
 */
import type { Bot } from 'grammy';
import type { InlineKeyboardMarkup, Message, Update, UserFromGetMe } from 'grammy/types';
import { createInterface } from 'node:readline';
import { htmlToText } from './html.ts';

// only id and username matter to the handlers; the rest is what getMe would say
export const TERMINAL_BOT = { id: 1, is_bot: true, first_name: 'reportbot', username: 'reportbot' } as UserFromGetMe;
const USER = { id: 1000, is_bot: false, first_name: '你' };
const CHAT = { id: 1000, type: 'private' as const, first_name: '你' };

export interface TerminalIo {
  input: NodeJS.ReadableStream;
  out(text: string): void;
  /** show a prompt (only for a person at a terminal) */
  interactive: boolean;
}

/** Routes the bot's API calls to the terminal; returns the buttons of the last message shown. */
function wire(bot: Bot, io: TerminalIo): { buttons: () => string[] } {
  let buttons: string[] = [];
  let nextId = 1;
  bot.api.config.use(async (_prev, method, payload) => {
    const p = payload as Record<string, unknown>;
    const show = (text: string, markup: unknown): void => {
      io.out(`\n${htmlToText(text)}\n`);
      const kb = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard?.flat() ?? [];
      buttons = kb.map((b) => ('callback_data' in b ? b.callback_data : '')).filter(Boolean) as string[];
      if (kb.length) io.out(kb.map((b, i) => `  [${i + 1}] ${b.text}`).join('\n') + '\n');
    };
    let result: unknown = true;
    if (method === 'sendMessage' || method === 'editMessageText') {
      show(String(p.text ?? ''), p.reply_markup);
      result = { message_id: nextId++, date: 0, chat: CHAT, text: String(p.text ?? '') };
    } else if (method === 'sendDocument') {
      const doc = p.document as { filename?: string } | string;
      io.out(`\n（原文文件：${typeof doc === 'string' ? doc : (doc.filename ?? '')}）\n`);
      result = { message_id: nextId++, date: 0, chat: CHAT };
    }
    return { ok: true, result } as never;
  });
  return { buttons: () => buttons };
}

/** Reads lines until the input ends; each is answered before the next is read. */
export async function runTerminal(bot: Bot, io: TerminalIo): Promise<void> {
  const state = wire(bot, io);
  let updateId = 1;
  const rl = createInterface({ input: io.input, terminal: false });
  const prompt = (): void => {
    if (io.interactive) io.out('\n> ');
  };
  io.out('reportbot 终端对话（没有设置 TELEGRAM_BOT_TOKEN）。输入问题，或输入 /help；按钮输入其编号；Ctrl-D 退出。\n');
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) {
      prompt();
      continue;
    }
    const pressed = /^\d+$/.test(line) ? state.buttons()[Number(line) - 1] : undefined;
    const date = Math.floor(Date.now() / 1000);
    const update: Update = pressed
      ? { update_id: updateId++, callback_query: { id: String(updateId), from: USER, chat_instance: '1', data: pressed, message: { message_id: 0, date, chat: CHAT, text: '' } as Message.TextMessage } }
      : {
          update_id: updateId++,
          message: {
            message_id: updateId,
            date,
            chat: CHAT,
            from: USER,
            text: line,
            ...(line.startsWith('/') ? { entities: [{ type: 'bot_command' as const, offset: 0, length: line.split(/\s/)[0]!.length }] } : {}),
          },
        };
    await bot.handleUpdate(update);
    prompt();
  }
}
