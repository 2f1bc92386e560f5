import type { Command } from '../cli.ts';
import { ReportbotError, errorLine } from '../core/errors.ts';
import type { Report } from '../core/report.ts';
import { parseFile } from '../parsers/index.ts';

type Outcome = { file: string; report: Report } | { file: string; error: string };

/** The JSON contract of SCHEMA.md: one object per file, in order; sections stay internal. */
function toJson(o: Outcome): Record<string, unknown> {
  if ('error' in o) return { file: o.file, error: o.error };
  const { sections: _sections, ...rest } = o.report;
  return rest;
}

function summary(o: Outcome): string {
  if ('error' in o) return `${o.file}\n  error: ${o.error}\n`;
  const r = o.report;
  const nonZero = r.facts.filter((f) => f.value !== null && f.value !== 0);
  const failed = r.checks.filter((c) => !c.ok);
  const lines = [
    `${r.file}`,
    `  ${r.organ ?? r.name ?? '(unit not found)'}${r.region.length ? ` (${r.region.join(' ')})` : ''} · ${r.year ?? '?'}年 · template ${r.template ?? '?'} · ${r.layout} · ${r.facts.length} facts`,
    `  non-zero: ${nonZero.length ? nonZero.map((f) => `${f.key}=${f.value}${f.unit ?? ''}${f.method === 'prose' ? ' (正文)' : ''}`).join(', ') : 'none'}`,
  ];
  for (const c of failed) lines.push(`  check failed: ${c.rule}: ${c.detail}`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n') + '\n';
}

export const parseCommand: Command = {
  summary: 'read report files and print what they hold',
  usage: 'parse FILE... [--json]',
  options: { json: { type: 'boolean' } },
  async run({ positionals, values }) {
    if (positionals.length === 0) throw new ReportbotError('BAD_USAGE', 'parse needs at least one FILE; usage: reportbot parse FILE... [--json]');
    const outcomes: Outcome[] = [];
    for (const file of positionals) {
      try {
        outcomes.push({ file, report: await parseFile(file) });
      } catch (e) {
        outcomes.push({ file, error: errorLine(e) });
      }
    }
    const failed = outcomes.some((o) => 'error' in o);
    const stdout = values.json ? JSON.stringify(outcomes.map(toJson), null, 2) + '\n' : outcomes.map(summary).join('\n');
    return { stdout, code: failed ? 1 : 0 };
  },
};
