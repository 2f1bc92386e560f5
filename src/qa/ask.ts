/**
 * src/qa's entry point: a question to the reply and the cited items of SCHEMA.md's `ask --json`.
 * An Asker keeps what it learned of the index (units, their names in pinyin, years) until
 * `refresh()`, so a question costs only its own queries.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { listUnits, searchText, yearsInData, type Db } from '../index/index.ts';
import { buildCatalogue, runQuery, toItem, type Catalogue, type Item } from './answer.ts';
import { followUp } from './follow-up.ts';
import { formatOutcome, formatSearch } from './format.ts';
import { understandWithModel } from './model.ts';
import { buildPlaceIndex } from './places.ts';
import type { Query } from './query.ts';
import { understand, type Knowledge } from './understand.ts';

export interface AskResult {
  question: string;
  answer: string;
  items: Item[];
  /** how the question was read; absent for a text search */
  query?: Query;
  /** true when the reply is full-text search results, not statistics */
  search: boolean;
}

export interface Asker {
  /** `previous`: how the question before it was read, for a follow-up ("那2023年呢？") */
  ask(question: string, previous?: Query): Promise<AskResult>;
  /** the rule path alone, without a model: synchronous */
  askRules(question: string, previous?: Query): AskResult;
  /** re-read units and years after the index changed */
  refresh(): void;
}

export function createAsker(db: Db, opts: { model?: BaseChatModel } = {}): Asker {
  let k: Knowledge;
  let cat: Catalogue;
  const refresh = (): void => {
    const units = listUnits(db);
    const years = yearsInData(db);
    k = { places: buildPlaceIndex(units), years };
    cat = buildCatalogue(units, years);
  };
  refresh();

  const answer = (question: string, q: Query): AskResult => {
    const outcome = runQuery(db, q, cat);
    return { question, answer: formatOutcome(outcome), items: outcome.rows.map(toItem), query: q, search: false };
  };
  const search = (question: string, lang: 'zh' | 'en'): AskResult => ({
    question,
    answer: formatSearch(searchText(db, question, { limit: 5 }), lang),
    items: [],
    search: true,
  });

  return {
    refresh,
    askRules(question, previous) {
      const q = followUp(question, previous, k) ?? understand(question, k);
      return q.intent === 'search' ? search(question, q.lang) : answer(question, q);
    },
    async ask(question, previous) {
      const q = followUp(question, previous, k) ?? understand(question, k);
      if (q.intent !== 'search') return answer(question, q);
      const fromModel = opts.model ? await understandWithModel(opts.model, question, k, q.lang) : null;
      return fromModel ? answer(question, fromModel) : search(question, q.lang);
    },
  };
}

/** One question against a database, for callers that ask once. */
export function ask(db: Db, question: string, opts: { model?: BaseChatModel } = {}): Promise<AskResult> {
  return createAsker(db, opts).ask(question);
}
