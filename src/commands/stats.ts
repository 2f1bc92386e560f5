import type { Command } from '../cli.ts';
import { closeDatabase, resolveDbPath, stats } from '../index/index.ts';
import { openForReading } from './database.ts';

export const statsCommand: Command = {
  summary: 'what the database holds',
  usage: 'stats [--db FILE] [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const path = resolveDbPath(values.db as string | undefined, io.env);
    const db = openForReading(path, io.env);
    try {
      const s = stats(db);
      if (values.json) return { stdout: JSON.stringify({ db: path, ...s }, null, 2) + '\n', code: 0 };
      const years = s.years.length ? `${s.years[0]}–${s.years.at(-1)} (${s.years.join(', ')})` : 'none';
      return {
        stdout:
          `${path}\n  reports: ${s.reports} current, ${s.superseded} superseded\n  units: ${s.units}\n  years: ${years}\n` +
          `  facts: ${s.facts}\n  failed checks: ${s.failedChecks}\n`,
        code: 0,
      };
    } finally {
      closeDatabase(db);
    }
  },
};
