/** Reports for the index tests: the seed fixtures, and generated ones printed as text. */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Report } from '../../src/core/report.ts';
import { parseText } from '../../src/parsers/index.ts';
import { deriveSeed, generateReport, rng } from './generate.ts';
import type { GeneratedReport } from './generate.ts';
import { buildDoc } from './render/doc.ts';
import { renderTsv } from './render/tsv.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', 'fixtures', 'seeds');

export function seedReports(): Array<{ report: Report; source: { file: string; hash: string } }> {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const file = join(SEEDS_DIR, f);
      const text = readFileSync(file, 'utf8');
      return { report: parseText(text, file), source: { file, hash: sha256(text) } };
    });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A generated report as TSV text; `meta` overrides the unit and year it is about. */
export function renderedReport(seed: number, meta: Partial<GeneratedReport['meta']> = {}): { gen: GeneratedReport; text: string } {
  const base = generateReport(seed, meta.year !== undefined ? { year: meta.year } : {});
  const gen = { ...base, meta: { ...base.meta, ...meta } };
  const r = rng(deriveSeed(seed, 'index-test'));
  return { gen, text: renderTsv(buildDoc(gen, r, { factSentences: false }), r, false) };
}

/** Writes `n` generated reports of distinct units and years as .txt files; returns their paths. */
export function writeReports(dir: string, n: number, seed0 = 1000): string[] {
  return Array.from({ length: n }, (_, i) => {
    const { text } = renderedReport(seed0 + i, { name: `测试${i}号镇`, organ: `测试${i}号镇人民政府`, region: [], year: 2021 });
    const file = join(dir, `r${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, text);
    return file;
  });
}
