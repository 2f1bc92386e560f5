/**
 * Cells to tokens. A report's tables reach us shifted, split and run together, so the readers
 * downstream do not trust cell positions: they see a stream of labels and values in reading
 * order and match labels by meaning. Blank cells carry no information about position in
 * mangled text and are dropped; "/", "-", "—" are kept as values that the report leaves open.
 * Where the cells are the document's own (HTML, Word, a PDF's ruled table), a blank cell of a
 * table row is a cell the report left open: it becomes an open value with nothing printed,
 * which a row keeps only when it makes the row's count right (fitBlanks).
 */
import { squash } from '../../core/text.ts';
import type { SourceDoc } from '../source.ts';

export interface LabelToken {
  kind: 'label';
  /** as printed, normalised and trimmed */
  text: string;
  /** compact, with leading numbering such as 三、(一) 1. removed: what row patterns match */
  key: string;
  line: number;
  row: number;
  /** digits printed straight after the label with no separator (text saved by crawlers) */
  glued?: string;
}

export interface ValueToken {
  kind: 'value';
  /** null: printed as "/", "-" or "—", the report leaves the number open */
  value: number | null;
  raw: string;
  unit: string | null;
  line: number;
  row: number;
  /** a digit string that cannot be one number ("04", "0000000"): cells run together, or noise */
  runTogether: boolean;
  integer: boolean;
}

export type Token = LabelToken | ValueToken;

const PLAIN_INTEGER = /^\s*\d{1,15}\s*$/;
const NUMBER = /^([+-]?)(\d+(?:\.\d+)?)\s*(件|个|项|条|宗|起|次|人次|万元|元|亿元)?$/;
const OPEN = /^(\/|\\|-|--|—|——|-|_|\.\.\.|…|——)$/;
const CHANGE_WITHOUT_NUMBER = /^(?:增|减|增减|\d+\/\d+)$/;
const NUMBERING = /^[)）、.．,:;\s]*(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十\d]+[)]|\d+[、.](?!\d)|[-—]、)*/;
const GLUED_DIGITS = /^(.*[\u4e00-\u9fff)])(\d+(?:\.\d+)?)$/;
/** a label that carries its group before its own numbering: 本年度办理结果(一)予以公开, 不予公开1.属于国家秘密 */
const INNER_NUMBERING = /(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|(?<![\d.])\d+[、.](?!\d))/g;

export function stripNumbering(s: string): string {
  return s.replace(NUMBERING, '');
}

/** The label's own words: what follows the last numbering inside it. */
export function ownWords(s: string): string {
  const stripped = stripNumbering(s);
  let last = -1;
  for (const m of stripped.matchAll(INNER_NUMBERING)) last = m.index + m[0].length;
  const own = last > 0 ? stripped.slice(last) : stripped;
  return own.length >= 2 ? own : stripped;
}

export function valueOf(raw: string, line: number, row: number): ValueToken | null {
  // 1,234 and 1,234.5 are written with thousands separators in larger amounts
  const t = raw.trim().replace(/^(\d{1,3}(?:,\d{3})+)(?=\.\d|\D*$)/, (m) => m.replace(/,/g, ''));
  if (t === '无') return { kind: 'value', value: 0, raw: t, unit: null, line, row, runTogether: false, integer: true };
  // 本年增/减 written in words: "减4", "增3"
  const change = /^(增|减)(\d+)$/.exec(t);
  if (change) return { kind: 'value', value: Number(change[2]) * (change[1] === '减' ? -1 : 1), raw: t, unit: null, line, row, runTogether: false, integer: true };
  // a change that says no number: "增" alone, "0/0" (increase/decrease): the cell holds its place, unreported
  if (OPEN.test(t) || CHANGE_WITHOUT_NUMBER.test(t)) return { kind: 'value', value: null, raw: t, unit: null, line, row, runTogether: false, integer: true };
  const m = NUMBER.exec(t);
  if (!m) return null;
  const digits = m[2]!;
  const integer = !digits.includes('.');
  const runTogether = integer && digits.length > 1 && digits.startsWith('0');
  const value = Number(digits) * (m[1] === '-' ? -1 : 1);
  return { kind: 'value', value, raw: t, unit: m[3] ?? null, line, row, runTogether, integer };
}

function label(text: string, line: number, row: number): LabelToken {
  const whole = squash(text);
  const glued = GLUED_DIGITS.exec(whole);
  if (glued) return { kind: 'label', text: text.replace(/\s*[\d.]+$/, ''), key: ownWords(glued[1]!), line, row, glued: glued[2]! };
  return { kind: 'label', text, key: ownWords(whole), line, row };
}

/** One (normalised) cell to tokens, added to `out`: a value, several space-separated values, a label, or a label followed by values. */
function cellTokens(out: Token[], rawText: string, line: number, row: number): void {
  // Most table cells are plain integers: read them without the general patterns.
  if (PLAIN_INTEGER.test(rawText)) {
    const raw = rawText.trim();
    out.push({ kind: 'value', value: Number(raw), raw, unit: null, line, row, runTogether: raw.length > 1 && raw[0] === '0', integer: true });
    return;
  }
  if (rawText.length > MAX_REMEMBERED) {
    for (const t of readCell(rawText, line, row)) out.push(t);
    return;
  }
  // Reports share their labels: a cell's tokens depend on its text alone, so they are read once.
  let shape = SHAPES.get(rawText);
  if (shape === undefined) {
    if (SHAPES.size >= MAX_SHAPES) SHAPES.clear();
    const own = ownCopy(rawText);
    shape = readCell(own, 0, 0);
    SHAPES.set(own, shape);
  }
  for (let k = 0; k < shape.length; k++) out.push(placed(shape[k]!, line, row));
}

/** A remembered token at its own place: built field by field, each kind always in one shape, which is much cheaper than a spread. */
function placed(t: Token, line: number, row: number): Token {
  if (t.kind === 'value') return { kind: 'value', value: t.value, raw: t.raw, unit: t.unit, line, row, runTogether: t.runTogether, integer: t.integer };
  if (t.glued === undefined) return { kind: 'label', text: t.text, key: t.key, line, row };
  return { kind: 'label', text: t.text, key: t.key, line, row, glued: t.glued };
}

/**
 * A copy of a string that does not keep the string it was cut from alive: a cell's text is
 * a slice of its whole document, which a remembered cell would otherwise hold on to.
 */
export function ownCopy(s: string): string {
  return ` ${s}`.slice(1);
}

const SHAPES = new Map<string, readonly Token[]>();
const MAX_SHAPES = 20_000;
const MAX_REMEMBERED = 120;

/** a character lost in a page's encoding before a cell's number: "? 0" */
const LOST_CHAR = /^[?？\ufffd]+ ?(?=\d|无$)/;

function readCell(rawText: string, line: number, row: number): Token[] {
  const text = rawText.replace(/\s+/g, ' ').trim().replace(LOST_CHAR, '');
  if (!text) return [];
  // A paragraph, not a table cell: no need to look for numbers or numbering inside it.
  if (text.length > 80) return [{ kind: 'label', text, key: squash(text), line, row }];
  const single = valueOf(text, line, row);
  if (single) return [single];
  const parts = text.split(' ');
  if (parts.length > 1) {
    const values = parts.map((p) => valueOf(p, line, row));
    if (values.every((v) => v !== null)) return values as ValueToken[];
  }
  // "规章 无 17 无", "行政许可 0": a label followed by its values in one cell.
  let head = parts.length;
  const tail: ValueToken[] = [];
  while (head > 1) {
    const v = valueOf(parts[head - 1]!, line, row);
    if (!v) break;
    tail.unshift(v);
    head--;
  }
  if (tail.length) return [label(parts.slice(0, head).join(' '), line, row), ...tail];
  return [label(text, line, row)];
}

/** Layouts whose cells are the document's own, not rebuilt from separators (a PDF's empty cells come from its borders). */
const OWN_CELLS = new Set(['html', 'docx', 'pdf', 'text/barred']);
/** text whose rows are cut at `|`: a blank between two bars may be a cell or a slid one */
const CUT_AT_BARS = new Set(['text/pipe', 'text/markdown']);
const BLANK = /^\s*$/;
const NUMERIC = /^\s*\d[\d.,]*\s*$/;
// each table of a document is tokenized on its own: the document is looked over once
const IN_PLACE = new WeakMap<SourceDoc, boolean>();

/**
 * `| 41 | 6 |  |  | 2 | 1 | 50 |`: a table copied with its empty cells in place, which the blanks
 * between two numbers show. Where no row has one, a blank is a cell that slid or a label
 * column's spacer (`| (一)予以公开 |  | 0 | 0 |…`), as text tables mostly print them.
 */
function blanksInPlace(doc: SourceDoc): boolean {
  let known = IN_PLACE.get(doc);
  if (known === undefined) IN_PLACE.set(doc, (known = someBlankBetweenNumbers(doc)));
  return known;
}


function someBlankBetweenNumbers(doc: SourceDoc): boolean {
  for (const { cells } of doc.rows) {
    if (cells.length < 4) continue;
    let afterNumber = false;
    let gap = false;
    for (const c of cells) {
      if (BLANK.test(c.text)) gap ||= afterNumber;
      else if (NUMERIC.test(c.text)) {
        if (gap) return true;
        afterNumber = true;
      } else afterNumber = gap = false;
    }
  }
  return false;
}

/**
 * Where a row's trailing blank cells start; a last cell of nothing at all is the bar ending the
 * row (`… | 0 |`), not a cell. A row of one number and blanks (`| 4 |  |`) is a table copied a
 * cell a row, whose blanks are spacers: taken as cells, they would spread a cut-off row's
 * numbers over columns they were never in.
 */
function afterLastNumber(cells: readonly { text: string }[]): number {
  let filled = 0;
  for (const c of cells) if (!BLANK.test(c.text)) filled++;
  if (filled < 2) return Infinity;
  for (let k = cells.length - 1; k >= 0; k--) if (NUMERIC.test(cells[k]!.text)) return k + 1 === cells.length - 1 && cells[k + 1]!.text === '' ? Infinity : k + 1;
  return Infinity;
}

export function tokenize(doc: SourceDoc, from = 0, to = doc.rows.length): Token[] {
  const tokens: Token[] = [];
  const bars = CUT_AT_BARS.has(doc.layout);
  const own = OWN_CELLS.has(doc.layout) || (bars && blanksInPlace(doc));
  // one cell a line: an empty line-cell is an empty cell; elsewhere only a row's other cells show one
  const rowOfOne = doc.layout === 'text/barred';
  for (let i = Math.max(0, from); i < Math.min(to, doc.rows.length); i++) {
    const cells = doc.rows[i]!.cells;
    // `| 规章 | 0 | 0 | |`: a blank after a row's last number is a cell, which fitBlanks keeps where it makes the count right
    const blanksFrom = own ? 0 : bars ? afterLastNumber(cells) : Infinity;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k]!;
      if (k >= blanksFrom && (cells.length > 1 || rowOfOne) && BLANK.test(c.text)) tokens.push({ kind: 'value', value: null, raw: '', unit: null, line: c.line, row: i, runTogether: false, integer: true });
      else cellTokens(tokens, c.text, c.line, i);
    }
  }
  return tokens;
}

/** A blank cell: a table cell the report left empty (see tokenize). */
export const isBlank = (t: ValueToken): boolean => t.raw === '';

/**
 * A row's values with its blank cells kept where they make the count right: as they stand,
 * else without blanks at the row's ends (spacer cells), else without any blank.
 */
export function fitBlanks(values: ValueToken[], width: number): ValueToken[] {
  if (values.length === width || !values.some(isBlank)) return values;
  let from = 0;
  let to = values.length;
  while (to - from > width && isBlank(values[to - 1]!)) to--;
  while (to - from > width && isBlank(values[from]!)) from++;
  return to - from === width ? values.slice(from, to) : values.filter((v) => !isBlank(v));
}
