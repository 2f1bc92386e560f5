import type { Cell, SourceDoc } from '../source.ts';
import { stripNumbering } from './tokens.ts';

export const SECTION_TITLES = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

const HEADINGS: readonly RegExp[] = [
  /^总体情况/,
  /^主动公开政府信息(的)?情况/,
  /^收到和处理政府信息公开申请(的)?情况/,
  /^(政府信息公开)?行政复议[、,和及]?行政诉讼(的)?情况/,
  /^存在的主要问题/,
  /^其他需要报告的事项/,
];

const PROSE = /[，,。；;]/;
/**
 * a parenthesised or an arabic ordinal, as sub-headings are numbered ("(三)行政复议…", "3.政府信息
 * 公开行政复议…情况。2019年…" in the overview): a section numbered so must have its own
 */
const SUB_ORDINAL = /^\s*(?:[(（]([一二三四五六])[)）]|([1-6])[.．、](?!\d))/;
const ORDINALS = '一二三四五六';

export interface Span {
  /** index into SECTION_TITLES */
  index: number;
  /** rows[from, to) of the document */
  from: number;
  to: number;
  startLine: number;
  endLine: number;
}

/** A row of one cell, but for blank ones: what a heading stands in. */
function oneCell(cells: readonly Cell[]): boolean {
  if (cells.length === 1) return cells[0]!.text.trim() !== '';
  let filled = 0;
  for (const c of cells) if (c.text.trim() && ++filled > 1) return false;
  return filled === 1;
}

/**
 * The six sections, in order; a heading that cannot be found leaves its section out. `squashed`
 * is each row's text squashed, which for a row of one filled cell is that cell's.
 */
export function findSections(doc: SourceDoc, squashed: readonly string[]): Span[] {
  const starts: Array<{ index: number; row: number }> = [];
  let next = 0;
  for (let i = 0; i < doc.rows.length && next < HEADINGS.length; i++) {
    if (!oneCell(doc.rows[i]!.cells)) continue;
    const text = stripNumbering(squashed[i]!);
    if (text.length > 60) continue;
    const numbered = text.length < squashed[i]!.length;
    // "(三)行政复议、行政诉讼情况。…" in the overview: a sub-heading, numbered as one
    const sub = SUB_ORDINAL.exec(squashed[i]!);
    for (let h = next; h < HEADINGS.length; h++) {
      if (sub && (sub[1] ? ORDINALS.indexOf(sub[1]) : Number(sub[2]) - 1) !== h) continue;
      const m = HEADINGS[h]!.exec(text);
      // A line of a wrapped paragraph may begin with a heading's words ("行政复议、行政诉讼情况，存在的
      // 问题…" in an introduction that lists the sections): unnumbered, a heading does not go on as prose.
      if (m && (numbered || !PROSE.test(text.slice(m[0].length)))) {
        starts.push({ index: h, row: i });
        next = h + 1;
        break;
      }
    }
  }
  return starts.map((s, k) => {
    const to = starts[k + 1]?.row ?? doc.rows.length;
    const last = doc.rows[Math.max(s.row, to - 1)]!;
    return { index: s.index, from: s.row, to, startLine: doc.rows[s.row]!.line, endLine: last.line };
  });
}

/**
 * Rows of the section; when its heading was not found, the rows from the section found before it
 * to the one found after it (the whole document when none is): a table whose heading is lost
 * stands there, and is not looked for among the tables before or after.
 */
export function rowsOf(spans: Span[], index: number, total: number): [number, number] {
  const s = spans.find((x) => x.index === index);
  if (s) return [s.from, s.to];
  let from = 0;
  let to = total;
  for (const x of spans) {
    if (x.index < index) from = x.from;
    else if (to === total) to = x.from;
  }
  return [from, to];
}
