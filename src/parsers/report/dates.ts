/** The report's year and publication date, where a title does not give them: statistics periods, date lines, signatures. */
import { chineseNumeral, yearDigits } from '../../core/numerals.ts';

export function findYear(all: string[]): number | null {
  for (const line of all) {
    // "2019年度政府信息公开…", "统计期限为2025年1月1日至…", "自2025年1月1日起至2025年12月31日止"; not in a
    // document it cites ("公开发布《国家新闻出版署2021年政府信息公开工作年度报告》": last year's), nor one it lists
    // among what it published ("…及2019年度信息公开工作报告")
    const l = line.includes('《') ? line.replace(/《[^》]*》/g, '') : line;
    const m = /(?<![及和与、])((?:19|20)\d{2})年度?(?:政府)?信息公开|统计(?:期限|时限|期间|时间|区间|周期|起止时间|起止日期)[为是从自:]{0,2}((?:19|20)\d{2})年|自((?:19|20)\d{2})年1月1日起?[至到]/.exec(l);
    if (m) return Number(m[1] ?? m[2] ?? m[3]);
  }
  // the overview's first words: "2020年度我街办…", "2022年，太平镇…"
  for (const l of all.slice(0, 40)) {
    const m = /^((?:19|20)\d{2})年度?(?:[,，以来]|[我本全该]|[^\d月]{2,12}(?:认真|坚持|严格|全面|持续))/.exec(l);
    if (m) return Number(m[1]);
  }
  // a sentence opening on the year inside a line ("…工作。2022年,我局…", "2019年度街道受理…"),
  // or the year's end as a cut-off ("截止2023年12月31日"): the year most of them name
  const seen = new Map<number, number>();
  for (const l of all.slice(0, 40)) {
    for (const m of l.matchAll(/(?:^|[。；;：:)）,，])\s*((?:19|20)\d{2})年(?:度|[,，]|[我本全该共])|截[止至]((?:19|20)\d{2})年12月31日/g)) {
      const y = Number(m[1] ?? m[2]);
      seen.set(y, (seen.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of seen) if (best === null || n > seen.get(best)!) best = y;
  return best;
}

/** 二〇二一年一月十五日 → 2021年1月15日: signatures are often dated in Chinese numerals. */
export function arabicDate(s: string): string {
  const m = /^([〇零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?$/.exec(s);
  if (!m) return s;
  return `${yearDigits(m[1]!)}年${chineseNumeral(m[2]!)}月${m[3] ? `${chineseNumeral(m[3])}日` : ''}`;
}

const pad = (n: string) => n.padStart(2, '0');

/** a labelled date: 发布日期 2022-09-06, [公开日期]2019-03-25, 成文时间:2022年1月8日 */
const LABELLED_DATE = '[\\]】]?[:]?((?:19|20)\\d{2})[-年./](\\d{1,2})[-月./](\\d{1,2})';
const PUBLISHED_ON = new RegExp(`发布(?:日期|时间)${LABELLED_DATE}`);
const DATED = new RegExp(`(?:发布|成文|印发|公开|生成)?(?:日期|时间)(?:/有效期)?${LABELLED_DATE}`);

export function findPublished(all: string[], year: number | null): string | null {
  for (const l of all.slice(0, 20)) {
    // (the date it was published before the date it was written: "成文日期 2022-01-08 发布日期 2022-09-06")
    const m = PUBLISHED_ON.exec(l) ?? DATED.exec(l);
    if (m) return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
    // a page's date line under the title: "2022年01月18日来源:…", "2023-01-30 09:12", "2022-01-01 20:51 (点击: )",
    // "2022-01-29 10:27:52 陆丰市人民政府办公室", "2024-01-26 伊宁县人民政府办公室"
    const d = /^[•·-]?((?:19|20)\d{2})[-年./](\d{1,2})[-月./](\d{1,2})日?(?:\d{1,2}:\d{2}(?::\d{2})?(?!\d)|(?=来源|浏览|[(（]?点击|$|[\u4e00-\u9fff]{2,24}(?:办公室|政府|局|委员会|办事处|管委会)$))/.exec(l);
    if (d && (year === null || Number(d[1]) > year)) return `${d[1]}-${pad(d[2]!)}-${pad(d[3]!)}`;
    // the date in brackets under the title: "(2022年1月)", "(二〇二二年一月二十日)", "(2023-01-06)"
    const inner = /^[(（](.*)[)）]$/.exec(l)?.[1];
    const b = inner ? /^((?:19|20)\d{2})(?:年|[-./])(\d{1,2})(?:月|[-./])?(?:(\d{1,2})日?)?$/.exec(arabicDate(inner)) : null;
    if (b && (year === null || Number(b[1]) > year)) return b[3] ? `${b[1]}-${pad(b[2]!)}-${pad(b[3])}` : `${b[1]}-${pad(b[2]!)}`;
  }
  for (const l of all.slice(-12).reverse()) {
    const m = /^((?:19|20)\d{2})[年.\-/](\d{1,2})[月.\-/]?(?:(\d{1,2})日?)?$/.exec(arabicDate(l));
    if (!m || (year !== null && Number(m[1]) < year)) continue;
    return m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`;
  }
  return null;
}
