import type { Command } from '../cli.ts';
import { ReportbotError } from '../core/errors.ts';
import { closeDatabase } from '../index/index.ts';
import { openForReading } from './database.ts';
import { loadModelConfig } from '../config.ts';
import { chatModelFrom } from '../llm.ts';
import { createAsker } from '../qa/ask.ts';

export const askCommand: Command = {
  summary: 'answer a question from the indexed reports, every number cited',
  usage: 'ask "QUESTION" [--db FILE] [--json]',
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  async run({ positionals, values }, io) {
    const question = positionals.join(' ').trim();
    if (!question) throw new ReportbotError('BAD_USAGE', 'ask needs a QUESTION; usage: reportbot ask "QUESTION" [--db FILE] [--json]');
    const db = openForReading(values.db as string | undefined, io.env, { readonly: true });
    try {
      const model = await chatModelFrom(loadModelConfig(io.env));
      const r = await createAsker(db, model ? { model } : {}).ask(question);
      // (how the question was read goes with the JSON, so a wrong reading can be seen)
      if (values.json) return { stdout: JSON.stringify({ question: r.question, answer: r.answer, items: r.items, ...(r.query ? { query: r.query } : {}) }, null, 2) + '\n', code: 0 };
      return { stdout: r.answer + '\n', code: 0 };
    } finally {
      closeDatabase(db);
    }
  },
};
