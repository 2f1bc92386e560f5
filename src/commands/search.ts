import type { Command } from '../cli.ts';
import { ReportbotError } from '../core/errors.ts';
import { closeDatabase, searchText } from '../index/index.ts';
import { openForReading } from './database.ts';

export const searchCommand: Command = {
  summary: 'full-text search of the indexed reports',
  usage: 'search "TEXT" [--db FILE] [--json] [--limit N]',
  options: { db: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' } },
  async run({ positionals, values }, io) {
    const text = positionals.join(' ');
    if (!text.trim()) throw new ReportbotError('BAD_USAGE', 'search needs TEXT; usage: reportbot search "TEXT" [--db FILE] [--json]');
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new ReportbotError('BAD_USAGE', `--limit must be a positive whole number, not "${String(values.limit)}"`);
    const db = openForReading(values.db as string | undefined, io.env);
    try {
      const hits = searchText(db, text, { limit });
      if (values.json) return { stdout: JSON.stringify(hits, null, 2) + '\n', code: 0 };
      if (hits.length === 0) return { stdout: `nothing found for "${text}"\n`, code: 0 };
      const lines = hits.map(
        (h) => `${h.name}${h.region.length ? ` (${h.region.join(' ')})` : ''} · ${h.year ?? '?'}年 · ${h.section} · ${h.file}:${h.line}\n  ${h.snippet}`,
      );
      return { stdout: lines.join('\n') + '\n', code: 0 };
    } finally {
      closeDatabase(db);
    }
  },
};
