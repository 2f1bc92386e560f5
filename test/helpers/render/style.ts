/**
 * The ways real reports write the same thing: numbering, brackets, label variants and typos.
 * One `Style` is drawn per rendering, so a report is consistent with itself, as real ones mostly are.
 */
import type { Rng } from '../generate.ts';

export interface Style {
  /** （一） or (一) */
  paren(s: string): string;
  /** 1. / 1、 / 1． before a sub-row label */
  sub(n: number): string;
  /** ： or : */
  colon: string;
  /** ， or , */
  comma: string;
  /** spaces between the characters of short header labels (结 果 维 持) */
  spaced: boolean;
  socialOrg: string;
  repealed: string;
  /** 第二十六条 where 第二十条 is meant, for the (六) group of 表二 */
  article6: string;
  /** older or sloppier wording of some 表三 labels */
  variantLabels: boolean;
  resultGroup: string;
  /** zeros of 表二 printed as 无 */
  zeroAsWu: boolean;
  /** 收费金额 printed with four decimals, as its header asks */
  fixed4: boolean;
  /** the title line's form */
  titleForm: number;
  /** where the publication date stands */
  datePlace: 'end' | 'top';
}

export function pickStyle(r: Rng): Style {
  const full = r.chance(0.6);
  const subMark = r.pick(['.', '、', '．']);
  const spaced = r.chance(0.25);
  return {
    paren: (s) => (full ? `（${s}）` : `(${s})`),
    sub: (n) => `${n}${subMark}`,
    colon: full ? '：' : ':',
    comma: full ? '，' : ',',
    spaced,
    socialOrg: r.chance(0.3) ? '社会组织' : '社会公益组织',
    repealed: r.chance(0.25) ? '本年度止件数' : '本年废止件数',
    article6: r.chance(0.2) ? '第二十六条' : '第二十条',
    variantLabels: r.chance(0.3),
    resultGroup: r.chance(0.2) ? '本年度办理结果' : '三、本年度办理结果',
    zeroAsWu: r.chance(0.1),
    fixed4: r.chance(0.3),
    titleForm: r.int(0, 4),
    datePlace: r.chance(0.3) ? 'top' : 'end',
  };
}

/** 结果维持 → 结 果 维 持, when the style spaces short labels. */
export function spaceOut(style: Style, label: string): string {
  return style.spaced && label.length <= 6 ? [...label].join(' ') : label;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function cnNumber(n: number): string {
  return n <= 10 ? CN_DIGITS[n]! : `十${CN_DIGITS[n - 10]!}`;
}
