/**
 * The issuing units of generated reports: townships, streets, counties, cities, departments and
 * development zones, with the higher levels a report may name. Names are made of characters that
 * survive simplified → traditional → simplified, so a report printed in traditional script must
 * still give back the same name.
 */
import type { Rng } from './generate.ts';

export const UNIT_KINDS = ['township', 'street', 'county', 'city', 'department', 'zone'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  kind: UnitKind;
  organ: string;
  name: string;
  region: string[];
}

interface Prefecture {
  name: string;
  /** the short form used in zone names, e.g. 金华 for 金华市 */
  short: string;
  counties: readonly string[];
}

const GAZETTEER: ReadonlyArray<{ province: string; prefectures: readonly Prefecture[] }> = [
  {
    province: '浙江省',
    prefectures: [
      { name: '金华市', short: '金华', counties: ['武义县', '浦江县', '兰溪市', '婺城区', '东阳市'] },
      { name: '湖州市', short: '湖州', counties: ['安吉县', '德清县', '吴兴区'] },
    ],
  },
  {
    province: '江西省',
    prefectures: [
      { name: '宜春市', short: '宜春', counties: ['丰城市', '樟树市', '靖安县', '袁州区'] },
      { name: '赣州市', short: '赣州', counties: ['瑞金市', '安远县', '章贡区'] },
    ],
  },
  {
    province: '内蒙古自治区',
    prefectures: [
      { name: '阿拉善盟', short: '阿拉善', counties: ['阿拉善右旗', '阿拉善左旗', '额济纳旗'] },
      { name: '呼伦贝尔市', short: '呼伦贝尔', counties: ['扎兰屯市', '陈巴尔虎旗', '海拉尔区'] },
    ],
  },
  {
    province: '山东省',
    prefectures: [
      { name: '聊城市', short: '聊城', counties: ['莘县', '阳谷县', '东昌府区'] },
      { name: '临沂市', short: '临沂', counties: ['兰陵县', '沂南县', '兰山区'] },
    ],
  },
  {
    province: '四川省',
    prefectures: [
      { name: '凉山彝族自治州', short: '凉山', counties: ['西昌市', '会理市', '冕宁县'] },
      { name: '绵阳市', short: '绵阳', counties: ['江油市', '三台县', '涪城区'] },
    ],
  },
  {
    province: '湖南省',
    prefectures: [{ name: '株洲市', short: '株洲', counties: ['醴陵市', '攸县', '炎陵县', '芦淞区'] }],
  },
];

// Stems carry no admin suffix (市, 县, 区, 乡, 镇 …) so a name never looks like two levels.
const STEMS = [
  '巴丹吉林', '柳屯', '郑宅', '湖塘', '城关', '石桥', '白沙', '青山', '金沙', '龙泉', '桃源', '新华',
  '东风', '红旗', '双河', '三江', '清水', '河口', '黄田', '马坪', '杨柳', '高桥', '长岭', '大洋', '凤凰',
  '安平', '永和', '太平', '兴隆', '福田', '梅林', '松山', '竹溪', '南岸', '北关', '东湖', '芦溪', '桂花',
  '荷塘', '黎明', '王庄', '张集', '赵楼', '孙庄', '塔尔湾', '雅布赖', '阿拉腾朝格', '上河', '柏林', '花园',
] as const;

const DEPARTMENTS = ['自然资源局', '教育局', '民政局', '财政局', '交通运输局', '卫生健康委员会', '生态环境局', '市场监督管理局', '农业农村局', '水利局'] as const;
const ZONES = ['经济技术开发区', '高新技术产业开发区', '经济开发区'] as const;

/** The last `n` levels of a chain, outermost first. */
function tail(chain: readonly string[], n: number): string[] {
  return n === 0 ? [] : chain.slice(-n);
}

export function pickUnit(r: Rng, kind: UnitKind): Unit {
  const { province, prefectures } = r.pick(GAZETTEER);
  const pref = r.pick(prefectures);
  const county = r.pick(pref.counties);
  const depth = r.int(0, 2);
  switch (kind) {
    case 'township': {
      const name = r.pick(STEMS) + r.pick(['乡', '镇', '镇']);
      return { kind, name, organ: `${name}人民政府`, region: tail([province, pref.name, county], depth) };
    }
    case 'street': {
      const name = `${r.pick(STEMS)}街道`;
      return { kind, name, organ: `${name}办事处`, region: tail([province, pref.name, county], depth) };
    }
    case 'county':
      return { kind, name: county, organ: `${county}人民政府`, region: tail([province, pref.name], depth) };
    case 'city':
      return pref.name.endsWith('市')
        ? { kind, name: pref.name, organ: `${pref.name}人民政府`, region: tail([province], Math.min(depth, 1)) }
        : { kind: 'county', name: county, organ: `${county}人民政府`, region: tail([province, pref.name], depth) };
    case 'department': {
      const atCounty = r.chance(0.4);
      const organ = (atCounty ? county : pref.name) + r.pick(DEPARTMENTS);
      return { kind, name: organ, organ, region: atCounty ? tail([province, pref.name], depth) : tail([province], Math.min(depth, 1)) };
    }
    case 'zone': {
      const name = pref.short + r.pick(ZONES);
      return { kind, name, organ: `${name}管理委员会`, region: tail([province, pref.name], depth) };
    }
  }
}
