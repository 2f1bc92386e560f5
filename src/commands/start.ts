import type { Command } from '../cli.ts';
import { runMain } from '../main.ts';

export const startCommand: Command = {
  summary: 'run the Telegram bot (TELEGRAM_BOT_TOKEN), or without a token a chat in this terminal',
  usage: 'start',
  options: {},
  async run(_args, io) {
    const code = await runMain(io.env, { stdin: process.stdin, out: io.out, err: io.err, interactive: Boolean(process.stdin.isTTY) });
    return { stdout: '', code };
  },
};
