import { buildTree, type Element, type Node, type TextNode } from './html-tree.ts';
import type { Cell, CellRow, SourceDoc } from '../source.ts';
import { readText } from './text.ts';
import { tidy } from './tidy.ts';

/**
 * An HTML page (or a Word file converted to HTML) as rows: each table row of the report is a
 * row of its cells, each paragraph, heading or list item a row of one cell. A cell's line is
 * the source line where its text starts.
 *
 * Government pages wrap the report in layout tables; a cell that holds a table, a heading or
 * several long paragraphs is a container, and its content is read as a page of its own
 * instead of as one cell. A merged (rowspan/colspan) cell is emitted once, where it starts.
 */
export function readHtml(html: string): SourceDoc {
  const rows = new RowBuilder(lineStarts(html));
  for (const node of buildTree(html)) rows.flow(node);
  rows.flush();
  return { layout: 'html', rows: rows.rows, warnings: [] };
}

const IGNORED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'select', 'textarea']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'td', 'th', 'title', 'tr', 'ul',
]);
const HEADING = /^h[1-6]$/;
/** A cell with this much text in several paragraphs is page content, not a table value. */
const CONTAINER_TEXT = 300;
/** What a table holds as its own structure; anything else a browser shows before the table. */
const TABLE_PARTS = new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

interface TextRun {
  parts: string[];
  line: number;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is TextNode => 'value' in n;
const isCell = (n: Node): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th');

/** Where each line starts; \r\n, \r and \n each end a line. */
function lineStarts(html: string): number[] {
  const starts = [0];
  // indexOf is native: a character loop over a whole page costs more than the line count warrants
  const hasCr = html.includes('\r');
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  if (!hasCr) return starts;
  for (let i = html.indexOf('\r'); i >= 0; i = html.indexOf('\r', i + 1)) if (html.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  return starts.sort((a, b) => a - b);
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function isContainer(cell: Element, textLength: number): boolean {
  let paragraphs = 0;
  const stack: Node[] = [...cell.childNodes];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.tagName === 'table' || HEADING.test(n.tagName)) return true;
    if (n.tagName === 'p' || n.tagName === 'div' || n.tagName === 'br') paragraphs++;
    for (const child of n.childNodes) stack.push(child);
  }
  return paragraphs >= 2 && textLength > CONTAINER_TEXT;
}

/**
 * The cells of each row, as a browser builds the table: rows of the table and of its
 * sections, and cells written with no row around them forming one.
 */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  let loose: Element[] = [];
  const end = () => {
    if (loose.length) rows.push(loose);
    loose = [];
  };
  const walk = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (!isElement(child)) continue;
      if (child.tagName === 'tr') {
        end();
        rows.push(child.childNodes.filter(isCell));
      } else if (child.tagName === 'td' || child.tagName === 'th') loose.push(child);
      else if (SECTIONS.has(child.tagName)) {
        end();
        walk(child);
        end();
      }
    }
  };
  walk(table);
  end();
  return rows;
}

/** Content written inside a table but outside its cells, which a browser shows before the table. */
function strayContent(table: Element): Node[] {
  const out: Node[] = [];
  const walk = (parent: Element) => {
    for (const child of parent.childNodes) {
      if (isText(child)) {
        if (/\S/.test(child.value)) out.push(child);
      } else if (child.tagName === 'tr' || SECTIONS.has(child.tagName)) walk(child);
      else if (!TABLE_PARTS.has(child.tagName)) out.push(child);
    }
  };
  walk(table);
  return out;
}

class RowBuilder {
  readonly rows: CellRow[] = [];
  private block: TextRun = { parts: [], line: 0 };

  constructor(private readonly starts: number[]) {}

  private line(offset: number): number {
    return lineAt(this.starts, offset);
  }

  /** Line where the text of a node starts: its location plus the line breaks that lead it. */
  private textLine(node: TextNode): number {
    let line = this.line(node.start);
    const v = node.value;
    for (let i = 0; i < v.length && /\s/.test(v[i]!); i++) if (v[i] === '\n' || (v[i] === '\r' && v[i + 1] !== '\n')) line++;
    return line;
  }

  /** Text of a subtree, tags joined with nothing; whitespace-only runs become one space. */
  private collect(node: Node, run: TextRun): void {
    if (isText(node)) {
      if (/\S/.test(node.value)) {
        if (!run.line) run.line = this.textLine(node);
        run.parts.push(node.value);
      } else if (run.parts.length) run.parts.push(' ');
      return;
    }
    if (IGNORED.has(node.tagName)) return;
    for (const child of node.childNodes) this.collect(child, run);
  }

  /** Ends the prose block in progress, if it has any text. */
  flush(): void {
    const text = tidy(this.block.parts.join(''));
    if (text) this.rows.push({ line: this.block.line, cells: [{ text, line: this.block.line }] });
    this.block = { parts: [], line: 0 };
  }

  flow(node: Node): void {
    if (isText(node)) return this.collect(node, this.block);
    if (IGNORED.has(node.tagName)) return;
    const tag = node.tagName;
    if (tag === 'table') return this.table(node);
    if (tag === 'pre') return this.pre(node);
    if (tag === 'br') return this.flush();
    const block = BLOCKS.has(tag);
    if (block) this.flush();
    for (const child of node.childNodes) this.flow(child);
    if (block) this.flush();
  }

  private table(table: Element): void {
    for (const node of strayContent(table)) this.flow(node);
    this.flush();
    for (const child of table.childNodes) if (isElement(child) && child.tagName === 'caption') this.flow(child);
    const cells = tableRows(table);
    // A one-cell table only frames what is inside it.
    const frame = cells.length === 1 && cells[0]!.length === 1;
    for (const rowCells of cells) {
      const row = frame ? null : this.cellRow(rowCells);
      if (row) {
        if (row.cells.some((c) => c.text)) this.rows.push(row);
        continue;
      }
      for (const cell of rowCells) this.flow(cell);
      this.flush();
    }
  }

  /** The row as cells, or null when one of its cells is a container. */
  private cellRow(cells: Element[]): CellRow | null {
    const out: Cell[] = [];
    for (const cell of cells) {
      const run: TextRun = { parts: [], line: 0 };
      for (const child of cell.childNodes) this.collect(child, run);
      const text = tidy(run.parts.join(''));
      if (isContainer(cell, text.length)) return null;
      out.push({ text, line: run.line || this.line(cell.start) });
    }
    const first = out.find((c) => c.text) ?? out[0];
    return { line: first?.line ?? 0, cells: out };
  }

  /** Preformatted text keeps its lines, and so its tab- or |-separated tables. */
  private pre(pre: Element): void {
    this.flush();
    const texts: TextNode[] = [];
    const stack: Node[] = [pre];
    while (stack.length) {
      const n = stack.pop()!;
      if (isText(n)) texts.push(n);
      else if (isElement(n) && !IGNORED.has(n.tagName)) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
    const offset = (texts[0] ? this.line(texts[0].start) : 1) - 1;
    for (const row of readText(texts.map((t) => t.value).join('')).rows) {
      const line = row.line + offset;
      this.rows.push({ line, cells: row.cells.map((c) => ({ text: c.text, line })) });
    }
  }
}
