/**
 * Cells of a PDF table told apart by the table's borders: text that nearly touches across a
 * border is two cells; with no border between, a narrow gap stays inside one cell. Borders as
 * stroked lines, stroked rectangles and thin filled rectangles (as Word exports them).
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readSource } from '../src/parsers/readers/index.ts';

type Border = 'line' | 'rect' | 'filled' | 'none';

/** One row: "1234" and "5678" 3 points apart, a border between them (or none), and a frame around the page. */
async function pdf(border: Border): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.rect(20, 20, 555, 800).stroke(); // a page frame, outside the text
  doc.font('Helvetica').fontSize(10);
  const w = doc.widthOfString('1234');
  doc.text('1234', 100, 100, { lineBreak: false });
  doc.text('5678', 100 + w + 3, 100, { lineBreak: false });
  const x = 100 + w + 1.5;
  if (border === 'line') doc.moveTo(x, 95).lineTo(x, 115).stroke();
  if (border === 'rect') doc.rect(80, 95, x - 80, 20).stroke();
  if (border === 'filled') doc.rect(x - 0.25, 95, 0.5, 20).fill();
  doc.text('note text', 100, 200, { lineBreak: false });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('PDF cells and table borders', () => {
  it.each<[Border, string[]]>([
    ['line', ['1234', '5678']],
    ['rect', ['1234', '5678']],
    ['filled', ['1234', '5678']],
    ['none', ['1234 5678']],
  ])('border %s', async (border, cells) => {
    const doc = await readSource(await pdf(border), `${border}.pdf`);
    expect(doc.rows[0]!.cells.map((c) => c.text)).toEqual(cells);
    expect(doc.rows[1]!.cells.map((c) => c.text)).toEqual(['note text']);
  });
});

/** A ruled row of 6 cells 40 points wide, text in the columns given, each cell its own rectangle (edges drawn twice). */
async function ruledRow(texts: Array<string | null>): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { CreationDate: new Date(0) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.font('Helvetica').fontSize(10);
  texts.forEach((t, i) => {
    doc.rect(60 + i * 40, 95, 40, 20).stroke();
    doc.rect(60 + i * 40 + 0.5, 95, 39, 20).stroke();
    if (t !== null) doc.text(t, 64 + i * 40, 100, { lineBreak: false });
  });
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('empty cells of a ruled PDF row', () => {
  it.each<[Array<string | null>, string[]]>([
    // beside a number an empty cell is a cell: the numbers keep their columns
    [['label', '3', null, null, '1', '4'], ['label', '3', '', '', '1', '4']],
    [['label', null, '2', null, '2', null], ['label', '', '2', '', '2', '']],
    // between two labels (the pieces of a wrapped label) nothing is made up
    [['abc', null, 'def', '7', '8', '15'], ['abc', 'def', '7', '8', '15']],
    [['abc', null, 'def', null, null, null], ['abc', 'def']],
  ])('%j', async (texts, cells) => {
    const doc = await readSource(await ruledRow(texts), 'row.pdf');
    expect(doc.rows[0]!.cells.map((c) => c.text)).toEqual(cells);
  });
});
