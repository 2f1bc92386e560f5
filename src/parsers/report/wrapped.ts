/**
 * Labels wrapped around their values. In a PDF (or text copied out of one) a narrow label cell
 * breaks over several lines and its numbers stand on the middle one, so the tokens read
 * "5.属于三类" "内部事务信" 0 0 0 "息"; two cells side by side interleave ("(三) 不予公"
 * "1.属于国家" 0 0 "开" "秘密"). A label that means nothing alone is tried with the loose
 * fragments just before it and those just after its values, fewest first, until the pieces
 * name a row.
 */
import { squash } from '../../core/text.ts';
import { ownWords, type LabelToken, type Token } from './tokens.ts';

/** how many loose fragments on each side are tried */
const REACH = 3;
/** a piece of a wrapped label is one line of a narrow cell: longer text is a label or a sentence of its own */
const PIECE = 12;
const isPiece = (t: LabelToken): boolean => t.key.length > 0 && t.key.length <= PIECE;

/**
 * Label joins a table may try: a PDF's wrapped labels need a few hundred at most, and text
 * beyond repair (OCR noise) should not cost more than that.
 */
export const JOIN_BUDGET = 600;

export interface Wrapped {
  key: string;
  label: LabelToken;
  /** token indices of the fragments after the values that the label took */
  taken: number[];
}

/** The ordered subsets of `items`, each as a list, smallest first (the empty one included). */
function subsets<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) out.push(items.filter((_, k) => mask & (1 << k)));
  return out.sort((a, b) => a.length - b.length);
}

function join(parts: readonly LabelToken[], at: LabelToken): LabelToken {
  return { kind: 'label', text: parts.map((p) => p.text).join(''), key: parts.map((p) => p.key).join(''), line: at.line, row: at.row };
}

/**
 * `before`: indices of the loose labels right before token `i`, nearest last. `loose(k)`: token
 * k is a label that names no row and is no header. `match` names the row of a label, if any.
 */
export function unwrapLabel(
  tokens: readonly Token[],
  i: number,
  before: readonly number[],
  loose: (k: number) => boolean,
  match: (t: LabelToken) => string | undefined,
  budget: { left: number },
): Wrapped | undefined {
  const whole = tokens[i] as LabelToken;
  const found = unwrapFrom(tokens, i, whole, before, loose, match, budget);
  if (found) return found;
  // Text copied out of such a PDF puts neighbouring cells' pieces on one line, space-separated
  // ("果 握相关政府"): the last piece may be the one that continues the label.
  const cut = whole.text.lastIndexOf(' ');
  if (cut < 0) return undefined;
  const text = whole.text.slice(cut + 1);
  return unwrapFrom(tokens, i, { ...whole, text, key: ownWords(squash(text)) }, before, loose, match, budget);
}

function unwrapFrom(
  tokens: readonly Token[],
  i: number,
  t: LabelToken,
  before: readonly number[],
  loose: (k: number) => boolean,
  match: (t: LabelToken) => string | undefined,
  budget: { left: number },
): Wrapped | undefined {
  if (!isPiece(t) || budget.left <= 0) return undefined;
  const at = (x: number): LabelToken => (x === i ? t : (tokens[x] as LabelToken));
  let k = i + 1;
  while (tokens[k]?.kind === 'value') k++;
  const after: number[] = [];
  // only a label followed by its values can have fragments after them
  for (; k > i + 1 && after.length < REACH && k < tokens.length && loose(k) && isPiece(tokens[k] as LabelToken); k++) after.push(k);
  const pre: number[] = [];
  for (let x = before.length - 1; x >= 0 && pre.length < REACH && isPiece(tokens[before[x]!] as LabelToken); x--) pre.unshift(before[x]!);
  if (pre.length + after.length === 0) return undefined;
  let best: { key: string; pre: number[]; post: number[] } | undefined;
  for (const post of subsets(after)) {
    for (const p of subsets(pre)) {
      if (p.length + post.length === 0) continue;
      if (best && p.length + post.length >= best.pre.length + best.post.length) continue;
      if (--budget.left < 0) return undefined;
      const key = match(join([...p, i, ...post].map(at), t));
      if (key) best = { key, pre: p, post };
    }
  }
  if (!best) return undefined;
  // the label as printed: nearer fragments before it that keep its meaning are part of it
  let pre2 = best.pre;
  for (let x = pre.length - 1; x >= 0; x--) {
    const idx = pre[x]!;
    if (pre2.includes(idx)) continue;
    if (pre2.length && idx > pre2[0]!) continue;
    const wider = [idx, ...pre2];
    if (match(join([...wider, i, ...best.post].map(at), t)) !== best.key) break;
    pre2 = wider;
  }
  return { key: best.key, label: join([...pre2, i, ...best.post].map(at), t), taken: best.post };
}
