/**
 * The words a public body's name ends in, by what they make it. Every pattern over organ and
 * unit names (the parsers' metadata, the index's unit levels) is built from these lists, so a
 * word learned once is known everywhere.
 */

/** the government of a place, or its office: 丰城市人民政府, 白沙街道办事处, 园区管委会 */
export const GOVERNMENT_WORDS = ['人民政府机关', '人民政府', '办事处', '管理委员会', '管委会'] as const;
/** a department of a government: 临沂市市场监督管理局, 刚察县人民政府办公室, 县发改委 */
export const DEPARTMENT_WORDS = ['办公室', '委员会', '局', '厅', '署', '委', '中心', '院'] as const;
/** a department's office, which answers for it: 发改委办公室, 党政办 */
export const OFFICE_WORDS = ['办公室', '办'] as const;
/** the township level (乡级区划), 街道 among it */
export const TOWNSHIP_WORDS = ['街道', '苏木', '乡', '镇'] as const;
/** a place above the township level */
export const PLACE_WORDS = ['省', '市', '州', '县', '区', '旗', '盟'] as const;
/** a development zone, as its officials write it */
export const ZONE_WORDS = ['开发区', '新区', '园区', '实验区', '示范区', '试验区', '合作区', '经济区', '高新区', '经开区', '保税区', '港区'] as const;

/** The words as one alternation, longest first so that 人民政府机关 is not read as 人民政府. */
export function anyOf(...groups: ReadonlyArray<readonly string[]>): string {
  const words = [...new Set(groups.flat())].sort((a, b) => b.length - a.length);
  return `(?:${words.join('|')})`;
}
