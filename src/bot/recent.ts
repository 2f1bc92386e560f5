/**
 * How each person's last question in a chat was read, for a follow-up ("那2023年呢？"). Kept for a
 * while only (a follow-up comes minutes after its question, not days) and for a bounded number of
 * conversations, in memory: a restart forgets it, as a person would expect of a chat.
 */
import type { Query } from '../qa/query.ts';

const KEEP_MS = 30 * 60_000;
const MAX_CONVERSATIONS = 10_000;

export interface RecentQuestions {
  get(conversation: string, now: Date): Query | undefined;
  /** undefined forgets: a question that was no statistics question leaves nothing to follow */
  set(conversation: string, query: Query | undefined, now: Date): void;
}

export function recentQuestions(): RecentQuestions {
  const last = new Map<string, { query: Query; at: number }>();
  return {
    get(conversation, now) {
      const e = last.get(conversation);
      if (e && now.getTime() - e.at <= KEEP_MS) return e.query;
      last.delete(conversation);
      return undefined;
    },
    set(conversation, query, now) {
      last.delete(conversation);
      if (!query) return;
      // the oldest conversation goes first: a Map keeps insertion order
      if (last.size >= MAX_CONVERSATIONS) last.delete(last.keys().next().value!);
      last.set(conversation, { query, at: now.getTime() });
    },
  };
}
