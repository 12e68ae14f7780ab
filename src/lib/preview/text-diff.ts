/**
 * Changed text as reviewers read it: the new wording with what was added and removed marked,
 * word by word. Japanese has no spaces, so words come from Intl.Segmenter ('ja', word
 * granularity: 「31件」 → 「31」「件」), and the `diff` package finds the smallest change between
 * the two word lists: 「31件 → 32件」 marks the number, not the whole paragraph.
 */
import { diffWords } from 'diff';

export interface TextSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

export function textDiff(before: string, after: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const part of diffWords(before, after, { intlSegmenter: segmenter })) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = segments.at(-1);
    if (last && last.kind === kind) last.text += part.value;
    else segments.push({ kind, text: part.value });
  }
  return segments;
}
