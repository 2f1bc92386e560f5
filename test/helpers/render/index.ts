/**
 * Prints a generated report in each text layout real reports come in. The choices a layout
 * makes (label variants, where a table breaks, which rows slide) are drawn from the report's
 * seed and the layout, so the same call always gives the same text.
 */
import { deriveSeed, rng } from '../generate.ts';
import type { GeneratedReport } from '../generate.ts';
import { renderCrawler } from './crawler.ts';
import { buildDoc } from './doc.ts';
import { renderHtml } from './html.ts';
import { renderLines } from './lines.ts';
import { renderMarkdown } from './markdown.ts';
import { proseKeys, renderOcr } from './ocr.ts';
import { renderPipe } from './pipe.ts';
import { traditional } from './traditional.ts';
import { renderTsv } from './tsv.ts';

export const TABLE_LAYOUTS = ['tsv', 'pipe', 'markdown', 'lines', 'html', 'crawler'] as const;
export type TableLayout = (typeof TABLE_LAYOUTS)[number];
export const LAYOUTS = [...TABLE_LAYOUTS, 'traditional', 'prose'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface RenderOptions {
  /** tsv only: shift and split cells as badly copied tables do */
  mangle?: boolean;
  /** traditional only: the layout converted (default: drawn from the seed) */
  base?: TableLayout;
}

export interface Rendered {
  text: string;
  /** a file name with the extension a reader would pick the format by */
  file: string;
  /** the layout actually printed (for traditional: its base) */
  base: TableLayout | 'prose';
}

export function renderReport(report: GeneratedReport, layout: Layout, opts: RenderOptions = {}): Rendered {
  const r = rng(deriveSeed(report.seed, `${layout}${opts.mangle ? '+mangle' : ''}${opts.base ?? ''}`));
  if (layout === 'traditional') {
    const base = opts.base ?? r.pick(TABLE_LAYOUTS);
    const inner = renderReport(report, base, { mangle: base === 'tsv' && r.chance(0.5) });
    return { text: traditional(inner.text), file: inner.file.replace('.', '.zh-tw.'), base };
  }
  const doc = buildDoc(report, r, layout === 'prose' ? { factSentences: false } : {});
  const file = `report-${report.seed}.${layout === 'html' ? 'html' : 'txt'}`;
  switch (layout) {
    case 'tsv':
      return { text: renderTsv(doc, r, opts.mangle ?? false), file, base: layout };
    case 'pipe':
      return { text: renderPipe(doc, r), file, base: layout };
    case 'markdown':
      return { text: renderMarkdown(doc, r), file, base: layout };
    case 'lines':
      return { text: renderLines(doc, r), file, base: layout };
    case 'html':
      return { text: renderHtml(doc, r), file, base: layout };
    case 'crawler':
      return { text: renderCrawler(doc, r), file, base: layout };
    case 'prose':
      return { text: renderOcr(doc, r), file, base: layout };
  }
}

export function render(report: GeneratedReport, layout: Layout, opts: RenderOptions = {}): string {
  return renderReport(report, layout, opts).text;
}

/** The facts a careful reader finds in the rendered text: all of them, or for OCR the prose ones. */
export function expectedFacts(report: GeneratedReport, layout: Layout): Record<string, number> {
  if (layout !== 'prose') return report.facts;
  return Object.fromEntries(proseKeys(report).map((k) => [k, report.facts[k]!]));
}
