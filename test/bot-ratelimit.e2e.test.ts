import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, TOKEN, waitForMessages, type Emulator } from './helpers/bot-emulator.ts';
import { startApp, tempWorld } from './helpers/bot-app.ts';

let emu: Emulator;
let running: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  emu = await startEmulator();
  running = await startApp(emu, tempWorld(), () => new Date(), { RATE_LIMIT_PER_MINUTE: '2' });
});
afterAll(async () => {
  await running?.close();
  await emu?.stop();
});

it('asks a user who sends too much to slow down, and keeps answering others', async () => {
  const client = (id: number) => emu.server.getClient(TOKEN, { userId: id, chatId: id, type: 'private', firstName: 'U', userName: `u${id}` });
  const eager = client(301);
  for (const q of ['湖塘乡2020年收到多少申请？', '郑宅镇行政诉讼多少件？', '盐镇乡2021年行政处罚多少件？']) await eager.sendMessage(eager.makeMessage(q));
  const got = await waitForMessages(emu, 301, 3);
  expect(got.filter((m) => m.text === '请求太频繁，请稍后再试。')).toHaveLength(1);
  expect(got.filter((m) => m.text.includes('来源'))).toHaveLength(2);

  const other = client(302);
  await other.sendMessage(other.makeMessage('湖塘乡2020年收到多少申请？'));
  const [answer] = await waitForMessages(emu, 302, 1);
  expect(answer!.text).toContain('湖塘乡');
});
