/**
 * Messages answered per second through the Bot API emulator and the round trip of each (user
 * sends → bot's reply stored), with the whole bot running: runner, plugins, answerer, SQLite.
 * `benchBot({ db })` over an existing database (e.g. a 50,000-report one), or with no db over a
 * temp copy of the bundled reports. A section of `npm run bench` as `bot`.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { closeDatabase, listUnits, openDatabase, yearsInData, type Db } from '../src/index/index.ts';
import { createLogger } from '../src/log.ts';
import { seedIfEmpty, startTelegram } from '../src/main.ts';
import { startEmulator, TOKEN } from '../test/helpers/bot-emulator.ts';
import type { Figures } from './figures.ts';

export interface BotBench {
  messages: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
}

/** Questions that meet the data: each names a unit or a year the database holds. */
function questions(db: Db, count: number): string[] {
  const units = listUnits(db).filter((u) => u.years.length);
  const years = yearsInData(db);
  const out: string[] = [];
  for (let i = 0; units.length && out.length < count; i++) {
    const u = units[(i * 7919) % units.length]!;
    const y = years[i % years.length]!;
    const forms = [`${y}年哪些乡镇有行政诉讼？`, `${u.name}${u.years.at(-1)}年收到多少政府信息公开申请？`, `哪个乡镇的行政复议最多？`, `Which townships had lawsuits in ${y}?`];
    out.push(forms[i % forms.length]!);
  }
  return out;
}

const pct = (s: number[], p: number): number => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;

export async function benchBot(opts: { db?: string; messages?: number; concurrency?: number } = {}): Promise<BotBench> {
  const dir = mkdtempSync(join(tmpdir(), 'reportbot-bench-'));
  let dbPath = opts.db;
  if (!dbPath) {
    dbPath = join(dir, 'r.db');
    for (const f of readdirSync('data').filter((f) => f.endsWith('.txt'))) copyFileSync(join('data', f), join(dir, f));
  }
  const emu = await startEmulator();
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emu.url, REPORTBOT_DB: dbPath, INBOX_DIR: join(dir, 'inbox'), RATE_LIMIT_PER_MINUTE: '100000' });
  const log = createLogger('silent');
  const db = openDatabase(dbPath);
  await seedIfEmpty(db, dir, log);
  const app = await startTelegram(config, db, log);
  const waiting = new Map<number, () => void>();
  emu.server.on('AddedBotMessage', () => {
    const last = emu.server.storage.botMessages.at(-1);
    const chat = Number(last?.message.chat_id);
    waiting.get(chat)?.();
    waiting.delete(chat);
  });
  try {
    const asked = questions(db, opts.messages ?? 200);
    const concurrency = opts.concurrency ?? 1;
    const times: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async (w: number): Promise<void> => {
      const chatId = 10_000 + w;
      const client = emu.server.getClient(TOKEN, { userId: chatId, chatId, type: 'private' });
      while (next < asked.length) {
        const q = asked[next++]!;
        const t0 = performance.now();
        const replied = new Promise<void>((resolve) => waiting.set(chatId, resolve));
        await client.sendMessage(client.makeMessage(q));
        await replied;
        times.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
    const seconds = (performance.now() - started) / 1000;
    const s = times.sort((a, b) => a - b);
    return { messages: s.length, perSecond: s.length / seconds, p50: pct(s, 50), p95: pct(s, 95), max: s.at(-1) ?? 0 };
  } finally {
    await app.stop();
    closeDatabase(db);
    await emu.stop();
  }
}

export async function botFigures(opts: { db?: string; messages?: number; concurrency?: number } = {}): Promise<Figures> {
  const b = await benchBot(opts);
  return {
    section: `bot through the Bot API emulator (${opts.db ?? 'bundled reports'}, ${opts.concurrency ?? 1} chat(s) at once)`,
    rows: [
      ['messages answered', String(b.messages)],
      ['messages per second', b.perSecond.toFixed(1)],
      ['round trip p50', `${b.p50.toFixed(1)} ms`],
      ['round trip p95 (target ≤150 ms)', `${b.p95.toFixed(1)} ms`],
      ['round trip max', `${b.max.toFixed(1)} ms`],
    ],
  };
}
