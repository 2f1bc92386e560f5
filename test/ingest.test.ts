import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.ts';
import type { Io } from '../src/cli.ts';
import { closeDatabase, ingestPaths, listReports, openDatabase, queryFacts, stats } from '../src/index/index.ts';
import type { Db } from '../src/index/index.ts';
import { SEEDS_DIR, seedReports, writeReports } from './helpers/index-reports.ts';

const ROOT = join(import.meta.dirname, '..');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reportbot-ingest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A folder with the seeds (one nested), a dotfile, and a file that is no report. */
function folder(): string {
  const root = join(dir, 'in');
  mkdirSync(join(root, 'nested'), { recursive: true });
  const seeds = seedReports().map((s) => s.source.file);
  seeds.forEach((f, i) => copyFileSync(f, join(root, i === 0 ? 'nested' : '', `seed${i}.txt`)));
  writeFileSync(join(root, '.hidden.txt'), 'not read');
  writeFileSync(join(root, 'notes.txt'), '会议纪要：今天天气很好。');
  return root;
}

function captureIo(): Io & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', env: {}, isTty: false, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

/** What must hold whatever moment a writer stopped at. */
function assertConsistent(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const incomplete = db
    .prepare(
      `SELECT r.id FROM reports r WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.report_id = r.id)
          OR (SELECT count(*) FROM sections s WHERE s.report_id = r.id) <> 6`,
    )
    .all();
  expect(incomplete).toEqual([]);
  // every section is in the full-text index
  const missing = db.prepare(`SELECT count(*) FROM sections WHERE id NOT IN (SELECT rowid FROM passages)`).pluck().get();
  expect(missing).toBe(0);
  // the derived structures hold every report: the watermark at the newest, the lookup table complete
  expect(db.prepare(`SELECT folded_upto FROM derived_state`).pluck().get()).toBe(db.prepare(`SELECT max(id) FROM reports`).pluck().get());
  const facts = db.prepare(`SELECT count(*) FROM facts f JOIN reports r ON r.id = f.report_id WHERE r.superseded_by IS NULL AND r.year IS NOT NULL`).pluck().get();
  expect(db.prepare(`SELECT count(*) FROM fact_lookup`).pluck().get()).toBe(facts);
}

describe('ingestPaths', () => {
  it('walks folders, skips dotfiles, reports bad files and is idempotent', async () => {
    const db = openDatabase(join(dir, 'r.db'));
    try {
      const progress: number[] = [];
      const first = await ingestPaths(db, [folder(), join(dir, 'missing.pdf')], { onProgress: (done) => progress.push(done) });
      expect(first).toMatchObject({ added: 5, replaced: 0, unchanged: 0 });
      expect(first.failed.map((f) => f.file.replace(dir, ''))).toEqual(['/missing.pdf', '/in/notes.txt']);
      expect(first.failed[1]!.reason).toMatch(/not a 政府信息公开工作年度报告/);
      expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
      const again = await ingestPaths(db, [join(dir, 'in'), SEEDS_DIR]);
      expect(again).toEqual({ added: 0, replaced: 0, unchanged: 10, failed: [{ file: join(dir, 'in', 'notes.txt'), reason: expect.any(String) }] });
      expect(stats(db)).toMatchObject({ reports: 5, superseded: 0 });
    } finally {
      closeDatabase(db);
    }
  });

  it('runs as `reportbot ingest`, then search and stats read what it stored', async () => {
    const db = join(dir, 'cli.db');
    const io = captureIo();
    expect(await main(['ingest', folder(), '--db', db], io)).toBe(1);
    expect(io.stdout).toBe(`${db}: added 5, replaced 0, unchanged 0, failed 1\n`);
    expect(io.stderr).toMatch(/notes\.txt: not a 政府信息公开工作年度报告/);
    expect(io.stderr).toMatch(/\[6\/6\]/);
    const search = captureIo();
    expect(await main(['search', '郑宅', '--db', db, '--json'], search)).toBe(0);
    expect(JSON.parse(search.stdout)).toMatchObject([{ name: '郑宅镇', year: 2020 }]);
    const st = captureIo();
    st.env = { REPORTBOT_DB: db };
    expect(await main(['stats', '--json'], st)).toBe(0);
    expect(JSON.parse(st.stdout)).toMatchObject({ reports: 5, units: 5, years: [2020, 2021, 2022], failedChecks: 0 });
    expect(await main(['ingest'], captureIo())).toBe(2);
  });
});

function spawnIngest(args: string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['bin/reportbot.js', 'ingest', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('a real ingest process', () => {
  it('killed mid-ingest leaves a consistent database that a rerun completes', async () => {
    const files = join(dir, 'files');
    mkdirSync(files);
    const n = writeReports(files, 40).length;
    const path = join(dir, 'kill.db');
    closeDatabase(openDatabase(path));
    const child = spawnIngest([files, '--db', path]);
    const exited = new Promise((r) => child.on('exit', r));
    const reader = openDatabase(path, { readonly: true });
    try {
      let count = 0;
      for (let i = 0; i < 3000 && count < 5; i++) {
        await sleep(10);
        count = reader.prepare(`SELECT count(*) FROM reports`).pluck().get() as number;
      }
      child.kill('SIGKILL');
      await exited;
      expect(count).toBeGreaterThanOrEqual(5);
      // killed before its closing fold: the derived structures lag behind the reports
      expect(reader.prepare(`SELECT folded_upto FROM derived_state`).pluck().get()).toBeLessThan(reader.prepare(`SELECT max(id) FROM reports`).pluck().get() as number);
    } finally {
      closeDatabase(reader);
    }
    const db = openDatabase(path);
    try {
      assertConsistent(db);
      const partial = stats(db).reports;
      expect(partial).toBeLessThan(n);
      const rerun = await ingestPaths(db, [files]);
      expect(rerun).toMatchObject({ unchanged: partial, added: n - partial, failed: [] });
      assertConsistent(db);
      expect(stats(db)).toMatchObject({ reports: n, superseded: 0 });
    } finally {
      closeDatabase(db);
    }
  }, 120_000);

  it('lets a reader see the old or the new report during replacement, never half of one', async () => {
    const files = join(dir, 'versions');
    mkdirSync(files);
    // 12 corrections of one unit and year, each with other numbers
    const paths = writeReports(files, 12, 7000).map((p, i) => {
      const text = readFileSync(p, 'utf8').replace(/测试\d+号镇/g, '校正镇');
      writeFileSync(p, text);
      return { p, i };
    });
    const path = join(dir, 'read.db');
    closeDatabase(openDatabase(path));
    const child = spawnIngest([files, '--db', path]);
    let running = true;
    child.on('exit', () => (running = false));
    const reader = openDatabase(path, { readonly: true });
    let reads = 0;
    try {
      while (running) {
        // one read transaction: a snapshot
        reader.transaction(() => {
          const current = listReports(reader, { years: [2021] });
          if (current.length === 0) return;
          expect(current).toHaveLength(1);
          const facts = queryFacts(reader, { keys: ['t3.total_processed.total', 't4.review.total'], years: [2021] });
          expect(facts.map((f) => f.reportId)).toEqual([current[0]!.id, current[0]!.id]);
          const n = reader.prepare(`SELECT count(*) FROM facts WHERE report_id = ?`).pluck().get(current[0]!.id);
          expect(n).toBe(208);
          reads++;
        })();
        await sleep(2);
      }
    } finally {
      closeDatabase(reader);
    }
    expect(reads).toBeGreaterThan(0);
    const db = openDatabase(path);
    try {
      expect(stats(db)).toMatchObject({ reports: 1, superseded: paths.length - 1, units: 1 });
    } finally {
      closeDatabase(db);
    }
  }, 120_000);
});
