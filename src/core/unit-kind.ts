/**
 * What kind of body a report's unit is, told from the end of its name (or its organ's): the
 * level users ask by (哪些乡镇, 哪些街道, which departments). The name is the parser's unit name,
 * whose 人民政府 / 办事处 the parser has already cut off.
 */

export const UNIT_KINDS = ['township', 'street', 'county', 'city', 'province', 'department', 'zone', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

// Checked in this order: a zone's 管理委员会 is the zone, a street's 办事处 (东郊办事处) the
// street, an office of a township (…镇党政办) a department.
const KINDS: ReadonlyArray<readonly [UnitKind, RegExp]> = [
  ['zone', /(开发区|园区|产业园|试验区|示范区|合作区|实验区|保税区|高新区|经开区|经济区|管委会|管理委员会|度假区|风景区|景区)$/u],
  ['other', /社区$/u],
  ['street', /(街道|街|^[^区县市局委]*办事处)$/u],
  ['department', /(局|厅|委|委员会|办|办公室|中心|院|所|站|队|处|署|馆|会|部|室|社|公司|集团|支队|大队)$/u],
  ['township', /(乡|镇|苏木|管理区|[农林牧渔茶]场|园艺场)$/u],
  ['county', /(县|区|旗|林区|特区)$/u],
  ['city', /(市|州|盟|地区)$/u],
  ['province', /(省|自治区)$/u],
];

const GOVERNMENT = /(人民政府|政府)$/u;

export function unitKind(name: string | null, organ: string | null = null): UnitKind {
  for (const text of [name, organ]) {
    if (!text) continue;
    const bare = text.replace(/\s+/gu, '').replace(GOVERNMENT, '').replace(/街道办事处$/u, '街道');
    if (!bare) continue;
    for (const [kind, re] of KINDS) if (re.test(bare)) return kind;
  }
  return 'other';
}
