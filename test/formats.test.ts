/**
 * Every format fixture read whole, as `parse` reads a file: each fact the report was made from,
 * with its value, and the report's metadata. The narrow PDFs wrap their labels around the
 * numbers ("5.属于三类内" / 0 0 1 0 / "部事务信息"), as many published PDFs do; the .pdftext and
 * .pdfcopy texts are those PDFs copied out as text (the pieces of neighbouring cells interleaved).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parsers/index.ts';
import { FIXTURES, type Gold } from './helpers/fixtures.ts';

const DIR = join(FIXTURES, 'formats');
const files = readdirSync(DIR);
const cases = files
  .filter((f) => f.endsWith('.expected.json'))
  .flatMap((e) => {
    const name = e.replace(/\.expected\.json$/, '');
    const gold = JSON.parse(readFileSync(join(DIR, e), 'utf8')) as Gold;
    return files.filter((f) => f.startsWith(`${name}.`) && !f.endsWith('.json') && !f.slice(name.length + 1).includes('.')).map((file) => ({ file, gold }));
  });

describe('format fixtures, parsed whole', () => {
  it('covers every format, narrow PDFs included', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(
      expect.arrayContaining(['qingshi-2022.pdf', 'qingshi-2022.narrow.pdf', 'huangtang-2020.narrow.pdf', 'huangtang-2020.pdfcopy.txt', 'qingshi-2022.pdftext.txt', 'qingshi-2022.docx', 'qingshi-2022.doc', 'huangtang-2020.doc', 'fuyuan-2021.html', 'huangtang-2020.gbk.html']),
    );
  });

  it.each(cases)('$file: every fact and the metadata', async ({ file, gold }) => {
    const r = await parseFile(join(DIR, file));
    expect({ organ: r.organ, name: r.name, year: r.year, template: r.template }).toEqual({ organ: gold.organ, name: gold.name, year: gold.year, template: gold.template });
    const got = Object.fromEntries(r.facts.filter((f) => f.key in gold.facts).map((f) => [f.key, f.value]));
    expect(got).toEqual(gold.facts);
    expect(Object.values(gold.facts).filter((v) => v > 0).length).toBeGreaterThan(20);
  });
});
