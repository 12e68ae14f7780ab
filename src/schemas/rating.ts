import { z } from 'astro/zod';
import { allowedCodes, findRating, VOCABULARIES, type VocabularyId } from '../lib/ratings.ts';

/**
 * A rating code from one vocabulary, written as the document prints it (e.g. 「ア」, 「A」, 「○」).
 * Normalised to the canonical code so pages never see aliases such as 「-」 vs 「－」.
 */
export function ratingCodeSchema(vocabulary: VocabularyId) {
  return z.string().transform((input, ctx) => {
    const rating = findRating(vocabulary, input);
    if (!rating) {
      ctx.addIssue({
        code: 'custom',
        message: `「${VOCABULARIES[vocabulary].name}」の区分は ${allowedCodes(vocabulary)} のいずれかです / must be one of ${allowedCodes(vocabulary)}: ${JSON.stringify(input)}`,
      });
      return z.NEVER;
    }
    return rating.code;
  });
}

const ACHIEVEMENT_PATTERN = /^([①②③])\s*(?:\(\s*(i|ii)\s*\))?$/u;
const CIRCLED: Record<string, 1 | 2 | 3> = { '①': 1, '②': 2, '③': 3 };

/**
 * 業績目標の達成状況 — written as printed, e.g. 「①(i)」, 「②(ii)」, 「③」.
 * (i)/(ii) only accompany ① and ②; ③ (撤退基準未達成) stands alone.
 */
export const achievementRatingSchema = z.string().transform((input, ctx) => {
  // NFKC turns full-width parentheses and roman numerals (ⅰ, （ｉ）) into ASCII.
  const text = input.normalize('NFKC').replace(/ⅰ/g, 'i').replace(/ⅱ/g, 'ii').trim();
  // NFKC also decomposes ① to 1, so match on the original circled digits first.
  const circled = input.trim().charAt(0);
  const rest = text.replace(/^\d/, '');
  const match = ACHIEVEMENT_PATTERN.exec(`${circled}${rest}`);
  const achievement = match ? CIRCLED[match[1]!] : undefined;
  if (!match || !achievement) {
    ctx.addIssue({
      code: 'custom',
      message: `業績目標の達成状況は ①(i) ①(ii) ②(i) ②(ii) ③ のいずれかです / must be ①(i), ①(ii), ②(i), ②(ii) or ③: ${JSON.stringify(input)}`,
    });
    return z.NEVER;
  }
  const progress = (match[2] ?? null) as 'i' | 'ii' | null;
  if (achievement === 3 && progress) {
    ctx.addIssue({ code: 'custom', message: `③（撤退基準未達成）に (i)/(ii) は付きません / ③ takes no (i)/(ii): ${JSON.stringify(input)}` });
    return z.NEVER;
  }
  if (achievement !== 3 && !progress) {
    ctx.addIssue({ code: 'custom', message: `①・②には (i) か (ii) を添えてください（例: ①(i)） / ① and ② need (i) or (ii): ${JSON.stringify(input)}` });
    return z.NEVER;
  }
  return { achievement, progress };
});

export type AchievementRating = z.output<typeof achievementRatingSchema>;
