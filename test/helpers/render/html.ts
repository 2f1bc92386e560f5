/**
 * An HTML page as government sites publish them: a real <table> per 表 with rowspan/colspan
 * headers, text wrapped in <p> and <span>, &nbsp; in empty cells and between characters,
 * quotes as entities. Rows sometimes on one line, sometimes a cell per line.
 */
import type { Rng } from '../generate.ts';
import type { Doc } from './doc.ts';
import type { TCell, Table } from './tables.ts';

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;');
}

function content(text: string, r: Rng): string {
  if (text === '') return r.chance(0.5) ? '&nbsp;' : '';
  const esc = escape(text).replace(/ /g, '&nbsp;');
  const font = r.pick(['宋体', '仿宋_GB2312', 'SimSun']);
  return r.chance(0.5) ? `<p style="text-align:center"><span style="font-family:${font};font-size:14px">${esc}</span></p>` : `<span>${esc}</span>`;
}

function td(cell: TCell, r: Rng): string {
  const attrs = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan ? ` colspan="${cell.colspan}"` : ''}`;
  return `<td${attrs} valign="middle">${content(cell.text, r)}</td>`;
}

function table(t: Table, r: Rng): string[] {
  const perCell = r.chance(0.5);
  const out = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">', '<tbody>'];
  for (const row of t.rows) {
    const cells = row.cells.map((c) => td(c, r));
    if (perCell) out.push('<tr>', ...cells.map((c) => `  ${c}`), '</tr>');
    else out.push(`<tr>${cells.join('')}</tr>`);
  }
  out.push('</tbody>', '</table>');
  return out;
}

const para = (text: string, r: Rng): string => `<p style="text-indent:2em">${r.chance(0.5) ? `<span>${escape(text)}</span>` : escape(text)}</p>`;

export function renderHtml(doc: Doc, r: Rng): string {
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escape(doc.title)}</title>`,
    '<style>td{border:1px solid #000}</style>',
    '</head>',
    '<body>',
    '<div class="article">',
    `<h1 class="title">${escape(doc.title)}</h1>`,
  ];
  if (doc.topDate) lines.push(`<div class="info"><span>${escape(doc.topDate)}</span>&nbsp;&nbsp;<span>来源${doc.style.colon}本站</span></div>`);
  for (const s of doc.sections) {
    lines.push(`<p><strong>${escape(s.heading)}</strong></p>`);
    for (const p of s.paragraphs) lines.push(para(p, r));
    if (s.table) lines.push(...table(s.table, r));
  }
  lines.push(`<p style="text-align:right">${escape(doc.signature)}</p>`);
  if (doc.dateLine) lines.push(`<p style="text-align:right">${escape(doc.dateLine)}</p>`);
  lines.push('</div>', '</body>', '</html>');
  return `${lines.join('\n')}\n`;
}
