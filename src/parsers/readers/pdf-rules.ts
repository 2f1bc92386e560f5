/**
 * The vertical lines a PDF table is drawn with. Text alone cannot tell two cells whose text
 * nearly touches (a narrow column, a label that fills its cell) from one cell with a space in
 * it; the cell borders can. Borders come as stroked lines or rectangles, or as thin filled
 * rectangles (Word's export); either way a vertical rule is an x and the span of y it covers,
 * in the same page space as the text.
 */
export interface Rule {
  x: number;
  y0: number;
  y1: number;
}

type Matrix = [number, number, number, number, number, number];

/** The pdf.js operator codes used here (pdf.js's OPS). */
export interface Ops {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  fill: number;
  eoFill: number;
  endPath: number;
}

// pdf.js path data: moveTo x y, lineTo x y, curveTo 6 numbers, quadraticCurveTo 4, closePath
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

const multiply = (m: Matrix, n: number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];

/** thinner than this, a filled rectangle is a line */
const THIN = 2;
/** shorter than this, a vertical stroke is not a cell border */
const TALL = 3;

export function verticalRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, OPS: Ops): Rule[] {
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) saved.push(ctm);
    else if (fn === OPS.restore) ctm = saved.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      saved.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ctm = saved.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const [op, paths] = args as [number, Array<ArrayLike<number> | null> | null];
      const data = paths?.[0];
      if (op === OPS.endPath || !data) continue;
      addRules(rules, data, ctm, op === OPS.fill || op === OPS.eoFill);
    }
  }
  return rules;
}

function addRules(rules: Rule[], data: ArrayLike<number>, m: Matrix, filled: boolean): void {
  const at = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const points: Array<[number, number]> = [];
  let start: [number, number] | null = null;
  let cur: [number, number] | null = null;
  const segment = (a: [number, number], b: [number, number]): void => {
    if (!filled && Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) >= TALL) rules.push({ x: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k++];
    if (op === MOVE) {
      cur = start = at(data[k]!, data[k + 1]!);
      points.push(cur);
      k += 2;
    } else if (op === LINE) {
      const p = at(data[k]!, data[k + 1]!);
      if (cur) segment(cur, p);
      cur = p;
      points.push(p);
      k += 2;
    } else if (op === CURVE) {
      cur = at(data[k + 4]!, data[k + 5]!);
      k += 6;
    } else if (op === QUAD) {
      cur = at(data[k + 2]!, data[k + 3]!);
      k += 4;
    } else if (op === CLOSE) {
      if (cur && start) segment(cur, start);
      cur = start;
    } else break;
  }
  if (filled && points.length >= 3) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (x1 - x0 <= THIN && y1 - y0 >= TALL) rules.push({ x: (x0 + x1) / 2, y0, y1 });
  }
}

/** The rules that cross height y: the borders a line of text at that height stands between. */
export function rulesAt(rules: readonly Rule[], y: number): Rule[] {
  return rules.filter((r) => y >= r.y0 - 1 && y <= r.y1 + 1);
}

/** Whether one of a line's rules stands between two of its runs (a cell border between them). */
export function ruleBetween(rules: readonly Rule[], left: number, right: number): boolean {
  return rules.some((r) => r.x >= left - 1 && r.x <= right + 1);
}

/**
 * How many borders stand between two x positions: a cell drawn as its own rectangle puts its
 * edge beside its neighbour's, so rules less than 2 points apart are one border.
 */
export function bordersBetween(rules: readonly Rule[], left: number, right: number): number {
  const xs = rules.filter((r) => r.x >= left - 1 && r.x <= right + 1).map((r) => r.x).sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i]! - xs[i - 1]! >= 2) n++;
  return n;
}

/**
 * Whether one of a line's rules stands between x0 and x1, the ends of its text: the line stands
 * in a ruled table. (A page frame's lines stand outside the text, and do not count.)
 */
export function ruled(rules: readonly Rule[], x0: number, x1: number): boolean {
  return rules.some((r) => r.x > x0 + 1 && r.x < x1 - 1);
}

interface Placed {
  text: string;
  x: number;
  width: number;
}

/** Full-width characters take a font size, others half of one: enough to find where in a run a border falls. */
const advance = (c: string): number => (c.charCodeAt(0) > 0x2e7f ? 2 : 1);

/**
 * pdf.js joins text whose gap is under about half a font size into one run, with a space where
 * the gap was: two cells whose text nearly touches come as one run. Such a run is cut at the
 * space nearest each border that crosses it. `rules`: the line's (rulesAt).
 */
export function splitAtRules<R extends Placed>(run: R, rules: readonly Rule[]): R[] {
  if (!run.text.includes(' ')) return [run];
  const inside = rules.filter((r) => r.x > run.x + 1 && r.x < run.x + run.width - 1);
  if (!inside.length) return [run];
  const units = [...run.text].map(advance);
  const total = units.reduce((a, b) => a + b, 0);
  const xAt: number[] = [];
  let acc = 0;
  for (const u of units) {
    xAt.push(run.x + (run.width * acc) / total);
    acc += u;
  }
  const chars = [...run.text];
  const cuts = new Set<number>();
  for (const r of inside) {
    let best = -1;
    chars.forEach((c, i) => {
      if (c === ' ' && (best < 0 || Math.abs(xAt[i]! - r.x) < Math.abs(xAt[best]! - r.x))) best = i;
    });
    if (best > 0) cuts.add(best);
  }
  const out: R[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push({ ...run, text: chars.slice(from, cut).join(''), x: xAt[from]!, width: xAt[cut]! - xAt[from]! });
    from = cut + 1;
  }
  out.push({ ...run, text: chars.slice(from).join(''), x: xAt[from]!, width: run.x + run.width - xAt[from]! });
  return out.filter((r) => r.text.trim());
}
