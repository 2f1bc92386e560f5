/**
 * The command line. Each command is a function from parsed arguments to output text and an
 * exit code; `main` alone writes to the terminal, so commands are tested without a process.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ReportbotError, errorLine } from './core/errors.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** whether stderr is a terminal (progress bars) */
  isTty: boolean;
}

export interface CommandResult {
  stdout: string;
  code: number;
}

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { positionals: string[]; values: Record<string, string | boolean | undefined> }, io: Io): Promise<CommandResult>;
}

/**
 * Commands load on use: a parse need not load the bot, the model client or the segmenter, and
 * each call of the command line starts faster for it.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./commands/parse.ts')).parseCommand,
  ingest: async () => (await import('./commands/ingest.ts')).ingestCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  stats: async () => (await import('./commands/stats.ts')).statsCommand,
  ask: async () => (await import('./commands/ask.ts')).askCommand,
  digest: async () => (await import('./commands/digest.ts')).digestCommand,
  start: async () => (await import('./commands/start.ts')).startCommand,
};

async function help(): Promise<string> {
  const lines = ['reportbot: reads 政府信息公开工作年度报告 and answers questions about them', '', 'commands:'];
  for (const load of Object.values(COMMANDS)) {
    const c = await load();
    lines.push(`  ${c.usage.padEnd(44)} ${c.summary}`);
  }
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await help());
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`reportbot: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  try {
    const command = await load();
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new ReportbotError('BAD_USAGE', `${(e as Error).message.split('\n')[0]}; usage: reportbot ${command.usage}`);
    }
    const result = await command.run(parsed as Parameters<Command['run']>[0], io);
    if (result.stdout) io.out(result.stdout);
    return result.code;
  } catch (e) {
    io.err(`reportbot ${name}: ${errorLine(e)}\n`);
    return e instanceof ReportbotError && e.code === 'BAD_USAGE' ? 2 : 1;
  }
}

function processIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    env: process.env,
    isTty: Boolean(process.stderr.isTTY),
  };
}
