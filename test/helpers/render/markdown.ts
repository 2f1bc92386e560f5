/**
 * Markdown tables as PDF-to-Markdown converters write them: a rule under the first row, 表三
 * cut in two where the page ends (the second part under a blank or repeated header row of its
 * own width), and some rows whose cells slid right by one empty cell.
 */
import type { Rng } from '../generate.ts';
import { assemble } from './doc.ts';
import type { Doc } from './doc.ts';
import { flatten, isValueText } from './tables.ts';
import type { Table } from './tables.ts';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const rule = (n: number, r: Rng): string => `|${Array.from({ length: n }, () => '-'.repeat(r.int(2, 12))).join('|')}|`;

/** One empty cell more before the numbers. */
function slide(cells: string[]): string[] {
  const v = cells.findIndex(isValueText);
  return v < 1 ? cells : [...cells.slice(0, v), '', ...cells.slice(v)];
}

function markdownTable(t: Table, r: Rng): string[] {
  const rows = flatten(t).map((cells, i) => (t.id === 't3' && t.rows[i]!.kind === 'data' && r.chance(0.15) ? slide(cells) : cells));
  const first = rows[0]!;
  if (t.id !== 't3') return [row(first), rule(first.length, r), ...rows.slice(1).map(row)];
  const cut = r.int(6, rows.length - 3);
  const width = r.chance(0.5) ? first.length : r.int(10, 14);
  const header = width === first.length && r.chance(0.5) ? first : Array<string>(width).fill('');
  return [row(first), rule(first.length, r), ...rows.slice(1, cut).map(row), '', row(header), rule(width, r), ...rows.slice(cut).map(row)];
}

/** Numbered paragraphs (1、…) come out as list items. */
function paragraph(p: string): string[] {
  return [/^\d、/.test(p) ? `- ${p}` : p];
}

export function renderMarkdown(doc: Doc, r: Rng): string {
  return assemble(doc, { blank: true, leading: r.int(0, 2), table: (t) => markdownTable(t, r), paragraph });
}
