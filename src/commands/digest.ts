import type { Command } from '../cli.ts';
import { ReportbotError } from '../core/errors.ts';
import { closeDatabase } from '../index/index.ts';
import { openForReading } from './database.ts';
import { buildDigest } from '../digest/build.ts';
import { formatDigest } from '../digest/format.ts';

const WEEK = 7 * 24 * 3600 * 1000;

export const digestCommand: Command = {
  summary: 'the weekly summary as subscribers get it (default: the last 7 days)',
  usage: 'digest [--since DATE] [--region TEXT] [--db FILE] [--json]',
  options: { since: { type: 'string' }, region: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values }, io) {
    const until = new Date();
    const raw = values.since as string | undefined;
    const since = raw === undefined ? new Date(until.getTime() - WEEK) : new Date(raw);
    if (Number.isNaN(since.getTime())) throw new ReportbotError('BAD_USAGE', `--since must be a date such as 2024-06-01, not "${raw}"`);
    const db = openForReading(values.db as string | undefined, io.env, { readonly: true });
    try {
      const d = buildDigest(db, { since, until, filter: { unitIds: null, text: (values.region as string | undefined) ?? '' } });
      if (values.json) return { stdout: JSON.stringify(d, null, 2) + '\n', code: 0 };
      return { stdout: formatDigest(d, { html: false, tz: io.env.TZ || 'Asia/Shanghai' }) + '\n', code: 0 };
    } finally {
      closeDatabase(db);
    }
  },
};
