/**
 * OCR text of a scanned report: prose wrapped at the scan's column width with blank lines
 * between, headings without their numbers, tables beyond repair (label fragments with scanner
 * junk, digit noise). Only what the prose says can be read back: 收到信息公开申请 N 件,
 * 行政复议 N 件, 行政诉讼 N 件, and in template 2019 政府集中采购 X万元.
 */
import type { GeneratedReport, Rng } from '../generate.ts';
import type { Doc } from './doc.ts';

/** The keys the OCR layout still gives, from its prose. */
export function proseKeys(report: GeneratedReport): string[] {
  const keys = ['t3.new_received.total', 't4.review.total', 't4.litigation.total'];
  return report.meta.template === 2019 ? [...keys, 't2.procurement.amount'] : keys;
}

// a label and its number are one token, so a wrap never parts them
const TOKEN = /(?:收到信息公开申请|行政复议|行政诉讼|政府集中采购) ?[\d.]+|[\s\S]/gu;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of text.match(TOKEN) ?? []) {
    if ([...line].length + [...tok].length > width && line) {
      lines.push(line);
      line = '';
    }
    line += tok;
  }
  if (line) lines.push(line);
  return lines;
}

const JUNK = ['。', '₽', '€', 'ℴ', '↩', '4', 'φ', '~'];

function junkDigits(r: Rng): string {
  return Array.from({ length: r.int(1, 7) }, () => r.pick(['0.0', '00', '0.', '04', '0', '10', '1€', '0 0', '> 00'])).join(' ');
}

function garbageTable(r: Rng): string[] {
  const labels = [
    '自然', '商业 科研', '企业₽ 机构。', '(本列数据的勾稽关系为:第一项加第二项之和,', '等于第三项加第四项之和)。',
    '-、本年新收政府信息公开申请数量。', '、上年结转政府信息公开申请数量。', '(一) 予以公开。', '(二)部分公开(区分处理的,只计这-',
    '1. 属于国家秘密。', '1. 本机关不掌握相关政府信息。', '2. 没有现成信息需要另行制作', '2. 重复申请4 (五) 不 3. 要求提供公开出版物。',
    '(六) 其他处理。 (七)总计 四、结转下年度继续办理。', '行政复议。', '结果 结果 其他 尚未', '维持。纠正。结果。审结。', '申请人情况', '社会 法律',
    '(三)不', '予公开₽', '(四)无 法提供。', '本年', '度办', '行政诉讼:', '总计。', '未经复议直接起诉',
  ];
  const out: string[] = [];
  for (const l of labels) {
    if (r.chance(0.35)) continue;
    out.push(l, '');
    if (r.chance(0.4)) out.push(junkDigits(r) + (r.chance(0.3) ? r.pick(JUNK) : ''), '');
  }
  return out;
}

function proseLines(text: string, r: Rng, mayBeSpaced = true): string[] {
  const spaced = mayBeSpaced && r.chance(0.15) ? [...text].join(' ') : text;
  return wrap(spaced, r.int(18, 24)).flatMap((l) => [l, '']);
}

export function renderOcr(doc: Doc, r: Rng): string {
  const { report } = doc;
  const f = report.facts;
  const { year, name, template } = report.meta;
  const sp = (): string => (r.chance(0.5) ? ' ' : '');
  const key = `收到信息公开申请${sp()}${f['t3.new_received.total']}${sp()}件,行政复议${sp()}${f['t4.review.total']}${sp()}件,行政诉讼${sp()}${f['t4.litigation.total']}${sp()}件。`;
  const lines = [r.chance(0.5) ? `${year}年${name}政府信息公开工作 年度报告` : `${name}${year}年政府信息公开工作年度报告`, ''];
  const [overview, , , , problems, other] = doc.sections;
  lines.push(...proseLines(`${year}年,${name}积极贯彻政府信息公开`, r), '总体情况', '');
  for (const p of overview!.paragraphs.slice(1)) lines.push(...proseLines(p.replace(/，/g, ','), r));
  lines.push('主动公开政府信息情况', '');
  lines.push(...proseLines(`全年主动公开政府信息${r.int(50, 900)}条。${key}对依申请公开提供的政府信息未收取复印、递送等成本费用。`, r, false));
  if (template === 2019) lines.push(`用。 第二十条第(九)项 采购项目数量 信息内容 采购总金额 政府集中采购 ${f['t2.procurement.amount']}万元 收到和处理政府信息公开申请情况`, '');
  else lines.push('收到和处理政府信息公开申请情况', '');
  lines.push(...garbageTable(r));
  lines.push('政府信息公开行政复议、行政诉讼情况', '');
  lines.push('存在的主要问题及改进情况', '');
  for (const p of problems!.paragraphs) lines.push(...proseLines(p, r));
  lines.push('其他需要报告的事项', '', ...other!.paragraphs, '');
  lines.push(doc.signature, '');
  const [y, m, d] = (report.meta.published ?? '').split('-');
  if (y && m) lines.push(`${y}年${Number(m)}月${d ? `${Number(d)}日` : ''}`);
  return `${lines.join('\n')}\n`;
}
