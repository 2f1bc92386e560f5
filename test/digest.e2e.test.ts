/**
 * The weekly summary end to end: subscribed over the emulator, the job run with an injected
 * clock, exactly one summary per chat even across a restart, a missed one sent once, a chat
 * that blocked the bot unsubscribed while the others go on.
 */
import { Cron } from 'croner';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSubscription, listSubscriptions } from '../src/index/index.ts';
import { buildDigest } from '../src/digest/build.ts';
import { formatDigest } from '../src/digest/format.ts';
import { isDue } from '../src/digest/schedule.ts';
import { botMessages, startEmulator, TOKEN, waitForMessages, type Emulator } from './helpers/bot-emulator.ts';
import { startApp, tempWorld } from './helpers/bot-app.ts';

let emu: Emulator;
let world: ReturnType<typeof tempWorld>;
let clock = new Date();
const now = () => clock;
// the first Monday 09:05 in Shanghai after the reports are read: inside the week the summary covers
const monday = new Cron('5 9 * * 1', { timezone: 'Asia/Shanghai', paused: true }).nextRun(new Date(Date.now() + 60_000))!;

beforeAll(async () => {
  emu = await startEmulator();
  world = tempWorld();
});
afterAll(async () => emu?.stop());

async function command(chatId: number, text: string) {
  const c = emu.server.getClient(TOKEN, { userId: chatId, chatId, type: 'private' });
  await c.sendCommand(c.makeCommand(text));
}

const summaries = (chatId: number) => botMessages(emu, chatId).filter((m) => m.text.includes('每周摘要 '));

describe('weekly summary', () => {
  it('is sent once per chat, filtered, across a restart and a missed week; a blocked chat is dropped', async () => {
    clock = new Date();
    let run = await startApp(emu, world, now);
    await command(601, '/subscribe');
    await command(602, '/subscribe 丰城市');
    await command(603, '/subscribe');
    await waitForMessages(emu, 601, 1);
    await waitForMessages(emu, 602, 1);
    await waitForMessages(emu, 603, 1);
    expect(getSubscription(run.db, 602)).toMatchObject({ filter: '丰城市', unitIds: null });

    expect((await run.app.runDigests()).sent).toEqual([]); // not due before Monday
    emu.blocked.add(603);
    clock = monday;
    const first = await run.app.runDigests();
    expect(first).toEqual({ sent: [601, 602], unsubscribed: [603], failed: [] });
    expect(listSubscriptions(run.db).map((s) => s.chatId)).toEqual([601, 602]);

    const all = summaries(601);
    expect(all).toHaveLength(1);
    expect(all[0]!.text).toContain('<b>新增报告（5）</b>');
    expect(all[0]!.text).toContain('郑宅镇 2020年：行政诉讼 3');
    expect(all[0]!.text).toContain('001_1424afc2c3529d07.txt 第44行');
    expect(all[0]!.text).toContain('新增报告 5（上周 0，↑5）');
    const fengcheng = summaries(602)[0]!.text;
    expect(fengcheng).toContain('<b>新增报告（1）</b>\n1. 湖塘乡（丰城市） 2020年');
    expect(fengcheng).not.toContain('郑宅镇');

    // a restart at the same moment sends nothing again
    await run.close();
    run = await startApp(emu, world, now);
    expect((await run.app.runDigests()).sent).toEqual([]);
    expect(summaries(601)).toHaveLength(1);

    // down for three weeks: one summary when back, not three
    clock = new Date(monday.getTime() + 21 * 24 * 3600 * 1000 + 3600 * 1000);
    expect((await run.app.runDigests()).sent).toEqual([601, 602]);
    expect((await run.app.runDigests()).sent).toEqual([]);
    expect(summaries(601)).toHaveLength(2);
    expect(summaries(601)[1]!.text).toContain('这段时间没有新增报告。');
    await run.close();
  });

  it('is due only once the cron pattern fired after the last one', () => {
    const sub = { chatId: 1, filter: '', unitIds: null, subscribedAt: '2024-06-02T00:00:00Z', lastDigestAt: null };
    expect(isDue(sub, '0 9 * * 1', 'Asia/Shanghai', new Date('2024-06-03T00:59:00Z'))).toBe(false);
    expect(isDue(sub, '0 9 * * 1', 'Asia/Shanghai', new Date('2024-06-03T01:00:00Z'))).toBe(true);
    expect(isDue({ ...sub, lastDigestAt: '2024-06-03T01:00:00Z' }, '0 9 * * 1', 'Asia/Shanghai', new Date('2024-06-09T00:00:00Z'))).toBe(false);
  });

  it('builds the same summary without Telegram, and prints it from the command line', async () => {
    const run = await startApp(emu, world, now);
    const d = buildDigest(run.db, { since: new Date(Date.now() - 3600_000), until: new Date(Date.now() + 3600_000) });
    expect(d.counts).toMatchObject({ added: 5, lawsuitsOrReviews: 1 });
    expect(d.lawsuits.map((c) => [c.name, c.label, c.value, c.line])).toEqual([
      ['郑宅镇', '行政诉讼', 3, 44],
      ['郑宅镇', '行政复议', 1, 42],
    ]);
    expect(formatDigest(d, { html: false })).toContain('有复议或诉讼的单位 1（上周 0，↑1）');
    await run.close();
    const cli = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'bin', 'reportbot.js'), 'digest', '--json', '--db', world.db], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout).counts.added).toBe(5);
  });
});
