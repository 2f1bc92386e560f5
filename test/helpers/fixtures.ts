import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface Gold {
  organ?: string;
  name: string;
  region: string[];
  year: number;
  published?: string;
  template: 2019 | 2021;
  facts: Record<string, number>;
}

export function seeds(): Array<{ id: string; file: string; text: string; gold: Gold }> {
  return readdirSync(join(FIXTURES, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.txt$/, '');
      const file = join(FIXTURES, 'seeds', f);
      return { id, file, text: readFileSync(file, 'utf8'), gold: JSON.parse(readFileSync(join(FIXTURES, 'gold', `${id}.json`), 'utf8')) as Gold };
    });
}
