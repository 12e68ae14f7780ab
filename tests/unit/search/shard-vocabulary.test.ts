import { describe, expect, it } from 'vitest';
import { consistentShards, pagefindQueryWords, vocabularyBucket, type VocabularyFile } from '../../../src/lib/search/shard-vocabulary.ts';

/** A vocabulary over shards ['2018', '2017'] given as word → shard ids. */
function vocabulary(words: Record<string, string[]>): (word: string) => VocabularyFile | undefined {
  const shards = ['2018', '2017'];
  const files = new Map<number, VocabularyFile>();
  for (const [word, ids] of Object.entries(words)) {
    const n = vocabularyBucket(word);
    const file = files.get(n) ?? { shards, words: {} };
    file.words[word] = ids.map((id) => shards.indexOf(id));
    files.set(n, file);
  }
  return (word) => files.get(vocabularyBucket(word));
}

describe('pagefindQueryWords (Pagefind 1.6.0 query preparation)', () => {
  it('segments Japanese by word, keeps kana voicing marks, drops punctuation and lower-cases', () => {
    expect(pagefindQueryWords('健康診断')).toEqual(['健康', '診断']);
    expect(pagefindQueryWords('インシデント')).toEqual(['インシデント']);
    expect(pagefindQueryWords('「ICT」戦略。')).toEqual(['ict', '戦略']);
    expect(pagefindQueryWords('café')).toEqual(['cafe']);
    expect(pagefindQueryWords('  ')).toEqual([]);
  });
});

describe('consistentShards', () => {
  const shards = ['2018', '2017'];
  const lookup = vocabulary({ イン: ['2018', '2017'], インシデント: ['2018'], インターネット: ['2017'], 研修: ['2018', '2017'], 研修会: ['2017'] });

  it('keeps only the shards holding a word that starts with the query word', () => {
    // 2017 has no word starting with インシデント: on its own it would fall back to イン.
    expect(consistentShards(['インシデント'], shards, lookup)).toEqual(['2018']);
    expect(consistentShards(['研修'], shards, lookup)).toEqual(['2018', '2017']);
    expect(consistentShards(['研修会'], shards, lookup)).toEqual(['2017']);
  });

  it('follows the whole site to its longest prefix word when no word starts with the query word', () => {
    const withPrefix = vocabulary({ イン: ['2017'], インシ: ['2018'] });
    expect(consistentShards(['インシデンス'], shards, withPrefix)).toEqual(['2018']);
  });

  it('ignores a word no index knows anything of, as every index does', () => {
    expect(consistentShards(['ゼロ'], shards, lookup)).toEqual(shards);
    expect(consistentShards(['ゼロ', 'インシデント'], shards, lookup)).toEqual(['2018']);
  });

  it('needs every word of the query', () => {
    expect(consistentShards(['インシデント', 'インターネット'], shards, lookup)).toEqual([]);
  });
});
