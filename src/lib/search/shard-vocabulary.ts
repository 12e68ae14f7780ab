/**
 * Searching several Pagefind indexes (one per shard) exactly as one index over all pages.
 *
 * Pagefind resolves each word of a query against the words of the index being searched: to every
 * word that starts with it or, when none does, to the longest word that is its prefix (and a word
 * with neither is ignored). Each shard's index knows only its own words, so on its own a shard can
 * resolve a word differently from one index over the whole site: 「インシデント」 falls back to 「イン」
 * in a shard that never mentions インシデント. With the site's vocabulary (which shard holds which
 * word, written at build time by scripts/build/vocabulary.ts), a shard is searched only when it
 * resolves every query word as the whole site would; otherwise one index would have found none of
 * its pages, so it contributes no results and no filter counts.
 */

export const VOCABULARY_BUCKETS = 256;
export const VOCABULARY_FOLDER = 'vocabulary';

/** Which vocabulary file holds a word (and every word starting with the same character). */
export function vocabularyBucket(word: string): number {
  return (word.codePointAt(0) ?? 0) % VOCABULARY_BUCKETS;
}

export interface VocabularyFile {
  /** Shard ids, in the order the positions below refer to */
  shards: string[];
  /** Word → positions of the shards whose index holds it */
  words: Record<string, number[]>;
}

// Pagefind's own query preparation, as shipped in pagefind.js 1.6.0: segmented by word for
// Japanese, punctuation dropped, lower-cased, diacritics removed except the kana voicing marks
// (「デ」 stays 「デ」), words separated by one space.
const PUNCTUATION = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

function normalizeDiacritics(text: string): string {
  const stripped = text.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/** The words Pagefind's WebAssembly will look up for `query` (language `ja`). */
export function pagefindQueryWords(query: string, includeCharacters: readonly string[] = []): string[] {
  const words = new Intl.Segmenter('ja', { granularity: 'word' });
  const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
  const chunks: string[] = [];
  for (const { segment: word } of words.segment(query)) {
    let chunk = '';
    for (const { segment: grapheme } of graphemes.segment(word)) {
      if (includeCharacters.includes(grapheme)) chunk += grapheme;
      else if (!PUNCTUATION.test(grapheme)) chunk += grapheme.toLocaleLowerCase();
    }
    if (chunk.length > 0) chunks.push(chunk);
  }
  const term = normalizeDiacritics(chunks.join(' ').replace(/\s{2,}/g, ' ').trim());
  return term === '' ? [] : term.split(' ');
}

/**
 * The shards (ids, in the given order) that resolve every word as one index over the whole site
 * would. `lookup(word)` gives the vocabulary file of the word's bucket.
 */
export function consistentShards(words: readonly string[], shardIds: readonly string[], lookup: (word: string) => VocabularyFile | undefined): string[] {
  let allowed = new Set(shardIds);
  for (const word of words) {
    const file = lookup(word);
    if (!file) continue; // no word of the site starts with this character: ignored by every index alike
    const entries = Object.entries(file.words);
    const extensions = entries.filter(([w]) => w.startsWith(word));
    let holders: number[];
    if (extensions.length > 0) {
      holders = extensions.flatMap(([, shards]) => shards);
    } else {
      // The whole site would fall back to its longest word that is a prefix of this one.
      const prefix = entries.filter(([w]) => word.startsWith(w)).sort(([a], [b]) => b.length - a.length)[0];
      if (!prefix) continue;
      holders = prefix[1];
    }
    const holderIds = new Set(holders.map((position) => file.shards[position]));
    allowed = new Set([...allowed].filter((id) => holderIds.has(id)));
  }
  return shardIds.filter((id) => allowed.has(id));
}
