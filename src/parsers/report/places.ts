/** Administrative places in a unit's name or before it: 阿拉善盟阿拉善右旗巴丹吉林镇 → its units. */
import { TOWNSHIP_WORDS, ZONE_WORDS, anyOf } from '../../core/organs.ts';

/**
 * a level character cannot open a unit (市吴兴区) nor end one twice (临沂市市); a unit is words
 * only (not "08:40来源:钦北区"), and holds no office (公安局船山区 of 遂宁市公安局船山区分局) nor
 * a department's words (住房和城乡 of 章贡区住房和城乡建设局, 城乡 of …县城乡规划局, 城市 of 南京市城市管理局)
 * — nor a county and the first character of a township after it (平昌县镇 of 平昌县镇龙镇; 老县镇 is a name)
 */
const BAD_SEGMENT = /^[省市州县区旗盟乡镇]|([市县区])\1$|^.{2,}[县区旗盟][乡镇]$|[县区旗][^县区旗]+[乡镇]$|[^\u3400-\u9fff]|局|政府|委员会|办公室|住房|^城[乡市]$/;
const LEVELS = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '经济技术开发区', '高新技术产业开发区', '开发区', '新区', '园区',
  '地区', '省', '市', '盟', '州', '县', '旗', '区', '街道', '乡', '镇', '苏木', '林场', '农场',
];
export const TOWNSHIP = new RegExp(`${anyOf(TOWNSHIP_WORDS)}$`);

/** Cut "阿拉善盟阿拉善右旗巴丹吉林镇" into its administrative units, preferring more, each at least two characters. */
export function segmentPlaces(s: string): { units: string[]; rest: string } {
  const best: Array<string[] | null> = new Array(s.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < s.length; i++) {
    const prev = best[i];
    if (!prev) continue;
    for (const lv of LEVELS) {
      for (let j = s.indexOf(lv, i + 1); j >= 0; j = s.indexOf(lv, j + 1)) {
        const end = j + lv.length;
        if (end - i < 2 || BAD_SEGMENT.test(s.slice(i, end))) continue;
        const cand = [...prev, s.slice(i, end)];
        const have = best[end];
        if (!have || cand.length > have.length) best[end] = cand;
      }
    }
  }
  for (let end = s.length; end > 0; end--) {
    const units = best[end];
    if (units) return { units: joinCityZones(units), rest: s.slice(end) };
  }
  return { units: [], rest: s };
}

/** what a development zone's name ends in, as its officials write it */
const ZONE = new RegExp(`${anyOf(ZONE_WORDS)}$`);

/**
 * A city's two characters without 市 before a zone are part of the zone's own name (湖州经济技术开发区,
 * 苏州工业园区, 兰州新区), not a unit of their own that 州 would make them.
 */
function joinCityZones(units: string[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    if (prev !== undefined && prev.length === 2 && prev.endsWith('州') && ZONE.test(u)) out[out.length - 1] = prev + u;
    else out.push(u);
  }
  return out;
}

/** where a run of place names before a unit's name may begin: a line's start, punctuation, words that lead to an address, a page's publisher field */
const PLACES_FROM = /[，,。；;：:、（(《\s]|请与|请联系|联系|公布|公开|地址为?|设于|位于|地处|向|由|关于|发布机构|来源|为/g;

/** words of a sentence, which the place cutter would take into a unit before a level's character ("全文包括扎赉特旗") */
export const NOT_A_PLACE = /的|我|本|公开|公布|发布|印发|在|对|及|请|联系|地址|目前|进一步|健全|完善|加强|根据|按照|通过|结合|围绕|依据|全文|包括|报告|为|是|向|由|与|将|已|共|等|各|时间|完成|工作|开展|推进|落实|做好|或|专栏|网站|依托/;

/** The longest run of higher levels printed right before the unit's name, none a township. */
export function regionAround(all: string[], name: string): string[] {
  let best: string[] = [];
  for (const l of all) {
    // (every place the name stands but a line's start, where nothing precedes it)
    for (let k = l.indexOf(name, 1); k > 0; k = l.indexOf(name, k + 1)) {
      const starts = [0, ...[...l.slice(Math.max(0, k - 24), k).matchAll(PLACES_FROM)].map((m) => Math.max(0, k - 24) + m.index + m[0].length)];
      for (const from of starts) {
        // (无锡市锡山区人民政府厚桥街道: the district's government between its places and the street)
        const run = l.slice(from, k).replace(/([市县区旗])人民政府$/, '$1');
        if (run.length < 2 || run.length > 20 || new RegExp(PLACES_FROM.source).test(run)) continue;
        const { units, rest } = segmentPlaces(run);
        if (!rest && units.length > best.length && !units.some((u) => TOWNSHIP.test(u) || NOT_A_PLACE.test(u))) best = units;
      }
    }
  }
  return best;
}

/** a zone's name that is only what it is: 高新区, 经济开发区, 工业园区 */
const GENERIC_ZONE = /^(?:国家)?(?:高新区|经开区|开发区|新区|经济开发区|经济技术开发区|高新技术产业开发区|高新技术开发区|工业园区|产业园区|工业园|产业园|工业集中区)$/;

/**
 * 高新区 alone names no zone: the place before it is part of its name (临沂高新区, 随县经济开发区),
 * as the report writes it, and leaves the region.
 */
export function zoneWithPlace(all: string[], name: string, organ: string | null, region: string[]): { name: string; organ: string | null; region: string[] } {
  const around = region.at(-1);
  if (!GENERIC_ZONE.test(name)) return { name, organ, region };
  if (!around) {
    // the zone named with its place in a document's title ("《鞍山高新区关于…》"), or where lines open, twice
    // at least ("咸宁高新区按照…"; not "今年经开区…")
    const text = all.join('\n');
    const named = (p: string, quoted: boolean): boolean => !NOT_A_PLACE.test(p) && !/[区园年今同此其]/.test(p) && (quoted || text.split(p + name).length > 2);
    const re = new RegExp(`(?:^|([《“]))([\\u4e00-\\u9fff]{2,3}?)${name}`);
    const place = all
      .map((l) => re.exec(l))
      .find((m) => m && named(m[2]!, m[1] !== undefined))?.[2];
    return place ? { name: place + name, organ: organ?.startsWith(name) ? place + organ : organ, region } : { name, organ, region };
  }
  const stem = around.replace(/[市县区]$/, '');
  const whole = stem.length >= 2 && all.some((l) => l.includes(stem + name)) ? stem + name : around + name;
  return { name: whole, organ: organ?.startsWith(name) ? whole + organ.slice(name.length) : organ, region: region.slice(0, -1) };
}
