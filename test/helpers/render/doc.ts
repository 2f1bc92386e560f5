/**
 * A report as a document before it is printed: title, date, six sections of prose with the three
 * tables, signature. The prose is stock wording of real reports; where it gives numbers they agree
 * with the tables, as they do in real reports.
 */
import type { GeneratedReport, Rng } from '../generate.ts';
import { cnNumber, pickStyle } from './style.ts';
import type { Style } from './style.ts';
import { buildTables } from './tables.ts';
import type { Table } from './tables.ts';

export interface Section {
  heading: string;
  paragraphs: string[];
  table?: Table;
}

export interface Doc {
  report: GeneratedReport;
  style: Style;
  title: string;
  /** e.g. 发布日期：2023-01-16 09:22, printed under the title */
  topDate: string | null;
  sections: Section[];
  signature: string;
  /** e.g. 2021年1月15日, printed under the signature */
  dateLine: string | null;
}

const HEADINGS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];

/** 我镇, 我乡, 我局 …: how a unit speaks of itself. */
function self(name: string): string {
  if (name.endsWith('街道')) return '我街道';
  if (name.endsWith('委员会')) return '我委';
  if (name.endsWith('局')) return '我局';
  if (name.endsWith('开发区')) return '我区';
  const last = name.at(-1)!;
  return `我${last === '盟' || last === '州' ? '市' : last}`;
}

const CN_DATE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseDate(y: number, m: number, d: number): string {
  const num = (n: number): string => (n < 10 ? cnNumber(n) : n === 10 ? '十' : n < 20 ? `十${cnNumber(n - 10)}` : `${cnNumber(Math.floor(n / 10))}十${n % 10 ? cnNumber(n % 10) : ''}`);
  return `${[...String(y)].map((c) => CN_DATE_DIGITS[Number(c)]).join('')}年${num(m)}月${num(d)}日`;
}

function dates(report: GeneratedReport, style: Style, r: Rng): { topDate: string | null; dateLine: string | null } {
  const p = report.meta.published;
  if (!p) return { topDate: null, dateLine: null };
  const [y, m, d] = p.split('-').map(Number) as [number, number, number | undefined];
  if (d === undefined) return { topDate: null, dateLine: `${y}年${m}月` };
  if (style.datePlace === 'top') {
    const label = r.pick(['发布日期', '发布时间', '成文日期']);
    const time = r.chance(0.6) ? ` ${String(r.int(8, 17)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}` : '';
    return { topDate: `${label}${style.colon}${p}${time}`, dateLine: null };
  }
  return { topDate: null, dateLine: r.chance(0.15) ? chineseDate(y, m, d) : `${y}年${m}月${d}日` };
}

function title(report: GeneratedReport, style: Style): string {
  const { region, name, organ, year } = report.meta;
  const reg = region.join('');
  switch (style.titleForm) {
    case 0:
      return `${reg}${name}${year}年度政府信息公开工作年度报告`;
    case 1:
      return `${organ}${year}年政府信息公开工作年度报告`;
    case 2:
      return `${name}${year}年政府信息公开工作年度报告`;
    case 3:
      return `${year}年${name}政府信息公开工作年度报告`;
    default:
      return `${reg}${organ}${year}年度政府信息公开工作年度报告`;
  }
}

/** The sentences that give 表三/表四 numbers in words (the ones the OCR layout relies on). */
export function factSentence(report: GeneratedReport, me: string, comma: string): string {
  const f = report.facts;
  return `${report.meta.year}年${comma}${me}共收到政府信息公开申请${f['t3.new_received.total']}件${comma}全年发生政府信息公开行政复议${f['t4.review.total']}件、行政诉讼${f['t4.litigation.total']}件。`;
}

function overview(report: GeneratedReport, style: Style, r: Rng, facts: boolean): string[] {
  const { year } = report.meta;
  const me = self(report.meta.name);
  const p = style.paren;
  const c = style.comma;
  const out = [
    `${year}年${c}${me}坚持以习近平新时代中国特色社会主义思想为指导${c}认真贯彻落实新修订施行的《中华人民共和国政府信息公开条例》${c}依法开展信息公开工作${c}积极推进行政权力公开透明运行${c}坚持以公开为常态、不公开为例外。`,
    `${p('一')}主动公开情况。${year}年${c}${me}通过政府网站、政务新媒体和政务公开栏等渠道主动公开政府信息${r.int(20, 900)}条${c}按期公布年度预、决算信息${c}及时更新办事和公开服务指南。`,
    `${p('二')}依申请公开情况。畅通受理渠道、规范办理工作${c}严格按照法定程序和时限答复${c}进一步提升依申请公开办理质量。${facts ? factSentence(report, me, c) : ''}`,
    `${p('三')}政府信息管理。严格规范政府信息管理${c}完善政府信息制作和审查发布流程${c}加强对文件公开选项的审核${c}严格执行保密审查机制。`,
    `${p('四')}政府信息公开平台建设。以落实政府网站建设指引和考核要求为契机${c}摸清主动公开信息底数${c}加强平台建设${c}规范栏目设置${c}优化系统间数据接口。`,
    `${p('五')}监督保障。成立政务公开工作领导小组${c}落实专人负责政府信息公开日常工作${c}将信息公开工作列入年终考核内容。`,
  ];
  return r.chance(0.3) ? out.slice(0, 4) : out;
}

function problems(report: GeneratedReport, style: Style, r: Rng): string[] {
  const me = self(report.meta.name);
  const c = style.comma;
  const out = [
    `${me}政府信息公开工作虽然取得了一定成效${c}但仍存在一些不足${c}主要表现在：公开内容不够全面${c}信息更新不够及时${c}工作人员业务水平有待提高。`,
    `下一步${c}${me}将继续深入贯彻政务公开工作部署${c}加强学习和培训${c}完善工作机制${c}不断提高政府信息公开工作的质量和水平。`,
  ];
  if (r.chance(0.4)) out.push(`1、加强学习和培训${c}组织干部深入学习《中华人民共和国政府信息公开条例》。`, `2、建立长效机制${c}把政府信息公开工作纳入绩效考评的内容。`);
  return out;
}

function other(report: GeneratedReport, style: Style, r: Rng): string[] {
  const { year } = report.meta;
  return [
    r.pick([
      '无',
      '本年度无其他需要报告的事项。',
      `${year}年${style.comma}${self(report.meta.name)}在处理政府信息公开申请时未收取任何费用。`,
      `本年度报告根据《条例》第五十条和国务院办公厅政府信息与政务公开办公室《关于政府信息公开工作年度报告有关事项的通知》编制。本年报中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    ]),
  ];
}

export function buildDoc(report: GeneratedReport, r: Rng, opts: { factSentences?: boolean } = {}): Doc {
  const style = pickStyle(r);
  const tables = buildTables(report, style);
  const facts = opts.factSentences ?? r.chance(0.4);
  const paragraphs = [overview(report, style, r, facts), [], [], [], problems(report, style, r), other(report, style, r)];
  const sectionTables = [undefined, tables.t2, tables.t3, tables.t4, undefined, undefined];
  const sections = HEADINGS.map((h, i) => {
    const s: Section = { heading: `${cnNumber(i + 1)}、${h}`, paragraphs: paragraphs[i]! };
    const t = sectionTables[i];
    if (t) s.table = t;
    return s;
  });
  return {
    report,
    style,
    title: title(report, style),
    ...dates(report, style, r),
    sections,
    signature: report.meta.region.join('') + report.meta.organ,
  };
}

export interface AssembleOptions {
  /** blank lines between blocks, as text copied from Word has */
  blank: boolean;
  /** blank lines before the title */
  leading?: number;
  table(t: Table): string[];
  paragraph?(p: string): string[];
}

/** The document as lines of text, each table printed by the layout's own function. */
export function assemble(doc: Doc, o: AssembleOptions): string {
  const lines: string[] = Array.from({ length: o.leading ?? 0 }, () => '');
  const gap = (): void => {
    if (o.blank) lines.push('');
  };
  lines.push(doc.title);
  if (doc.topDate) lines.push(doc.topDate);
  gap();
  for (const s of doc.sections) {
    lines.push(s.heading);
    gap();
    for (const p of s.paragraphs) {
      lines.push(...(o.paragraph ? o.paragraph(p) : [p]));
      gap();
    }
    if (s.table) {
      lines.push(...o.table(s.table));
      gap();
    }
  }
  lines.push(doc.signature);
  if (doc.dateLine) lines.push(doc.dateLine);
  return `${lines.join('\n')}\n`;
}
