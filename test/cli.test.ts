import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli.ts';
import { FIXTURES } from './helpers/fixtures.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, isTty: false };
  const code = await main(args, io);
  return { code, out, err };
}

const missing = join(mkdtempSync(join(tmpdir(), 'reportbot-cli-')), 'none.db');

describe('bad input gets one clear line and a non-zero exit', () => {
  it.each([
    [['frob'], 2, /^reportbot: unknown command "frob"/],
    [['parse'], 2, /^reportbot parse: parse needs at least one FILE/],
    [['parse', '--bogus', 'x'], 2, /^reportbot parse: Unknown option '--bogus'/],
    [['ask'], 2, /^reportbot ask: ask needs a QUESTION/],
    [['ask', '有哪些乡镇', '--db', missing], 1, /no database here yet; add reports first with: reportbot ingest PATH --db/],
    [['stats', '--db', missing], 1, /no database here yet/],
    [['search', '诉讼', '--db', missing], 1, /no database here yet/],
  ])('%j', async (args, code, message) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('parse names an unreadable file and goes on with the rest', async () => {
    const r = await run(['parse', 'nope.txt', join(FIXTURES, 'seeds', '004_e84b3c5531a46bee.txt'), '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as Array<{ file: string; error?: string; name?: string }>;
    expect(json.map((x) => x.error ?? x.name)).toEqual(['nope.txt: no such file', '湖塘乡']);
  });
});

describe('parse without --json', () => {
  it('summarises each file: unit, year, template, non-zero facts', async () => {
    const r = await run(['parse', join(FIXTURES, 'seeds', '004_e84b3c5531a46bee.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('湖塘乡人民政府 (丰城市) · 2020年 · template 2019');
    expect(r.out).toContain('t2.procurement.projects=6');
    expect(r.out).toContain('t3.new_received.total=1');
  });
});

describe('a database from an older version', () => {
  it('is upgraded in place by a reading command', async () => {
    const { openDatabase, closeDatabase } = await import('../src/index/index.ts');
    const path = join(mkdtempSync(join(tmpdir(), 'reportbot-cli-')), 'old.db');
    closeDatabase(openDatabase(path, { migrateTo: 1 }));
    const r = await run(['ask', '2020年哪个乡镇报告了行政诉讼？', '--db', path, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).items).toEqual([]);
  });
});
