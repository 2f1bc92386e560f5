import { SingleBar } from 'cli-progress';
import type { Command } from '../cli.ts';
import { ReportbotError } from '../core/errors.ts';
import { closeDatabase, ingestPaths, openDatabase, resolveDbPath } from '../index/index.ts';

export const ingestCommand: Command = {
  summary: 'index report files and folders into the database',
  usage: 'ingest PATH... [--db FILE]',
  options: { db: { type: 'string' } },
  async run({ positionals, values }, io) {
    if (positionals.length === 0) throw new ReportbotError('BAD_USAGE', 'ingest needs at least one PATH; usage: reportbot ingest PATH... [--db FILE]');
    const path = resolveDbPath(values.db as string | undefined, io.env);
    const db = openDatabase(path);
    // Progress goes to stderr: a bar on a terminal, one line per file otherwise.
    const bar = io.isTty ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }) : undefined;
    try {
      const summary = await ingestPaths(db, positionals, {
        onProgress(done, total, file) {
          if (bar) {
            if (done === 1) bar.start(total, 0, { file });
            bar.update(done, { file });
          } else io.err(`[${done}/${total}] ${file}\n`);
        },
      });
      bar?.stop();
      for (const f of summary.failed) io.err(`${f.file}: ${f.reason}\n`);
      const line = `${path}: added ${summary.added}, replaced ${summary.replaced}, unchanged ${summary.unchanged}, failed ${summary.failed.length}\n`;
      return { stdout: line, code: summary.failed.length ? 1 : 0 };
    } finally {
      bar?.stop();
      closeDatabase(db);
    }
  },
};
