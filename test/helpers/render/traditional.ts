/**
 * Reports from sites that publish in traditional script, or run through a converter: any layout
 * in traditional characters, title and organ included.
 */
import * as OpenCC from 'opencc-js';

let toTraditional: ((s: string) => string) | undefined;
// Converting walks a phrase dictionary and is slow; reports repeat the same lines and labels,
// so the pieces between numbers are converted once.
const memo = new Map<string, string>();

function convert(piece: string): string {
  let out = memo.get(piece);
  if (out === undefined) {
    toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
    out = toTraditional(piece);
    if (memo.size > 100_000) memo.clear();
    memo.set(piece, out);
  }
  return out;
}

export function traditional(text: string): string {
  return text
    .split('\n')
    .map((line) => line.split(/(\d+)/).map((p, i) => (i % 2 ? p : convert(p))).join(''))
    .join('\n');
}
