/** What the full-text index holds for a section: its words, plus the names of its unit. */
import { segmentForIndex } from './segment.ts';

export function indexSectionText(text: string, names: string[]): string {
  return `${segmentForIndex(text)} ${segmentForIndex(names.join(' '))}`.trim();
}
