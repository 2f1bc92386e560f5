import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportbotError } from '../src/core/errors.ts';
import { parseBytes, parseText } from '../src/parsers/index.ts';
import { seeds } from './helpers/fixtures.ts';

const SEEDS = seeds();

/** Parsing may refuse input with a ReportbotError; anything else escaping is a bug. */
async function survives(bytes: Uint8Array, name = 'input.txt'): Promise<void> {
  try {
    const r = await parseBytes(bytes, name);
    expect(Array.isArray(r.facts)).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(ReportbotError);
    expect((e as Error).message).not.toContain('\n');
  }
}

describe('arbitrary input never throws out of the parser', () => {
  it('random bytes, under any name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('a.txt', 'a.html', 'a.docx', 'a.pdf', 'a.md', 'a'), async (bytes, name) => {
        await survives(bytes, name);
      }),
      { numRuns: 300 },
    );
  });

  it('random unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2000 }), async (s) => {
        await survives(new TextEncoder().encode(s));
      }),
      { numRuns: 300 },
    );
  });

  it.each(SEEDS.map((s) => [s.id, s.text] as const))('seed %s truncated at any point', async (_id, text) => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length }), async (cut) => {
        await survives(new TextEncoder().encode(text.slice(0, cut)));
      }),
      { numRuns: 60 },
    );
  });

  it.each(SEEDS.map((s) => [s.id, s.text] as const))('seed %s with its lines shuffled', async (_id, text) => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(text.split('\n'), { minLength: 0 }), async (lines) => {
        await survives(new TextEncoder().encode(lines.join('\n')));
      }),
      { numRuns: 40 },
    );
  });

  it('a huge report (every seed 200 times over) parses', () => {
    const huge = SEEDS.map((s) => s.text).join('\n').repeat(200);
    const r = parseText(huge, 'huge.txt');
    expect(r.name).toBe('盐镇乡');
  });

  it.each([
    ['empty', new Uint8Array(), 'EMPTY_FILE'],
    ['a PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), 'UNSUPPORTED_FORMAT'],
    ['prose that is no report', new TextEncoder().encode('今天天气很好，我们去公园散步。\n明天再说。'), 'NOT_A_REPORT'],
  ])('%s gets a clear one-line error', async (_name, bytes, code) => {
    const err = await parseBytes(bytes, 'x.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportbotError);
    expect((err as ReportbotError).code).toBe(code);
    expect((err as Error).message).toMatch(/^x\.txt: /);
  });
});
