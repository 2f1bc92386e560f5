/**
 * One cell per line, each after a tab, a blank line after each row: what some PDF extractors
 * give. Labels of cells spanning several rows come broken into pieces on lines of their own
 * (（三）不予 / 以公 / 开), long labels wrap onto an untabbed line.
 */
import type { Rng } from '../generate.ts';
import { assemble } from './doc.ts';
import type { Doc } from './doc.ts';
import { flatten } from './tables.ts';
import type { Table } from './tables.ts';

const GROUP_LABEL = /(不予公开|无法提供|不予处理|其他处理|本年度办理结果|商业企业|科研机构|法律服务机构)$/;

/** `（三）不予公开` → `（三）不予`, ``, `公开`: pieces of 1–3 characters on lines of their own. */
function brokenGroup(text: string, r: Rng): string[] {
  const head = r.int(3, Math.min(6, text.length - 1));
  const out = [`\t${text.slice(0, head)}`];
  for (let i = head; i < text.length; ) {
    const n = r.int(1, 3);
    out.push('', text.slice(i, i + n));
    i += n;
  }
  return out;
}

function cellLines(text: string, r: Rng): string[] {
  if (GROUP_LABEL.test(text) && text.length > 3 && r.chance(0.7)) return brokenGroup(text, r);
  if (text.length > 12 && r.chance(0.3)) {
    const cut = r.int(4, text.length - 2);
    return [`\t${text.slice(0, cut)}`, text.slice(cut)];
  }
  return [`\t${text}`];
}

function linesTable(t: Table, r: Rng): string[] {
  return flatten(t).flatMap((cells) => [...cells.flatMap((c) => cellLines(c, r)), '']);
}

export function renderLines(doc: Doc, r: Rng): string {
  return assemble(doc, { blank: false, table: (t) => ['', ...linesTable(t, r)] });
}
