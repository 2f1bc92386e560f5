/** The words prose patterns are made of: counts, gaps left by line breaks, what a request is called. */
import { CHINESE_NUMERAL_CHARS } from '../../core/numerals.ts';

export const NUM = '(\\d+(?:\\.\\d+)?)';
// counts are also written in words: 二件, 十二件, 零件
export const COUNT = `(\\d+|[${CHINESE_NUMERAL_CHARS}]+)`;
export const GAP = '\\u0001?';
export const COUNT_UNIT = `${GAP}(?:件|起|宗|个|条|次|项|例|份)`;

export interface Pattern {
  key: string;
  re: RegExp;
  /** the value when the pattern states "none" */
  zero?: boolean;
  unit?: boolean;
  /** what the match must not hold: a statement about part of what the key counts */
  unless?: RegExp;
}

/**
 * what a request is called: 信息公开申请, 依申请政府信息公开事项, 依申请公开请求, 依申请公开来信, 依申请信息公开,
 * 申请公开相关政府信息(的要求), 信息公开书面申请, 依申请件, 依申请公开办件 (a line may break inside)
 */
export const REQUEST = `(?:依申请)?(?:政府)?(?:信息)?${GAP}公开${GAP}的?(?:书面|当面|网络|网上|信函|传真)?(?:申请|请求|事项)|依申请(?=件)|依申请${GAP}公开(?:政府信息|信息)?(?:办理)?(?:申请|请求|事项|来信|来函|信件|办件)?|公开政府(?:政务)?信息的?申请|依申请(?:政府)?信息公开|申请公开(?:相关)?的?政府信息(?:的要求)?|(?:政府)?信息申请公开`;
/** a request that led to a review or a suit: "未发生因政府信息公开申请提起的行政复议" speaks of those, not of requests */
export const NOT_OF_REVIEW = `(?![^。;，,\\u0001\\d]{0,8}?(?:行政复议|复议|行政诉讼|诉讼))`;

/** after 依申请公开, "(信息)共 N", "案件315件": the count of requests by their name, its unit after it */
export const ASKED = `(?:政府信息|政务信息|信息|申请|请求|事项|案件)?(?:共|数量?为?)?(?:受理|收到)?${GAP}${COUNT}`;
/**
 * Not after a verb of answering or handling within its clause. Each test stands after the word
 * it guards and looks back over it: a pattern that opens with a lookbehind is tried at every
 * position of the text, one that opens with its word only where the word stands.
 */
export const NOT_DONE = '(?<!(?:答复|办结|办理|回复|处理|完成)[^。;，,\\d]{0,6}依申请公开)';

/** a verb of receiving requests ("接收" reads on over 到 where words may follow) */
export const RECEIVE = '(?:收到|受理|新收|接收到?|接到)';
/** a carrying over, written either way round */
export const CARRY = '(?:结转|转结)';
/** the year a request is carried into: 下年度, 下一年度, 次年 */
export const NEXT_YEAR = '(?:下一?年度?|次年度?)';
export const YEAR = '(?:19|20)\\d{2}年度?';

/** a review or suit over another act than disclosure: "因具体行政行为被提起行政诉讼2起" */
export const OTHER_ACT = (word: string): string => `(?<!(?:具体行政行为|行政处罚|行政执法|行政许可|征收|拆迁)[^。;，,\\d]{0,12}${word})`;
