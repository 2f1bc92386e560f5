import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
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
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const rows = new RowBuilder();
  for (const node of doc.childNodes) rows.flow(node);
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

type Node = T.ChildNode;
type Element = T.Element;

interface TextRun {
  parts: string[];
  line: number;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is T.TextNode => n.nodeName === '#text';
const isCell = (n: Node): n is Element => isElement(n) && (n.tagName === 'td' || n.tagName === 'th');
const startLine = (n: Element): number => n.sourceCodeLocation?.startLine ?? 0;

/** Line where the text of a node starts: its location plus the newlines that lead it. */
function textLine(node: T.TextNode): number {
  let line = node.sourceCodeLocation?.startLine ?? 0;
  const v = node.value;
  for (let i = 0; i < v.length && /\s/.test(v[i]!); i++) if (v[i] === '\n') line++;
  return line;
}

/** Text of a subtree, tags joined with nothing; whitespace-only runs become one space. */
function collect(node: Node, run: TextRun): void {
  if (isText(node)) {
    if (/\S/.test(node.value)) {
      if (!run.line) run.line = textLine(node);
      run.parts.push(node.value);
    } else if (run.parts.length) run.parts.push(' ');
    return;
  }
  if (!isElement(node) || IGNORED.has(node.tagName)) return;
  for (const child of node.childNodes) collect(child, run);
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

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.childNodes) if (isElement(tr) && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

class RowBuilder {
  readonly rows: CellRow[] = [];
  private block: TextRun = { parts: [], line: 0 };

  /** Ends the prose block in progress, if it has any text. */
  flush(): void {
    const text = tidy(this.block.parts.join(''));
    if (text) this.rows.push({ line: this.block.line, cells: [{ text, line: this.block.line }] });
    this.block = { parts: [], line: 0 };
  }

  flow(node: Node): void {
    if (isText(node)) return collect(node, this.block);
    if (!isElement(node) || IGNORED.has(node.tagName)) return;
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
    this.flush();
    for (const child of table.childNodes) if (isElement(child) && child.tagName === 'caption') this.flow(child);
    const trs = tableRows(table);
    const cells = trs.map((tr) => tr.childNodes.filter(isCell));
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
      for (const child of cell.childNodes) collect(child, run);
      const text = tidy(run.parts.join(''));
      if (isContainer(cell, text.length)) return null;
      out.push({ text, line: run.line || startLine(cell) });
    }
    const first = out.find((c) => c.text) ?? out[0];
    return { line: first?.line ?? 0, cells: out };
  }

  /** Preformatted text keeps its lines, and so its tab- or |-separated tables. */
  private pre(pre: Element): void {
    this.flush();
    const texts: T.TextNode[] = [];
    const stack: Node[] = [pre];
    while (stack.length) {
      const n = stack.pop()!;
      if (isText(n)) texts.push(n);
      else if (isElement(n) && !IGNORED.has(n.tagName)) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
    }
    const offset = (texts[0]?.sourceCodeLocation?.startLine ?? 1) - 1;
    for (const row of readText(texts.map((t) => t.value).join('')).rows) {
      const line = row.line + offset;
      this.rows.push({ line, cells: row.cells.map((c) => ({ text: c.text, line })) });
    }
  }
}
