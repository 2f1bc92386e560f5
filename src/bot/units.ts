/** A unit named by a user: exactly, in part, or — when nothing fits — the nearest names. */
import { normalizeText } from '../core/text.ts';
import type { UnitRow } from '../index/index.ts';

const SUFFIX = /(街道|人民政府|办事处|管理委员会|[省市县区旗盟州乡镇])$/u;

export interface UnitMatch {
  /** units the name fits; one means it is settled */
  fits: UnitRow[];
  /** when nothing fits: the closest names */
  near: UnitRow[];
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

function dice(x: Set<string>, y: Set<string>): number {
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size || 1);
}

/** Shared characters catch a wrong character (湖唐乡 → 湖塘乡); shared pairs reward order. */
function similarity(a: string, b: string): number {
  return (dice(new Set(a), new Set(b)) + dice(bigrams(a), bigrams(b))) / 2;
}

export function place(u: { name: string; region: string[] }): string {
  return u.region.length ? `${u.name}（${u.region.join('')}）` : u.name;
}

export function matchUnits(units: UnitRow[], name: string, limit = 8): UnitMatch {
  const q = normalizeText(name).replace(/\s+/g, '');
  if (!q) return { fits: [], near: [] };
  const full = (u: UnitRow): string => normalizeText(u.region.join('') + u.name);
  const exact = units.filter((u) => normalizeText(u.name) === q || full(u) === q || full(u).endsWith(q) && q.length > u.name.length);
  if (exact.length) return { fits: exact, near: [] };
  const stem = q.replace(SUFFIX, '');
  const partial = units.filter((u) => {
    const n = normalizeText(u.name);
    return n.includes(q) || (stem.length >= 2 && n.includes(stem)) || (n.replace(SUFFIX, '').length >= 2 && q.includes(n.replace(SUFFIX, '')));
  });
  if (partial.length) return { fits: partial, near: [] };
  const near = units
    .map((u) => ({ u, s: similarity(q, normalizeText(u.name)) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, limit)
    .map((x) => x.u);
  return { fits: [], near };
}

/** Units inside a region named by the user (any level of their region, or the unit itself). */
export function unitsInRegion(units: UnitRow[], region: string): UnitRow[] {
  const q = normalizeText(region).replace(/\s+/g, '');
  if (!q) return units;
  const stem = q.replace(SUFFIX, '');
  return units.filter((u) => u.region.some((r) => { const n = normalizeText(r); return n === q || (stem.length >= 2 && n.includes(stem)); }));
}
