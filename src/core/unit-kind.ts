/**
 * What kind of body a report's unit is, told from the end of its name (or its organ's): the
 * level users ask by (哪些乡镇, 哪些街道, which departments). The name is the parser's unit name,
 * whose 人民政府 / 办事处 the parser has already cut off.
 */
import { DEPARTMENT_WORDS, OFFICE_WORDS, TOWNSHIP_WORDS, ZONE_WORDS, anyOf } from './organs.ts';

export const UNIT_KINDS = ['township', 'street', 'county', 'city', 'province', 'department', 'zone', 'other'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const end = (...groups: ReadonlyArray<readonly string[]>): RegExp => new RegExp(`${anyOf(...groups)}$`, 'u');

// Checked in this order: a zone's 管理委员会 is the zone, a street's 办事处 (东郊办事处) the
// street, an office of a township (…镇党政办) a department. 新区 is left to the county test:
// most (浦东新区) are districts.
const KINDS: ReadonlyArray<readonly [UnitKind, RegExp]> = [
  ['zone', end(ZONE_WORDS.filter((w) => w !== '新区'), ['产业园', '管委会', '管理委员会', '度假区', '风景区', '景区'])],
  ['other', /社区$/u],
  ['street', /(街道|街|^[^区县市局委]*办事处)$/u],
  ['department', end(DEPARTMENT_WORDS, OFFICE_WORDS, ['所', '站', '队', '处', '馆', '会', '部', '室', '社', '公司', '集团'])],
  ['township', end(TOWNSHIP_WORDS.filter((w) => w !== '街道'), ['管理区', '农场', '林场', '牧场', '渔场', '茶场', '园艺场'])],
  ['county', end(['县', '区', '旗', '林区', '特区'])],
  ['city', end(['市', '州', '盟', '地区'])],
  ['province', end(['省', '自治区'])],
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
