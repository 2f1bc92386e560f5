/** `reportbot start` without a token: a chat on stdin/stdout over the bundled reports. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { splitMessage } from '../src/bot/html.ts';
import { tempWorld } from './helpers/bot-app.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'reportbot.js');

describe('terminal chat', () => {
  it('reads the bundled reports on first start and answers a piped question with its source', () => {
    const w = tempWorld();
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: '', REPORTBOT_DB: w.db, DATA_DIR: w.data, INBOX_DIR: w.inbox };
    const r = spawnSync(process.execPath, [BIN, 'start'], { input: '2020年哪些乡镇有行政诉讼？\n/latest 镇\n4\n', env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('已读入');
    expect(r.stdout).toContain('1. 郑宅镇 2020年：3');
    expect(r.stdout).toContain('001_1424afc2c3529d07.txt 第44行');
    expect(r.stdout).toContain('  [4] 郑宅镇');
    expect(r.stdout).toContain('郑宅镇2020年度政府信息公开工作年度报告');
    expect(r.stdout).not.toContain('<b>');
  });

  it('names every bad variable on its own line', () => {
    const w = tempWorld();
    const r = spawnSync(process.execPath, [BIN, 'start'], { env: { ...process.env, REPORTBOT_DB: w.db, ADMIN_IDS: 'alice', TZ: 'Mars/Base', DIGEST_CRON: 'every monday' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'reportbot start: ADMIN_IDS must be Telegram user ids separated by commas, e.g. 12345,67890',
      'DIGEST_CRON is not a cron pattern (e.g. "0 9 * * 1" = Monday 09:00)',
      'TZ is not a time zone name (e.g. Asia/Shanghai)',
    ]);
  });
});

describe('config and splitting', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({ DIGEST_CRON: '0 9 * * 1', TZ: 'Asia/Shanghai', INBOX_DIR: 'data/inbox', ADMIN_IDS: [], LOG_LEVEL: 'info' });
    expect(loadConfig({ ADMIN_IDS: '1, 22' }).ADMIN_IDS).toEqual([1, 22]);
  });

  it.each([
    ['paragraphs', Array.from({ length: 30 }, (_, i) => `段${i} ${'字'.repeat(200)}`).join('\n\n'), 2],
    ['one long line', '字'.repeat(9000), 3],
    ['a tag open at the cut', `<b>${'字'.repeat(5000)}</b>`, 2],
  ])('splits %s within the limit', (_name, text, pieces) => {
    const out = splitMessage(text);
    expect(out).toHaveLength(pieces);
    for (const p of out) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect((p.match(/<b>/g) ?? []).length).toBe((p.match(/<\/b>/g) ?? []).length);
    }
  });
});
