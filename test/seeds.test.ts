import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parsers/index.ts';
import { normalizeText } from '../src/core/text.ts';
import { seeds } from './helpers/fixtures.ts';

const cases = seeds().map((s) => [s.id, s] as const);

describe.each(cases)('seed %s', (_id, seed) => {
  it('gives exactly its gold metadata', async () => {
    const r = await parseFile(seed.file);
    for (const field of ['organ', 'name', 'region', 'year', 'published', 'template'] as const) {
      if (seed.gold[field] !== undefined) expect(r[field], field).toEqual(seed.gold[field]);
    }
  });

  it('gives exactly its gold facts, one value per key', async () => {
    const r = await parseFile(seed.file);
    const got = new Map<string, Array<number | null>>();
    for (const f of r.facts) got.set(f.key, [...(got.get(f.key) ?? []), f.value]);
    for (const [key, value] of Object.entries(seed.gold.facts)) expect(got.get(key), key).toEqual([value]);
  });

  it('cites a line of the file that holds every fact', async () => {
    const r = await parseFile(seed.file);
    const lines = seed.text.split(/\r\n|\r|\n/).map((l) => normalizeText(l).replace(/\s+/g, ''));
    const keys = new Set(r.facts.map((f) => f.key));
    for (const f of r.facts) {
      const line = lines[f.line - 1];
      expect(line, `${f.key} line ${f.line}`).toBeDefined();
      if (f.derivedFrom) {
        for (const k of f.derivedFrom) expect(keys.has(k) || k.startsWith('t3.other.'), `${f.key} from ${k}`).toBe(true);
      } else if (f.method === 'table') {
        expect(line, `${f.key} raw ${f.raw} at line ${f.line}`).toContain(normalizeText(f.raw).replace(/\s+/g, ''));
      } else {
        expect(line, `${f.key} value ${f.value} at line ${f.line}`).toContain(String(f.value));
        expect(f.evidence).toBeTruthy();
      }
    }
  });
});
