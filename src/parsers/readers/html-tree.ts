/**
 * An HTML page as a light tree, as a browser builds its tables: cells and rows left open are
 * ended by the next ones, end tags close only within their table.
 */
import { Tokenizer } from 'htmlparser2';

/** The page as a light tree: elements and runs of text, each with where it starts in the source. */
export interface Element {
  tagName: string;
  childNodes: Node[];
  start: number;
}
export interface TextNode {
  value: string;
  start: number;
}
export type Node = Element | TextNode;

/** Where a new cell or row ends the one still open, as a browser's table rules have it. */
const ENDS_OPEN: Record<string, ReadonlySet<string>> = {
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  tr: new Set(['td', 'th', 'tr']),
  thead: new Set(['td', 'th', 'tr']),
  tbody: new Set(['td', 'th', 'tr']),
  tfoot: new Set(['td', 'th', 'tr']),
};
const TABLE_SCOPE = new Set(['table', 'thead', 'tbody', 'tfoot']);
const CELL_SCOPE = new Set(['td', 'th', 'caption']);

/** Elements that have no end tag: never open, so nothing after them is taken for their content. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);

/**
 * The tree as htmlparser2's tokenizer reads the page (tags lower-cased, entities decoded, the
 * content of script, style, title and textarea kept as text); adjacent text is one node, as a
 * comment ends it. A cell or row left open (its <p> or <span> unclosed) is ended by the next
 * one, as browsers do, and a tag cut off at the end of the file is dropped. The tokenizer alone,
 * without htmlparser2's Parser, since attributes and the Parser's other bookkeeping are never
 * used here and cost about half the time of reading a page.
 */
export function buildTree(html: string): Node[] {
  const root: Element = { tagName: '', childNodes: [], start: 0 };
  const stack: Element[] = [root];
  let text: TextNode | null = null;
  const addText = (value: string, start: number): void => {
    if (text) text.value += value;
    else stack.at(-1)!.childNodes.push((text = { value, start }));
  };
  const open = (name: string, start: number): void => {
    const ends = ENDS_OPEN[name];
    if (ends) {
      let at = -1;
      for (let i = stack.length - 1; i > 0 && !TABLE_SCOPE.has(stack[i]!.tagName); i--) if (ends.has(stack[i]!.tagName)) at = i;
      if (at > 0) stack.length = at;
    } else if (name === 'table') {
      // A table opened outside any cell of the table still open ends that one.
      for (let i = stack.length - 1; i > 0 && !CELL_SCOPE.has(stack[i]!.tagName); i--) {
        if (stack[i]!.tagName !== 'table') continue;
        stack.length = i;
        break;
      }
    }
    const el: Element = { tagName: name, childNodes: [], start };
    stack.at(-1)!.childNodes.push(el);
    if (!VOID.has(name)) stack.push(el);
    text = null;
  };
  const close = (name: string): void => {
    // An end tag closes its element only within the table it stands in.
    for (let i = stack.length - 1; i > 0; i--) {
      const tag = stack[i]!.tagName;
      if (tag === name) {
        stack.length = i;
        break;
      }
      if (tag === 'table') break;
    }
    text = null;
  };
  const ignore = (): void => {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        open(html.slice(start, end).toLowerCase(), start - 1);
      },
      onopentagend: ignore,
      onselfclosingtag: ignore,
      onclosetag(start, end) {
        close(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        addText(html.slice(start, end), start);
      },
      ontextentity(codepoint, end) {
        addText(String.fromCodePoint(codepoint), html.lastIndexOf('&', end - 1));
      },
      oncomment() {
        text = null;
      },
      oncdata: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      onattribdata: ignore,
      onattribentity: ignore,
      onattribend: ignore,
      onattribname: ignore,
      onend: ignore,
    },
  );
  tokenizer.write(withoutCutTag(html));
  tokenizer.end();
  return root.childNodes;
}

function withoutCutTag(html: string): string {
  const lt = html.lastIndexOf('<');
  return lt > html.lastIndexOf('>') && /^<(?:[a-zA-Z!?]|\/[a-zA-Z])/.test(html.slice(lt, lt + 3)) ? html.slice(0, lt) : html;
}

