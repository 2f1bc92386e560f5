/**
 * The bot end to end: the real app (runner, plugins, features) polling telegram-test-api over
 * HTTP on 127.0.0.1, a user's messages and button presses sent through the emulator's client.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TELEGRAM_LIMIT } from '../src/bot/html.ts';
import { botMessages, startEmulator, TOKEN, waitFor, waitForMessages, type Emulator } from './helpers/bot-emulator.ts';
import { ADMIN, startApp, tempWorld } from './helpers/bot-app.ts';

let emu: Emulator;
let world: ReturnType<typeof tempWorld>;
let running: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  emu = await startEmulator();
  world = tempWorld();
  running = await startApp(emu, world);
});
afterAll(async () => {
  await running?.close();
  await emu?.stop();
});

function user(id: number, type: 'private' | 'group' = 'private', chatId = id) {
  return emu.server.getClient(TOKEN, { userId: id, chatId, type, firstName: 'U', userName: `u${id}` });
}

async function say(id: number, text: string): Promise<void> {
  const c = user(id);
  await (text.startsWith('/') ? c.sendCommand(c.makeCommand(text)) : c.sendMessage(c.makeMessage(text)));
}

async function press(id: number, data: string): Promise<void> {
  const c = user(id);
  await c.sendCallback(c.makeCallbackQuery(data, { message: { chat: { id, type: 'private' } as never } }));
}

const buttons = (m: { markup?: { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> } }) => m.markup?.inline_keyboard.flat() ?? [];

describe('bot over the Bot API emulator', () => {
  it('registers its commands in Chinese', async () => {
    await waitFor(() => emu.commands.length > 0, 'setMyCommands');
    const cmds = emu.commands[0] as Array<{ command: string; description: string }>;
    expect(cmds.map((c) => c.command)).toEqual(['start', 'help', 'ask', 'latest', 'search', 'townships', 'subscribe', 'unsubscribe', 'stats']);
    expect(cmds.find((c) => c.command === 'latest')!.description).toContain('最新');
  });

  it('answers a question in a private chat with its citation, showing "typing"', async () => {
    await say(101, '2020年哪些乡镇有行政诉讼？');
    const [m] = await waitForMessages(emu, 101, 1);
    expect(m!.text.replaceAll(world.dir, '<tmp>')).toMatchInlineSnapshot(`
      "<b>问：</b>2020年哪些乡镇有行政诉讼？

      共1个乡镇（街道）、1条记录符合（行政诉讼 大于0）：
      1. 郑宅镇 2020年：3
         来源：据报告正文：“收到信息公开申请2件,行政复议1件,行政诉讼3件。”（<tmp>/data/001_1424afc2c3529d07.txt 第44行）
      查找范围：2020年，2个乡镇（街道）的2份报告。"
    `);
    expect(emu.actions).toContainEqual({ chatId: 101, action: 'typing' });
  });

  it("reads a follow-up against the person's question before it, not another person's, past a thank-you", async () => {
    await say(121, '2020年哪些乡镇有行政诉讼？');
    await waitForMessages(emu, 121, 1);
    // thanks are answered in kind and leave the conversation where it was
    await say(121, '好的，谢谢');
    const [, thanks] = await waitForMessages(emu, 121, 2);
    expect(thanks!.text).toBe('不客气。还想知道什么，直接发问题即可。');
    await say(121, '那2021年呢？');
    const [, , m] = await waitForMessages(emu, 121, 3);
    expect(m!.text.replaceAll(world.dir, '<tmp>')).toMatchInlineSnapshot(`
      "<b>问：</b>那2021年呢？

      没有找到符合条件的结果（行政诉讼 大于0）。查找范围：2021年，1个乡镇（街道）的1份报告。
      其他年份有：郑宅镇 2020年 3。
      数据中有这些年份的报告：2020–2022年。"
    `);
    // another person's first words are no follow-up of it
    await say(122, '那2021年呢？');
    const [other] = await waitForMessages(emu, 122, 1);
    expect(other!.text).not.toContain('行政诉讼');
  });

  it('offers example questions on /start and answers one when pressed', async () => {
    await say(102, '/start');
    const [intro] = await waitForMessages(emu, 102, 1);
    expect(buttons(intro!).map((b) => b.text)).toContain('湖塘乡收到多少申请？');
    await press(102, buttons(intro!).find((b) => b.text === '湖塘乡收到多少申请？')!.callback_data);
    const [, answer] = await waitForMessages(emu, 102, 2);
    expect(answer!.text).toContain('湖塘乡（丰城市） 2020年：1');
    expect(answer!.text).toContain('data/004_e84b3c5531a46bee.txt');
  });

  it('escapes <, > and & of the user text', async () => {
    await say(103, 'which townships had lawsuits <b>&amp; x>1');
    const [m] = await waitForMessages(emu, 103, 1);
    expect(m!.text).toContain('which townships had lawsuits &lt;b&gt;&amp;amp; x&gt;1');
    expect(m!.text).toContain('1. 郑宅镇 (Zhengzhai Zhen), 2020: 3');
  });

  it('splits an answer over 4096 characters at paragraph ends', async () => {
    const real = running.app.deps.asker;
    const paragraphs = Array.from({ length: 60 }, (_, i) => `第${i + 1}段：${'盐镇乡收到申请'.repeat(12)}`);
    running.app.deps.asker = { ...real, ask: async (question) => ({ question, answer: paragraphs.join('\n\n'), items: [], search: true }) };
    try {
      await say(104, '长回答');
      await waitFor(() => botMessages(emu, 104).length >= 2 && botMessages(emu, 104).at(-1)!.text.includes('第60段'), 'all pieces');
    } finally {
      running.app.deps.asker = real;
    }
    const pieces = botMessages(emu, 104);
    expect(pieces.length).toBe(2);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
    expect(pieces[1]!.text.startsWith('第')).toBe(true);
    expect(pieces.map((p) => p.text).join('\n\n')).toContain(paragraphs[59]);
  });

  it('/latest with a name of several units asks which, then shows the card and the original file once', async () => {
    await say(105, '/latest 镇');
    const [choice] = await waitForMessages(emu, 105, 1);
    expect(choice!.text).toBe('“镇”对应多个单位，请选择：');
    expect(buttons(choice!).map((b) => b.text)).toEqual(['巴丹吉林镇（阿拉善盟阿拉善右旗）', '柳屯镇', '盐镇乡', '郑宅镇']);
    await press(105, buttons(choice!).find((b) => b.text === '郑宅镇')!.callback_data);
    const [, card] = await waitForMessages(emu, 105, 2);
    expect(card!.text.replaceAll(world.dir, '<tmp>')).toMatchInlineSnapshot(`
      "<b>郑宅镇2020年度政府信息公开工作年度报告</b>
      单位：郑宅镇
      年度：2020，发布于 2021-01
      来源：<tmp>/data/001_1424afc2c3529d07.txt

      <b>表二</b>
        政府集中采购 · 采购总金额：<b>330.93万元</b>（第54行，据正文）
      <b>表三</b>
        一、本年新收政府信息公开申请数量：<b>2</b>（第42行，据正文）
      <b>表四</b>
        行政诉讼：<b>3</b>（第44行，据正文）
        行政复议：<b>1</b>（第42行，据正文）

      <b>五、存在的主要问题及改进情况</b>（第241行起）
      群众关心的重大问题,重大决策及时公开。 (二) 持续关注热点信息公开后的后续反 应,形成有效互动。 (三)规范性文件的发布、制作,做到程序
      (四)加强公共查阅点维护建设,引导群众 自主使用、查阅相应信息。
      2021年1月"
    `);
    const doc = buttons(card!)[0]!.callback_data;
    await press(105, doc);
    await waitFor(() => emu.documents.length === 1, 'first document');
    await press(105, doc);
    await waitFor(() => emu.documents.length === 2, 'second document');
    expect(emu.documents.map((d) => d.upload)).toEqual([true, false]);
    expect(emu.documents[1]!.fileId).toBe(emu.documents[0]!.fileId);
  });

  it("shows the report card when a unit's report is asked for in words", async () => {
    await say(111, '湖塘乡最新的报告');
    const [card] = await waitForMessages(emu, 111, 1);
    expect(card!.text.split('\n').slice(0, 3)).toEqual(['<b>湖塘乡2020年度政府信息公开工作年度报告</b>', '单位：湖塘乡（丰城市）（湖塘乡人民政府）', '年度：2020']);
    expect(card!.text).toContain('采购项目数量：<b>6</b>');
    expect(buttons(card!).map((b) => b.text)).toEqual(['📄 原文文件']);
  });

  it('/latest of an unknown name offers the nearest units', async () => {
    await say(106, '/latest 湖唐乡');
    const [m] = await waitForMessages(emu, 106, 1);
    expect(m!.text).toContain('没有找到“湖唐乡”。\n您是不是要找：');
    expect(buttons(m!).map((b) => b.text)[0]).toBe('湖塘乡（丰城市）');
  });

  it.each([
    ['/search 行政复议', '全文搜索“行政复议”'],
    ['/townships', '全部单位：5个'],
    ['/townships 丰城', '“丰城”的单位：1个\n1. 湖塘乡（丰城市） — 2020年'],
    ['/stats', '报告：5份'],
    ['/help', '/latest 单位名'],
    ['/ask 湖塘乡收到多少申请？', '湖塘乡（丰城市） 2020年：1'],
  ])('%s', async (command, expected) => {
    const id = 200 + command.length * 7 + command.charCodeAt(command.length - 1);
    await say(id, command);
    const [m] = await waitForMessages(emu, id, 1);
    expect(m!.text).toContain(expected);
  });

  it('in a group answers commands, mentions and replies to it, and nothing else', async () => {
    const g = -500;
    const c = user(301, 'group', g);
    await c.sendMessage(c.makeMessage('大家好，湖塘乡收到多少申请？'));
    await c.sendMessage(c.makeMessage('@TestNameBot 湖塘乡收到多少申请？'));
    const [first] = await waitForMessages(emu, g, 1);
    expect(first!.text).toContain('湖塘乡（丰城市） 2020年：1');
    await c.sendMessage(c.makeMessage('郑宅镇有多少行政诉讼？', { reply_to_message: { message_id: first!.messageId, date: 0, chat: { id: g, type: 'group', title: 'g' }, from: { id: 666, is_bot: true, first_name: 'bot' } } } as never));
    const [, second] = await waitForMessages(emu, g, 2);
    expect(second!.text).toContain('郑宅镇');
    await c.sendCommand(c.makeCommand('/stats'));
    const all = await waitForMessages(emu, g, 3);
    expect(all).toHaveLength(3);
    expect(all[2]!.text).toContain('报告：5份');
  });

  it('reads a report file an admin sends, and refuses anyone else', async () => {
    const bytes = readFileSync(join(import.meta.dirname, 'fixtures', 'formats', 'qingshi-2022.html'));
    emu.files.set('upl1', { name: 'qingshi-2022.html', bytes });
    const doc = { file_id: 'upl1', file_unique_id: 'upl1', file_name: 'qingshi-2022.html', file_size: bytes.length };
    for (const id of [ADMIN, 401]) {
      const c = user(id);
      const m = c.makeMessage('') as Record<string, unknown>;
      delete m.text;
      await c.sendMessage({ ...m, document: doc } as never);
    }
    const [refused] = await waitForMessages(emu, 401, 1);
    expect(refused!.text).toBe('只有管理员可以添加报告。如需补充报告，请联系管理员。');
    const [read] = await waitForMessages(emu, ADMIN, 1);
    expect(read!.text).toMatch(/^✅ 已入库/);
    expect(read!.text).toContain('2022');
    expect(read!.text).toMatch(/非零数字：[1-9]\d*项/);
    await say(402, '/stats');
    const [s] = await waitForMessages(emu, 402, 1);
    expect(s!.text).toContain('报告：6份');
  });
});
