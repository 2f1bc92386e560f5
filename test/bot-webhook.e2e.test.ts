import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmulator, TOKEN, waitForMessages, type Emulator } from './helpers/bot-emulator.ts';
import { startApp, tempWorld } from './helpers/bot-app.ts';

let emu: Emulator;
let running: Awaited<ReturnType<typeof startApp>>;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

beforeAll(async () => {
  emu = await startEmulator();
  const port = await freePort();
  running = await startApp(emu, tempWorld(), () => new Date(), { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, PORT: String(port) });
});
afterAll(async () => {
  await running?.close();
  await emu?.stop();
});

it('receives updates by webhook when WEBHOOK_URL is set, and answers them', async () => {
  const c = emu.server.getClient(TOKEN, { userId: 401, chatId: 401, type: 'private', firstName: 'U', userName: 'u401' });
  await c.sendMessage(c.makeMessage('湖塘乡2020年收到多少政府信息公开申请？'));
  const [m] = await waitForMessages(emu, 401, 1);
  expect(m!.text).toContain('湖塘乡');
  expect(m!.text).toContain('1');
  expect(m!.text).toContain('来源');
});
