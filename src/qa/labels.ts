/** What an answer calls a measure, in Chinese or English: the family's words and the column asked for. */
import { T4_COLUMN_LABELS, describeKey } from '../core/keys.ts';
import { FAMILIES, type ApplicantColumn, type T4Col } from './lexicon.ts';

const APPLICANT_LABELS: Record<ApplicantColumn, { zh: string; en: string }> = {
  natural_person: { zh: '自然人', en: 'natural persons' },
  commercial: { zh: '商业企业', en: 'businesses' },
  research: { zh: '科研机构', en: 'research institutions' },
  social_welfare: { zh: '社会公益组织', en: 'public-welfare organisations' },
  legal_service: { zh: '法律服务机构', en: 'legal service providers' },
  other_org: { zh: '其他申请人', en: 'other applicants' },
};

const T4_EN: Record<T4Col, string> = { upheld: 'upheld', corrected: 'corrected', other: 'other outcome', pending: 'pending' };
const T2_EN: Record<string, string> = {
  made: 'made',
  repealed: 'repealed',
  in_force: 'in force',
  published: 'newly published',
  total_published: 'total published',
  previous: 'previous year',
  change: 'change on the year',
  decisions: 'decisions',
  projects: 'projects',
  amount: 'amount',
};

/** A measure as a reader names it, e.g. 行政诉讼, "requests granted (businesses)", 行政复议（结果维持）. */
export function measureLabel(measure: string, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  for (const f of FAMILIES) {
    for (const applicant of [undefined, ...(Object.keys(APPLICANT_LABELS) as ApplicantColumn[])]) {
      if (f.measure({ applicant }) !== measure) continue;
      const who = applicant ? APPLICANT_LABELS[applicant][lang] : '';
      return who ? (zh ? `${who}${f.label.zh}` : `${f.label.en} (${who})`) : f.label[lang];
    }
    for (const col of Object.keys(T4_EN) as T4Col[]) {
      if (f.measure({ t4: col }) === measure) return zh ? `${f.label.zh}（${T4_COLUMN_LABELS[col]}）` : `${f.label.en} (${T4_EN[col]})`;
    }
    for (const col of Object.keys(f.t2Columns ?? {})) {
      if (f.measure({ t2: col }) !== measure) continue;
      const printed = describeKey(measure.split('|')[0]!)?.colLabel ?? col;
      // (政府集中采购金额 names the amount: another column is of 政府集中采购)
      return zh ? `${f.label.zh.replace(/金额$/, '')}（${printed}）` : `${f.label.en} (${T2_EN[col] ?? col})`;
    }
  }
  const first = measure.split('|')[0] ?? measure;
  const d = describeKey(first);
  return d ? `${d.rowLabel.replace(/^[一二三四(（][^、)）]*[、)）]/, '')}·${d.colLabel}` : first;
}
