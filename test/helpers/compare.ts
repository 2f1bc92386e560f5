/**
 * What differs between a generated report and what the parser read back from its rendering:
 * metadata, fact values, and facts whose `line` does not point at their printed value.
 */
import type { Report } from '../../src/core/report.ts';
import { normalizeText } from '../../src/core/text.ts';
import type { GeneratedReport } from './generate.ts';

export interface RoundTripDiff {
  meta: string[];
  facts: string[];
  lines: string[];
}

const META_FIELDS = ['organ', 'name', 'region', 'year', 'published', 'template'] as const;

export function compareReport(g: GeneratedReport, expected: Record<string, number>, parsed: Report, text: string): RoundTripDiff {
  const meta: string[] = [];
  for (const field of META_FIELDS) {
    const want = JSON.stringify(g.meta[field]);
    const got = JSON.stringify(parsed[field]);
    if (want !== got) meta.push(`${field}: expected ${want}, got ${got}`);
  }

  const byKey = new Map<string, Array<number | null>>();
  for (const f of parsed.facts) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f.value]);
  const facts: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const got = byKey.get(key);
    if (!got) facts.push(`${key}: expected ${want}, missing`);
    else if (got.some((v) => v !== want)) facts.push(`${key}: expected ${want}, got ${got.join(' / ')}`);
  }

  const sourceLines = text.split(/\r\n|\r|\n/);
  const lines: string[] = [];
  for (const f of parsed.facts) {
    if (!(f.key in expected) || f.derivedFrom) continue;
    const line = sourceLines[f.line - 1];
    // a prose number may be printed apart from its unit (行政复议 1 / 件), so only the number must stand there
    const printed = f.method === 'prose' ? String(f.value) : f.raw;
    if (line === undefined || printed === '' || !normalizeText(line).includes(normalizeText(printed))) {
      lines.push(`${f.key}: raw ${JSON.stringify(f.raw)} not on line ${f.line} (${JSON.stringify(line?.slice(0, 60))})`);
    }
  }
  return { meta, facts, lines };
}
