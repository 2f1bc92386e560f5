import type { CellRow, SourceDoc } from '../source.ts';

/**
 * Plain text in any of the layouts reports are copied in. Each layout is a way to cut a line
 * into cells; the document's layout is the one most of its table-like lines use, and each line
 * is cut by the splitter that fits it, since copied text often mixes them.
 */
interface TextLayout {
  id: string;
  /** does this line belong to the layout? */
  fits(line: string): boolean;
  cells(line: string): string[];
}

/** |---|--|:---:| — a Markdown table's rule line, however narrow its columns */
const MARKDOWN_RULE = /^(?=.*---)[\s|:-]+$/;

export const TEXT_LAYOUTS: readonly TextLayout[] = [
  {
    id: 'markdown',
    fits: (l) => l.includes('|') && /^\s*\|.*\|\s*$/.test(l),
    cells: (l) => l.trim().replace(/^\|/, '').replace(/\|$/, '').split('|'),
  },
  {
    id: 'pipe',
    fits: (l) => l.includes('|') && !/^\s*[-*]\s/.test(l),
    cells: (l) => l.split('|'),
  },
  { id: 'tsv', fits: (l) => l.includes('\t'), cells: (l) => l.split('\t') },
  { id: 'lines', fits: () => true, cells: (l) => [l] },
];

/** "0 |": a cell on a line of its own, closed by a bar */
const CELL_BAR = /^[^|]*[^|\s][^|]*\|[\s|]*$/;
const LONE_BAR = /^\s*\|\s*$/;

/**
 * A table written one cell a line, each closed by a bar, an empty cell a bar alone and a row's
 * end a bar or two more ("规章 |" "0 |" "0 |" "|" "|"), as some pages copy out: each line is one
 * cell, an empty one included, so the cells keep their places.
 */
function barCounts(lines: string[]): { cells: number; lone: number; barred: number } {
  let cells = 0;
  let lone = 0;
  let barred = 0;
  for (const l of lines) {
    if (!l.includes('|')) continue;
    barred++;
    if (LONE_BAR.test(l)) lone++;
    else if (CELL_BAR.test(l)) cells++;
  }
  return { cells, lone, barred };
}

const barredLines = ({ cells, lone, barred }: ReturnType<typeof barCounts>): boolean => lone >= 5 && cells >= 20 && (cells + lone) * 4 >= barred * 3;

function readBarred(lines: string[]): SourceDoc {
  const rows: CellRow[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/[\s|]+$/, '');
    const line = i + 1;
    if (text.trim() !== '') rows.push({ line, cells: text.split('|').map((c) => ({ text: c, line })) });
    // a bar alone is an empty cell; two or more, a row's end
    else if (LONE_BAR.test(raw)) rows.push({ line, cells: [{ text: '', line }] });
  });
  return { layout: 'text/barred', rows, warnings: [] };
}

/**
 * A page whose line breaks were lost, its tables run into one long line with a space between
 * cells ("规 章 0 0 0 行政规范性文件 0 0 0 第二十条第(五)项 …"): each word a cell of its own, as a
 * table copied one cell a line, every cell keeping the line it stands on.
 */
const RUN_TOGETHER_TABLE = /(?:第二十条|本年新收|上年结转|行政许可|行政复议)[^\n]*?(?:\s\d+(?:\.\d+)?){3}/;
const runTogether = (line: string): boolean => line.length > 300 && !line.includes('|') && !line.includes('\t') && (line.match(/ /g)?.length ?? 0) > 30 && RUN_TOGETHER_TABLE.test(line);

export function readText(text: string): SourceDoc {
  // (splitting on a string is much cheaper than on a pattern; most text has no \r)
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  const bars = barCounts(lines);
  if (barredLines(bars)) return readBarred(lines);
  const rows: CellRow[] = [];
  const used = new Map<string, number>();
  const broken = bars.lone >= 3;
  // after "a | 25 |": the line breaks of empty cells put the rest of the row on lines of their own
  let open = false;
  lines.forEach((raw, i) => {
    // (the rule needs "---": most lines are ruled out without the pattern)
    if ((raw.includes('---') && MARKDOWN_RULE.test(raw)) || raw.trim() === '') return;
    const line = i + 1;
    const last = rows.at(-1);
    if (broken && open && last && /^\s*\|/.test(raw)) {
      // "|" alone or "| 25 |": the break itself was the content of an empty cell
      const [first, ...rest] = raw.split('|');
      last.cells[last.cells.length - 1]!.text += `\n${first}`;
      for (const c of rest) last.cells.push({ text: c, line });
      return;
    }
    if (runTogether(raw)) {
      for (const word of raw.split(/\s+/)) if (word) rows.push({ line, cells: [{ text: word, line }] });
      return;
    }
    const layout = TEXT_LAYOUTS.find((l) => l.fits(raw))!;
    if (layout.id !== 'lines') used.set(layout.id, (used.get(layout.id) ?? 0) + 1);
    open = layout.id === 'pipe' && /\|\s*$/.test(raw);
    rows.push({ line, cells: layout.cells(raw).map((c) => ({ text: c, line })) });
  });
  const main = [...used.entries()].sort((a, b) => b[1] - a[1])[0];
  return { layout: `text/${main && main[1] >= 3 ? main[0] : 'lines'}`, rows, warnings: [] };
}
