/** Telegram HTML: everything from a report or a user is escaped; long replies cut where paragraphs end. */

export const TELEGRAM_LIMIT = 4096;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Back to plain text, for the terminal chat. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Pieces of at most `limit` characters, cut at a blank line if one is near, else at a line end,
 * and only inside a line that is itself too long. Cuts never fall inside an HTML tag or entity,
 * and a tag open at a cut is closed there and reopened in the next piece.
 */
export function splitMessage(html: string, limit = TELEGRAM_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = html.trim();
  let carry = '';
  while (rest.length + carry.length > limit) {
    const room = limit - carry.length - 32;
    const window = rest.slice(0, room);
    let cut = window.lastIndexOf('\n\n');
    if (cut < room / 2) cut = window.lastIndexOf('\n');
    if (cut < room / 4) cut = safeCut(window, room);
    const head = carry + rest.slice(0, cut).trimEnd();
    const open = openTags(head);
    pieces.push(head + open.map((t) => `</${t}>`).reverse().join(''));
    carry = open.map((t) => `<${t}>`).join('');
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(carry + rest);
  return pieces;
}

function safeCut(window: string, room: number): number {
  let cut = room;
  const lt = window.lastIndexOf('<');
  if (lt > window.lastIndexOf('>')) cut = lt;
  const amp = window.lastIndexOf('&', cut);
  if (amp >= 0 && window.indexOf(';', amp) === -1) cut = amp;
  return cut;
}

function openTags(html: string): string[] {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (m[1]) stack.pop();
    else stack.push(m[2]!);
  }
  return stack;
}

/** 'en' when the text has Latin letters and no Chinese; Chinese otherwise. */
export function langOf(text: string): 'zh' | 'en' {
  return !/\p{Script=Han}/u.test(text) && /[A-Za-z]{2,}/.test(text) ? 'en' : 'zh';
}
