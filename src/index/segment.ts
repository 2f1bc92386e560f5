/**
 * Chinese word segmentation for the full-text index, the same at index and at query time.
 *
 * jieba's search mode emits a long word and the dictionary words inside it (行政诉讼 → 行政,
 * 诉讼, 行政诉讼), so the index holds both and a 2-character query word finds the longer text
 * word. Unit and region names are added to the dictionary (the gazetteer) before any text that
 * names them is cut, so 巴丹吉林镇 stays one token instead of 巴丹 + 吉林 + 镇.
 */
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { normalizeText } from '../core/text.ts';

let jieba: Jieba | undefined;
const known = new Set<string>();
// names as given: a batch names the same regions again and again, and normalising costs
const given = new Set<string>();

function segmenter(): Jieba {
  if (!jieba) {
    // The bundled dictionary is read from disk when required, so only on first use.
    const { dict } = createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

/** Teaches the segmenter names it must never cut (unit names, regions). */
export function addNames(names: Iterable<string>): void {
  const fresh: string[] = [];
  for (const raw of names) {
    if (given.has(raw)) continue;
    given.add(raw);
    const n = normalizeText(raw).replace(/\s+/g, '');
    if (n.length >= 2 && !known.has(n)) {
      known.add(n);
      fresh.push(`${n} 1000000 ns`);
    }
  }
  if (fresh.length) segmenter().loadDict(Buffer.from(fresh.join('\n') + '\n'));
}

// A token worth indexing or searching: has a letter or digit. Drops punctuation, spaces, emoji.
const WORDLIKE = /[\p{L}\p{N}]/u;

// Reports share most of their wording (table labels, stock sentences, small numbers), so clauses
// are normalised and cut once and remembered: normalising a whole report costs more than cutting
// it. A clause is a run between separators of the raw text; characters that normalising removes
// or joins (invisible ones, combining marks) do not end one, and what normalising turns into a
// separator (㈠ → (一)) is split again after. The segmenter itself never joins words across
// punctuation, so this gives what normalising and cutting the whole text gives. (A clause cut
// before a unit name was added may keep the old cut; names are added before their own report is cut.)
const CLAUSE = /[^\p{L}\p{N}]+/u;
const memo = new Map<string, readonly string[]>();
const MEMO_MAX = 200_000;

function cutClause(raw: string): readonly string[] {
  let words = memo.get(raw);
  if (words === undefined) {
    words = normalizeText(raw)
      .split(CLAUSE)
      .flatMap((clause) => (clause ? segmenter().cutForSearch(clause, false) : []))
      .filter((w) => WORDLIKE.test(w))
      .map((w) => w.toLowerCase());
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(raw, words);
  }
  return words;
}

// Whether a character of the raw text belongs to a clause, learnt once per character
// of the basic plane: a regex split with Unicode classes costs more than all the rest of indexing.
const IN_CLAUSE = /[\p{L}\p{N}\p{M}\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]/u;
const kinds = new Uint8Array(0x10000); // 0 unknown, 1 in a clause, 2 a separator

function inClause(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) {
    let k = kinds[code]!;
    if (k === 0) kinds[code] = k = IN_CLAUSE.test(text[i]!) ? 1 : 2;
    return k === 1;
  }
  // a surrogate pair is one character: its low half goes with its high half
  const high = code >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
  return IN_CLAUSE.test(String.fromCodePoint(text.codePointAt(high)!));
}

/** Adds a text's words for the index (search mode: words and the words inside them), lower-cased, to `into`. */
export function addIndexWords(text: string, into: Set<string>): Set<string> {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && inClause(text, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      for (const w of cutClause(text.slice(start, i))) into.add(w);
      start = -1;
    }
  }
  return into;
}

/** The distinct words of a query, in order (plain mode: the longest dictionary words). */
export function segmentQuery(text: string): string[] {
  const words = segmenter().cut(normalizeText(text), false);
  const seen = new Set<string>();
  for (const w of words) {
    const t = w.replace(/\s+/g, '');
    if (t && WORDLIKE.test(t)) seen.add(t.toLowerCase());
  }
  return [...seen];
}

/** One FTS5 string literal: user text never reaches the query syntax except inside quotes. */
export function quoteToken(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}
