/**
 * Numbers stated in sentences: "收到信息公开申请 2 件,行政复议 1 件,行政诉讼 3 件",
 * "政府集中采购 330.93万元", and the zero forms "未发生…行政复议、行政诉讼", "无依申请公开".
 * They fill what the tables do not give. The text is read with all spaces and line breaks
 * removed, since OCR and page breaks cut sentences anywhere.
 */
import { TABLE_TITLES, describeKey } from '../../core/keys.ts';
import { chineseNumeral } from '../../core/numerals.ts';
import type { Fact } from '../../core/report.ts';
import type { SourceDoc } from '../source.ts';
import { ACT_PATTERNS } from './prose-acts.ts';
import { REQUEST_PATTERNS } from './prose-requests.ts';
import type { Pattern } from './prose-words.ts';

interface Squeezed {
  text: string;
  /** where each cell's text starts in `text`, ascending, and the cell's line */
  starts: number[];
  lines: number[];
}

const SPACES = /\s+/g;
const HAS_SPACE = /\s/;

function squeeze(doc: SourceDoc): Squeezed {
  const parts: string[] = [];
  const starts: number[] = [];
  const lines: number[] = [];
  let at = 0;
  let prev = '';
  // Cell and row boundaries leave a marker, so that numbers in neighbouring table cells never
  // merge into one; a sentence broken over lines still reads across a single marker. A
  // paragraph's line that breaks off mid-word (PDF and OCR copies break anywhere: 政府信 | 息公开)
  // runs on into the next line with no marker at all.
  for (const row of doc.rows) {
    for (const cell of row.cells) {
      // most cells hold no space: testing first spares the copy
      const t = HAS_SPACE.test(cell.text) ? cell.text.replace(SPACES, '') : cell.text;
      if (!t) continue;
      if (row.cells.length === 1 && runsOn(prev, t)) {
        parts[parts.length - 1] = '';
        at--;
      }
      starts.push(at);
      lines.push(cell.line);
      parts.push(t, '\u0001');
      at += t.length + 1;
      prev = row.cells.length === 1 ? t : '';
    }
  }
  return { text: parts.join(''), starts, lines };
}

const HEADING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))|(?:情况|报告|事项|问题)$/;

/** a line of a paragraph broken off inside a sentence, and a line that goes on with words, not a heading or a number */
const BROKEN_OFF = /[\u4e00-\u9fff]$/;
const GOES_ON = /^[\u4e00-\u9fff]/;
const NEW_ITEM = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+)/;
function runsOn(prev: string, next: string): boolean {
  return prev.length >= 20 && BROKEN_OFF.test(prev) && !HEADING.test(prev) && GOES_ON.test(next) && !NEW_ITEM.test(next);
}

function lineAt(s: Squeezed, pos: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return s.lines[lo] ?? 1;
}

// each key's patterns in the order they are tried: the first reading of a key is kept
const PATTERNS: readonly Pattern[] = [...REQUEST_PATTERNS, ...ACT_PATTERNS];



/** The sentence around a match, as evidence. */
function sentence(s: Squeezed, start: number, end: number): string {
  // a full stop, or a half-width one typed for it ("…申请事项.二、…"), which no decimal point is
  const ends = (i: number): boolean => /[。;！？!?]/.test(s.text[i]!) || (s.text[i] === '.' && !/\d/.test(s.text[i + 1] ?? ''));
  let a = start;
  let b = end;
  while (a > 0 && !ends(a - 1) && start - a < 60) {
    // A sentence runs on over broken lines, but not back into a heading or the title.
    if (s.text[a - 1] === '\u0001' && HEADING.test(s.text.slice(s.text.lastIndexOf('\u0001', a - 2) + 1, a - 1))) break;
    a--;
  }
  while (b < s.text.length && !ends(b) && b - end < 60) b++;
  return s.text.slice(a, Math.min(b + 1, s.text.length)).replace(/\u0001/g, '');
}

export function readProse(doc: SourceDoc): { facts: Fact[]; warnings: string[] } {
  const s = squeeze(doc);
  const found = new Map<string, Fact>();
  const warnings: string[] = [];
  for (const p of PATTERNS) {
    // exec over the shared global pattern: matchAll would copy the pattern on every call
    const re = p.re;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      if (p.unless?.test(m[0])) continue;
      const start = m.index;
      const value = p.zero ? 0 : /^\d/.test(m[1]!) ? Number(m[1]) : chineseNumeral(m[1]!);
      if (value === null) continue;
      // The number's own line, not the label's: that is where a reader finds it.
      const numAt = p.zero ? start : start + m[0].lastIndexOf(m[1]!);
      const line = lineAt(s, numAt);
      const desc = describeKey(p.key)!;
      const fact: Fact = {
        key: p.key,
        value,
        unit: p.unit ? (m[2] ?? null) : null,
        method: 'prose',
        raw: m[0].replace(/\u0001/g, ''),
        table: TABLE_TITLES[desc.table],
        rowLabel: desc.rowLabel,
        colLabel: desc.colLabel,
        line,
        evidence: sentence(s, start, start + m[0].length),
      };
      const have = found.get(p.key);
      if (!have) found.set(p.key, fact);
      else if (have.value !== value && !p.zero) warnings.push(`正文 ${p.key}: "${have.raw}" 与 "${fact.raw}" 不一致，取前者`);
    }
  }
  return { facts: [...found.values()], warnings };
}
