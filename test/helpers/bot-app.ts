/** The Telegram app in-process against the emulator, over a temp database of the seed reports. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { closeDatabase, openDatabase, type Db } from '../../src/index/index.ts';
import { createLogger } from '../../src/log.ts';
import { seedIfEmpty, startTelegram, type TelegramApp } from '../../src/main.ts';
import { TOKEN, type Emulator } from './bot-emulator.ts';

export const ADMIN = 42;

export function tempWorld(): { dir: string; db: string; data: string; inbox: string } {
  const dir = mkdtempSync(join(tmpdir(), 'reportbot-bot-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  const seeds = join(import.meta.dirname, '..', 'fixtures', 'seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.txt'))) copyFileSync(join(seeds, f), join(data, f));
  return { dir, db: join(dir, 'r.db'), data, inbox: join(dir, 'inbox') };
}

export async function startApp(
  emu: Emulator,
  world: ReturnType<typeof tempWorld>,
  now: () => Date = () => new Date(),
  env: Record<string, string> = {},
): Promise<{ app: TelegramApp; db: Db; close(): Promise<void> }> {
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: emu.url,
    ADMIN_IDS: String(ADMIN),
    REPORTBOT_DB: world.db,
    INBOX_DIR: world.inbox,
    DATA_DIR: world.data,
    RATE_LIMIT_PER_MINUTE: '1000',
    ...env,
  });
  const log = createLogger('silent');
  const db = openDatabase(world.db);
  await seedIfEmpty(db, world.data, log);
  const app = await startTelegram(config, db, log, now);
  return {
    app,
    db,
    async close() {
      await app.stop();
      closeDatabase(db);
    },
  };
}
