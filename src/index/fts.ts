/**
 * What the full-text index holds for a section: its distinct words, plus the names of its unit.
 * Search only asks the index which passages hold a word (ranking counts the words in the
 * section's own text), so each word is indexed once per section: half the words of a report,
 * since table rows repeat theirs.
 */
import { addIndexWords } from './segment.ts';

export function sectionTerms(text: string, names: readonly string[]): Set<string> {
  const terms = addIndexWords(text, new Set());
  for (const n of names) addIndexWords(n, terms);
  return terms;
}

export function indexSectionText(text: string, names: readonly string[]): string {
  return [...sectionTerms(text, names)].join(' ');
}
