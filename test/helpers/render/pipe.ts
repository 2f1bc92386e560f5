/**
 * `a | b | c |` rows as web pages copied to text give them: empty cells dropped from where they
 * stood and made up with `||` at the end, a bulleted date line under the title, and the short
 * 表四 headers some templates print (结果, 其他, 尚未).
 */
import type { Rng } from '../generate.ts';
import { assemble } from './doc.ts';
import type { Doc } from './doc.ts';
import { flatten } from './tables.ts';
import type { Table } from './tables.ts';

const SHORT_T4: Record<string, string> = { 结果纠正: '结果', 其他结果: '其他', 尚未审结: '尚未' };

function pipeTable(t: Table, shortT4: boolean): string[] {
  return flatten(t).map((cells, i) => {
    let text = cells.filter((c) => c !== '');
    if (shortT4 && t.id === 't4' && i === 1) text = text.map((c) => SHORT_T4[c] ?? c);
    const missing = t.width - text.length;
    return `${text.join(' | ')} |${missing > 0 ? ` ${'|'.repeat(missing)}` : ''}`;
  });
}

export function renderPipe(doc: Doc, r: Rng): string {
  const shortT4 = r.chance(0.4);
  const withDate = doc.topDate ? { ...doc, topDate: `- ${doc.topDate}\n- 浏览次数${doc.style.colon}` } : doc;
  return assemble(withDate, { blank: false, table: (t) => pipeTable(t, shortT4) });
}
