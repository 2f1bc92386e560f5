/**
 * The seed questions (test/fixtures/questions.json) over the five seed reports, through the
 * command line's JSON, as outside checks call it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli.ts';
import { closeDatabase, ingestReport, openDatabase } from '../src/index/index.ts';
import { parseText } from '../src/parsers/index.ts';

interface Expected {
  name: string;
  year: number;
  key?: string;
  value: number;
}
const fixtures = JSON.parse(readFileSync('test/fixtures/questions.json', 'utf8')) as { questions: Array<{ q: string; expect: Expected[] }> };

const dir = mkdtempSync(join(tmpdir(), 'reportbot-ask-'));
const dbPath = join(dir, 'seeds.db');
{
  const db = openDatabase(dbPath);
  for (const f of readdirSync('test/fixtures/seeds').sort()) {
    const file = join('test/fixtures/seeds', f);
    const text = readFileSync(file, 'utf8');
    ingestReport(db, parseText(text, file), { file, hash: createHash('sha256').update(text).digest('hex') });
  }
  closeDatabase(db);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function askJson(q: string): Promise<{ question: string; answer: string; items: Array<Expected & { citation: Record<string, unknown> }> }> {
  let out = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (out += t), env: {}, isTty: false };
  const code = await main(['ask', q, '--db', dbPath, '--json'], io);
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe('seed questions', () => {
  it.each(fixtures.questions)('$q', async ({ q, expect: want }) => {
    const r = await askJson(q);
    expect(r.question).toBe(q);
    expect(r.answer.length).toBeGreaterThan(10);
    expect(r.items.map((i) => ({ name: i.name, year: i.year, key: i.key, value: i.value }))).toEqual(
      expect.arrayContaining(want.map((w) => ({ name: w.name, year: w.year, key: w.key ?? expect.any(String), value: w.value }))),
    );
    expect(r.items).toHaveLength(want.length);
    for (const i of r.items) expect(i.citation).toMatchObject({ file: expect.stringMatching(/seeds\//), line: expect.any(Number), method: expect.stringMatching(/table|prose/) });
  });

  it('cites a number read from prose with its sentence', async () => {
    const r = await askJson('2020年哪个乡镇报告了行政诉讼？');
    expect(r.items[0]!.citation).toMatchObject({ method: 'prose', evidence: expect.stringContaining('行政诉讼3件') });
    expect(r.answer).toContain('据报告正文');
  });

  it('says what was searched when nothing qualifies', async () => {
    const r = await askJson('2022年有乡镇因政府信息公开被申请行政复议吗？');
    expect(r.items).toEqual([]);
    expect(r.answer).toMatch(/2022年/);
    expect(r.answer).toMatch(/2份报告/);
    expect(r.answer).toContain('郑宅镇 2020年');
  });

  it('cites a sum of rows that are all 0 by its table and lines, not by one of its rows', async () => {
    const r = await askJson('湖塘乡2020年不予公开的申请有多少');
    expect(r.items.map((i) => i.value)).toEqual([0]);
    expect(r.answer).toMatch(/表三（三、收到和处理政府信息公开申请情况） \/ 总计 第\d+–\d+行：8项均为0$/);
  });

  it('answers without --json as plain text, and refuses an empty question', async () => {
    let out = '';
    const io: Io = { out: (t) => void (out += t), err: (t) => void (out += t), env: { REPORTBOT_DB: dbPath }, isTty: false };
    expect(await main(['ask', '湖塘乡2020年收到多少政府信息公开申请？'], io)).toBe(0);
    expect(out).toContain('湖塘乡');
    expect(await main(['ask', '  '], io)).toBe(2);
  });
});
