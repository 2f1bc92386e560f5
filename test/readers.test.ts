import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { T3_COLUMNS } from '../src/core/keys.ts';
import { ReportbotError } from '../src/core/errors.ts';
import { readSource } from '../src/parsers/readers/index.ts';
import { readHtml } from '../src/parsers/readers/html.ts';
import type { CellRow, SourceDoc } from '../src/parsers/source.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const DIR = join(FIXTURES, 'formats');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const read = (name: string) => readSource(bytes(name), name);
const facts = (name: string) => (JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as { facts: Record<string, number> }).facts;
const texts = (row: CellRow) => row.cells.map((c) => c.text);
const tableRows = (doc: SourceDoc) => doc.rows.filter((r) => r.cells.length > 1).map(texts);

function rowOf(doc: SourceDoc, label: string): CellRow {
  const row = doc.rows.find((r) => r.cells[0]?.text === label);
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

/** 1-based line of the source text where a needle first stands. */
const lineOf = (source: string, needle: string) => source.split(/\r\n|\n/).findIndex((l) => l.includes(needle)) + 1;

const NEW_RECEIVED = '一、本年新收政府信息公开申请数量';
const CARRIED_FORWARD = '四、结转下年度继续办理';
const t3 = (f: Record<string, number>, row: string) => T3_COLUMNS.map((c) => String(f[`t3.${row}.${c}`]));
const t4 = (f: Record<string, number>) =>
  ['review', 'litigation_direct', 'litigation_after_review'].flatMap((r) =>
    ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => String(f[`t4.${r}.${c}`])),
  );

// The line where 表三's first data row stands: the source line for HTML and text; for Word the
// 25th block (title, paragraph, empty paragraph, heading, paragraph, heading, 14 rows of 表二,
// heading, 3 header rows); for the PDF the 30th printed line.
const REPORTS: Array<{ file: string; expect: string; layout: string; line: number }> = [
  { file: 'qingshi-2022.html', expect: 'qingshi-2022', layout: 'html', line: lineOf(readFileSync(join(DIR, 'qingshi-2022.html'), 'utf8'), NEW_RECEIVED) },
  { file: 'qingshi-2022.docx', expect: 'qingshi-2022', layout: 'docx', line: 25 },
  { file: 'qingshi-2022.pdf', expect: 'qingshi-2022', layout: 'pdf', line: 30 },
  { file: 'qingshi-2022.tsv.txt', expect: 'qingshi-2022.tsv', layout: 'text/tsv', line: 31 },
  { file: 'qingshi-2022.gb18030.txt', expect: 'qingshi-2022.gb18030', layout: 'text/tsv', line: 31 },
  { file: 'qingshi-2022.utf16le.txt', expect: 'qingshi-2022.utf16le', layout: 'text/tsv', line: 31 },
  { file: 'qingshi-2022.utf16le-bom.txt', expect: 'qingshi-2022.utf16le-bom', layout: 'text/tsv', line: 31 },
  { file: 'huangtang-2020.html', expect: 'huangtang-2020', layout: 'html', line: lineOf(readFileSync(join(DIR, 'huangtang-2020.html'), 'utf8'), NEW_RECEIVED) },
  { file: 'huangtang-2020.gbk.html', expect: 'huangtang-2020.gbk', layout: 'html', line: lineOf(readFileSync(join(DIR, 'huangtang-2020.html'), 'utf8'), NEW_RECEIVED) },
];

describe('readSource: the same report in every format', () => {
  it.each(REPORTS)('$file: 表三 and 表四 numbers, in order, on the right line', async ({ file, expect: name, layout, line }) => {
    const doc = await read(file);
    const f = facts(name);
    expect(doc.layout).toBe(layout);
    const first = rowOf(doc, NEW_RECEIVED);
    expect(texts(first)).toEqual([NEW_RECEIVED, ...t3(f, 'new_received')]);
    expect(first.line).toBe(line);
    expect(first.cells[0]!.line).toBe(line);
    expect(texts(rowOf(doc, CARRIED_FORWARD))).toEqual([CARRIED_FORWARD, ...t3(f, 'carried_forward')]);
    expect(f['t3.new_received.total']).toBeGreaterThan(0);
    const litigation = doc.rows.find((r) => r.cells.length === 15);
    expect(litigation && texts(litigation)).toEqual(t4(f));
    expect(t4(f).some((v) => v !== '0')).toBe(true);
  });

  it.each(['qingshi-2022.html', 'qingshi-2022.docx', 'qingshi-2022.pdf'])('%s: 表二 rows and prose', async (file) => {
    const doc = await read(file);
    const f = facts('qingshi-2022');
    expect(texts(rowOf(doc, '规章'))).toEqual(['规章', ...['made', 'repealed', 'in_force'].map((c) => String(f[`t2.regulations.${c}`]))]);
    expect(texts(rowOf(doc, '行政许可'))).toEqual(['行政许可', '37']);
    expect(texts(rowOf(doc, '行政事业性收费'))).toEqual(['行政事业性收费', '12.3456']);
    expect(doc.rows.find((r) => r.cells.length === 1 && r.cells[0]!.text === '一、总体情况')).toBeDefined();
    expect(doc.rows.some((r) => r.cells.length === 1 && r.cells[0]!.text.includes('行政诉讼6件'))).toBe(true);
  });

  it('a table copied from a browser (cells joined by tabs) reads into the same cells as the page', async () => {
    const page = tableRows(await read('qingshi-2022.html'));
    expect(page.length).toBeGreaterThan(40);
    expect(tableRows(await read('qingshi-2022.tsv.txt'))).toEqual(page);
    expect(tableRows(await read('qingshi-2022.docx'))).toEqual(page);
  });
});

describe('merged cells', () => {
  it.each(['qingshi-2022.html', 'qingshi-2022.docx', 'huangtang-2020.html'])('%s: a rowspan/colspan cell is emitted once, where it starts', async (file) => {
    const doc = await read(file);
    const i = doc.rows.findIndex((r) => r.cells[0]?.text.startsWith('（本列数据的勾稽关系为'));
    expect(texts(doc.rows[i]!)).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况']);
    expect(texts(doc.rows[i + 1]!)).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(texts(doc.rows[i + 2]!)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    const all = doc.rows.flatMap(texts);
    for (const label of ['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '行政复议', '未经复议直接起诉']) {
      expect(all.filter((t) => t === label)).toHaveLength(1);
    }
    expect(texts(rowOf(doc, '三、本年度办理结果')).slice(0, 2)).toEqual(['三、本年度办理结果', '（一）予以公开']);
    expect(texts(rowOf(doc, '（三）不予公开'))[1]).toBe('1.属于国家秘密');
    expect(rowOf(doc, '2.其他法律行政法规禁止公开').cells).toHaveLength(8);
  });
});

describe('HTML from government sites', () => {
  const source = readFileSync(join(DIR, 'huangtang-2020.html'), 'utf8');

  it('every cell stands on its line of the source', async () => {
    for (const [file, src] of [['huangtang-2020.html', source], ['qingshi-2022.html', readFileSync(join(DIR, 'qingshi-2022.html'), 'utf8')]] as const) {
      const lines = src.split(/\r\n|\n/).map((l) => l.replace(/<[^>]*>|&nbsp;/g, ''));
      const doc = await read(file);
      for (const cell of doc.rows.flatMap((r) => r.cells).filter((c) => c.text)) {
        expect(lines[cell.line - 1], `${file}: ${cell.text}`).toContain(cell.text.slice(0, 2));
      }
    }
  });

  it('reads the inner report table, not the layout table around it, and skips script and style', async () => {
    const doc = await read('huangtang-2020.html');
    const all = doc.rows.flatMap(texts);
    expect(all.every((t) => t.length < 200)).toBe(true);
    expect(all.some((t) => t.includes('99') || t.includes('访问量') || t.includes('font-size'))).toBe(false);
    expect(doc.rows.filter((r) => r.cells.length === 1).map((r) => r.cells[0]!.text)).toEqual(
      expect.arrayContaining(['首页', '一、总体情况', '五、存在的主要问题及改进情况', '主办单位：人民政府办公室']),
    );
  });

  it('joins tags and line breaks inside a cell with nothing, and keeps &nbsp; cells as empty strings', async () => {
    const doc = await read('huangtang-2020.html');
    const f = facts('huangtang-2020');
    expect(texts(rowOf(doc, '行政事业性收费'))).toEqual(['行政事业性收费', String(f['t2.fees.previous']), String(f['t2.fees.change']), '']);
    expect(texts(rowOf(doc, '政府集中采购'))).toEqual(['政府集中采购', '6', '330.93万元', '']);
    const merged = rowOf(doc, '（五）不予处理');
    expect(merged.line).toBe(lineOf(source, '（五<br/>'));
    expect(texts(rowOf(doc, '（六）其他处理'))).toEqual(['（六）其他处理', ...t3(f, 'other')]);
  });

  it('reads a GBK page by its <meta charset>, and a page re-saved as UTF-8 despite it', async () => {
    const utf8 = await read('huangtang-2020.html');
    expect((await read('huangtang-2020.gbk.html')).rows).toEqual(utf8.rows);
    const stale = new TextEncoder().encode(source.replace('charset=utf-8', 'charset=gb2312'));
    expect((await readSource(stale, 'stale.html')).rows).toEqual(utf8.rows);
  });

  it('reads traditional characters as written', async () => {
    const doc = await read('fuyuan-2021.html');
    const f = facts('fuyuan-2021');
    expect(texts(rowOf(doc, '一、本年新收政府信息公開申請數量'))).toEqual(['一、本年新收政府信息公開申請數量', ...t3(f, 'new_received')]);
    expect(texts(rowOf(doc, '行政許可'))).toEqual(['行政許可', '214']);
    expect(doc.rows[0]!.cells[0]!.text).toBe('撫遠市自然資源局2021年政府信息公開工作年度報告');
  });

  it.each([
    ['frame table', '<table><tr><td><p>一、总体情况</p><p>正文</p></td></tr></table>', [['一、总体情况'], ['正文']]],
    ['nested table', '<table><tr><td>导航</td><td><table><tr><td>规章</td><td>2</td></tr></table></td></tr></table>', [['导航'], ['规章', '2']]],
    ['thead, br, entities', '<table><thead><tr><th>不予<br>\n公开</th><th>&nbsp;</th></tr></thead><tbody><tr><td>A&amp;B</td><td> 3 </td></tr></tbody></table>', [['不予公开', ''], ['A&B', '3']]],
    ['pre with tabs', '<pre>规章\t2\t1\n行政许可\t37</pre>', [['规章', '2', '1'], ['行政许可', '37']]],
    ['div soup', '<div>第一行<br>第二<span>行</span><div>第三行</div></div>', [['第一行'], ['第二行'], ['第三行']]],
  ])('%s', (_, html, rows) => {
    expect(readHtml(html).rows.map(texts)).toEqual(rows);
  });
});

describe('Word', () => {
  it('numbers lines by block: paragraph, empty paragraph or table row', async () => {
    const doc = await read('qingshi-2022.docx');
    expect(doc.rows[0]).toEqual({ line: 1, cells: [{ text: '青石镇人民政府2022年政府信息公开工作年度报告', line: 1 }] });
    expect(rowOf(doc, '一、总体情况').line).toBe(4);
    expect(rowOf(doc, '规章').line).toBe(9);
    for (let i = 1; i < doc.rows.length; i++) expect(doc.rows[i]!.line).toBeGreaterThan(doc.rows[i - 1]!.line);
  });

  it('reads a .docx by its content whatever its name', async () => {
    expect((await readSource(bytes('qingshi-2022.docx'), 'report.bin')).layout).toBe('docx');
  });
});

describe('PDF', () => {
  it('numbers printed lines 1, 2, … across pages; every cell carries its line', async () => {
    const doc = await read('qingshi-2022.pdf');
    doc.rows.forEach((r, i) => {
      expect(r.line).toBe(i + 1);
      for (const c of r.cells) expect(c.line).toBe(i + 1);
    });
    expect(doc.rows[0]!.cells[0]!.text).toBe('青石镇人民政府2022年政府信息公开工作年度报告');
    expect(rowOf(doc, '一、总体情况').line).toBe(5);
  });
});

describe('encodings', () => {
  const utf8 = readFileSync(join(DIR, 'qingshi-2022.tsv.txt'), 'utf8');
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(utf8)])],
    ['UTF-16BE without BOM', utf16be(utf8)],
    ['UTF-16LE without BOM', Buffer.from(utf8, 'utf16le')],
    ['GB18030', iconv.encode(utf8, 'gb18030')],
  ])('%s', async (_, data) => {
    const expected = await readSource(new TextEncoder().encode(utf8), 'utf8.txt');
    const doc = await readSource(new Uint8Array(data), 'report.txt');
    expect(doc.rows).toEqual(expected.rows);
    expect(texts(rowOf(doc, NEW_RECEIVED))).toEqual([NEW_RECEIVED, ...t3(facts('qingshi-2022'), 'new_received')]);
  });

  it.each([
    ['UTF-16LE', Buffer.from('政府信息公开工作年度报告\n一、总体情况', 'utf16le')],
    ['UTF-16BE', utf16be('政府信息公开工作年度报告\n一、总体情况')],
  ])('%s without BOM and without a single ASCII character', async (_, data) => {
    const doc = await readSource(new Uint8Array(data), 'report.txt');
    expect(doc.rows.map(texts)).toEqual([['政府信息公开工作年度报告'], ['一、总体情况']]);
  });

  it('reads HTML saved as .txt or .doc as HTML', async () => {
    const html = bytes('qingshi-2022.html');
    expect((await readSource(html, 'report.txt')).layout).toBe('html');
    expect((await readSource(html, 'report.doc')).layout).toBe('html');
  });
});

describe('files that are not readable reports', () => {
  let seed = 7;
  const random = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24) & 0xff);
  it.each([
    ['empty.txt', 'EMPTY_FILE', new Uint8Array()],
    ['noise.bin', 'BINARY_FILE', random],
    ['scan.png', 'UNSUPPORTED_FORMAT', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['photo.jpg', 'UNSUPPORTED_FORMAT', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46])],
    ['archive.docx', 'UNSUPPORTED_FORMAT', bytes('not-a-docx.zip')],
    ['damaged.doc', 'UNSUPPORTED_FORMAT', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['cut.doc', 'UNSUPPORTED_FORMAT', bytes('qingshi-2022.doc').subarray(0, 4096)],
    ['scan.pdf', 'NOT_A_REPORT', bytes('image-only.pdf')],
    ['broken.pdf', 'FILE_UNREADABLE', new TextEncoder().encode('%PDF-1.4\nnot really a pdf')],
    ['cut.docx', 'FILE_UNREADABLE', bytes('qingshi-2022.docx').subarray(0, 2000)],
  ])('%s → %s', async (file, code, data) => {
    const err = await readSource(data, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportbotError);
    expect((err as ReportbotError).code).toBe(code);
    expect((err as ReportbotError).message).toMatch(new RegExp(`^${file.replace('.', '\\.')}: [^\\n]+$`));
  });

  it('says a PDF without text was probably scanned', async () => {
    await expect(read('image-only.pdf')).rejects.toThrow('PDF has no text layer (scanned?)');
  });
});
