/**
 * `npm run bench [-- SECTION... --count N --seed N --budget SECONDS]`: runs the benchmark sections and prints
 * their figures. A section is a file of its own exporting a function that returns Figures.
 * By default parse reads 10,000 generated reports, index ingests 50,000 (and asks over them), and
 * the bot answers over that same database; --count sets both counts.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchParse } from './parse.ts';
import { botFigures } from './bot.ts';
import { benchIndex } from './index.ts';
import type { Figures } from './figures.ts';

interface BenchArgs {
  count: number | undefined;
  seed: number;
  budget: number;
  /** the database the index section builds, which the bot section then answers over */
  db: string;
}

const SECTIONS: Record<string, (args: BenchArgs) => Promise<Figures>> = {
  parse: (a) => benchParse({ ...a, count: a.count ?? 10_000 }),
  index: (a) => benchIndex({ count: a.count ?? 50_000, seed: a.seed, dbPath: a.db }),
  bot: (a) => {
    const db = process.env.REPORTBOT_DB ?? (existsSync(a.db) ? a.db : undefined);
    return botFigures(db ? { db } : {});
  },
};

function print(f: Figures): void {
  const width = Math.max(...f.rows.map(([name]) => name.length));
  console.log(`\n== ${f.section}`);
  for (const [name, value] of f.rows) console.log(`  ${name.padEnd(width)}  ${value}`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '1' },
      budget: { type: 'string', default: '90' },
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'reportbot-bench-'));
  const args: BenchArgs = {
    count: values.count === undefined ? undefined : Number(values.count),
    seed: Number(values.seed),
    budget: Number(values.budget),
    db: join(dir, 'bench.db'),
  };
  try {
    const names = positionals.length ? positionals : Object.keys(SECTIONS);
    for (const name of names) {
      const section = SECTIONS[name];
      if (!section) {
        console.error(`unknown bench section "${name}"; sections: ${Object.keys(SECTIONS).join(', ')}`);
        process.exitCode = 2;
        return;
      }
      print(await section(args));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
