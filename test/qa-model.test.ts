/** The model path, with @langchain/core's fake chat model: it only reads, the index answers. */
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, type UnitRow } from '../src/index/index.ts';
import { createAsker } from '../src/qa/ask.ts';
import { clampQuery } from '../src/qa/model.ts';
import { buildPlaceIndex } from '../src/qa/places.ts';
import { corpusDb } from './helpers/qa-corpus.ts';

const { db, reports } = corpusDb();
afterAll(() => closeDatabase(db));
const model = (reply: unknown): FakeListChatModel => new FakeListChatModel({ responses: [JSON.stringify(reply)] });
const stored = (name: string, year: number, key: string): unknown => reports.find((r) => r.report.name === name && r.report.year === year)!.values[key];

describe('model path', () => {
  it('answers a question the rules cannot read from the index, not from the model', async () => {
    const asker = createAsker(db, { model: model({ intent: 'value', keys: ['t4.litigation.total'], years: [2022], places: ['郑宅镇'], value: 999 }) });
    const r = await asker.ask('郑宅那边去年跟人对簿公堂几回');
    expect(r.search).toBe(false);
    expect(r.items).toEqual([expect.objectContaining({ name: '郑宅镇', year: 2022, key: 't4.litigation.total', value: stored('郑宅镇', 2022, 't4.litigation.total') })]);
  });

  it('is not asked when the rules read the question', async () => {
    const asker = createAsker(db, { model: model({ intent: 'list', keys: ['t2.fees.amount'], years: [], places: [] }) });
    const r = await asker.ask('郑宅镇2022年行政诉讼多少件');
    expect(r.items.map((i) => i.key)).toEqual(['t4.litigation.total']);
  });

  it.each([
    ['unknown keys', { intent: 'list', keys: ['t9.bogus.total'], years: [], places: [] }],
    ['years the data does not have', { intent: 'list', keys: ['t4.review.total'], years: [1999], places: [] }],
    ['a reply that is not a query', { answer: 42 }],
  ])('falls back to a text search on %s', async (_, reply) => {
    const r = await createAsker(db, { model: model(reply) }).ask('总体情况怎么样');
    expect(r.search).toBe(true);
    expect(r.items).toEqual([]);
  });

  it('clamps what it is given: names to units, applicant column into the key', () => {
    const units: UnitRow[] = [{ id: 7, name: '湖塘乡', region: ['武义县'], kind: 'township', organ: null, years: [2022] }];
    const q = clampQuery({ intent: 'value', keys: ['t3.new_received.total', 'made.up'], years: [2022, 2030], places: ['湖塘', '不存在镇'], column: 'commercial' }, 'q', { places: buildPlaceIndex(units), years: [2022] }, 'zh');
    expect(q).toMatchObject({ intent: 'value', keys: ['t3.new_received.commercial'], years: [2022], places: [{ unitIds: [7], kind: 'unit' }] });
  });
});
