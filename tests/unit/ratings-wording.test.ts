/**
 * The rating definitions the site calls the documents' own are found, word for word, in the seed
 * documents next to their code. The legend lines are copied verbatim from the seeds into
 * tests/fixtures/seed-excerpts (so the test runs where ../shared/seeds is absent), and checked
 * against the seeds themselves wherever they are present.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../../src/lib/ratings.ts';

const EXCERPT = readFileSync(path.resolve('tests/fixtures/seed-excerpts/rating-legends.txt'), 'utf8');
const excerptLines = EXCERPT.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
const SEEDS = path.resolve('../shared/seeds');
const SEED_FILES = ['000_f4a373978491446a.txt', '003_b43bd82860e1b340.txt'];

/** How the seeds print a code before its definition: 「ア:有効…」「A: 順調」「(i)取組…」「-: 中間…」. */
const codeForms = (code: string) => (code === '－' ? ['-', '—', '－'] : [code]);
const SEPARATORS = ['', ':', ': ', ' '];

function printed(text: string, code: string, definition: string): boolean {
  return codeForms(code).some((c) => SEPARATORS.some((sep) => text.includes(`${c}${sep}${definition}`)));
}

const cases = Object.values(VOCABULARIES).flatMap((vocab) =>
  vocab.codes.flatMap((c) => [
    { vocabulary: vocab.id, code: c.code, form: '自己評価', definition: c.definition },
    ...(c.midtermDefinition ? [{ vocabulary: vocab.id, code: c.code, form: '中間振り返り', definition: c.midtermDefinition }] : []),
  ]),
);

describe('rating definitions are the documents\' own words', () => {
  it.each(cases)('$vocabulary $code ($form): 「$definition」 is printed in the seed after its code', ({ vocabulary, code, definition }) => {
    expect(printed(EXCERPT, code, definition), vocabulary).toBe(true);
  });

  it('adds no words of ours to a definition (③ is 撤退基準未達成, nothing more)', () => {
    const three = VOCABULARIES.achievement.codes.find((c) => c.code === '③')!;
    expect(three.definition).toBe('撤退基準未達成');
    expect(three.midtermDefinition).toBeUndefined();
    for (const vocab of Object.values(VOCABULARIES)) {
      for (const c of vocab.codes) expect(`${c.definition}${c.midtermDefinition ?? ''}`).not.toMatch(/取組の再構築|中間振り返りでは/);
    }
  });

  it('words the 中間振り返り and 自己評価 forms differently where the documents do', () => {
    const cross = VOCABULARIES.initiativeEffectiveness.codes.find((c) => c.code === '×')!;
    expect([cross.definition, cross.midtermDefinition]).toEqual(['有効でないため見直す', '有効でないため取組を見直す']);
    expect(printed(EXCERPT, '×', '有効でないため見直す')).toBe(true);
    expect(printed(EXCERPT, '×', '有効でないため取組を見直す')).toBe(true);
  });
});

describe.runIf(existsSync(SEEDS))('the excerpt', () => {
  it('is copied from the seed documents as they are', () => {
    const seeds = SEED_FILES.map((f) => readFileSync(path.join(SEEDS, f), 'utf8')).join('\n');
    for (const line of excerptLines) expect(seeds, line).toContain(line);
  });
});
