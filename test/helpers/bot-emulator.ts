/**
 * telegram-test-api on 127.0.0.1 and a free port, with the Bot API methods the bot uses that it
 * lacks (chat actions, commands, documents, files), getUpdates held open like Telegram's long
 * poll, and chats that can be marked as having blocked the bot.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage } from 'node:http';
import TelegramServer from 'telegram-test-api';

export const TOKEN = '123456:TEST-token-for-the-emulator-only';

interface Layer { route?: unknown }
interface ExpressLike {
  all(path: string, h: (req: any, res: any, next: () => void) => unknown): void;
  get(path: string, h: (req: any, res: any) => unknown): void;
  _router: { stack: Layer[] };
}

export interface Emulator {
  server: TelegramServer;
  url: string;
  /** documents the bot sent: chat, and whether it was an upload or a file_id */
  documents: Array<{ chatId: number; upload: boolean; fileId: string }>;
  /** files users "sent": file_id → content, served to getFile + download */
  files: Map<string, { name: string; bytes: Buffer }>;
  commands: unknown[];
  actions: Array<{ chatId: number; action: string }>;
  blocked: Set<number>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function rawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts)));
  });
}

function multipartField(body: string, name: string): string | undefined {
  return new RegExp(`name="${name}"\\r\\n\\r\\n([^\\r]*)\\r\\n`).exec(body)?.[1];
}

export async function startEmulator(): Promise<Emulator> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 600 });
  const app = (server as unknown as { webServer: ExpressLike }).webServer;
  const emu: Emulator = {
    server,
    url: `http://127.0.0.1:${port}`,
    documents: [],
    files: new Map(),
    commands: [],
    actions: [],
    blocked: new Set(),
    stop: async () => void (await server.stop()),
  };
  const before = app._router.stack.length;
  let fileSeq = 1;
  const ok = (res: any, result: unknown) => res.json({ ok: true, result });

  app.all('/bot:token/sendChatAction', (req, res) => {
    emu.actions.push({ chatId: Number(req.body.chat_id), action: String(req.body.action) });
    ok(res, true);
  });
  app.all('/bot:token/setMyCommands', (req, res) => {
    emu.commands.push(typeof req.body.commands === 'string' ? JSON.parse(req.body.commands) : req.body.commands);
    ok(res, true);
  });
  app.all('/bot:token/sendMessage', (req, res, next) => {
    if (emu.blocked.has(Number(req.body.chat_id))) {
      res.status(403).json({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    } else next();
  });
  app.all('/bot:token/sendDocument', async (req, res) => {
    let chatId: number;
    let fileId: string;
    let upload = false;
    if (req.is('multipart/form-data')) {
      const body = (await rawBody(req)).toString('utf8');
      chatId = Number(multipartField(body, 'chat_id'));
      fileId = `uploaded-${fileSeq++}`;
      upload = true;
    } else {
      chatId = Number(req.body.chat_id);
      fileId = String(req.body.document);
    }
    emu.documents.push({ chatId, upload, fileId });
    const msg = server.addBotMessage({ chat_id: chatId, text: `[document ${fileId}]` } as never, req.params.token);
    ok(res, { ...msg, document: { file_id: fileId, file_unique_id: fileId } });
  });
  app.all('/bot:token/getFile', (req, res) => {
    const f = emu.files.get(String(req.body.file_id));
    if (!f) return res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
    ok(res, { file_id: req.body.file_id, file_unique_id: req.body.file_id, file_size: f.bytes.length, file_path: `documents/${req.body.file_id}` });
  });
  app.get('/file/bot:token/documents/:id', (req, res) => {
    const f = emu.files.get(String(req.params.id));
    if (!f) return res.status(404).end();
    res.end(f.bytes);
  });
  // Telegram holds getUpdates open until something arrives; the emulator answers at once, which
  // would make the bot poll in a tight loop
  app.all('/bot:token/getUpdates', async (req, res) => {
    const token = req.params.token as string;
    const waitMs = Math.min(Number(req.body.timeout ?? 0), 1) * 1000;
    const pending = () => server.storage.userMessages.some((u: { botToken: string; isRead: boolean }) => u.botToken === token && !u.isRead);
    if (!pending() && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, waitMs);
        function done() {
          clearTimeout(t);
          for (const e of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) server.off(e, done);
          resolve();
        }
        for (const e of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) server.on(e, done);
      });
    }
    ok(res, server.getUpdates(token));
  });
  // put the new routes ahead of the emulator's own (and of its catch-all for unknown methods)
  const stack = app._router.stack;
  const added = stack.splice(before);
  const firstRoute = stack.findIndex((l) => l.route);
  stack.splice(firstRoute, 0, ...added);
  await server.start();
  return emu;
}

/** Bot messages for a chat, oldest first. */
export function botMessages(emu: Emulator, chatId?: number): Array<{ text: string; chatId: number; markup?: any; messageId: number }> {
  type Stored = { message: Record<string, unknown>; messageId: number };
  return (emu.server.storage.botMessages as unknown as Stored[])
    .filter((m) => chatId === undefined || Number(m.message.chat_id) === chatId)
    .map((m) => ({ text: String(m.message.text), chatId: Number(m.message.chat_id), markup: m.message.reply_markup as any, messageId: m.messageId }));
}

/** Waits (bounded) until the chat has at least `n` bot messages; returns them. */
export async function waitForMessages(emu: Emulator, chatId: number, n: number, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = botMessages(emu, chatId);
    if (got.length >= n) return got;
    if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${n} messages in chat ${chatId}; got ${got.length}: ${got.map((m) => m.text.slice(0, 60)).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function waitFor(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
