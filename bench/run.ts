/**
 * `npm run bench [-- SECTION... --count N --seed N --budget SECONDS]`: runs the benchmark sections and prints
 * their figures. A section is a file of its own exporting a function that returns Figures.
 */
import { parseArgs } from 'node:util';
import { benchParse } from './parse.ts';
import { botFigures } from './bot.ts';
import { benchIndex } from './index.ts';
import type { Figures } from './figures.ts';

interface BenchArgs {
  count: number;
  seed: number;
  budget: number;
}

const SECTIONS: Record<string, (args: BenchArgs) => Promise<Figures>> = {
  parse: (a) => benchParse(a),
  index: (a) => benchIndex({ count: a.count, seed: a.seed }),
  bot: () => botFigures({ ...(process.env.REPORTBOT_DB ? { db: process.env.REPORTBOT_DB } : {}) }),
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
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      budget: { type: 'string', default: '90' },
    },
  });
  const args: BenchArgs = { count: Number(values.count), seed: Number(values.seed), budget: Number(values.budget) };
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
}

await main();
