import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchInbox, type Inbox } from '../src/bot/inbox.ts';
import { closeDatabase, openDatabase, stats, type Db } from '../src/index/index.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const quiet = { info: () => {}, error: () => {} };

describe('the inbox folder', () => {
  let db: Db;
  let inbox: Inbox | undefined;
  afterEach(async () => {
    await inbox?.stop();
    closeDatabase(db);
  });

  it('reads new report files once, tells the admins, and refuses what is no report', async () => {
    db = openDatabase(':memory:');
    const dir = mkdtempSync(join(tmpdir(), 'reportbot-inbox-'));
    const told: string[] = [];
    let changed = 0;
    inbox = await watchInbox({ db, dir, notify: async (html) => void told.push(html), changed: () => changed++, log: quiet });
    expect(stats(db).reports).toBe(0);

    copyFileSync(join(FIXTURES, 'seeds', '004_e84b3c5531a46bee.txt'), join(dir, 'hutang.txt'));
    writeFileSync(join(dir, 'notes.txt'), '今天开会，讨论下周的安排。\n');
    writeFileSync(join(dir, '.hidden.txt'), 'ignored');
    await inbox.scan();

    expect(stats(db).reports).toBe(1);
    expect(changed).toBe(1);
    expect(told).toHaveLength(2);
    expect(told.find((t) => t.includes('湖塘乡'))).toContain('2020');
    expect(told.find((t) => t.includes('notes.txt'))).toBeDefined();

    await inbox.scan();
    expect(told).toHaveLength(2);
    expect(stats(db).reports).toBe(1);
  });
});
